/**
 * Which abonnementen a notification goes to, as Open Notificaties decides it: an abonnement takes
 * a notification when one of its filter groups names the notification's kanaal and every filter of
 * that group that is a kenmerk of the notification has the same value (or `*`). URLs of this
 * municipality's resources compare equal in either form (path `/<slug>/…` or host `<slug>.<domain>`)
 * and to the notification's own `zgw:` references.
 */
import { ZGW_APIS, type ZgwApi } from '../zgw/core/urls.js';
import type { FilterGroup } from './store.js';

/** A value as compared: a URL of a resource of this municipality becomes its `zgw:` reference. */
export function comparable(value: string, slug: string): string {
  if (value.startsWith('zgw:') || !/^https?:\/\//i.test(value)) return value;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return value;
  }
  const segments = url.pathname.replace(/\/+$/, '').split('/').slice(1);
  let rest: string[] | undefined;
  if (segments[0] === slug && ZGW_APIS.includes(segments[1] as ZgwApi) && segments[2] === 'api') rest = segments.slice(1);
  else if (url.hostname.split('.')[0] === slug && ZGW_APIS.includes(segments[0] as ZgwApi) && segments[1] === 'api') rest = segments;
  return rest ? `zgw:${rest.join('/')}` : value;
}

/** Does this filter group take a notification on `kanaal` with these kenmerken? */
export function groupMatches(group: FilterGroup, kanaal: string, kenmerken: Record<string, string>, slug: string): boolean {
  if (group.naam !== kanaal) return false;
  for (const [key, wanted] of Object.entries(group.filters ?? {})) {
    if (!Object.prototype.hasOwnProperty.call(kenmerken, key)) continue;
    if (wanted === '*') continue;
    if (comparable(wanted, slug) !== comparable(String(kenmerken[key]), slug)) return false;
  }
  return true;
}

export function abonnementMatches(groups: FilterGroup[], kanaal: string, kenmerken: Record<string, string>, slug: string): boolean {
  return groups.some((g) => groupMatches(g, kanaal, kenmerken, slug));
}
