/**
 * A browser-like HTTP client for tests and the benchmark: keeps cookies, takes CSRF tokens from
 * pages, posts forms, and logs residents and staff in through the embedded identity provider.
 */
/** Where the platform answers: its base URL. */
export interface Site {
  url: string;
}

/** A browser-like visitor: keeps cookies, fetches forms' CSRF tokens and posts forms. */
export class Visitor {
  private cookies = new Map<string, string>();

  /** `headers` go with every request (e.g. X-Forwarded-For to act as another address). */
  constructor(private readonly server: Site, private readonly headers: Record<string, string> = {}) {}

  async get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    return this.request(path, { method: 'GET', headers });
  }

  /** Posts a form; takes the CSRF token from the page at `formPage` (default: the same path). */
  async post(path: string, fields: Record<string, string | string[]>, options: { formPage?: string; csrf?: string | false } = {}): Promise<Response> {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(fields)) for (const item of Array.isArray(v) ? v : [v]) body.append(k, item);
    if (options.csrf !== false) body.set('_csrf', options.csrf ?? (await this.csrfFrom(options.formPage ?? path)));
    return this.request(path, { method: 'POST', body: body.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  }

  /** Posts multipart/form-data with files, as a browser does for a form with a file input. */
  async postFiles(path: string, fields: Record<string, string>, files: { field: string; filename: string; type: string; content: Buffer }[], options: { formPage?: string; csrf?: string } = {}): Promise<Response> {
    const csrf = options.csrf ?? (await this.csrfFrom(options.formPage ?? path));
    const boundary = `----stadhuis${Math.random().toString(16).slice(2)}${Date.now().toString(16)}`;
    const parts: Buffer[] = [];
    for (const [name, value] of Object.entries({ _csrf: csrf, ...fields })) {
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
    }
    for (const f of files) {
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${f.field}"; filename="${f.filename}"\r\nContent-Type: ${f.type}\r\n\r\n`), f.content, Buffer.from('\r\n'));
    }
    parts.push(Buffer.from(`--${boundary}--\r\n`));
    return this.request(path, { method: 'POST', body: Buffer.concat(parts) as unknown as string, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
  }

  async csrfFrom(path: string): Promise<string> {
    const html = await (await this.get(path)).text();
    const match = /name="_csrf" value="([^"]+)"/.exec(html);
    if (!match) throw new Error(`no CSRF token on ${path}`);
    return match[1]!;
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** The Cookie header this visitor sends. */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  async request(path: string, init: { method: string; body?: string; headers?: Record<string, string> }): Promise<Response> {
    const cookie = this.cookieHeader();
    const res = await fetch(`${this.server.url}${path}`, {
      method: init.method, body: init.body ?? null, redirect: 'manual',
      headers: { ...this.headers, ...(init.headers ?? {}), ...(cookie ? { cookie } : {}) },
    });
    for (const set of res.headers.getSetCookie()) {
      const [pair] = set.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (/expires=Thu, 01 Jan 1970/i.test(set) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }
}

/** Test employees of the embedded identity provider (see src/modules/idp/test-identities.ts). */
export const TEST_STAFF = {
  dijkwaard: {
    'kcc-medewerker': 'anouk.visser', behandelaar: 'bram.smit', teamleider: 'carla.bos', 'functioneel-beheerder': 'dennis.mulder',
    archivaris: 'esther.degraaf', griffie: 'frank.meijer', admin: 'gerda.hoekstra',
  },
  heuvelrode: {
    'kcc-medewerker': 'hanneke.peters', behandelaar: 'ivo.kok', teamleider: 'joke.vandijk', 'functioneel-beheerder': 'karim.bakker',
    archivaris: 'lotte.willems', griffie: 'maarten.dekker', admin: 'nadia.brouwer',
  },
} as const;

/**
 * Logs an employee in to the back office of a municipality the way a browser does: the login
 * button, the identity provider (embedded test IdP, staff account picked), back to the callback.
 * `path` is the municipality's path prefix ("/dijkwaard"). Returns the visitor with the session.
 */
export async function loginAsStaff<V extends Visitor = Visitor>(server: Site, path: string, account: string, visitor: V = new Visitor(server) as V, back = '/beheer'): Promise<V> {
  const start = await visitor.post(`${path}/beheer/inloggen`, { terug: back });
  const done = await throughIdp(server, visitor, start, { soort: 'medewerker', medewerker: account }, `staff login of ${account}`);
  if (done.headers.get('location') !== `${path}${back}`) throw new Error(`staff login of ${account} went to ${done.headers.get('location')}`);
  return visitor;
}

/**
 * Logs a resident in with DigiD through the embedded IdP (test person by BSN, at a level), the
 * way a browser does. Returns the visitor with the session.
 */
export async function loginAsResident<V extends Visitor = Visitor>(server: Site, path: string, bsn: string, level = 'midden', visitor: V = new Visitor(server) as V): Promise<V> {
  const start = await visitor.post(`${path}/inloggen`, { soort: 'digid', niveau: level, terug: '/mijn' }, { formPage: `${path}/inloggen` });
  const done = await throughIdp(server, visitor, start, { soort: 'digid', persoon: bsn, niveau: level }, `resident login of ${bsn}`);
  if (done.headers.get('location') !== `${path}/mijn`) throw new Error(`resident login of ${bsn} went to ${done.headers.get('location')}`);
  return visitor;
}

/**
 * The rest of a login after its start (a 303 to the identity provider): the provider's page, the
 * account picked there, back to the municipality's callback. Returns the callback's answer (a 303).
 */
async function throughIdp(server: Site, visitor: Visitor, start: Response, fields: Record<string, string>, what: string): Promise<Response> {
  const local = (location: string) => { const u = new URL(location, server.url); return u.pathname + u.search; };
  if (start.status !== 303) throw new Error(`${what} did not start: ${start.status}`);
  const interaction = local((await visitor.get(local(start.headers.get('location')!))).headers.get('location')!);
  const picked = await visitor.post(interaction, fields);
  if (picked.status !== 303) throw new Error(`the identity provider refused ${what}: ${picked.status}`);
  const callback = (await visitor.get(local(picked.headers.get('location')!))).headers.get('location')!;
  const done = await visitor.get(local(callback));
  if (done.status !== 303) throw new Error(`${what} failed: ${done.status} ${await done.text()}`);
  return done;
}

