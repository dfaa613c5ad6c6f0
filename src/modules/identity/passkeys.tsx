import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { and, asc, eq, lt, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  generateAuthenticationOptions, generateRegistrationOptions, verifyAuthenticationResponse, verifyRegistrationResponse,
  type AuthenticationResponseJSON, type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { safeReturnPath } from '../../platform/auth/guard.js';
import { recordLogin } from './routes.js';
import { DIGID_LEVELS, meetsLevel, type DigidLevel, type ResidentIdentity } from '../../platform/auth/identity.js';
import { pageContext, sendHtml } from '../../platform/http/app.js';
import type { Platform } from '../../platform/http/types.js';
import { href } from '../../platform/ui/context.js';
import { identityMessages } from './messages.js';
import { MessagePage } from './views/pages.js';
import { identityPasskeyChallenges, identityPasskeys } from './schema.js';
import { PasskeyListPage, PasskeyLoginPage, PasskeyNamePage, PasskeyRegisterPage, PasskeyRevokePage, type PasskeyView } from './views/passkeys.js';

const CHALLENGE_COOKIE = 'stadhuis_inlogsleutel';
/** A ceremony must be completed within this time. */
const CHALLENGE_MS = 5 * 60_000;
const NAME_MAX = 60;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SCRIPT = readFileSync(new URL('./assets/passkey.js', import.meta.url));
const SCRIPT_ETAG = `"${createHash('sha256').update(SCRIPT).digest('base64url').slice(0, 22)}"`;

/** The level a passkey login gets: PASSKEY_LEVEL (basis|midden|substantieel|hoog), default substantieel. */
export function passkeyLevel(value = process.env.PASSKEY_LEVEL): DigidLevel {
  const given = value?.trim() || 'substantieel';
  const level = DIGID_LEVELS.find((l) => l === given);
  if (!level) throw new Error(`PASSKEY_LEVEL moet een van ${DIGID_LEVELS.join(', ')} zijn (nu: "${given}")`);
  return level;
}

class PasskeyError extends Error {
  constructor(public readonly key: 'passkey.error.unknown' | 'passkey.error.failed' | 'passkey.error.expired' | 'passkey.error.register', detail: string) {
    super(detail);
  }
}

/** Passkeys (WebAuthn): register after a DigiD login, name, revoke, and log in with one alone. */
export function registerPasskeyRoutes(app: FastifyInstance, platform: Platform): void {
  const { database, residentSessions, config } = platform;
  const level = passkeyLevel();
  const secure = config.publicUrl.startsWith('https://');

  /** RP ID and origin from configuration (never from request headers): path form or host form. */
  const relyingParty = (request: FastifyRequest) => {
    const url = new URL(config.publicUrl);
    if (request.base) return { id: url.hostname, origin: url.origin };
    const host = `${request.tenant!.slug}.${config.baseDomain}`;
    return { id: host, origin: `${url.protocol}//${host}${url.port ? `:${url.port}` : ''}` };
  };
  const subjectOf = (bsn: string) => platform.processingLog.subjectKey({ type: 'bsn', id: bsn });
  const resident = (request: FastifyRequest) => request.session!.identity as ResidentIdentity;
  /** Registering gives a login without DigiD at `level`: only after DigiD at that level. */
  const mayRegister = (request: FastifyRequest) => {
    const identity = request.session?.identity;
    return identity?.kind === 'resident' && identity.method === 'digid' && meetsLevel(identity, level);
  };
  async function saveChallenge(request: FastifyRequest, reply: FastifyReply, purpose: 'register' | 'login', challenge: string, subject: string | null) {
    const browser = randomBytes(32).toString('base64url');
    await database.withTenant(request.tenant!.id, async (tx) => {
      await tx.delete(identityPasskeyChallenges).where(lt(identityPasskeyChallenges.createdAt, new Date(Date.now() - CHALLENGE_MS)));
      await tx.insert(identityPasskeyChallenges).values({ browserHash: sha256(browser), purpose, challenge, subject });
    });
    reply.setCookie(CHALLENGE_COOKIE, browser, { path: '/', httpOnly: true, sameSite: 'strict', secure, maxAge: CHALLENGE_MS / 1000 });
  }

  /** Takes the pending challenge of this browser out of the table: it can be used once only. */
  async function takeChallenge(request: FastifyRequest, reply: FastifyReply, purpose: 'register' | 'login') {
    const browser = request.cookies[CHALLENGE_COOKIE] ?? '';
    reply.clearCookie(CHALLENGE_COOKIE, { path: '/' });
    if (!/^[A-Za-z0-9_-]{43}$/.test(browser)) return undefined;
    const [row] = await database.withTenant(request.tenant!.id, (tx) => tx.delete(identityPasskeyChallenges)
      .where(and(eq(identityPasskeyChallenges.browserHash, sha256(browser)), eq(identityPasskeyChallenges.purpose, purpose),
        sql`${identityPasskeyChallenges.createdAt} > now() - make_interval(secs => ${CHALLENGE_MS / 1000})`))
      .returning());
    return row;
  }

  async function ownPasskey(request: FastifyRequest, id: unknown): Promise<PasskeyView | undefined> {
    if (typeof id !== 'string' || !UUID.test(id)) return undefined;
    const [row] = await database.withTenant(request.tenant!.id, (tx) => tx.select().from(identityPasskeys)
      .where(and(eq(identityPasskeys.id, id), eq(identityPasskeys.subject, subjectOf(resident(request).bsn)))));
    return row;
  }

  function jsonError(request: FastifyRequest, reply: FastifyReply, error: PasskeyError, status = 400) {
    request.log.info({ reason: error.key, detail: error.message }, 'passkey ceremony failed');
    reply.header('Cache-Control', 'no-store');
    return reply.status(status).type('application/json').send({ message: identityMessages(request.lang)(error.key) });
  }

  app.get('/inlogsleutels/passkey.js', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    reply.header('Cache-Control', 'public, max-age=3600').header('ETag', SCRIPT_ETAG).type('text/javascript; charset=utf-8');
    if (request.headers['if-none-match'] === SCRIPT_ETAG) return reply.status(304).send();
    return reply.send(SCRIPT);
  });

  app.get('/inlogsleutels', { schema: { hide: true }, config: { access: { resident: { kind: 'resident' } } } }, async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    const query = request.query as Record<string, unknown>;
    const t = identityMessages(request.lang);
    const notice = query.klaar === 'naam' ? t('passkey.saved') : query.klaar === 'ingetrokken' ? t('passkey.revoked') : undefined;
    const passkeys = await database.withTenant(request.tenant!.id, (tx) => tx.select().from(identityPasskeys)
      .where(eq(identityPasskeys.subject, subjectOf(resident(request).bsn))).orderBy(asc(identityPasskeys.createdAt)));
    return sendHtml(reply, <PasskeyListPage ctx={pageContext(request, reply, platform)} passkeys={passkeys} level={level} canRegister={mayRegister(request)} notice={notice} />);
  });

  app.get('/inlogsleutels/nieuw', { schema: { hide: true }, config: { access: { resident: { kind: 'resident' } } } }, async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    if (!mayRegister(request)) return reply.redirect(`${request.base}/inloggen?terug=%2Finlogsleutels%2Fnieuw&niveau=${level}`, 303);
    return sendHtml(reply, <PasskeyRegisterPage ctx={pageContext(request, reply, platform)} />);
  });

  app.post('/inlogsleutels/nieuw/opties', { schema: { hide: true }, config: { access: { resident: { kind: 'resident' } } } }, async (request, reply) => {
    if (!mayRegister(request)) return jsonError(request, reply, new PasskeyError('passkey.error.register', 'DigiD login at the passkey level needed'), 403);
    const identity = resident(request);
    const subject = subjectOf(identity.bsn);
    const existing = await database.withTenant(request.tenant!.id, (tx) => tx.select({ credentialId: identityPasskeys.credentialId, transports: identityPasskeys.transports })
      .from(identityPasskeys).where(eq(identityPasskeys.subject, subject)));
    const rp = relyingParty(request);
    const t = identityMessages(request.lang);
    const options = await generateRegistrationOptions({
      rpName: request.tenant!.name, rpID: rp.id,
      // The user handle is the keyed hash, never the BSN; the name shown on the device is neutral.
      userID: createHash('sha256').update(subject).digest(),
      userName: `${t('passkey.name.default')} ${request.tenant!.name}`,
      attestationType: 'none',
      excludeCredentials: existing.map((c) => ({ id: c.credentialId, transports: c.transports })),
      authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
      timeout: CHALLENGE_MS,
    });
    await saveChallenge(request, reply, 'register', options.challenge, subject);
    reply.header('Cache-Control', 'no-store');
    return options;
  });

  app.post('/inlogsleutels/nieuw', { schema: { hide: true }, config: { access: { resident: { kind: 'resident' } } } }, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const pending = await takeChallenge(request, reply, 'register');
    const identity = resident(request);
    const subject = subjectOf(identity.bsn);
    if (!mayRegister(request)) return jsonError(request, reply, new PasskeyError('passkey.error.register', 'DigiD login at the passkey level needed'), 403);
    if (!pending || pending.subject !== subject) return jsonError(request, reply, new PasskeyError('passkey.error.expired', 'no pending challenge'));
    const rp = relyingParty(request);
    let info;
    try {
      const result = await verifyRegistrationResponse({
        response: body.response as RegistrationResponseJSON, expectedChallenge: pending.challenge,
        expectedOrigin: rp.origin, expectedRPID: rp.id, requireUserVerification: true,
      });
      if (!result.verified) throw new Error('not verified');
      info = result.registrationInfo;
    } catch (error) {
      return jsonError(request, reply, new PasskeyError('passkey.error.register', (error as Error).message));
    }
    const name = cleanName(body.name) ?? `${identityMessages(request.lang)('passkey.name.default')} ${new Date().toISOString().slice(0, 10)}`;
    const credential = info.credential;
    const [row] = await database.withTenant(request.tenant!.id, (tx) => tx.insert(identityPasskeys).values({
      subject, sealedBsn: platform.sealer.seal(identity.bsn, 'identity_passkeys.bsn'), credentialId: credential.id, publicKey: Buffer.from(credential.publicKey).toString('base64url'),
      counter: credential.counter, transports: credential.transports ?? [], name,
    }).onConflictDoNothing().returning({ id: identityPasskeys.id }));
    if (!row) return jsonError(request, reply, new PasskeyError('passkey.error.register', 'credential already registered'));
    reply.header('Cache-Control', 'no-store');
    return { redirect: `${request.base}/inlogsleutels/naam?id=${row.id}&nieuw=1` };
  });

  app.get('/inlogsleutels/naam', { schema: { hide: true }, config: { access: { resident: { kind: 'resident' } } } }, async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    const query = request.query as Record<string, unknown>;
    const passkey = await ownPasskey(request, query.id);
    if (!passkey) return notFound(request, reply);
    return sendHtml(reply, <PasskeyNamePage ctx={pageContext(request, reply, platform)} passkey={passkey} created={query.nieuw === '1'} />);
  });

  app.post('/inlogsleutels/naam', { schema: { hide: true }, config: { access: { resident: { kind: 'resident' } } } }, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const passkey = await ownPasskey(request, body.id);
    if (!passkey) return notFound(request, reply);
    const name = cleanName(body.naam);
    if (!name) {
      const t = identityMessages(request.lang);
      return sendHtml(reply, <PasskeyNamePage ctx={pageContext(request, reply, platform)} passkey={passkey} created={false}
        error={t('passkey.name.error')} value={typeof body.naam === 'string' ? body.naam.slice(0, 200) : ''} />, 400);
    }
    await database.withTenant(request.tenant!.id, (tx) => tx.update(identityPasskeys).set({ name }).where(eq(identityPasskeys.id, passkey.id)));
    return reply.redirect(`${request.base}/inlogsleutels?klaar=naam`, 303);
  });

  app.get('/inlogsleutels/intrekken', { schema: { hide: true }, config: { access: { resident: { kind: 'resident' } } } }, async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    const passkey = await ownPasskey(request, (request.query as Record<string, unknown>).id);
    if (!passkey) return notFound(request, reply);
    return sendHtml(reply, <PasskeyRevokePage ctx={pageContext(request, reply, platform)} passkey={passkey} />);
  });

  app.post('/inlogsleutels/intrekken', { schema: { hide: true }, config: { access: { resident: { kind: 'resident' } } } }, async (request, reply) => {
    const passkey = await ownPasskey(request, ((request.body ?? {}) as Record<string, unknown>).id);
    if (!passkey) return notFound(request, reply);
    await database.withTenant(request.tenant!.id, (tx) => tx.delete(identityPasskeys).where(eq(identityPasskeys.id, passkey.id)));
    return reply.redirect(`${request.base}/inlogsleutels?klaar=ingetrokken`, 303);
  });

  app.get('/inloggen/inlogsleutel', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    const back = safeReturnPath((request.query as Record<string, unknown>).terug);
    return sendHtml(reply, <PasskeyLoginPage ctx={pageContext(request, reply, platform)} level={level} back={back === '/' ? '/mijn' : back} />);
  });

  app.post('/inloggen/inlogsleutel/opties', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    // Usernameless: no allowCredentials, the authenticator offers the resident's discoverable passkey.
    const options = await generateAuthenticationOptions({ rpID: relyingParty(request).id, userVerification: 'required', allowCredentials: [], timeout: CHALLENGE_MS });
    await saveChallenge(request, reply, 'login', options.challenge, null);
    reply.header('Cache-Control', 'no-store');
    return options;
  });

  app.post('/inloggen/inlogsleutel', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const pending = await takeChallenge(request, reply, 'login');
    if (!pending) return jsonError(request, reply, new PasskeyError('passkey.error.expired', 'no pending challenge'));
    const response = body.response as AuthenticationResponseJSON | undefined;
    const credentialId = typeof response?.id === 'string' ? response.id : '';
    if (!/^[A-Za-z0-9_-]{16,1400}$/.test(credentialId)) return jsonError(request, reply, new PasskeyError('passkey.error.failed', 'no credential id'));
    const tenantId = request.tenant!.id;
    const [passkey] = await database.withTenant(tenantId, (tx) => tx.select().from(identityPasskeys).where(eq(identityPasskeys.credentialId, credentialId)));
    if (!passkey) return jsonError(request, reply, new PasskeyError('passkey.error.unknown', 'unknown credential'));
    const rp = relyingParty(request);
    let newCounter: number;
    try {
      const result = await verifyAuthenticationResponse({
        response: response!, expectedChallenge: pending.challenge, expectedOrigin: rp.origin, expectedRPID: rp.id,
        credential: { id: passkey.credentialId, publicKey: new Uint8Array(Buffer.from(passkey.publicKey, 'base64url')), counter: passkey.counter, transports: passkey.transports },
        requireUserVerification: true,
      });
      if (!result.verified) throw new Error('not verified');
      newCounter = result.authenticationInfo.newCounter;
    } catch (error) {
      return jsonError(request, reply, new PasskeyError('passkey.error.failed', (error as Error).message));
    }
    await database.withTenant(tenantId, (tx) => tx.update(identityPasskeys).set({ counter: newCounter, lastUsedAt: new Date() }).where(eq(identityPasskeys.id, passkey.id)));
    const identity: ResidentIdentity = { kind: 'resident', bsn: platform.sealer.open(passkey.sealedBsn, 'identity_passkeys.bsn'), level, method: 'passkey' };
    await residentSessions.start(request, reply, tenantId, identity);
    await recordLogin(platform, request, tenantId, identity);
    reply.header('Cache-Control', 'no-store');
    const back = safeReturnPath((request.query as Record<string, unknown>).terug);
    return { redirect: `${request.base}${back === '/' ? '/mijn' : back}` };
  });

  function notFound(request: FastifyRequest, reply: FastifyReply) {
    const t = identityMessages(request.lang);
    const ctx = pageContext(request, reply, platform);
    return sendHtml(reply, <MessagePage ctx={ctx} title={t('passkey.notFound')} body={t('passkey.notFound')} link={{ href: href(ctx, '/inlogsleutels'), label: t('passkey.back') }} />, 404);
  }
}

function cleanName(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const name = value.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return name.length >= 1 && name.length <= NAME_MAX ? name : undefined;
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
