import { randomBytes } from 'node:crypto';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import type { Sealer } from '../crypto/sealer.js';
import type { Database } from '../db/database.js';
import { HttpError } from '../http/problem.js';
import { ShortCache } from '../short-cache.js';
import { actorLabel, isPermission, requirePermission, type Actor, type Permission } from './access.js';
import { apiClients } from './schema.js';
import { audit } from './staff.js';

const SEAL_CONTEXT = 'api_clients.secret';
const CACHE_MS = 5_000;
export const CLIENT_ID = /^[A-Za-z0-9._-]{3,100}$/;

export interface ApiClient {
  id: string;
  clientId: string;
  label: string;
  scopes: Permission[];
  createdBy: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export type TokenCheck =
  | { ok: true; client: ApiClient; actor: Extract<Actor, { kind: 'api-client' }> }
  | { ok: false; reason: string };

/**
 * Machine-to-machine clients of a municipality, as the ZGW standard has them: the client signs
 * its own JWT (HS256) with a shared secret and sends it as `Authorization: Bearer …`; the token
 * names the client in `client_id` (or `iss`) and carries `iat`. The secret is stored encrypted.
 */
export class ApiClients {
  constructor(
    private readonly database: Database,
    private readonly sealer: Sealer,
    private readonly tokens: { maxAgeSeconds: number; leewaySeconds: number },
  ) {}

  /** Creates a client; returns the secret once (generated when not given). */
  async create(tenantId: string, actor: Actor, input: { clientId: string; label: string; scopes: Permission[]; secret?: string | undefined; publicTestSecret?: boolean }): Promise<{ client: ApiClient; secret: string }> {
    requirePermission(actor, 'gebruikers.beheren');
    if (!CLIENT_ID.test(input.clientId)) throw new HttpError(400, 'Ongeldige client-id.', [{ name: 'clientId', code: 'pattern', reason: '3 tot 100 tekens: letters, cijfers, punt, streepje of liggend streepje.' }], 'invalid');
    // publicTestSecret: the published secrets of the VNG test collections ("secret"), for their test clients only.
    if (input.secret !== undefined && input.secret.length < 8 && !input.publicTestSecret) throw new HttpError(400, 'Het geheim is te kort.', [{ name: 'secret', code: 'minLength', reason: 'Minstens 8 tekens.' }], 'invalid');
    const secret = input.secret ?? randomBytes(24).toString('base64url');
    const scopes = [...new Set(input.scopes)].filter(isPermission);
    return this.database.withTenant(tenantId, async (tx) => {
      const [taken] = await tx.select({ id: apiClients.id }).from(apiClients).where(eq(apiClients.clientId, input.clientId));
      if (taken) throw new HttpError(409, 'Deze client-id bestaat al.', [{ name: 'clientId', code: 'unique', reason: 'Kies een andere client-id.' }], 'client-id-taken');
      const [row] = await tx.insert(apiClients).values({
        clientId: input.clientId, label: input.label, scopes, createdBy: actorLabel(actor),
        sealedSecret: this.sealer.seal(secret, SEAL_CONTEXT),
      }).returning();
      this.forget();
      await audit(tx, actorLabel(actor), 'api-client-aangemaakt', { id: row!.id, clientId: row!.clientId, label: row!.label }, null, { scopes }, 'api-client');
      return { client: toClient(row!), secret };
    });
  }

  /**
   * Creates the client, or gives an existing one (also a revoked one) this secret and label again:
   * for provisioning commands that must be safe to run twice.
   */
  async createOrReplace(tenantId: string, actor: Actor, input: { clientId: string; label: string; scopes: Permission[]; secret: string; publicTestSecret?: boolean }): Promise<ApiClient> {
    requirePermission(actor, 'gebruikers.beheren');
    const existing = await this.database.withTenant(tenantId, async (tx) => {
      const [row] = await tx.select().from(apiClients).where(eq(apiClients.clientId, input.clientId));
      if (!row) return undefined;
      const [updated] = await tx.update(apiClients).set({ label: input.label, scopes: input.scopes, sealedSecret: this.sealer.seal(input.secret, SEAL_CONTEXT), revokedAt: null })
        .where(eq(apiClients.id, row.id)).returning();
      await audit(tx, actorLabel(actor), 'api-client-vernieuwd', { id: row.id, clientId: row.clientId, label: input.label }, { scopes: row.scopes }, { scopes: input.scopes }, 'api-client');
      return toClient(updated!);
    });
    this.forget();
    return existing ?? (await this.create(tenantId, actor, input)).client;
  }

