/**
 * The back-office page of the notifications (`/beheer/notificaties`, admins): kanalen,
 * abonnementen and the most recent deliveries with their status, and "send again" for a
 * delivery that has not arrived.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import { requirePermission, type Actor } from '../../platform/auth/access.js';
import { pageContext, renderError, sendHtml } from '../../platform/http/app.js';
import type { Platform } from '../../platform/http/types.js';
import { formatDateTime } from '../../platform/i18n/i18n.js';
import { href, type PageContext } from '../../platform/ui/context.js';
import { CsrfField } from '../../platform/ui/forms.js';
import { Layout } from '../../platform/ui/layout.js';
import { isUuid } from '../../platform/values.js';
import { AFLEVEREN, AFLEVERING_TOPIC } from './delivery.js';
import { notificatiesMessages } from './messages.js';
import { abonnementen, afleveringen, ensureKanalen, kanalen, type AbonnementRow, type AfleveringRow, type KanaalRow } from './store.js';

/** How a delivery stands, for people. */
export type AfleveringStand =
  | { kind: 'delivered'; at: Date }
  | { kind: 'pending'; attempts: number; next: Date }
  | { kind: 'waiting' }
  | { kind: 'running' }
  | { kind: 'failed'; attempts: number; error: string | null };

export interface AfleveringView extends AfleveringRow {
  stand: AfleveringStand;
}

export interface NotificatiesOverzicht {
  kanalen: KanaalRow[];
  abonnementen: AbonnementRow[];
  afleveringen: AfleveringView[];
}

type Deps = Pick<Platform, 'database' | 'jobs'>;

/** Kanalen, abonnementen and the 50 most recent deliveries with their state (three queries and one to the outbox). */
export async function notificatiesOverzicht(platform: Deps, tenantId: string, actor: Actor | undefined): Promise<NotificatiesOverzicht> {
  requirePermission(actor, 'gebruikers.beheren');
  await ensureKanalen(platform.database, tenantId);
  const [data, open] = await Promise.all([
    platform.database.withTenant(tenantId, async (tx) => ({
      kanalen: await kanalen.list(tx),
      abonnementen: await abonnementen.list(tx),
      afleveringen: await afleveringen.recent(tx, 50),
    })),
    // The outbox knows the next attempt of what is still under way.
    platform.jobs.listDeliveries({ topic: AFLEVERING_TOPIC, handler: AFLEVEREN, tenantId, status: ['pending', 'running', 'failed'], limit: 500 }),
  ]);
  const byEvent = new Map(open.map((d) => [d.eventId, d]));
  return {
    ...data,
    afleveringen: data.afleveringen.map((a) => {
      const delivery = a.outboxEventId ? byEvent.get(a.outboxEventId) : undefined;
      let stand: AfleveringStand;
      if (a.status === 'delivered') stand = { kind: 'delivered', at: a.deliveredAt ?? a.updatedAt };
      else if (delivery?.status === 'failed' || (!delivery && a.status === 'failed')) stand = { kind: 'failed', attempts: a.attempts, error: a.lastError };
      else if (delivery?.status === 'running') stand = { kind: 'running' };
      else if (delivery?.status === 'pending' && a.attempts > 0 && delivery.nextAttemptAt) stand = { kind: 'pending', attempts: a.attempts, next: delivery.nextAttemptAt };
      else stand = { kind: 'waiting' };
      return { ...a, stand };
    }),
  };
}

