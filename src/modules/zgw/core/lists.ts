import type { FastifyRequest } from 'fastify';
import type { InvalidParam } from '../../../platform/http/problem.js';
import { isIsoDate, isUuid } from '../../../platform/values.js';
import { validatieFout, ZgwError } from './errors.js';
import { parseResourceUrl, type ZgwApi } from './urls.js';

/** Page size of every paginated ZGW list (as Open Zaak). */
export const PAGE_SIZE = 100;

export interface PaginatedList<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

/**
 * The query of a list or search: refuses parameters the OpenAPI document does not have (400,
 * `unknown-parameters`, as the gedragsregels say) and reads the known ones with their codes.
 *
 *   const q = new Query(request, slug, ['zaaktype', 'page', 'ordering']);
 *   const zaaktype = q.ref('zaaktype', 'catalogi', 'zaaktypen');
 *   const page = q.page();
 *   q.done();
 */
export class Query {
  readonly params: InvalidParam[] = [];
  private readonly query: Record<string, unknown>;

  constructor(request: FastifyRequest, readonly slug: string, allowed: readonly string[]) {
    this.query = (request.query ?? {}) as Record<string, unknown>;
    const unknown = Object.keys(this.query).filter((k) => !allowed.includes(k));
    if (unknown.length) {
      throw new ZgwError(400, 'unknown-parameters', 'Onbekende query parameters.', [{ name: 'nonFieldErrors', code: 'unknown-parameters', reason: `Onbekende query parameters: ${unknown.map((u) => u.slice(0, 50)).join(', ')}` }]);
    }
  }

  /** One value (a repeated parameter is invalid). */
  string(name: string, options: { max?: number } = {}): string | undefined {
    const value = this.query[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || (options.max !== undefined && value.length > options.max)) {
      this.params.push({ name, code: 'invalid', reason: 'Ongeldige waarde.' });
      return undefined;
    }
    return value;
  }

  /** A comma-separated list (`__in` filters). */
  list(name: string): string[] | undefined {
    const value = this.string(name, { max: 10_000 });
    return value === undefined ? undefined : value.split(',').map((v) => v.trim()).filter(Boolean);
  }

  choice<T extends string>(name: string, choices: readonly T[]): T | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (!choices.includes(value as T)) {
      this.params.push({ name, code: 'invalid_choice', reason: `Selecteer een geldige keuze. ${value.slice(0, 50)} is geen beschikbare keuze.` });
      return undefined;
    }
    return value as T;
  }

  boolean(name: string): boolean | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (!['true', 'false', 'True', 'False', '1', '0'].includes(value)) {
      this.params.push({ name, code: 'invalid', reason: 'Kies true of false.' });
      return undefined;
    }
    return ['true', 'True', '1'].includes(value);
  }

  date(name: string): string | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (!isIsoDate(value)) {
      this.params.push({ name, code: 'invalid', reason: 'Voer een geldige datum in.' });
      return undefined;
    }
    return value;
  }

  dateTime(name: string): Date | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    const parsed = new Date(value);
    if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) || Number.isNaN(parsed.getTime())) {
      this.params.push({ name, code: 'invalid', reason: 'Voer een geldige datum/tijd in.' });
      return undefined;
    }
    return parsed;
  }

  integer(name: string, options: { min?: number } = {}): number | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (!/^-?\d{1,9}$/.test(value) || (options.min !== undefined && Number(value) < options.min)) {
      this.params.push({ name, code: 'invalid', reason: 'Voer een geheel getal in.' });
      return undefined;
    }
    return Number(value);
  }

  uuid(name: string): string | undefined {
    const value = this.string(name);
    if (value !== undefined && !isUuid(value)) {
      this.params.push({ name, code: 'invalid', reason: 'Voer een geldige UUID in.' });
      return undefined;
    }
    return value;
  }

  /**
   * A filter on a URL of this municipality; returns its uuid. A well-formed URL that leads
   * nowhere here filters to nothing (`null`), as a filter on an unknown value does.
   */
  ref(name: string, api: ZgwApi, resource: string): string | null | undefined {
    const value = this.string(name, { max: 1000 });
    if (value === undefined) return undefined;
    try {
      new URL(value);
    } catch {
      this.params.push({ name, code: 'invalid', reason: 'Voer een geldige URL in.' });
      return undefined;
    }
    const parsed = parseResourceUrl(this.slug, value, api, resource);
    return parsed.ok ? parsed.id : null;
  }

  /** `page`, from 1; a page past the end is answered with 404 by `paginate`. */
  page(): number {
    const value = this.string('page');
    if (value === undefined) return 1;
    if (!/^\d{1,6}$/.test(value) || Number(value) < 1) {
      throw new ZgwError(404, 'not_found', 'Ongeldige pagina.');
    }
    return Number(value);
  }

  done(): void {
    if (this.params.length) throw validatieFout(this.params);
  }
}

/**
 * A paginated list (`count`, `next`, `previous`, `results`) with absolute links that keep the
 * request's other query parameters. A page past the last one is 404, as in Open Zaak.
 */
export function paginate<T>(request: FastifyRequest, root: string, page: number, count: number, results: T[], pageSize = PAGE_SIZE): PaginatedList<T> {
  const pages = Math.max(1, Math.ceil(count / pageSize));
  if (page > pages) throw new ZgwError(404, 'not_found', 'Ongeldige pagina.');
  // The request path after /api/v1, under the root in the form the client used.
  const [path, search = ''] = request.url.split('?');
  const rest = path!.slice(path!.indexOf('/api/v1') + '/api/v1'.length);
  const link = (n: number) => {
    const params = new URLSearchParams(search);
    params.set('page', String(n));
    return `${root}${rest}?${params.toString()}`;
  };
  return { count, next: page < pages ? link(page + 1) : null, previous: page > 1 ? link(page - 1) : null, results };
}
