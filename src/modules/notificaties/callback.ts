import type { InvalidParam } from '../../platform/http/problem.js';
import { post } from './delivery.js';

/** Time limit of each test POST while an abonnement is saved. */
export const CALLBACK_CHECK_TIMEOUT_MS = 5000;

/** The test notification Open Notificaties sends to a callback before it accepts an abonnement. */
export const TEST_NOTIFICATIE = {
  kanaal: 'test',
  hoofdObject: 'http://some.hoofdobject.nl/',
  resource: 'some_resource',
  resourceUrl: 'http://some.resource.nl/',
  actie: 'create',
  aanmaakdatum: '2019-01-01T12:00:00Z',
  kenmerken: {},
} as const;

/**
 * Checks a callback as Open Notificaties does before it saves an abonnement: without the
 * Authorization header the callback must refuse the test notification (401 or 403:
 * `no-auth-on-callback-url`), and with it accept it (2xx: else `invalid-callback-url`).
 */
export async function checkCallback(url: string, auth: string, timeoutMs = CALLBACK_CHECK_TIMEOUT_MS): Promise<InvalidParam[]> {
  const anonymous = await post(url, undefined, TEST_NOTIFICATIE, timeoutMs);
  if (anonymous.status === null) {
    return [{ name: 'nonFieldErrors', code: 'invalid-callback-url', reason: `De opgegeven callback URL kan geen notificaties ontvangen: ${anonymous.ok ? '' : anonymous.error}` }];
  }
  if (anonymous.status !== 401 && anonymous.status !== 403) {
    return [{ name: 'callbackUrl', code: 'no-auth-on-callback-url', reason: `De opgegeven callback URL is niet beveiligd met autorisatie: zonder Authorization-header antwoordde hij ${anonymous.status} in plaats van 401 of 403.` }];
  }
  const authorised = await post(url, auth, TEST_NOTIFICATIE, timeoutMs);
  if (!authorised.ok) {
    return [{ name: 'nonFieldErrors', code: 'invalid-callback-url', reason: `De opgegeven callback URL kan geen notificaties ontvangen (${authorised.error}).` }];
  }
  return [];
}
