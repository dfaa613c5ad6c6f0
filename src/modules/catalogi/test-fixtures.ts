import { permissionsOf, type Actor } from '../../platform/auth/access.js';
import type { Tenant } from '../../platform/tenancy/tenants.js';
import type { TestServer } from '../../platform/testing/harness.js';
import { parkeervergunningRules } from './demo/parkeren-rules.js';
import { createBesluittype, createCatalogus, createInformatieobjecttype, publishBesluittype, publishInformatieobjecttype } from './service.js';
import type { ZaaktypeInput } from './types.js';

/** A functioneel beheerder as the service functions see one. */
export function beheerder(name = 'Fatima de Vries'): Actor {
  return { kind: 'staff', userId: `test-${name}`, name, roles: ['functioneel-beheerder'], permissions: permissionsOf(['functioneel-beheerder']) };
}

/** Staff without the permission to manage zaaktypen. */
export function kccMedewerker(): Actor {
  return { kind: 'staff', userId: 'test-kcc', name: 'Karel KCC', roles: ['kcc-medewerker'], permissions: permissionsOf(['kcc-medewerker']) };
}

/** A complete, valid concept zaaktype; override what a test is about. */
export function zaaktypeInput(overrides: Partial<ZaaktypeInput> = {}): ZaaktypeInput {
  return {
    identificatie: 'PARKEERVERGUNNING', omschrijving: 'Parkeervergunning', onderwerp: 'Parkeervergunning',
    doel: 'Bewoners laten parkeren.', aanleiding: 'Een bewoner vraagt een vergunning aan.',
    handelingInitiator: 'aanvragen', handelingBehandelaar: 'behandelen', doorlooptijd: 'P8W', servicenorm: 'P2D',
    vertrouwelijkheidaanduiding: 'zaakvertrouwelijk', indicatieInternOfExtern: 'extern', beginGeldigheid: '2025-01-01',
    verantwoordelijke: 'Team Parkeren', besluittypeOmschrijvingen: ['Parkeervergunning'],
    statustypen: [
      { volgnummer: 1, omschrijving: 'Ontvangen', statustekst: 'Uw aanvraag is ontvangen.', informeren: true },
      { volgnummer: 2, omschrijving: 'In behandeling', statustekst: 'We beoordelen uw aanvraag.', informeren: false },
      { volgnummer: 3, omschrijving: 'Afgehandeld', statustekst: 'Uw aanvraag is afgehandeld.', informeren: true },
    ],
    resultaattypen: [{
      omschrijving: 'Toegekend', resultaattypeomschrijving: 'https://selectielijst.openzaak.nl/api/v1/resultaattypeomschrijvingen/fb65d251-1518-4185-865f-b8bdcfad07b1',
      selectielijstklasse: 'https://selectielijst.openzaak.nl/api/v1/resultaten/5038528b-0eb7-4502-a415-a3093987d69b',
      archiefnominatie: 'vernietigen', archiefactietermijn: 'P1Y', besluittypen: ['Parkeervergunning'],
      brondatumArchiefprocedure: { afleidingswijze: 'afgehandeld', datumkenmerk: '', einddatumBekend: false, objecttype: '', registratie: '', procestermijn: null },
    }, {
      omschrijving: 'Geweigerd', resultaattypeomschrijving: 'https://selectielijst.openzaak.nl/api/v1/resultaattypeomschrijvingen/1f750958-431c-4916-bc01-af5d3a753b41',
      selectielijstklasse: 'https://selectielijst.openzaak.nl/api/v1/resultaten/2431e1ee-cacd-44af-bd12-ea7280a8928b',
      archiefnominatie: 'vernietigen', archiefactietermijn: 'P1Y',
    }],
    roltypen: [{ omschrijving: 'Aanvrager', omschrijvingGeneriek: 'initiator' }, { omschrijving: 'Behandelaar', omschrijvingGeneriek: 'behandelaar' }],
    eigenschappen: [{ naam: 'kenteken', definitie: 'Het kenteken van de auto.', specificatie: { groep: '', formaat: 'tekst', lengte: '8', kardinaliteit: '1', waardenverzameling: [] }, statustypeVolgnummer: 2 }],
    informatieobjecttypen: [
      { volgnummer: 1, informatieobjecttypeOmschrijving: 'Aanvraagformulier', richting: 'inkomend' },
      { volgnummer: 2, informatieobjecttypeOmschrijving: 'Beschikking', richting: 'uitgaand', statustypeVolgnummer: 3 },
    ],
    rules: parkeervergunningRules(['Centrum'], 2),
    ...overrides,
  };
}

export interface CatalogiFixture {
  a: Tenant;
  b: Tenant;
}

/**
 * Municipalities A and B, each with a catalogue holding published informatieobjecttypen
 * 'Aanvraagformulier' and 'Beschikking' and a published besluittype 'Parkeervergunning'.
 */
export async function seedCatalogiFixture(server: TestServer): Promise<CatalogiFixture> {
  const { tenants } = server.stadhuis.platform;
  const base = { theme: { primary: '#154273', primaryDark: '#0b2a4d', primaryLight: '#e8f0f8', accent: '#ffb612' }, contact: { phone: '14 0123', email: 'info@example.nl', address: 'Markt 1', website: 'https://example.nl' }, logoSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>' };
  const a = await tenants.create({ ...base, slug: 'alfadorp', name: 'Gemeente Alfadorp' });
  const b = await tenants.create({ ...base, slug: 'betastad', name: 'Gemeente Betastad' });
  const actor = beheerder('Fixture');
  for (const [tenant, domein] of [[a, 'ALFA'], [b, 'BETA']] as const) {
    await server.stadhuis.database.withTenant(tenant.id, async (tx) => {
      await createCatalogus(tx, actor, { domein, rsin: '002990003', contactpersoonBeheerNaam: 'Beheer' });
      for (const omschrijving of ['Aanvraagformulier', 'Beschikking']) {
        const iot = await createInformatieobjecttype(tx, actor, { omschrijving, vertrouwelijkheidaanduiding: 'zaakvertrouwelijk', informatieobjectcategorie: 'Document', beginGeldigheid: '2024-01-01' });
        await publishInformatieobjecttype(tx, actor, iot.id);
      }
      const besluittype = await createBesluittype(tx, actor, { omschrijving: 'Parkeervergunning', publicatieIndicatie: false, reactietermijn: 'P6W', informatieobjecttypen: ['Beschikking'], beginGeldigheid: '2024-01-01' });
      await publishBesluittype(tx, actor, besluittype.id);
    });
  }
  return { a, b };
}
