/**
 * Person and company data for the rest of Stadhuis, asked once at the source (BRP, KVK) instead
 * of being stored again. Every call writes the Logboek Dataverwerkingen: one entry per data
 * subject, whether the call succeeds, finds nothing or fails, and there is no way through this
 * module to read the data without saying who reads it, why (the processing activity) and in
 * which trace.
 */
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { Platform } from '../../platform/http/types.js';
import type { Actor, DataSubject, TraceContext } from '../../platform/processing-log/processing-log.js';
import type { ProcessingActivity } from '../../platform/processing-log/register.js';
import { BrpClient } from './brp-client.js';
import { dataCategories, relatedDataCategories } from './brp-fields.js';
import { BRP_PROVIDER_PREFIX } from './brp-provider.js';
import type { Persoon } from './brp-types.js';
import { RegisterError, type RegisterName } from './errors.js';
import { KvkClient } from './kvk-client.js';
import { KVK_PROVIDER_PREFIX } from './kvk-provider.js';
import type { Basisprofiel } from './kvk-types.js';
import type { FetchLike, RegisterEndpoint } from './register-http.js';
import { personsSettings, type RegisterSettings } from './settings.js';

/** Who reads, in which trace, for which registered purpose. Required for every read. */
export interface ProcessingContext {
  actor: Actor;
  trace: TraceContext;
  activity: ProcessingActivity;
}

export const BRP_OPERATION = 'brp.personen.raadplegen';
export const KVK_OPERATION = 'kvk.basisprofiel.raadplegen';

export interface PersonsServiceOptions {
  /** Overrides of the configured BRP endpoint (e.g. a test pointing at another server). */
  brp?: Partial<RegisterEndpoint>;
  kvk?: Partial<RegisterEndpoint>;
  fetch?: FetchLike;
}

type PlatformPart = Pick<Platform, 'config' | 'processingLog'>;

/**
 * The HTTP server of each running platform, for the address of the embedded registers: the
 * public URL may be a proxy or a host name that this process cannot reach itself.
 */
const servers = new WeakMap<object, FastifyInstance>();

export function attachServer(platform: PlatformPart, app: FastifyInstance): void {
  servers.set(platform, app);
}

/** This server's own address when it listens; the public URL before that. */
function ownBaseUrl(platform: PlatformPart): string {
  const address = servers.get(platform)?.server.address();
  if (!address || typeof address === 'string') return platform.config.publicUrl;
  const host = ['0.0.0.0', '::'].includes(address.address) ? '127.0.0.1' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

const RELATIONS = ['partners', 'kinderen', 'ouders'] as const;

/** The type checker demands a context; this also stops a caller that got around it. */
function requireContext(context: ProcessingContext | undefined): void {
  if (!context?.actor?.type || !context.trace?.traceId || !context.activity?.id) {
    throw new TypeError('Persoonsgegevens lezen kan alleen met een context: actor, trace en verwerkingsactiviteit.');
  }
}

export class PersonsService {
  private readonly brp: BrpClient;
  private readonly kvk: KvkClient;

  constructor(private readonly platform: PlatformPart, options: PersonsServiceOptions = {}) {
    const settings = personsSettings(platform.config);
    const endpoint = (configured: RegisterSettings, embeddedPrefix: string, override: Partial<RegisterEndpoint> = {}): RegisterEndpoint => ({
      baseUrl: configured.baseUrl ?? (() => `${ownBaseUrl(platform)}${embeddedPrefix}`),
      apiKey: configured.apiKey,
      apiKeyHeader: configured.apiKeyHeader,
      timeoutMs: configured.timeoutMs,
      ...override,
    });
    this.brp = new BrpClient(endpoint(settings.brp, BRP_PROVIDER_PREFIX, options.brp), options.fetch);
    this.kvk = new KvkClient(endpoint(settings.kvk, KVK_PROVIDER_PREFIX, options.kvk), options.fetch);
  }

  /**
   * A person from the BRP with the requested `fields` (BRP field paths such as "naam" or
   * "verblijfplaats.verblijfadres"), or undefined when the BRP does not know the BSN. Throws a
   * RegisterError when the BRP cannot answer. Logs one entry for the person and one for every
   * partner, child or parent whose data (identified by BSN) came back with it.
   */
  async getPerson(tenantId: string, bsn: string, fields: readonly string[], context: ProcessingContext): Promise<Persoon | undefined> {
    requireContext(context);
    const startTime = new Date();
    let persoon: Persoon | undefined;
    let failure: { error: unknown } | undefined;
    try {
      [persoon] = await this.brp.raadpleeg([bsn], fields);
    } catch (error) {
      failure = { error };
    }
    await this.record(tenantId, context, BRP_OPERATION, { type: 'bsn', id: bsn }, dataCategories(fields), failure ? 'error' : 'ok', startTime);
    if (failure) throw this.reported(failure.error, 'brp');

    // The partner's, children's and parents' names came along: that reads their data too.
    for (const relation of RELATIONS) {
      const categories = relatedDataCategories(fields, relation);
      for (const related of persoon?.[relation] ?? []) {
        if (related.burgerservicenummer && related.burgerservicenummer !== bsn) {
          await this.record(tenantId, context, BRP_OPERATION, { type: 'bsn', id: related.burgerservicenummer }, categories, 'ok', startTime);
        }
      }
    }
    return persoon;
  }

  /** The KVK basisprofiel of a company, or undefined when the KVK has none for this number. */
  async getCompany(tenantId: string, kvk: string, context: ProcessingContext): Promise<Basisprofiel | undefined> {
    requireContext(context);
    const startTime = new Date();
    let profiel: Basisprofiel | undefined;
    let failure: { error: unknown } | undefined;
    try {
      profiel = await this.kvk.basisprofiel(kvk);
    } catch (error) {
      failure = { error };
    }
    await this.record(tenantId, context, KVK_OPERATION, { type: 'kvk', id: kvk }, ['handelsregister'], failure ? 'error' : 'ok', startTime);
    if (failure) throw this.reported(failure.error, 'kvk');
    return profiel;
  }

  /**
   * Writes the log entry. When that fails the caller gets the error and not the data: no
   * processing without its record.
   */
  private record(tenantId: string, context: ProcessingContext, name: string, subject: DataSubject, categories: string[], status: 'ok' | 'error', startTime: Date): Promise<void> {
    return this.platform.processingLog.recordNow(tenantId, context.actor, context.trace, {
      activity: context.activity, name, operation: 'read', dataCategories: categories, subject, status, startTime, endTime: new Date(),
    });
  }

  /** Logs a failed register call (never its input) and returns the error to throw. */
  private reported(error: unknown, register: RegisterName): unknown {
    const log: FastifyBaseLogger | undefined = servers.get(this.platform)?.log;
    if (error instanceof RegisterError) log?.warn({ register, reason: error.reason, status: error.details.status }, 'register call failed');
    else log?.error({ register, error: error instanceof Error ? error.name : typeof error }, 'register call failed unexpectedly');
    return error;
  }
}
