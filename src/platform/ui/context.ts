import type { Permission } from '../auth/access.js';
import type { Lang } from '../i18n/i18n.js';
import type { Tenant } from '../tenancy/tenants.js';

/** What every server-rendered page needs to know about the request it answers. */
export interface PageContext {
  lang: Lang;
  tenant: Tenant | undefined;
  /** Path prefix of the municipality: "/<slug>", or "" when reached through <slug>.localhost. */
  base: string;
  /** Current path and query, relative to base (for the language switch to come back to). */
  path: string;
  /** Token for the forms on this page (sets the CSRF cookie when first asked). */
  csrfToken: () => string;
  /** True when a resident or business is logged in (the header then links to "Mijn …"). */
  signedIn?: boolean;
  /** When the resident's session ends without activity (shown on every page, with a warning before). */
  sessionIdleUntil?: Date | undefined;
  /** The logged-in employee of this municipality, when there is one. */
  staff?: { name: string; permissions: ReadonlySet<Permission>; idleUntil: Date } | undefined;
  /** Back-office sections this employee may open (from every module's adminNav). */
  adminNav?: AdminNavItem[] | undefined;
}

/** A section of the back office, shown in its navigation to employees with the permission. */
export interface AdminNavItem {
  path: string;
  label: Record<Lang, string>;
  permission: Permission;
}

/** A link inside the current municipality. */
export function href(ctx: Pick<PageContext, 'base'>, path: string): string {
  if (path === '/' || path === '') return ctx.base || '/';
  return `${ctx.base}${path.startsWith('/') ? path : `/${path}`}`;
}
