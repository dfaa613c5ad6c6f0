import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requirePermission, type Actor } from '../../platform/auth/access.js';
import { pageContext, renderError, sendHtml } from '../../platform/http/app.js';
import { HttpError } from '../../platform/http/problem.js';
import type { Platform } from '../../platform/http/types.js';
import type { Tx } from '../../platform/db/database.js';
import { defineMessages } from '../../platform/i18n/i18n.js';
import { href, type PageContext } from '../../platform/ui/context.js';
import { Button, CsrfField, ErrorSummary, TextArea, TextField, errorFor, type FieldError } from '../../platform/ui/forms.js';
import { Layout } from '../../platform/ui/layout.js';
import { listZaaktypen } from '../catalogi/index.js';
import { PLACEHOLDERS, type Sjabloon, type SjabloonInput } from './service.js';
import { beschikkingenService } from './index.js';

const BASE = '/beheer/sjablonen';
const PERMISSION = 'zaaktypen.beheren' as const;

export const sjabloonMessages = defineMessages({
  'list.title': 'Briefsjablonen',
  'list.intro': 'De tekst van de brief bij een besluit, per zaaktype en per resultaat (of soort besluit). Schrijf in eenvoudig Nederlands (B1) en vergeet de alinea over bezwaar niet.',
  'list.new': 'Nieuw sjabloon',
  'list.empty': 'Er zijn nog geen sjablonen. Zonder sjabloon gebruiken we een algemene brief.',
  'col.zaaktype': 'Zaaktype', 'col.sleutel': 'Resultaat of besluit', 'col.titel': 'Titel van de brief', 'col.gewijzigd': 'Laatst gewijzigd door',
  'form.new': 'Nieuw briefsjabloon', 'form.edit': 'Briefsjabloon bewerken',
  'field.zaaktype': 'Zaaktype', 'field.zaaktype.hint': 'De identificatie, bijvoorbeeld PARKEERVERGUNNING-BEWONERS.',
  'field.sleutel': 'Resultaat of soort besluit', 'field.sleutel.hint': 'Zoals in het zaaktype, bijvoorbeeld "Toegekend" of "Geweigerd".',
  'field.titel': 'Titel (onderwerp) van de brief', 'field.tekst': 'Tekst van de brief',
  'field.tekst.hint': 'Een lege regel begint een nieuwe alinea. Invulvelden staan tussen dubbele accolades.',
  'placeholders': 'Invulvelden', 'save': 'Opslaan', 'delete': 'Verwijderen', 'saved': 'Het sjabloon is opgeslagen.', 'deleted': 'Het sjabloon is verwijderd.',
  'back': 'Terug naar de sjablonen',
}, {
  'list.title': 'Letter templates',
  'list.intro': 'The text of the letter with a decision, per case type and per result (or kind of decision). Write in plain Dutch (B1) and keep the paragraph on objections.',
  'list.new': 'New template',
  'list.empty': 'There are no templates yet. Without a template a general letter is used.',
  'col.zaaktype': 'Case type', 'col.sleutel': 'Result or decision', 'col.titel': 'Letter title', 'col.gewijzigd': 'Last changed by',
  'form.new': 'New letter template', 'form.edit': 'Edit letter template',
  'field.zaaktype': 'Case type', 'field.zaaktype.hint': 'The identification, e.g. PARKEERVERGUNNING-BEWONERS.',
  'field.sleutel': 'Result or kind of decision', 'field.sleutel.hint': 'As in the case type, e.g. "Toegekend" or "Geweigerd".',
  'field.titel': 'Title (subject) of the letter', 'field.tekst': 'Text of the letter',
  'field.tekst.hint': 'An empty line starts a new paragraph. Fields to fill in are between double braces.',
  'placeholders': 'Fields to fill in', 'save': 'Save', 'delete': 'Delete', 'saved': 'The template has been saved.', 'deleted': 'The template has been deleted.',
  'back': 'Back to the templates',
});

const FIELD_IDS: Record<string, string> = { zaaktypeIdentificatie: 'zaaktypeIdentificatie', sleutel: 'sleutel', titel: 'titel', tekst: 'tekst' };

