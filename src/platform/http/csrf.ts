import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const CSRF_COOKIE = 'stadhuis_csrf';
export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/**
 * Signed double-submit tokens: a random value in an HttpOnly cookie, and in every form its HMAC
 * under the server secret. A forged form from another site cannot know the HMAC.
 */
export class Csrf {
  constructor(private readonly secret: string, private readonly secureCookie: boolean) {}

  /** The token for the forms on this page; sets the cookie when the visitor has none yet. */
  token(request: FastifyRequest, reply: FastifyReply): string {
    let value = request.cookies[CSRF_COOKIE];
    if (!value || !/^[A-Za-z0-9_-]{43}$/.test(value)) {
      value = randomBytes(32).toString('base64url');
      request.cookies[CSRF_COOKIE] = value;
      reply.setCookie(CSRF_COOKIE, value, { path: '/', httpOnly: true, sameSite: 'lax', secure: this.secureCookie });
    }
    return this.sign(value);
  }

  verify(request: FastifyRequest): boolean {
    const value = request.cookies[CSRF_COOKIE];
    const body = request.body as Record<string, unknown> | undefined;
    const sent = (body && typeof body === 'object' ? body[CSRF_FIELD] : undefined) ?? request.headers[CSRF_HEADER];
    if (!value || typeof sent !== 'string') return false;
    const expected = Buffer.from(this.sign(value));
    const given = Buffer.from(sent);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  private sign(value: string): string {
    return createHmac('sha256', this.secret).update(`csrf:${value}`).digest('base64url');
  }
}
