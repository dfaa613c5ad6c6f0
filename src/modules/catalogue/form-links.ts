/**
 * Whether a product's online form can be used: the form must be published in this municipality.
 * The catalogue asks the forms module (through its exported FormsService) and keeps the answer for
 * as long as it keeps a published product page (10 seconds), per municipality and form slug, so a
 * product page costs no extra query while it is cached and a form that is published or withdrawn
 * shows up on the product page within the same 10 seconds.
 */

/** True when the form with this slug is published in this municipality. */
export type FormPublishedCheck = (tenantId: string, formSlug: string) => Promise<boolean>;

/** The same time as the published product pages (service.ts). */
export const FORM_LINK_TTL_MS = 10_000;
const MAX_PER_TENANT = 1_000;

/**
 * Wraps a check with a short-lived cache. A check that fails counts as "not published" (the page
 * then simply shows no button) and is not cached, so the next request asks again.
 */
export function cachedFormCheck(check: FormPublishedCheck, onError: (error: unknown) => void = () => {}, ttlMs = FORM_LINK_TTL_MS): FormPublishedCheck {
  const cache = new Map<string, Map<string, { at: number; published: Promise<boolean> }>>();
  return (tenantId, formSlug) => {
    let perTenant = cache.get(tenantId);
    if (!perTenant) cache.set(tenantId, (perTenant = new Map()));
    const hit = perTenant.get(formSlug);
    if (hit && Date.now() - hit.at < ttlMs) return hit.published;
    if (perTenant.size >= MAX_PER_TENANT) perTenant.clear();
    const tenantCache = perTenant;
    const published = check(tenantId, formSlug).catch((error: unknown) => {
      tenantCache.delete(formSlug);
      onError(error);
      return false;
    });
    perTenant.set(formSlug, { at: Date.now(), published });
    return published;
  };
}
