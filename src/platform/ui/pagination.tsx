import { platformMessages } from '../i18n/messages.js';
import { href, type PageContext } from './context.js';

/** Previous/next links with "page N of M"; nothing when everything fits on one page. */
export function Pagination({ ctx, page, pageSize, total, path, params }: { ctx: PageContext; page: number; pageSize: number; total: number; path: string; params: Record<string, string> }): JSX.Element {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return '';
  const t = platformMessages(ctx.lang);
  const link = (p: number) => `${href(ctx, path)}?${new URLSearchParams({ ...params, pagina: String(p) }).toString()}`;
  return (
    <nav class="stadhuis-pagination" aria-label={t('pagination.label')}>
      {page > 1 ? <a class="utrecht-link" rel="prev" href={link(page - 1)} safe>{t('pagination.previous')}</a> : ''}
      <span aria-current="page" safe>{t('pagination.page', { page, pages })}</span>
      {page < pages ? <a class="utrecht-link" rel="next" href={link(page + 1)} safe>{t('pagination.next')}</a> : ''}
    </nav>
  );
}
