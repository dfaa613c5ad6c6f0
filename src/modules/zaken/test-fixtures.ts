/**
 * Test fixture for zaken, documenten and besluiten: municipalities A and B, each with a catalogue
 * (made through the catalogi module's service functions) holding published informatieobjecttypen,
 * a besluittype and three zaaktypen:
 *
 * - PARKEERVERGUNNING (extern): P8W, extension up to P6W, suspension allowed, statuses Ontvangen →
 *   In behandeling (needs eigenschap kenteken) → Afgehandeld, results Toegekend / Geweigerd.
 * - ARCHIEF (extern): one resultaattype per afleidingswijze of the brondatum, eigenschap
 *   'vervaldatum', deelzaaktype of itself, statuses Ontvangen → Afgehandeld.
 * - INTERN (intern): no suspension, no extension.
 */
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Actor, StaffRole } from '../../platform/auth/access.js';
import type { Tx } from '../../platform/db/database.js';
import type { Tenant } from '../../platform/tenancy/tenants.js';
import { staffActor } from '../../platform/testing/actors.js';
import { startTestServer, type Engine, type TestServer } from '../../platform/testing/harness.js';
import {
  createBesluittype, createCatalogus, createInformatieobjecttype, createZaaktype, publishBesluittype, publishInformatieobjecttype, publishZaaktype,
  type Afleidingswijze, type Besluittype, type BrondatumArchiefprocedure, type Informatieobjecttype, type ResultaattypeInput, type Zaaktype, type ZaaktypeInput,
} from '../catalogi/index.js';

export const RSIN = '002990003';
/** Valid BSNs (11-check) of fictional people. */
export const BSN = { jan: '999990007', eva: '999990056', piet: '999990147', noor: '999990196' } as const;
export const KVK = '69599084';

export interface TenantFixture {
  tenant: Tenant;
  parkeren: Zaaktype;
  archief: Zaaktype;
  intern: Zaaktype;
  besluittype: Besluittype;
  iot: { aanvraag: Informatieobjecttype; beschikking: Informatieobjecttype; brief: Informatieobjecttype; intern: Informatieobjecttype };
}

export interface ZakenFixture {
  server: TestServer;
  a: TenantFixture;
  b: TenantFixture;
  /** Runs fn in a transaction of municipality A (or the tenant given). */
  inA<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  inB<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
}

export function beheerder(): Actor {
  return staffActor(['functioneel-beheerder'], 'Fixture Beheerder');
}

export function staff(roles: StaffRole[], name = 'Test Medewerker'): Extract<Actor, { kind: 'staff' }> {
  return staffActor(roles, name);
}

export function resident(bsn: string, actingFor?: string): Actor {
  return {
    kind: 'resident',
    identity: { kind: 'resident', bsn, level: 'substantieel', method: 'digid', ...(actingFor ? { actingFor: { bsn: actingFor, relation: 'gemachtigde' as const } } : {}) },
  };
}

export function business(kvk = KVK): Actor {
  return { kind: 'resident', identity: { kind: 'business', kvk, level: 'EH3' } };
}

const RESULTAAT_URLS = {
  resultaattypeomschrijving: 'https://selectielijst.openzaak.nl/api/v1/resultaattypeomschrijvingen/fb65d251-1518-4185-865f-b8bdcfad07b1',
  selectielijstklasse: 'https://selectielijst.openzaak.nl/api/v1/resultaten/5038528b-0eb7-4502-a415-a3093987d69b',
};

function brondatum(afleidingswijze: Afleidingswijze, extra: Partial<BrondatumArchiefprocedure> = {}): BrondatumArchiefprocedure {
  return { afleidingswijze, datumkenmerk: '', einddatumBekend: false, objecttype: '', registratie: '', procestermijn: null, ...extra };
}

