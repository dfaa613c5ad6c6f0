import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FastifyInstance } from 'fastify';
import type { Platform } from '../http/types.js';
import type { TenantTheme } from '../tenancy/schema.js';

const require = createRequire(import.meta.url);

interface Asset {
  body: Buffer;
  type: string;
  etag: string;
}

function asset(body: string | Buffer, type: string): Asset {
  const buffer = Buffer.isBuffer(body) ? body : Buffer.from(body);
  return { body: buffer, type, etag: `"${createHash('sha256').update(buffer).digest('base64url').slice(0, 22)}"` };
}

/** Shared static files: the NL Design System CSS and our own layout and tokens. */
export function registerAssets(app: FastifyInstance, _platform: Platform): void {
  const files: Record<string, Asset> = {
    'utrecht.css': asset(readFileSync(require.resolve('@utrecht/component-library-css/dist/index.css')), 'text/css; charset=utf-8'),
    'stadhuis.css': asset(readFileSync(new URL('./assets/stadhuis.css', import.meta.url)), 'text/css; charset=utf-8'),
    'session-timeout.js': asset(readFileSync(new URL('./assets/session-timeout.js', import.meta.url)), 'text/javascript; charset=utf-8'),
  };
  app.get('/assets/:file', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    const file = files[(request.params as { file: string }).file];
    if (!file) return reply.callNotFound();
    reply.header('Cache-Control', 'public, max-age=3600').header('ETag', file.etag).type(file.type);
    if (request.headers['if-none-match'] === file.etag) return reply.status(304).send();
    return reply.send(file.body);
  });
}

/** Per municipality: its design tokens as CSS and its logo. */
export function registerTenantAssets(scoped: FastifyInstance): void {
  scoped.get('/theme.css', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    reply.header('Cache-Control', 'public, max-age=300').type('text/css; charset=utf-8');
    return themeCss(request.tenant!.theme);
  });
  scoped.get('/logo.svg', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    // An SVG can hold script: as a document of its own it gets a CSP that forbids all of it.
    reply.header('Cache-Control', 'public, max-age=300').header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'").type('image/svg+xml');
    return request.tenant!.logoSvg;
  });
}

const COLOUR = /^#[0-9a-fA-F]{6}$/;

export function themeCss(theme: TenantTheme): string {
  const safe = (c: string, fallback: string) => (COLOUR.test(c) ? c : fallback);
  return `.stadhuis-theme {
  --stadhuis-brand: ${safe(theme.primary, '#154273')};
  --stadhuis-brand-dark: ${safe(theme.primaryDark, '#0b2a4d')};
  --stadhuis-brand-light: ${safe(theme.primaryLight, '#e8f0f8')};
  --stadhuis-accent: ${safe(theme.accent, '#ffb612')};
}
`;
}
