import type { Lang } from '../../platform/i18n/i18n.js';

export type RegisterName = 'brp' | 'kvk';

/**
 * Why a call to a national register did not give an answer:
 * - invalid-request: the question itself is wrong (bad BSN or KVK number, unknown field);
 * - unauthorized: the register refused our API key (401/403);
 * - unavailable: the register answered with an error (5xx, 429) and may work again later;
 * - rejected: any other error status;
 * - timeout: no answer in time; unreachable: no connection at all;
 * - malformed: an answer that is not the contract's JSON.
 */
export type RegisterErrorReason = 'invalid-request' | 'unauthorized' | 'unavailable' | 'rejected' | 'timeout' | 'unreachable' | 'malformed';

const SOURCE: Record<RegisterName, Record<Lang, { subject: string; object: string }>> = {
  brp: { nl: { subject: 'De BRP', object: 'de BRP' }, en: { subject: 'The BRP (personal records database)', object: 'the BRP' } },
  kvk: { nl: { subject: 'Het Handelsregister van de KVK', object: 'het Handelsregister van de KVK' }, en: { subject: 'The KVK trade register', object: 'the KVK trade register' } },
};

const MESSAGES: Record<RegisterErrorReason, Record<Lang, (s: { subject: string; object: string }, status?: number) => string>> = {
  'invalid-request': {
    nl: (s) => `De vraag aan ${s.object} is niet geldig.`,
    en: (s) => `The request to ${s.object} is not valid.`,
  },
  unauthorized: {
    nl: (s) => `Stadhuis heeft geen toegang tot ${s.object}: de API-sleutel ontbreekt of is onjuist.`,
    en: (s) => `Stadhuis has no access to ${s.object}: the API key is missing or wrong.`,
  },
  unavailable: {
    nl: (s) => `${s.subject} is tijdelijk niet beschikbaar. Probeer het later opnieuw.`,
    en: (s) => `${s.subject} is temporarily unavailable. Please try again later.`,
  },
  rejected: {
    nl: (s, status) => `${s.subject} weigerde de vraag (HTTP ${status ?? '?'}).`,
    en: (s, status) => `${s.subject} refused the request (HTTP ${status ?? '?'}).`,
  },
  timeout: {
    nl: (s) => `${s.subject} antwoordde niet op tijd. Probeer het later opnieuw.`,
    en: (s) => `${s.subject} did not answer in time. Please try again later.`,
  },
  unreachable: {
    nl: (s) => `${s.subject} is niet bereikbaar. Probeer het later opnieuw.`,
    en: (s) => `${s.subject} cannot be reached. Please try again later.`,
  },
  malformed: {
    nl: (s) => `${s.subject} gaf een antwoord dat Stadhuis niet kan lezen.`,
    en: (s) => `${s.subject} gave an answer that Stadhuis cannot read.`,
  },
};

export interface RegisterInvalidParam {
  name: string;
  code: string;
  reason: string;
}

/**
 * A call to the BRP or the KVK that gave no usable answer. The message is Dutch (and English in
 * `messages`), safe to show to a resident or write to a log: it never holds a BSN.
 */
export class RegisterError extends Error {
  override readonly name = 'RegisterError';
  readonly messages: Record<Lang, string>;

  constructor(
    readonly register: RegisterName,
    readonly reason: RegisterErrorReason,
    readonly details: { status?: number; invalidParams?: RegisterInvalidParam[] } = {},
    options?: { cause?: unknown },
  ) {
    const messages = { nl: MESSAGES[reason].nl(SOURCE[register].nl, details.status), en: MESSAGES[reason].en(SOURCE[register].en, details.status) };
    super(messages.nl, options);
    this.messages = messages;
  }
}

/** Replaces anything that looks like a BSN (nine digits) in text that came from elsewhere. */
export function redactBsn(text: string): string {
  return text.replace(/(?<!\d)\d{9}(?!\d)/g, '*********');
}