  async list(tenantId: string, actor: Actor): Promise<ApiClient[]> {
    requirePermission(actor, 'gebruikers.beheren');
    return this.database.withTenant(tenantId, async (tx) => (await tx.select().from(apiClients).orderBy(asc(apiClients.clientId))).map(toClient));
  }

  async revoke(tenantId: string, actor: Actor, id: string): Promise<void> {
    requirePermission(actor, 'gebruikers.beheren');
    await this.database.withTenant(tenantId, async (tx) => {
      const [row] = await tx.update(apiClients).set({ revokedAt: sql`now()` })
        .where(and(eq(apiClients.id, id), isNull(apiClients.revokedAt))).returning();
      if (!row) throw new HttpError(404, 'Deze API-client bestaat niet of is al ingetrokken.', [], 'not-found');
      this.forget();
      await audit(tx, actorLabel(actor), 'api-client-ingetrokken', { id: row.id, clientId: row.clientId, label: row.label }, { scopes: row.scopes }, null, 'api-client');
    });
    this.forget();
  }

  /**
   * The client's row, kept for a few seconds so that an API client's burst of calls does not read
   * it every time; a change in this process (create, revoke) applies at once, another process's
   * after at most CACHE_MS.
   */
  private readonly cache = new ShortCache<typeof apiClients.$inferSelect | undefined>(CACHE_MS);

  private lookup(tenantId: string, clientId: string): Promise<typeof apiClients.$inferSelect | undefined> {
    return this.cache.get(`${tenantId}:${clientId}`, () => this.database.withTenant(tenantId, async (tx) => {
      const [found] = await tx.select().from(apiClients).where(and(eq(apiClients.clientId, clientId), isNull(apiClients.revokedAt)));
      return found;
    }));
  }

  /** Forgets cached clients (after a change of clients or secrets). */
  forget(): void {
    this.cache.clear();
  }

  /** Checks a Bearer token: signature with the client's secret, HS256 only, age and clock skew. */
  async verify(tenantId: string, authorization: string | undefined): Promise<TokenCheck> {
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/.exec(authorization ?? '');
    if (!match) return { ok: false, reason: 'Geen Bearer-token in de Authorization-header.' };
    const token = match[1]!;
    let clientId: string;
    try {
      if (decodeProtectedHeader(token).alg !== 'HS256') return { ok: false, reason: 'Alleen HS256-tokens worden geaccepteerd.' };
      const claims = decodeJwt(token);
      clientId = String(claims.client_id ?? claims.iss ?? '');
    } catch {
      return { ok: false, reason: 'Het token is geen geldige JWT.' };
    }
    if (!CLIENT_ID.test(clientId)) return { ok: false, reason: 'Het token noemt geen client_id.' };
    const row = await this.lookup(tenantId, clientId);
    if (!row) return { ok: false, reason: 'Onbekende of ingetrokken client.' };
    try {
      const secret = new TextEncoder().encode(this.sealer.open(row.sealedSecret, SEAL_CONTEXT));
      const { payload } = await jwtVerify(token, secret, {
        algorithms: ['HS256'], maxTokenAge: this.tokens.maxAgeSeconds, clockTolerance: this.tokens.leewaySeconds, requiredClaims: ['iat'],
      });
      if (typeof payload.iat !== 'number') return { ok: false, reason: 'Het token mist iat.' };
    } catch (error) {
      return { ok: false, reason: `Het token is ongeldig of verlopen (${(error as { code?: string }).code ?? 'onbekend'}).` };
    }
    // Last use is kept to the minute, not written on every call.
    if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
      row.lastUsedAt = new Date();
      await this.database.withTenant(tenantId, (tx) => tx.update(apiClients).set({ lastUsedAt: sql`now()` }).where(eq(apiClients.id, row.id)));
    }
    const client = toClient(row);
    return { ok: true, client, actor: { kind: 'api-client', clientId: client.clientId, permissions: new Set(client.scopes) } };
  }
}

function toClient(row: typeof apiClients.$inferSelect): ApiClient {
  return {
    id: row.id, clientId: row.clientId, label: row.label, scopes: row.scopes.filter(isPermission), createdBy: row.createdBy,
    createdAt: row.createdAt, lastUsedAt: row.lastUsedAt, revokedAt: row.revokedAt,
  };
}
