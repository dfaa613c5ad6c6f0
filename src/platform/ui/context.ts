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
  /** Name of the logged-in staff member, when on a back-office page. */
  staffName?: string | undefined;
}

/** A link inside the current municipality. */
export function href(ctx: Pick<PageContext, 'base'>, path: string): string {
  if (path === '/' || path === '') return ctx.base || '/';
  return `${ctx.base}${path.startsWith('/') ? path : `/${path}`}`;
}