export function registerSjabloonRoutes(app: FastifyInstance, platform: Platform): void {
  const options = { schema: { hide: true }, config: { access: { staff: PERMISSION } } };
  const service = beschikkingenService(platform);
  const actorOf = (request: FastifyRequest): Actor => { requirePermission(request.actor, PERMISSION); return request.actor!; };
  const inTenant = <T,>(request: FastifyRequest, fn: (tx: Tx) => Promise<T>) => platform.database.withTenant(request.tenant!.id, fn);

  async function zaaktypeIds(request: FastifyRequest): Promise<string[]> {
    return inTenant(request, async (tx) => [...new Set((await listZaaktypen(tx, { status: 'published' })).map((z) => z.identificatie))].sort());
  }

  async function form(request: FastifyRequest, reply: FastifyReply, sjabloon: Sjabloon | undefined, values: SjabloonInput, errors: FieldError[], status = 200) {
    return sendHtml(reply, <SjabloonForm ctx={pageContext(request, reply, platform)} sjabloon={sjabloon} values={values} errors={errors} zaaktypen={await zaaktypeIds(request)} />, status);
  }

  function body(request: FastifyRequest): SjabloonInput {
    const b = (request.body ?? {}) as Record<string, unknown>;
    const s = (k: string) => (typeof b[k] === 'string' ? (b[k] as string) : '');
    return { zaaktypeIdentificatie: s('zaaktypeIdentificatie'), sleutel: s('sleutel'), titel: s('titel'), tekst: s('tekst') };
  }

  async function save(request: FastifyRequest, reply: FastifyReply, sjabloon: Sjabloon | undefined) {
    const actor = actorOf(request);
    const values = body(request);
    try {
      await inTenant(request, (tx) => service.saveSjabloon(tx, actor, sjabloon?.id, values));
      return reply.redirect(`${request.base}${BASE}?melding=saved`, 303);
    } catch (error) {
      if (error instanceof HttpError && error.statusCode === 400) {
        return form(request, reply, sjabloon, values, error.invalidParams.map((p) => ({ field: FIELD_IDS[p.name] ?? 'tekst', message: p.reason })), 400);
      }
      throw error;
    }
  }

  async function sjabloonOr404(request: FastifyRequest, reply: FastifyReply): Promise<Sjabloon | undefined> {
    const actor = actorOf(request);
    const { id } = request.params as { id: string };
    const sjabloon = await inTenant(request, (tx) => service.getSjabloon(tx, actor, id));
    if (!sjabloon) await renderError(request, reply, platform, 404);
    return sjabloon;
  }

  app.get(BASE, options, async (request, reply) => {
    const actor = actorOf(request);
    const items = await inTenant(request, (tx) => service.listSjablonen(tx, actor));
    const melding = (request.query as Record<string, unknown>).melding;
    return sendHtml(reply, <SjabloonList ctx={pageContext(request, reply, platform)} items={items} notice={melding === 'saved' || melding === 'deleted' ? melding : undefined} />);
  });

  app.get(`${BASE}/nieuw`, options, async (request, reply) => {
    actorOf(request);
    return form(request, reply, undefined, { zaaktypeIdentificatie: '', sleutel: '', titel: '', tekst: '' }, []);
  });

  app.post(BASE, options, async (request, reply) => save(request, reply, undefined));

  app.get(`${BASE}/:id`, options, async (request, reply) => {
    const sjabloon = await sjabloonOr404(request, reply);
    if (!sjabloon) return reply;
    return form(request, reply, sjabloon, sjabloon, []);
  });

  app.post(`${BASE}/:id`, options, async (request, reply) => {
    const sjabloon = await sjabloonOr404(request, reply);
    if (!sjabloon) return reply;
    return save(request, reply, sjabloon);
  });

  app.post(`${BASE}/:id/verwijderen`, options, async (request, reply) => {
    const sjabloon = await sjabloonOr404(request, reply);
    if (!sjabloon) return reply;
    const actor = actorOf(request);
    await inTenant(request, (tx) => service.deleteSjabloon(tx, actor, sjabloon.id));
    return reply.redirect(`${request.base}${BASE}?melding=deleted`, 303);
  });
}

