import type { Actor } from '../../platform/auth/access.js';
import { permissionsOf } from '../../platform/auth/access.js';
import type { Platform } from '../../platform/http/types.js';
import type { Tenant } from '../../platform/tenancy/tenants.js';
import { currentZaaktype } from '../catalogi/index.js';
import { addDays, dateInNl, zakenService, type NatuurlijkPersoonIdentificatie } from '../zaken/index.js';

const DEMO: Actor = { kind: 'staff', userId: 'demo-gegevens', name: 'Demo-gegevens', roles: ['teamleider'], permissions: permissionsOf(['teamleider']) };

interface Person { bsn: string; voornamen: string; voorvoegsel?: string; geslachtsnaam: string; straat: string; nummer: number; postcode: string; plaats: string }

const PEOPLE: Record<string, Person[]> = {
  dijkwaard: [
    { bsn: '999993653', voornamen: 'Suzanne', geslachtsnaam: 'Moulin', straat: 'Dijkstraat', nummer: 14, postcode: '4201AB', plaats: 'Dijkwaard' },
    { bsn: '999990408', voornamen: 'Thomas Jan', voorvoegsel: 'de', geslachtsnaam: 'Wit', straat: 'Molenweg', nummer: 3, postcode: '4202CD', plaats: 'Dijkwaard' },
    { bsn: '999991772', voornamen: 'Fatima', geslachtsnaam: 'El Amrani', straat: 'Havenkade', nummer: 27, postcode: '4201EF', plaats: 'Dijkwaard' },
    { bsn: '999992077', voornamen: 'Jan', geslachtsnaam: 'Jansen', straat: 'Lindelaan', nummer: 40, postcode: '4203GH', plaats: 'Dijkwaard' },
  ],
  heuvelrode: [
    { bsn: '999995078', voornamen: 'Sanne Maria', voorvoegsel: 'van der', geslachtsnaam: 'Berg', straat: 'Boslaan', nummer: 31, postcode: '3941KL', plaats: 'Heuvelrode' },
    { bsn: '999990019', voornamen: 'Peter', voorvoegsel: 'de', geslachtsnaam: 'Vries', straat: 'Kerkpad', nummer: 2, postcode: '3942AB', plaats: 'Heuvelrode' },
    { bsn: '999992028', voornamen: 'Grietje', geslachtsnaam: 'Bakker', straat: 'Julianastraat', nummer: 5, postcode: '3941MN', plaats: 'Heuvelrode' },
  ],
};

/** [zaaktype, days ago started, person index, team, colleague (name) or '', statuses to advance, suspended?] */
type Plan = [string, number, number, string, string, number, boolean];
const PLANS: Plan[] = [
  ['PARKEERVERGUNNING-BEWONERS', 2, 0, 'vergunningen', '', 0, false],
  ['PARKEERVERGUNNING-BEWONERS', 50, 1, 'vergunningen', 'Olga de Wit', 1, false],
  ['PARKEERVERGUNNING-BEWONERS', 70, 2, 'vergunningen', '', 1, false],
  ['EVENEMENTENVERGUNNING', 10, 3, 'vergunningen', 'Olga de Wit', 1, false],
  ['BIJZONDERE-BIJSTAND', 20, 0, 'sociaal-domein', '', 0, true],
  ['BIJZONDERE-BIJSTAND', 58, 2, 'sociaal-domein', 'Pieter Groen', 1, false],
  ['WMO-MAATWERKVOORZIENING', 5, 3, 'sociaal-domein', 'Pieter Groen', 1, false],
  ['WMO-MAATWERKVOORZIENING', 45, 1, 'sociaal-domein', '', 2, false],
  ['KAPVERGUNNING', 30, 2, 'vergunningen', '', 0, false],
  ['MELDING-OPENBARE-RUIMTE', 1, 0, 'buitenruimte', '', 0, false],
  ['MELDING-OPENBARE-RUIMTE', 35, 1, 'buitenruimte', 'Kees Vos', 1, false],
  ['GROFVUIL-OPHALEN', 3, 3, 'buitenruimte', '', 0, false],
  ['VERHUIZING-DOORGEVEN', 8, 2, 'publiekszaken', '', 0, false],
];

/** 10–20 demo zaken in various states per demo municipality, created through the zaken service. */
export async function seedBehandelingDemo(platform: Platform, tenant: Tenant): Promise<void> {
  const people = PEOPLE[tenant.slug];
  if (!people) return;
  const zaken = zakenService(platform);
  const today = dateInNl();
  await platform.database.withTenant(tenant.id, async (tx) => {
    for (const [i, [identificatie, daysAgo, who, team, colleague, advance, suspended]] of PLANS.entries()) {
      const zaaktype = await currentZaaktype(tx, identificatie);
      if (!zaaktype) continue;
      const p = people[who % people.length]!;
      const persoon: NatuurlijkPersoonIdentificatie = {
        inpBsn: p.bsn, voornamen: p.voornamen, geslachtsnaam: p.geslachtsnaam, ...(p.voorvoegsel ? { voorvoegselGeslachtsnaam: p.voorvoegsel } : {}),
        verblijfsadres: { aoaIdentificatie: `demo-${p.postcode}`, wplWoonplaatsNaam: p.plaats, gorOpenbareRuimteNaam: p.straat, aoaPostcode: p.postcode, aoaHuisnummer: p.nummer },
      };
      const start = addDays(today, -daysAgo);
      const zaak = await zaken.createZaak(tx, DEMO, {
        zaaktype: zaaktype.id, omschrijving: `${zaaktype.omschrijving} — ${p.straat} ${p.nummer}`.slice(0, 80), registratiedatum: start, startdatum: start,
        communicatiekanaal: 'digitaal', initiator: { betrokkeneType: 'natuurlijk_persoon', betrokkeneIdentificatie: persoon },
      }, { idempotencyKey: `demo-${tenant.slug}-${i}` });
      await zaken.assignTeam(tx, DEMO, zaak.id, { identificatie: team, naam: team });
      if (colleague) await zaken.assign(tx, DEMO, zaak.id, { identificatie: `demo:${colleague.toLowerCase().replace(/\s+/g, '.')}`, achternaam: colleague });
      const statussen = [...zaaktype.statustypen].sort((a, b) => a.volgnummer - b.volgnummer).filter((s) => !s.isEindstatus);
      for (const s of statussen.slice(1, 1 + advance)) {
        const required = zaaktype.eigenschappen.some((e) => e.statustype) || s.eigenschappen.length;
        if (required) break;
        await zaken.setStatus(tx, DEMO, zaak.id, s.id, { toelichting: '' }).catch(() => undefined);
      }
      if (suspended && zaaktype.opschortingEnAanhoudingMogelijk) {
        await zaken.requestInformation(tx, DEMO, zaak.id, { vraag: 'Wilt u de bankafschriften van de laatste drie maanden sturen?', deadline: addDays(today, 14) });
      }
    }
  });
}
