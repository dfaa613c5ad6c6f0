import type { InvalidParam } from '../../../platform/http/problem.js';
import { isIsoDate, isUuid } from '../../../platform/values.js';
import { validatieFout } from './errors.js';
import { parseResourceUrl, type ZgwApi } from './urls.js';

/**
 * Reads a ZGW request body field by field, collecting every problem with the codes the standard
 * (and Open Zaak, built on Django REST framework) uses: required, null, blank, invalid,
 * max_length, min_length, invalid_choice, bad-url, invalid-resource, unknown-field, …
 * Nothing is written until `done()` passed.
 *
 *   const f = new Fields(request.body, slug);
 *   const omschrijving = f.string('omschrijving', { max: 80 }) ?? '';
 *   const zaaktype = f.ref('zaaktype', 'catalogi', 'zaaktypen', { required: true });
 *   f.done(ZAAK_FIELDS);
 */
export class Fields {
  readonly params: InvalidParam[] = [];
  private readonly body: Record<string, unknown>;
  /** A partial update (PATCH): a missing required field is fine. */
  readonly partial: boolean;

  constructor(body: unknown, readonly slug: string, options: { partial?: boolean; prefix?: string } = {}) {
    this.partial = options.partial ?? false;
    this.prefix = options.prefix ?? '';
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      this.body = {};
      this.params.push({ name: 'nonFieldErrors', code: 'invalid', reason: 'Ongeldige gegevens. Verwacht een object (dictionary).' });
    } else this.body = body as Record<string, unknown>;
  }

  private readonly prefix: string;

  private name(field: string): string {
    return this.prefix ? `${this.prefix}.${field}` : field;
  }

  add(field: string, code: string, reason: string): void {
    this.params.push({ name: this.name(field), code, reason });
  }

  has(field: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.body, field);
  }

  raw(field: string): unknown {
    return this.body[field];
  }

  /** Presence rules shared by every type; returns true when there is a value to check. */
  private present(field: string, options: { required?: boolean; nullable?: boolean }): boolean {
    if (!this.has(field)) {
      if (options.required && !this.partial) this.add(field, 'required', 'Dit veld is vereist.');
      return false;
    }
    if (this.body[field] === null) {
      if (!options.nullable) this.add(field, 'null', 'Dit veld mag niet leeg zijn.');
      return false;
    }
    return true;
  }

  string(field: string, options: { required?: boolean; nullable?: boolean; max?: number; min?: number; blank?: boolean; pattern?: RegExp } = {}): string | null | undefined {
    if (!this.present(field, options)) return this.has(field) && this.body[field] === null ? null : undefined;
    const value = this.body[field];
    if (typeof value !== 'string') { this.add(field, 'invalid', 'Geen geldige string.'); return undefined; }
    if (value === '' && options.blank === false) { this.add(field, 'blank', 'Dit veld mag niet leeg zijn.'); return undefined; }
    if (value === '' && options.required && options.blank !== true) { this.add(field, 'blank', 'Dit veld mag niet leeg zijn.'); return undefined; }
    if (options.max !== undefined && value.length > options.max) { this.add(field, 'max_length', `Zorg ervoor dat dit veld niet meer dan ${options.max} karakters bevat.`); return undefined; }
    if (options.min !== undefined && value.length < options.min && value !== '') { this.add(field, 'min_length', `Zorg ervoor dat dit veld minimaal ${options.min} karakters bevat.`); return undefined; }
    if (options.pattern && value !== '' && !options.pattern.test(value)) { this.add(field, 'invalid', 'Ongeldige waarde.'); return undefined; }
    return value;
  }

  choice<T extends string>(field: string, choices: readonly T[], options: { required?: boolean; nullable?: boolean; blank?: boolean } = {}): T | null | undefined {
    if (!this.present(field, options)) return this.has(field) && this.body[field] === null ? null : undefined;
    const value = this.body[field];
    if (value === '' && options.blank) return '' as T;
    if (typeof value !== 'string' || !choices.includes(value as T)) {
      this.add(field, 'invalid_choice', `"${String(value).slice(0, 50)}" is een ongeldige keuze.`);
      return undefined;
    }
    return value as T;
  }

  boolean(field: string, options: { required?: boolean; nullable?: boolean } = {}): boolean | null | undefined {
    if (!this.present(field, options)) return this.has(field) && this.body[field] === null ? null : undefined;
    const value = this.body[field];
    if (typeof value !== 'boolean') { this.add(field, 'invalid', 'Moet een geldige boolean zijn.'); return undefined; }
    return value;
  }

  integer(field: string, options: { required?: boolean; nullable?: boolean; min?: number; max?: number } = {}): number | null | undefined {
    if (!this.present(field, options)) return this.has(field) && this.body[field] === null ? null : undefined;
    const value = this.body[field];
    if (typeof value !== 'number' || !Number.isInteger(value)) { this.add(field, 'invalid', 'Een geldig geheel getal is vereist.'); return undefined; }
    if (options.min !== undefined && value < options.min) { this.add(field, 'min_value', `Zorg ervoor dat deze waarde groter of gelijk aan ${options.min} is.`); return undefined; }
    if (options.max !== undefined && value > options.max) { this.add(field, 'max_value', `Zorg ervoor dat deze waarde kleiner of gelijk aan ${options.max} is.`); return undefined; }
    return value;
  }

  date(field: string, options: { required?: boolean; nullable?: boolean } = {}): string | null | undefined {
    if (!this.present(field, options)) return this.has(field) && this.body[field] === null ? null : undefined;
    const value = this.body[field];
    if (typeof value !== 'string' || !isIsoDate(value)) { this.add(field, 'invalid', 'Datum heeft het verkeerde formaat, gebruik een van deze formaten: YYYY-MM-DD.'); return undefined; }
    return value;
  }

  dateTime(field: string, options: { required?: boolean; nullable?: boolean } = {}): Date | null | undefined {
    if (!this.present(field, options)) return this.has(field) && this.body[field] === null ? null : undefined;
    const value = this.body[field];
    const parsed = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(value) ? new Date(value) : undefined;
    if (!parsed || Number.isNaN(parsed.getTime())) { this.add(field, 'invalid', 'Datetime heeft een ongeldig formaat, gebruik een van de volgende formaten: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].'); return undefined; }
    return parsed;
  }

  uuid(field: string, options: { required?: boolean; nullable?: boolean } = {}): string | null | undefined {
    const value = this.string(field, options);
    if (typeof value === 'string' && !isUuid(value)) { this.add(field, 'invalid', 'Voer een geldige UUID in.'); return undefined; }
    return value;
  }

  url(field: string, options: { required?: boolean; nullable?: boolean; max?: number; blank?: boolean } = {}): string | null | undefined {
    const value = this.string(field, { max: 1000, ...options });
    if (typeof value === 'string' && value !== '') {
      try {
        const u = new URL(value);
        if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error();
      } catch {
        this.add(field, 'invalid', 'Voer een geldige URL in.');
        return undefined;
      }
    }
    return value;
  }

  /**
   * A URL to a resource of this municipality; returns its uuid. `bad-url` when it leads nowhere
   * here, `invalid-resource` when it leads to the wrong kind of object. Whether the object exists
   * is for the caller to check (with `add(field, 'bad-url', …)` when it does not).
   */
  ref(field: string, api: ZgwApi, resource: string, options: { required?: boolean; nullable?: boolean } = {}): string | null | undefined {
    if (!this.present(field, options)) return this.has(field) && this.body[field] === null ? null : undefined;
    const parsed = parseResourceUrl(this.slug, this.body[field], api, resource);
    if (!parsed.ok) { this.add(field, parsed.code, parsed.reason); return undefined; }
    return parsed.id;
  }

  array(field: string, options: { required?: boolean; nullable?: boolean; max?: number } = {}): unknown[] | null | undefined {
    if (!this.present(field, options)) return this.has(field) && this.body[field] === null ? null : undefined;
    const value = this.body[field];
    if (!Array.isArray(value)) { this.add(field, 'not_a_list', 'Verwachtte een lijst met items.'); return undefined; }
    if (options.max !== undefined && value.length > options.max) { this.add(field, 'max_length', `Zorg ervoor dat dit veld niet meer dan ${options.max} elementen bevat.`); return undefined; }
    return value;
  }

  /** A list of strings (each at most `max` characters). */
  strings(field: string, options: { required?: boolean; max?: number; items?: number } = {}): string[] | undefined {
    const list = this.array(field, { required: options.required, max: options.items });
    if (!list) return undefined;
    if (!list.every((v) => typeof v === 'string' && (options.max === undefined || v.length <= options.max))) {
      this.add(field, 'invalid', options.max ? `Elk element moet een string van hoogstens ${options.max} tekens zijn.` : 'Elk element moet een string zijn.');
      return undefined;
    }
    return list as string[];
  }

  object(field: string, options: { required?: boolean; nullable?: boolean } = {}): Record<string, unknown> | null | undefined {
    if (!this.present(field, options)) return this.has(field) && this.body[field] === null ? null : undefined;
    const value = this.body[field];
    if (value === null || typeof value !== 'object' || Array.isArray(value)) { this.add(field, 'invalid', 'Ongeldige gegevens. Verwacht een object (dictionary).'); return undefined; }
    return value as Record<string, unknown>;
  }

  /** A nested object read with its own Fields (names become `field.sub`). */
  nested(field: string, options: { required?: boolean; nullable?: boolean } = {}): Fields | null | undefined {
    const value = this.object(field, options);
    if (!value) return value;
    return new Fields(value, this.slug, { partial: this.partial, prefix: this.name(field) });
  }

  /** Takes over the problems a nested reader found. */
  absorb(nested: Fields | null | undefined): void {
    if (nested) this.params.push(...nested.params.filter((p) => !this.params.includes(p)));
  }

  /**
   * Refuses fields this resource does not have (the request must follow the OpenAPI document;
   * read-only fields of the resource, e.g. `url`, are allowed and ignored).
   */
  unknown(known: readonly string[]): void {
    for (const key of Object.keys(this.body)) {
      if (!known.includes(key)) this.add(key, 'unknown-field', `Het veld "${key.slice(0, 50)}" bestaat niet in deze resource.`);
    }
  }

  get ok(): boolean {
    return this.params.length === 0;
  }

  /** Throws the ValidatieFout when anything was wrong. */
  done(known?: readonly string[]): void {
    if (known) this.unknown(known);
    if (this.params.length) throw validatieFout(this.params);
  }
}