/** Sends a delivery that has not arrived again now, with a fresh set of attempts. False when it arrived already. */
export async function afleveringOpnieuw(platform: Deps, tenantId: string, actor: Actor | undefined, id: string): Promise<boolean | undefined> {
  requirePermission(actor, 'gebruikers.beheren');
  if (!isUuid(id)) return undefined;
  const row = await platform.database.withTenant(tenantId, (tx) => afleveringen.get(tx, id));
  if (!row) return undefined;
  if (row.status === 'delivered' || !row.outboxEventId) return false;
  const [delivery] = await platform.jobs.listDeliveries({ eventId: row.outboxEventId, tenantId, topic: AFLEVERING_TOPIC, handler: AFLEVEREN, limit: 1 });
  if (!delivery || !(await platform.jobs.retry(delivery.id))) return false;
  await platform.database.withTenant(tenantId, (tx) => tx.execute(sql`UPDATE notificaties_afleveringen SET status = 'pending', updated_at = now()
    WHERE id = ${id}::uuid AND status <> 'delivered'`));
  return true;
}

export function registerBeheerRoutes(app: FastifyInstance, platform: Platform): void {
  const manage = { access: { staff: 'gebruikers.beheren' as const } };
  const ctx = (request: FastifyRequest, reply: FastifyReply) => pageContext(request, reply, platform);

  app.get('/beheer/notificaties', { schema: { hide: true }, config: manage }, async (request, reply) => {
    const t = notificatiesMessages(request.lang);
    const melding = (request.query as Record<string, unknown>).melding;
    const notice = melding === 'opnieuw' ? t('retried') : melding === 'aangekomen' ? t('notRetried') : undefined;
    const overzicht = await notificatiesOverzicht(platform, request.tenant!.id, request.actor);
    reply.header('Cache-Control', 'no-store');
    return sendHtml(reply, <NotificatiesPage ctx={ctx(request, reply)} overzicht={overzicht} notice={notice} />);
  });

  app.post('/beheer/notificaties/:id/opnieuw', { schema: { hide: true }, config: manage }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const done = await afleveringOpnieuw(platform, request.tenant!.id, request.actor, id);
    if (done === undefined) return renderError(request, reply, platform, 404);
    return reply.redirect(`${request.base}/beheer/notificaties?melding=${done ? 'opnieuw' : 'aangekomen'}`, 303);
  });
}

type T = ReturnType<typeof notificatiesMessages>;

function Table({ caption, head, children }: { caption: string; head: string[]; children: JSX.Element[] }): JSX.Element {
  return (
    <div class="stadhuis-table-wrap" role="region" aria-label={caption} tabindex="0">
      <table class="utrecht-table stadhuis-table">
        <caption class="utrecht-table__caption" safe>{caption}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            {head.map((h) => <th class="utrecht-table__header-cell" scope="col" safe>{h}</th>)}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">{children}</tbody>
      </table>
    </div>
  );
}

function filterText(t: T, filters: Record<string, string>): string {
  const entries = Object.entries(filters ?? {});
  return entries.length ? entries.map(([k, v]) => `${k} = ${v}`).join('; ') : t('abonnementen.alles');
}

function Stand({ t, ctx, stand }: { t: T; ctx: PageContext; stand: AfleveringStand }): JSX.Element {
  switch (stand.kind) {
    case 'delivered': return <span class="stadhuis-status stadhuis-status--ok" safe>{t('status.delivered', { when: formatDateTime(stand.at, ctx.lang) })}</span>;
    case 'pending': return <span safe>{t('status.pending', { attempts: stand.attempts, when: formatDateTime(stand.next, ctx.lang) })}</span>;
    case 'waiting': return <span safe>{t('status.waiting')}</span>;
    case 'running': return <span safe>{t('status.running')}</span>;
    case 'failed': return (
      <>
        <strong safe>{t('status.failed', { attempts: stand.attempts })}</strong>
        {stand.error ? <><br /><span safe>{t('status.lastError', { error: stand.error })}</span></> : ''}
      </>
    );
  }
}