function resultaattype(omschrijving: string, procedure: BrondatumArchiefprocedure | null, extra: Partial<ResultaattypeInput> = {}): ResultaattypeInput {
  return { omschrijving, ...RESULTAAT_URLS, archiefnominatie: 'vernietigen', archiefactietermijn: 'P1Y', brondatumArchiefprocedure: procedure, ...extra };
}

const BASE = {
  onderwerp: 'Test', doel: 'Testen.', aanleiding: 'Een test.', handelingInitiator: 'aanvragen', handelingBehandelaar: 'behandelen',
  vertrouwelijkheidaanduiding: 'zaakvertrouwelijk' as const, beginGeldigheid: '2024-01-01',
  roltypen: [
    { omschrijving: 'Aanvrager', omschrijvingGeneriek: 'initiator' as const },
    { omschrijving: 'Behandelaar', omschrijvingGeneriek: 'behandelaar' as const },
    { omschrijving: 'Belanghebbende', omschrijvingGeneriek: 'belanghebbende' as const },
  ],
  informatieobjecttypen: [
    { volgnummer: 1, informatieobjecttypeOmschrijving: 'Aanvraagformulier', richting: 'inkomend' as const },
    { volgnummer: 2, informatieobjecttypeOmschrijving: 'Beschikking', richting: 'uitgaand' as const },
    { volgnummer: 3, informatieobjecttypeOmschrijving: 'Brief', richting: 'uitgaand' as const },
    { volgnummer: 4, informatieobjecttypeOmschrijving: 'Intern memo', richting: 'intern' as const },
  ],
  besluittypeOmschrijvingen: ['Parkeervergunning'],
};

export const PRODUCT = 'https://example.nl/producten/parkeervergunning';

export function parkerenInput(): ZaaktypeInput {
  return {
    ...BASE, identificatie: 'PARKEERVERGUNNING', omschrijving: 'Parkeervergunning', indicatieInternOfExtern: 'extern',
    doorlooptijd: 'P8W', opschortingEnAanhoudingMogelijk: true, verlengingMogelijk: true, verlengingstermijn: 'P6W',
    productenOfDiensten: [PRODUCT],
    statustypen: [
      { volgnummer: 1, omschrijving: 'Ontvangen', statustekst: 'Wij hebben uw aanvraag ontvangen.', informeren: true },
      { volgnummer: 2, omschrijving: 'In behandeling', statustekst: 'Wij beoordelen uw aanvraag.', informeren: false, eigenschappen: ['kenteken'] },
      { volgnummer: 3, omschrijving: 'Afgehandeld', statustekst: 'Uw aanvraag is afgehandeld.', informeren: true },
    ],
    resultaattypen: [resultaattype('Toegekend', brondatum('afgehandeld')), resultaattype('Geweigerd', brondatum('afgehandeld'))],
    eigenschappen: [{ naam: 'kenteken', definitie: 'Het kenteken van de auto.', specificatie: { groep: '', formaat: 'tekst', lengte: '8', kardinaliteit: '1', waardenverzameling: [] } }],
  };
}

export const ARCHIEF_RESULTATEN: Record<Afleidingswijze | 'blijvend', string> = {
  afgehandeld: 'Afgehandeld', termijn: 'Termijn', hoofdzaak: 'Hoofdzaak', gerelateerde_zaak: 'Gerelateerde zaak', eigenschap: 'Eigenschap',
  zaakobject: 'Zaakobject', ingangsdatum_besluit: 'Ingangsdatum besluit', vervaldatum_besluit: 'Vervaldatum besluit',
  ander_datumkenmerk: 'Ander datumkenmerk', blijvend: 'Blijvend bewaren',
};

