import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/config.js';
import type { Database } from '../db/database.js';
import type { Migration } from '../db/migrate.js';
import type { Lang } from '../i18n/i18n.js';
import type { Tenant, TenantRegistry } from '../tenancy/tenants.js';
import type { AdminNavItem } from '../ui/context.js';
import type { Access, Actor } from '../auth/access.js';
import type { ApiClients } from '../auth/api-clients.js';
import type { LoginAttempts } from '../auth/login-attempts.js';
import type { StaffDirectory, StaffSession } from '../auth/staff.js';
import type { Sealer } from '../crypto/sealer.js';
import type { Jobs } from '../jobs/index.js';
import type { Mailer } from '../mail/index.js';
import type { Csrf } from './csrf.js';
import type { RateLimiter } from './rate-limit.js';
import type { OidcRelyingParty, StaffOidc } from '../auth/oidc.js';
import type { ResidentSession, ResidentSessions, StaffSessions } from '../auth/sessions.js';
import type { ProcessingLog } from '../processing-log/processing-log.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The municipality this request is for; set on every route under /:gemeente. */
    tenant: Tenant | undefined;
    /** "/<slug>" or "" (when reached as <slug>.<baseDomain>). */
    base: string;
    lang: Lang;
    /** The employee's back-office session in this municipality, with their current roles. */
    staff: StaffSession | undefined;
    /** True when this request came with a staff session that has just expired. */
    staffExpired: boolean;
    /** Who is acting, set by the route's access check (staff, resident or API client). */
    actor: Actor | undefined;
    /** The resident's or business's session in this municipality, when logged in. */
    session: ResidentSession | undefined;
    /** True when this request came with a session that has just expired. */
    sessionExpired: boolean;
  }
}

export interface RouteInfo {
  method: string;
  url: string;
  access: Access;
}

/** What the platform hands to every module. */
export interface Platform {
  config: Config;
  database: Database;
  tenants: TenantRegistry;
  csrf: Csrf;
  /** Encryption of personal data at rest. */
  sealer: Sealer;
  /** Employees per municipality, their roles, and their sessions. */
  staff: StaffDirectory;
  staffSessions: StaffSessions;
  staffOidc: StaffOidc;
  residentSessions: ResidentSessions;
  oidc: OidcRelyingParty;
  loginAttempts: LoginAttempts;
  /** Machine-to-machine clients (JWT, HS256). */
  apiClients: ApiClients;
  rateLimiter: RateLimiter;
  /** The Logboek Dataverwerkingen: every read or change of personal data is written here. */
  processingLog: ProcessingLog;
  /** Every route the application serves (for tests that must cover all of them). */
  routes: RouteInfo[];
  /** Sections of the back office, from every module. */
  adminNav: AdminNavItem[];
  /** Outbox worker: `publish(tx, …)` in services; modules register handlers in their `jobs` hook. */
  jobs: Jobs;
  /** `queueMail(tx, …)` for mail that belongs to a change; this for direct sends. */
  mailer: Mailer;
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
  /** Registers the module's outbox handlers (called once, after all routes). */
  jobs?: (jobs: Jobs, platform: Platform) => void;
  /** Sections this module adds to the back-office navigation. */
  adminNav?: AdminNavItem[];
  /** Seeds demo content for a freshly created demo municipality. */
  seedDemo?: (platform: Platform, tenant: Tenant) => Promise<void>;
}
