import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { meetsLevel, type DigidLevel, type EherkenningLevel, type Identity } from './identity.js';

/**
 * Protects a page for logged-in residents or businesses. Without a session: to the login page
 * (or the "you were logged out" page after a timeout); with too low a level: step-up login.
 */
export function requireLogin(options: { kind?: Identity['kind']; level?: DigidLevel | EherkenningLevel } = {}): preHandlerAsyncHookHandler {
  return async function (request: FastifyRequest, reply: FastifyReply) {
    const back = request.url.slice(request.base.length) || '/';
    const session = request.session;
    const kind = options.kind ?? session?.identity.kind;
    const level = options.level ?? (kind === 'business' ? 'EH2' : 'basis');
    if (!session) {
      const page = request.sessionExpired ? '/sessie-verlopen' : '/inloggen';
      return reply.redirect(`${request.base}${page}?terug=${encodeURIComponent(back)}&niveau=${level}`, 303);
    }
    if ((options.kind && session.identity.kind !== options.kind) || !meetsLevel(session.identity, level)) {
      return reply.redirect(`${request.base}/inloggen?terug=${encodeURIComponent(back)}&niveau=${level}`, 303);
    }
  };
}

/** A path inside the municipality to return to after logging in; anything else becomes "/". */
export function safeReturnPath(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])[A-Za-z0-9/_?=&%.~-]*$/.test(value) && value.length <= 500 ? value : '/';
}