export function archiefInput(): ZaaktypeInput {
  return {
    ...BASE, identificatie: 'ARCHIEF', omschrijving: 'Archieftest', indicatieInternOfExtern: 'extern', doorlooptijd: 'P4W',
    deelzaaktypen: ['ARCHIEF'],
    statustypen: [
      { volgnummer: 1, omschrijving: 'Ontvangen', statustekst: 'Ontvangen.', informeren: false },
      { volgnummer: 2, omschrijving: 'Afgehandeld', statustekst: 'Afgehandeld.', informeren: false },
    ],
    resultaattypen: [
      resultaattype(ARCHIEF_RESULTATEN.afgehandeld, brondatum('afgehandeld')),
      resultaattype(ARCHIEF_RESULTATEN.termijn, brondatum('termijn', { procestermijn: 'P5Y' }), { archiefactietermijn: 'P10Y' }),
      resultaattype(ARCHIEF_RESULTATEN.hoofdzaak, brondatum('hoofdzaak')),
      resultaattype(ARCHIEF_RESULTATEN.gerelateerde_zaak, brondatum('gerelateerde_zaak')),
      resultaattype(ARCHIEF_RESULTATEN.eigenschap, brondatum('eigenschap', { datumkenmerk: 'vervaldatum' })),
      resultaattype(ARCHIEF_RESULTATEN.zaakobject, brondatum('zaakobject', { datumkenmerk: 'einddatum', objecttype: 'pand' })),
      resultaattype(ARCHIEF_RESULTATEN.ingangsdatum_besluit, brondatum('ingangsdatum_besluit'), { besluittypen: ['Parkeervergunning'] }),
      resultaattype(ARCHIEF_RESULTATEN.vervaldatum_besluit, brondatum('vervaldatum_besluit'), { besluittypen: ['Parkeervergunning'] }),
      resultaattype(ARCHIEF_RESULTATEN.ander_datumkenmerk, brondatum('ander_datumkenmerk', { datumkenmerk: 'sloopdatum', objecttype: 'pand', registratie: 'BAG' })),
      resultaattype(ARCHIEF_RESULTATEN.blijvend, brondatum('afgehandeld'), { archiefnominatie: 'blijvend_bewaren', archiefactietermijn: 'P20Y' }),
    ],
    eigenschappen: [{ naam: 'vervaldatum', definitie: 'Datum waarop het vervalt.', specificatie: { groep: '', formaat: 'datum', lengte: '8', kardinaliteit: '1', waardenverzameling: [] } }],
  };
}

export function internInput(): ZaaktypeInput {
  return {
    ...BASE, identificatie: 'INTERN', omschrijving: 'Intern onderzoek', indicatieInternOfExtern: 'intern', doorlooptijd: 'P10D',
    opschortingEnAanhoudingMogelijk: false, verlengingMogelijk: false,
    statustypen: [
      { volgnummer: 1, omschrijving: 'Gestart', statustekst: 'Gestart.', informeren: false },
      { volgnummer: 2, omschrijving: 'Klaar', statustekst: 'Klaar.', informeren: false },
    ],
    resultaattypen: [resultaattype('Afgerond', brondatum('afgehandeld'))],
  };
}

async function seedTenant(server: TestServer, tenant: Tenant, domein: string): Promise<TenantFixture> {
  const actor = beheerder();
  return server.stadhuis.database.withTenant(tenant.id, async (tx) => {
    await createCatalogus(tx, actor, { domein, rsin: RSIN, contactpersoonBeheerNaam: 'Beheer' });
    const iot = {} as TenantFixture['iot'];
    for (const [key, omschrijving, vertrouwelijkheidaanduiding] of [
      ['aanvraag', 'Aanvraagformulier', 'zaakvertrouwelijk'], ['beschikking', 'Beschikking', 'beperkt_openbaar'], ['brief', 'Brief', 'openbaar'],
      ['intern', 'Intern memo', 'intern'],
    ] as const) {
      const created = await createInformatieobjecttype(tx, actor, { omschrijving, vertrouwelijkheidaanduiding, informatieobjectcategorie: 'Document', beginGeldigheid: '2024-01-01' });
      iot[key] = await publishInformatieobjecttype(tx, actor, created.id);
    }
    const bt = await createBesluittype(tx, actor, { omschrijving: 'Parkeervergunning', publicatieIndicatie: false, reactietermijn: 'P6W', informatieobjecttypen: ['Beschikking'], beginGeldigheid: '2024-01-01' });
    const besluittype = await publishBesluittype(tx, actor, bt.id);
    const publish = async (input: ZaaktypeInput) => publishZaaktype(tx, actor, (await createZaaktype(tx, actor, input)).id);
    return { tenant, besluittype, iot, parkeren: await publish(parkerenInput()), archief: await publish(archiefInput()), intern: await publish(internInput()) };
  });
}

