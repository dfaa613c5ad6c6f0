/**
 * Who logged in at the test identity provider, encoded in the account id (the `sub` of the ID
 * token), and the claims each kind of login gives.
 *
 *   digid:<bsn>                                  a resident acting for themselves
 *   digid:<bsn>:namens:<relation>:<bsn>          a resident acting for someone else (machtiging)
 *   eherkenning:<kvk>:<vestiging>                an employee of a company (vestiging may be empty)
 *   medewerker:<id>                              an employee of the municipality
 *
 * Acting for someone else is a different principal than acting for oneself, so it gets its own
 * `sub`. The level is not part of the account: it is the `acr` of the login.
 */
import { isValidBsn, isValidKvk } from '../../platform/auth/identity.js';
import { levelFromAcr } from './levels.js';
import { companyByKvk, MACHTIGING_RELATIONS, staffById, type MachtigingRelation } from './test-identities.js';

export type IdpKind = 'digid' | 'eherkenning' | 'medewerker';
export const IDP_KINDS: readonly IdpKind[] = ['digid', 'eherkenning', 'medewerker'];

export type IdpLogin =
  | { kind: 'digid'; bsn: string; actingFor?: { bsn: string; relation: MachtigingRelation } | undefined }
  | { kind: 'eherkenning'; kvk: string; vestiging?: string | undefined }
  | { kind: 'medewerker'; id: string };

/** Scope → claims, as oidc-provider's `claims` configuration. */
export const SCOPE_CLAIMS = {
  openid: ['sub'],
  digid: ['bsn', 'loa'],
  eherkenning: ['kvk', 'vestiging', 'loa', 'name', 'company_name'],
  machtiging: ['acting_for_bsn', 'relation'],
  staff: ['email', 'name', 'roles'],
} as const;

/** Which kind of login a scope asks for. */
export const KIND_OF_SCOPE: Record<string, IdpKind> = { digid: 'digid', machtiging: 'digid', eherkenning: 'eherkenning', staff: 'medewerker' };

export function accountIdFor(login: IdpLogin): string {
  switch (login.kind) {
    case 'digid':
      return login.actingFor ? `digid:${login.bsn}:namens:${login.actingFor.relation}:${login.actingFor.bsn}` : `digid:${login.bsn}`;
    case 'eherkenning':
      return `eherkenning:${login.kvk}:${login.vestiging ?? ''}`;
    case 'medewerker':
      return `medewerker:${login.id}`;
  }
}

export function parseAccountId(accountId: string): IdpLogin | undefined {
  const parts = accountId.split(':');
  if (parts[0] === 'digid') {
    const bsn = parts[1] ?? '';
    if (!isValidBsn(bsn)) return undefined;
    if (parts.length === 2) return { kind: 'digid', bsn };
    const [, , namens, relation, otherBsn] = parts;
    if (parts.length !== 5 || namens !== 'namens' || !MACHTIGING_RELATIONS.includes(relation as MachtigingRelation) || !isValidBsn(otherBsn ?? '')) return undefined;
    return { kind: 'digid', bsn, actingFor: { bsn: otherBsn!, relation: relation as MachtigingRelation } };
  }
  if (parts[0] === 'eherkenning' && parts.length === 3) {
    const [, kvk, vestiging] = parts;
    if (!isValidKvk(kvk ?? '') || (vestiging && !/^\d{12}$/.test(vestiging))) return undefined;
    return { kind: 'eherkenning', kvk: kvk!, vestiging: vestiging || undefined };
  }
  if (parts[0] === 'medewerker' && parts.length === 2 && staffById(parts[1] ?? '')) return { kind: 'medewerker', id: parts[1]! };
  return undefined;
}

export function kindOfAccount(accountId: string | undefined): IdpKind | undefined {
  const prefix = accountId?.split(':')[0];
  return IDP_KINDS.find((k) => k === prefix);
}

/**
 * Every claim the login has; oidc-provider passes on only those of the granted scopes. `acr` is
 * the level of this login (from the authorization code or the access token).
 */
export function claimsFor(accountId: string, login: IdpLogin, acr: string | undefined): Record<string, unknown> & { sub: string } {
  const loa = acr ? levelFromAcr(acr)?.level : undefined;
  switch (login.kind) {
    case 'digid':
      return {
        sub: accountId, bsn: login.bsn, ...(loa ? { loa } : {}),
        ...(login.actingFor ? { acting_for_bsn: login.actingFor.bsn, relation: login.actingFor.relation } : {}),
      };
    case 'eherkenning': {
      const company = companyByKvk(login.kvk);
      return {
        sub: accountId, kvk: login.kvk, ...(login.vestiging ? { vestiging: login.vestiging } : {}), ...(loa ? { loa } : {}),
        name: company?.employee ?? 'Test Medewerker', ...(company ? { company_name: company.name } : {}),
      };
    }
    case 'medewerker': {
      const account = staffById(login.id)!;
      return { sub: accountId, email: account.email, name: account.name, roles: account.roles };
    }
  }
}