export function NotificatiesPage({ ctx, overzicht, notice }: { ctx: PageContext; overzicht: NotificatiesOverzicht; notice?: string | undefined }): JSX.Element {
  const t = notificatiesMessages(ctx.lang);
  return (
    <Layout ctx={ctx} title={t('title')} area="admin" breadcrumbs={[{ label: t('home'), href: href(ctx, '/beheer') }, { label: t('title') }]}>
      {notice ? (
        <div class="utrecht-alert utrecht-alert--ok" role="status">
          <p class="utrecht-paragraph" safe>{notice}</p>
        </div>
      ) : ''}
      <h1 class="utrecht-heading-1" safe>{t('title')}</h1>
      <p class="utrecht-paragraph" safe>{t('intro')}</p>

      <h2 class="utrecht-heading-2" safe>{t('abonnementen.title')}</h2>
      {overzicht.abonnementen.length ? (
        <Table caption={t('abonnementen.title')} head={[t('abonnementen.callback'), t('abonnementen.kanalen'), t('abonnementen.door'), t('abonnementen.sinds')]}>
          {overzicht.abonnementen.map((a) => (
            <tr class="utrecht-table__row">
              <td class="utrecht-table__cell"><code safe>{a.callbackUrl}</code></td>
              <td class="utrecht-table__cell">
                <ul class="utrecht-unordered-list">
                  {a.kanalen.map((g) => <li class="utrecht-unordered-list__item" safe>{`${g.naam}: ${filterText(t, g.filters)}`}</li>)}
                </ul>
              </td>
              <td class="utrecht-table__cell" safe>{a.aangemaaktDoor || '-'}</td>
              <td class="utrecht-table__cell" safe>{formatDateTime(a.createdAt, ctx.lang)}</td>
            </tr>
          ))}
        </Table>
      ) : <p class="utrecht-paragraph" safe>{t('abonnementen.empty')}</p>}

      <h2 class="utrecht-heading-2" safe>{t('afleveringen.title')}</h2>
      <p class="utrecht-paragraph" safe>{t('afleveringen.intro')}</p>
      {overzicht.afleveringen.length ? (
        <Table caption={t('afleveringen.title')} head={[t('afleveringen.wanneer'), t('afleveringen.wat'), t('afleveringen.naar'), t('afleveringen.status'), t('afleveringen.actie')]}>
          {overzicht.afleveringen.map((a) => (
            <tr class="utrecht-table__row" data-aflevering={a.id} data-status={a.stand.kind}>
              <td class="utrecht-table__cell" safe>{formatDateTime(a.createdAt, ctx.lang)}</td>
              <td class="utrecht-table__cell" safe>{t('afleveringen.bericht', { resource: a.resource, actie: a.actie, kanaal: a.kanaal })}</td>
              <td class="utrecht-table__cell"><code safe>{a.callbackUrl}</code></td>
              <td class="utrecht-table__cell"><Stand t={t} ctx={ctx} stand={a.stand} /></td>
              <td class="utrecht-table__cell">
                {a.stand.kind === 'failed' || a.stand.kind === 'pending' ? (
                  <form method="post" action={href(ctx, `/beheer/notificaties/${a.id}/opnieuw`)}>
                    <CsrfField ctx={ctx} />
                    <button type="submit" class="utrecht-button utrecht-button--secondary-action"
                      aria-label={t('retryLabel', { resource: a.resource, actie: a.actie, callback: a.callbackUrl })} safe>{t('retry')}</button>
                  </form>
                ) : ''}
              </td>
            </tr>
          ))}
        </Table>
      ) : <p class="utrecht-paragraph" safe>{t('afleveringen.empty')}</p>}

      <h2 class="utrecht-heading-2" safe>{t('kanalen.title')}</h2>
      <Table caption={t('kanalen.title')} head={[t('kanalen.naam'), t('kanalen.filters'), t('kanalen.bron')]}>
        {overzicht.kanalen.map((k) => (
          <tr class="utrecht-table__row">
            <td class="utrecht-table__cell"><code safe>{k.naam}</code></td>
            <td class="utrecht-table__cell" safe>{k.filters.join(', ') || t('kanalen.geen')}</td>
            <td class="utrecht-table__cell" safe>{k.eigen ? t('kanalen.eigen') : t('kanalen.extern')}</td>
          </tr>
        ))}
      </Table>
    </Layout>
  );
}