/** A fresh server (no demo data) with municipalities A and B and their catalogues. */
export async function startZakenFixture(engine: Engine): Promise<ZakenFixture> {
  const server = await startTestServer(engine, { demo: false });
  try {
    const { tenants } = server.stadhuis.platform;
    const base = { theme: { primary: '#154273', primaryDark: '#0b2a4d', primaryLight: '#e8f0f8', accent: '#ffb612' }, contact: { phone: '14 0123', email: 'info@example.nl', address: 'Markt 1', website: 'https://example.nl' }, logoSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>' };
    const a = await tenants.create({ ...base, slug: 'alfadorp', name: 'Gemeente Alfadorp' });
    const b = await tenants.create({ ...base, slug: 'betastad', name: 'Gemeente Betastad' });
    const fa = await seedTenant(server, a, 'ALFA');
    const fb = await seedTenant(server, b, 'BETA');
    const db = server.stadhuis.database;
    return { server, a: fa, b: fb, inA: (fn) => db.withTenant(a.id, fn), inB: (fn) => db.withTenant(b.id, fn) };
  } catch (error) {
    await server.close();
    throw error;
  }
}

/** The statustype of a zaaktype by omschrijving (throws when absent). */
export function statustype(zaaktype: Zaaktype, omschrijving: string): string {
  const found = zaaktype.statustypen.find((s) => s.omschrijving === omschrijving);
  if (!found) throw new Error(`statustype ${omschrijving} niet gevonden`);
  return found.id;
}

export function resultaattypeId(zaaktype: Zaaktype, omschrijving: string): string {
  const found = zaaktype.resultaattypen.find((r) => r.omschrijving === omschrijving);
  if (!found) throw new Error(`resultaattype ${omschrijving} niet gevonden`);
  return found.id;
}

export function eigenschapId(zaaktype: Zaaktype, naam: string): string {
  const found = zaaktype.eigenschappen.find((e) => e.naam === naam);
  if (!found) throw new Error(`eigenschap ${naam} niet gevonden`);
  return found.id;
}

/**
 * A query as the database owner, outside row-level security (to see what is really stored):
 * on PGlite by leaving the application role for one transaction, on PostgreSQL over a connection
 * of the owner.
 */
export async function ownerQuery<T = Record<string, unknown>>(server: TestServer, text: string): Promise<T[]> {
  if (server.engine === 'pglite') {
    return server.stadhuis.database.withPlatform(async (tx) => {
      await tx.execute(sql.raw('SET LOCAL ROLE NONE'));
      return (await tx.execute(sql.raw(text)) as unknown as { rows: T[] }).rows;
    });
  }
  const client = new pg.Client({ connectionString: server.config.databaseUrl });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

/** The events a municipality published to the outbox, oldest first. */
export async function outboxEvents(server: TestServer, tenantId: string): Promise<{ topic: string; payload: Record<string, unknown>; key: string | null }[]> {
  return server.stadhuis.database.withPlatform(async (tx) => (await tx.execute(sql`select topic, payload, key from outbox_events where tenant_id = ${tenantId} order by created_at, id`) as unknown as { rows: { topic: string; payload: Record<string, unknown>; key: string | null }[] }).rows);
}
