/**
 * Who a resident or business is after logging in, as the platform sees it. The claims of the
 * DigiD/eHerkenning broker (or the embedded test provider) are mapped to this by configuration.
 */

/** DigiD assurance levels, lowest first. */
export const DIGID_LEVELS = ['basis', 'midden', 'substantieel', 'hoog'] as const;
export type DigidLevel = (typeof DIGID_LEVELS)[number];

/** eHerkenning assurance levels, lowest first. */
export const EHERKENNING_LEVELS = ['EH2', 'EH3', 'EH4'] as const;
export type EherkenningLevel = (typeof EHERKENNING_LEVELS)[number];

export interface ResidentIdentity {
  kind: 'resident';
  /** Burgerservicenummer of the person who logged in (passes the 11-check). */
  bsn: string;
  level: DigidLevel;
  /** How the login was done: DigiD through the broker, or a passkey of the municipality. */
  method: 'digid' | 'passkey';
  /** When acting for someone else (machtiging): that person and the relation. */
  actingFor?: { bsn: string; relation: 'ouder' | 'voogd' | 'bewindvoerder' | 'gemachtigde' } | undefined;
}

export interface BusinessIdentity {
  kind: 'business';
  /** KVK number the employee acts for (8 digits). */
  kvk: string;
  level: EherkenningLevel;
  /** Optional: the branch (vestigingsnummer, 12 digits). */
  vestiging?: string | undefined;
  /** Name of the employee as the broker gives it (for display only). */
  name?: string | undefined;
}

export type Identity = ResidentIdentity | BusinessIdentity;

/** True when the identity meets the level a product or page requires. */
export function meetsLevel(identity: Identity, required: DigidLevel | EherkenningLevel): boolean {
  if (identity.kind === 'resident') {
    const need = DIGID_LEVELS.indexOf(required as DigidLevel);
    return need >= 0 && DIGID_LEVELS.indexOf(identity.level) >= need;
  }
  const need = EHERKENNING_LEVELS.indexOf(required as EherkenningLevel);
  return need >= 0 && EHERKENNING_LEVELS.indexOf(identity.level) >= need;
}

/** The 11-check (elfproef) of a BSN: 9 digits, weighted sum divisible by 11, last weight −1. */
export function isValidBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value) || value === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(value[i]) * (9 - i);
  sum -= Number(value[8]);
  return sum % 11 === 0;
}

/** A KVK number: 8 digits. */
export function isValidKvk(value: string): boolean {
  return /^\d{8}$/.test(value);
}
