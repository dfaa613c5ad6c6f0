/**
 * The fictional people, companies and employees of the embedded test identity provider. Every
 * BSN passes the 11-check and lies in the 9999xxxxx range that is never issued to real people;
 * the BRP test data uses the same numbers, so a login here finds a person there.
 */
import type { ResidentIdentity } from '../../platform/auth/identity.js';

export interface TestResident {
  bsn: string;
  name: string;
  /** One line for the login page, e.g. why this person is useful in a demo. */
  note: { nl: string; en: string };
}

export interface TestCompany {
  kvk: string;
  name: string;
  /** Vestigingsnummer (12 digits) of the main branch. */
  vestiging: string;
  /** The employee who logs in for the company (eHerkenning gives the RP a name, not a BSN). */
  employee: string;
}

export const STAFF_ROLES = [
  'kcc-medewerker', 'behandelaar', 'teamleider', 'functioneel-beheerder', 'archivaris', 'griffie', 'admin',
] as const;
export type StaffRoleName = (typeof STAFF_ROLES)[number];

export interface TestStaffAccount {
  /** Stable account id (the `sub` is "medewerker:<id>"). */
  id: string;
  name: string;
  email: string;
  /** Roles per municipality slug. */
  roles: Record<string, StaffRoleName[]>;
}

export type MachtigingRelation = NonNullable<ResidentIdentity['actingFor']>['relation'];
export const MACHTIGING_RELATIONS: readonly MachtigingRelation[] = ['ouder', 'voogd', 'bewindvoerder', 'gemachtigde'];

export const testResidents: readonly TestResident[] = [
  { bsn: '999993653', name: 'Suzanne Moulin', note: { nl: 'Woont in Dijkwaard.', en: 'Lives in Dijkwaard.' } },
  { bsn: '999990019', name: 'Peter de Vries', note: { nl: 'Woont in Heuvelrode.', en: 'Lives in Heuvelrode.' } },
  { bsn: '999991772', name: 'Fatima El Amrani', note: { nl: 'Ouder van een minderjarig kind.', en: 'Parent of a minor.' } },
  { bsn: '999992077', name: 'Jan Jansen', note: { nl: 'Heeft een bewindvoerder.', en: 'Has a financial administrator.' } },
  { bsn: '999995078', name: 'Sanne van der Berg', note: { nl: 'Net verhuisd.', en: 'Recently moved.' } },
  { bsn: '999998456', name: 'Mohammed Yilmaz', note: { nl: 'Ondernemer en inwoner.', en: 'Business owner and resident.' } },
];

export const testCompanies: readonly TestCompany[] = [
  { kvk: '69599084', name: 'Bakkerij De Dijk', vestiging: '000038509504', employee: 'Kees de Bakker' },
  { kvk: '68750110', name: 'Café Het Veer', vestiging: '000037178598', employee: 'Marieke Veerman' },
  { kvk: '90004760', name: 'Bouwbedrijf Heuvelrode B.V.', vestiging: '000047183257', employee: 'Henk Stenen' },
];

function staff(id: string, name: string, domain: 'dijkwaard' | 'heuvelrode', roles: Record<string, StaffRoleName[]>): TestStaffAccount {
  return { id, name, email: `${id}@${domain}.example.nl`, roles };
}

/** One employee per role per demo municipality, and one who works for both with different roles. */
export const testStaff: readonly TestStaffAccount[] = [
  staff('anouk.visser', 'Anouk Visser', 'dijkwaard', { dijkwaard: ['kcc-medewerker'] }),
  staff('bram.smit', 'Bram Smit', 'dijkwaard', { dijkwaard: ['behandelaar'] }),
  staff('carla.bos', 'Carla Bos', 'dijkwaard', { dijkwaard: ['teamleider'] }),
  staff('dennis.mulder', 'Dennis Mulder', 'dijkwaard', { dijkwaard: ['functioneel-beheerder'] }),
  staff('esther.degraaf', 'Esther de Graaf', 'dijkwaard', { dijkwaard: ['archivaris'] }),
  staff('frank.meijer', 'Frank Meijer', 'dijkwaard', { dijkwaard: ['griffie'] }),
  staff('gerda.hoekstra', 'Gerda Hoekstra', 'dijkwaard', { dijkwaard: ['admin'] }),
  staff('hanneke.peters', 'Hanneke Peters', 'heuvelrode', { heuvelrode: ['kcc-medewerker'] }),
  staff('ivo.kok', 'Ivo Kok', 'heuvelrode', { heuvelrode: ['behandelaar'] }),
  staff('joke.vandijk', 'Joke van Dijk', 'heuvelrode', { heuvelrode: ['teamleider'] }),
  staff('karim.bakker', 'Karim Bakker', 'heuvelrode', { heuvelrode: ['functioneel-beheerder'] }),
  staff('lotte.willems', 'Lotte Willems', 'heuvelrode', { heuvelrode: ['archivaris'] }),
  staff('maarten.dekker', 'Maarten Dekker', 'heuvelrode', { heuvelrode: ['griffie'] }),
  staff('nadia.brouwer', 'Nadia Brouwer', 'heuvelrode', { heuvelrode: ['admin'] }),
  staff('olga.dewit', 'Olga de Wit', 'dijkwaard', { dijkwaard: ['behandelaar'], heuvelrode: ['kcc-medewerker'] }),
];

export function residentByBsn(bsn: string): TestResident | undefined {
  return testResidents.find((r) => r.bsn === bsn);
}

export function companyByKvk(kvk: string): TestCompany | undefined {
  return testCompanies.find((c) => c.kvk === kvk);
}

export function staffById(id: string): TestStaffAccount | undefined {
  return testStaff.find((s) => s.id === id);
}