function SjabloonList({ ctx, items, notice }: { ctx: PageContext; items: Sjabloon[]; notice: 'saved' | 'deleted' | undefined }): JSX.Element {
  const t = sjabloonMessages(ctx.lang);
  return (
    <Layout ctx={ctx} title={t('list.title')} area="admin">
      {notice ? <div class="utrecht-alert utrecht-alert--ok" role="status"><p class="utrecht-paragraph" safe>{t(notice)}</p></div> : ''}
      <h1 class="utrecht-heading-1" safe>{t('list.title')}</h1>
      <p class="utrecht-paragraph" safe>{t('list.intro')}</p>
      <div class="stadhuis-actions">
        <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={href(ctx, `${BASE}/nieuw`)} safe>{t('list.new')}</a>
      </div>
      {items.length ? (
        <div class="stadhuis-table-wrap">
          <table class="utrecht-table stadhuis-table">
            <thead class="utrecht-table__header"><tr class="utrecht-table__row">
              {(['zaaktype', 'sleutel', 'titel', 'gewijzigd'] as const).map((c) => <th class="utrecht-table__header-cell" scope="col" safe>{t(`col.${c}`)}</th>)}
            </tr></thead>
            <tbody class="utrecht-table__body">
              {items.map((s) => (
                <tr class="utrecht-table__row">
                  <td class="utrecht-table__cell"><code safe>{s.zaaktypeIdentificatie}</code></td>
                  <td class="utrecht-table__cell"><a class="utrecht-link" href={href(ctx, `${BASE}/${s.id}`)} safe>{s.sleutel}</a></td>
                  <td class="utrecht-table__cell" safe>{s.titel}</td>
                  <td class="utrecht-table__cell" safe>{s.gewijzigdDoor}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : <p class="utrecht-paragraph" safe>{t('list.empty')}</p>}
    </Layout>
  );
}

function SjabloonForm({ ctx, sjabloon, values, errors, zaaktypen }: { ctx: PageContext; sjabloon: Sjabloon | undefined; values: SjabloonInput; errors: FieldError[]; zaaktypen: string[] }): JSX.Element {
  const t = sjabloonMessages(ctx.lang);
  const title = sjabloon ? t('form.edit') : t('form.new');
  const zError = errorFor(errors, 'zaaktypeIdentificatie');
  return (
    <Layout ctx={ctx} title={title} area="admin" breadcrumbs={[{ label: t('list.title'), href: href(ctx, BASE) }, { label: title }]}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="utrecht-heading-1" safe>{title}</h1>
      <form method="post" action={href(ctx, sjabloon ? `${BASE}/${sjabloon.id}` : BASE)} class="stadhuis-form" novalidate>
        <CsrfField ctx={ctx} />
        <div class={`utrecht-form-field${zError ? ' utrecht-form-field--invalid' : ''}`}>
          <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="zaaktypeIdentificatie" safe>{t('field.zaaktype')}</label></div>
          <div class="utrecht-form-field-description" id="zaaktypeIdentificatie-hint" safe>{t('field.zaaktype.hint')}</div>
          {zError ? <div class="utrecht-form-field-error-message" id="zaaktypeIdentificatie-error" safe>{zError}</div> : ''}
          <div class="utrecht-form-field__input">
            <select class="utrecht-select utrecht-select--html-select" id="zaaktypeIdentificatie" name="zaaktypeIdentificatie" aria-describedby={zError ? 'zaaktypeIdentificatie-hint zaaktypeIdentificatie-error' : 'zaaktypeIdentificatie-hint'} aria-invalid={zError ? 'true' : undefined}>
              <option value="">—</option>
              {[...new Set([...zaaktypen, ...(values.zaaktypeIdentificatie ? [values.zaaktypeIdentificatie] : [])])].map((z) => <option value={z} selected={values.zaaktypeIdentificatie === z} safe>{z}</option>)}
            </select>
          </div>
        </div>
        <TextField id="sleutel" label={t('field.sleutel')} hint={t('field.sleutel.hint')} value={values.sleutel} error={errorFor(errors, 'sleutel')} />
        <TextField id="titel" label={t('field.titel')} value={values.titel} error={errorFor(errors, 'titel')} />
        <TextArea id="tekst" label={t('field.tekst')} hint={t('field.tekst.hint')} value={values.tekst} rows={20} error={errorFor(errors, 'tekst')} />
        <h2 class="utrecht-heading-2" safe>{t('placeholders')}</h2>
        <ul class="utrecht-unordered-list">
          {Object.entries(PLACEHOLDERS).map(([k, v]) => <li class="utrecht-unordered-list__item"><code safe>{`{{${k}}}`}</code> <span safe>{v[ctx.lang]}</span></li>)}
        </ul>
        <div class="stadhuis-actions"><Button><span safe>{t('save')}</span></Button></div>
      </form>
      {sjabloon ? (
        <form method="post" action={href(ctx, `${BASE}/${sjabloon.id}/verwijderen`)} class="stadhuis-actions">
          <CsrfField ctx={ctx} />
          <Button variant="secondary"><span safe>{t('delete')}</span></Button>
        </form>
      ) : ''}
      <p class="utrecht-paragraph"><a class="utrecht-link" href={href(ctx, BASE)} safe>{t('back')}</a></p>
    </Layout>
  );
}
