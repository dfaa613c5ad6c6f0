/**
 * Test support for the ZGW APIs: a client that signs its own JWT as real ZGW clients do, the
 * provisioning of clients with autorisaties, and (contract.ts) validation of every answer
 * against the official OpenAPI documents.
 */
import { SignJWT } from 'jose';
import type { ZgwAutorisatie } from '../../../platform/auth/zgw.js';
import type { TestServer } from '../../../platform/testing/harness.js';
import { provisionZgwClient } from './clients.js';
import type { ZgwApi } from './urls.js';

/** A JWT as ZGW clients build it (zgw-consumers, Open Formulieren, the VNG test collections). */
export async function zgwToken(clientId: string, secret: string, claims: Record<string, unknown> = {}, iat = Math.floor(Date.now() / 1000)): Promise<string> {
  return new SignJWT({ client_id: clientId, user_id: 'test', user_representation: 'Test', ...claims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(clientId)
    .setIssuedAt(iat)
    .sign(new TextEncoder().encode(secret));
}

export interface ZgwResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
  /** The raw text of the body. */
  text: string;
}

let counter = 0;

/** Creates a client with these rights in a municipality of the test server; returns a ZgwTestClient for it. */
export async function zgwClient(server: TestServer, slug: string, rights: { heeftAlleAutorisaties: true } | { autorisaties: ZgwAutorisatie[] }, clientId = `test-client-${++counter}-${Date.now().toString(36)}`): Promise<ZgwTestClient> {
  const tenant = await server.stadhuis.platform.tenants.bySlug(slug);
  if (!tenant) throw new Error(`no municipality ${slug}`);
  const secret = `secret-${clientId}`;
  await provisionZgwClient(server.stadhuis.platform, tenant.id, { kind: 'system', process: 'test' }, {
    clientId, secret, label: clientId,
    heeftAlleAutorisaties: 'heeftAlleAutorisaties' in rights, autorisaties: 'autorisaties' in rights ? rights.autorisaties : [],
  });
  return new ZgwTestClient(server, slug, clientId, secret);
}

/**
 * Calls the ZGW APIs of one municipality of a test server as a real client does: JSON, a fresh
 * JWT per request, `Accept-Crs`/`Content-Crs` (the Zaken API requires them for zaken).
 */
export class ZgwTestClient {
  constructor(readonly server: Pick<TestServer, 'url'>, readonly slug: string, readonly clientId: string, readonly secret: string) {}

  /** http://127.0.0.1:<port>/<slug>/<api>/api/v1 */
  root(api: ZgwApi): string {
    return `${this.server.url}/${this.slug}/${api}/api/v1`;
  }

  async request<T = any>(method: string, urlOrPath: string, body?: unknown, headers: Record<string, string> = {}): Promise<ZgwResponse<T>> {
    const url = /^https?:/.test(urlOrPath) ? urlOrPath : `${this.server.url}${urlOrPath}`;
    const init: RequestInit = {
      method,
      headers: {
        authorization: `Bearer ${await zgwToken(this.clientId, this.secret)}`,
        accept: 'application/json',
        'accept-crs': 'EPSG:4326',
        ...(body !== undefined ? { 'content-type': 'application/json', 'content-crs': 'EPSG:4326' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
      redirect: 'manual',
    };
    const res = await fetch(url, init);
    const text = await res.text();
    let parsed: unknown = undefined;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = text;
    }
    return { status: res.status, headers: res.headers, body: parsed as T, text };
  }

  get<T = any>(url: string, headers?: Record<string, string>) { return this.request<T>('GET', url, undefined, headers); }
  post<T = any>(url: string, body: unknown, headers?: Record<string, string>) { return this.request<T>('POST', url, body, headers); }
  put<T = any>(url: string, body: unknown, headers?: Record<string, string>) { return this.request<T>('PUT', url, body, headers); }
  patch<T = any>(url: string, body: unknown, headers?: Record<string, string>) { return this.request<T>('PATCH', url, body, headers); }
  delete<T = any>(url: string, headers?: Record<string, string>) { return this.request<T>('DELETE', url, undefined, headers); }
}
