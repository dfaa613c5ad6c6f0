/**
 * Assurance levels and how they travel in OpenID Connect. The `acr` of an ID token is a URN
 * that ends in the level: urn:nl:digid:<level> for DigiD, the eToegang assurance class
 * (urn:etoegang:core:assurance-class:loa2/3/4) for eHerkenning. The `loa` claim carries the
 * plain level word the platform uses (see platform/auth/identity.ts). Relying parties may ask
 * for a minimum with `acr_values` (these URNs, level words, or DigiD's SAML authentication
 * context classes) or with the extra parameter `loa` (level words).
 */
import { DIGID_LEVELS, EHERKENNING_LEVELS, type DigidLevel, type EherkenningLevel } from '../../platform/auth/identity.js';

export const DIGID_ACR: Record<DigidLevel, string> = {
  basis: 'urn:nl:digid:basis',
  midden: 'urn:nl:digid:midden',
  substantieel: 'urn:nl:digid:substantieel',
  hoog: 'urn:nl:digid:hoog',
};

/** DigiD's own SAML authentication context classes, accepted in acr_values as well. */
export const DIGID_SAML_CLASS: Record<DigidLevel, string> = {
  basis: 'urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport',
  midden: 'urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract',
  substantieel: 'urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard',
  hoog: 'urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI',
};

export const EHERKENNING_ACR: Record<EherkenningLevel, string> = {
  EH2: 'urn:etoegang:core:assurance-class:loa2',
  EH3: 'urn:etoegang:core:assurance-class:loa3',
  EH4: 'urn:etoegang:core:assurance-class:loa4',
};

/** Employees log in to the back office with two factors (in real life at the municipality's IdP). */
export const STAFF_ACR = 'urn:stadhuis:test-idp:medewerker';

export const ALL_ACR_VALUES = [...Object.values(DIGID_ACR), ...Object.values(EHERKENNING_ACR), STAFF_ACR];

export type Level = { kind: 'digid'; level: DigidLevel } | { kind: 'eherkenning'; level: EherkenningLevel };

/** The level an `acr` value or a level word stands for (undefined when unknown). */
export function levelFromAcr(value: string): Level | undefined {
  for (const level of DIGID_LEVELS) {
    if (value === DIGID_ACR[level] || value === DIGID_SAML_CLASS[level] || value.toLowerCase() === level) return { kind: 'digid', level };
  }
  for (const level of EHERKENNING_LEVELS) {
    if (value === EHERKENNING_ACR[level] || value.toUpperCase() === level) return { kind: 'eherkenning', level };
  }
  return undefined;
}

export function acrForDigid(level: DigidLevel): string {
  return DIGID_ACR[level];
}

export function acrForEherkenning(level: EherkenningLevel): string {
  return EHERKENNING_ACR[level];
}

export interface MinimumLevels {
  digid?: DigidLevel | undefined;
  eherkenning?: EherkenningLevel | undefined;
}

/**
 * The minimum per kind that a request asks for. `acr_values` lists the acceptable values; with
 * ordered levels every level at or above the lowest one listed is acceptable, so that one is the
 * minimum. `loa` names a minimum directly. When both are given the higher one counts. Unknown
 * values are ignored, and so is the lowest level (it is no minimum).
 */
export function minimumLevels(acrValues: string | undefined, loa: string | undefined): MinimumLevels {
  const lowest = (list: string | undefined): MinimumLevels => {
    const result: MinimumLevels = {};
    for (const item of (list ?? '').split(' ').filter(Boolean).map(levelFromAcr)) {
      if (item?.kind === 'digid' && (!result.digid || rank(item.level) < rank(result.digid))) result.digid = item.level;
      if (item?.kind === 'eherkenning' && (!result.eherkenning || rank(item.level) < rank(result.eherkenning))) result.eherkenning = item.level;
    }
    return result;
  };
  const a = lowest(acrValues);
  const b = lowest(loa);
  const result: MinimumLevels = {};
  const digid = higher(a.digid, b.digid);
  const eherkenning = higher(a.eherkenning, b.eherkenning);
  if (digid && digid !== DIGID_LEVELS[0]) result.digid = digid;
  if (eherkenning && eherkenning !== EHERKENNING_LEVELS[0]) result.eherkenning = eherkenning;
  return result;
}

function rank(level: DigidLevel | EherkenningLevel): number {
  return level.startsWith('EH') ? EHERKENNING_LEVELS.indexOf(level as EherkenningLevel) : DIGID_LEVELS.indexOf(level as DigidLevel);
}

function higher<L extends DigidLevel | EherkenningLevel>(x: L | undefined, y: L | undefined): L | undefined {
  if (!x) return y;
  if (!y) return x;
  return rank(x) >= rank(y) ? x : y;
}

export function digidLevelsFrom(minimum: DigidLevel | undefined): DigidLevel[] {
  return DIGID_LEVELS.slice(minimum ? DIGID_LEVELS.indexOf(minimum) : 0);
}

export function eherkenningLevelsFrom(minimum: EherkenningLevel | undefined): EherkenningLevel[] {
  return EHERKENNING_LEVELS.slice(minimum ? EHERKENNING_LEVELS.indexOf(minimum) : 0);
}
