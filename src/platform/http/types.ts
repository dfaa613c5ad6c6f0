import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/config.js';
import type { Database } from '../db/database.js';
import type { Migration } from '../db/migrate.js';
import type { Lang } from '../i18n/i18n.js';
import type { Tenant, TenantRegistry } from '../tenancy/tenants.js';
import type { StaffAuth, StaffSession } from '../auth/staff-auth.js';
import type { Csrf } from './csrf.js';
import type { RateLimiter } from './rate-limit.js';
import type { OidcRelyingParty } from '../auth/oidc.js';
import type { ResidentSession, ResidentSessions } from '../auth/sessions.js';
import type { ProcessingLog } from '../processing-log/processing-log.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The municipality this request is for; set on every route under /:gemeente. */
    tenant: Tenant | undefined;
    /** "/<slug>" or "" (when reached as <slug>.<baseDomain>). */
    base: string;
    lang: Lang;
    staff: StaffSession | undefined;
    /** The resident's or business's session in this municipality, when logged in. */
    session: ResidentSession | undefined;
    /** True when this request came with a session that has just expired. */
    sessionExpired: boolean;
  }
}

export interface RouteInfo {
  method: string;
  url: string;
}

/** What the platform hands to every module. */
export interface Platform {
  config: Config;
  database: Database;
  tenants: TenantRegistry;
  csrf: Csrf;
  staffAuth: StaffAuth;
  residentSessions: ResidentSessions;
  oidc: OidcRelyingParty;
  rateLimiter: RateLimiter;
  /** The Logboek Dataverwerkingen: every read or change of personal data is written here. */
  processingLog: ProcessingLog;
  /** Every route the application serves (for tests that must cover all of them). */
  routes: RouteInfo[];
}

export interface StadhuisModule {
  name: string;
  migrations: Migration[];
  /** Routes inside a municipality, mounted under /:gemeente (and <slug>.<baseDomain>). */
  tenantRoutes?: (app: FastifyInstance, platform: Platform) => Promise<void> | void;
  /**
   * Routes outside any municipality (e.g. embedded stand-ins for national systems such as the
   * test identity provider under /idp). Their first path segment must be in RESERVED_SLUGS.
   */
  globalRoutes?: (app: FastifyInstance, platform: Platform) => Promise<void> | void;
  /** Seeds demo content for a freshly created demo municipality. */
  seedDemo?: (platform: Platform, tenant: Tenant) => Promise<void>;
}
