import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requirePermission, type Actor } from '../../platform/auth/access.js';
import type { Tx } from '../../platform/db/database.js';
import { pageContext, renderError, sendHtml } from '../../platform/http/app.js';
import { HttpError } from '../../platform/http/problem.js';
import type { Platform } from '../../platform/http/types.js';
import type { FieldError } from '../../platform/ui/forms.js';
import { parseZaaktypeForm, toFieldErrors, withBlankRows, zaaktypeToForm, text, type RawForm } from './form.js';
import {
  addDays, createZaaktype, createZaaktypeVersion, deleteZaaktype, getZaaktype, isoDateInNL, isUuid, listBesluittypen,
  listHistory, listInformatieobjecttypen, listZaaktypen, publishZaaktype, updateZaaktype,
} from './service.js';
import type { Zaaktype } from './types.js';
import { validateZaaktypeInput } from './validation.js';
import { ZaaktypeDetailPage, ZaaktypeFormPage, ZaaktypeListPage, type Notice } from './views/admin.js';

const BASE = '/beheer/zaaktypen';
const NOTICES = ['created', 'saved', 'published', 'new-version', 'deleted'] as const;
const PERMISSION = 'zaaktypen.beheren' as const;

/**
 * The zaaktypecatalogus in the back office, for employees with zaaktypen.beheren in this
 * municipality: list, a version with all its children, the form of a concept, publish, new
 * version, delete a concept. Every route declares its access rule; each handler checks the
 * permission again on the actor (and the service does too), so no page is ever open.
 */
export function registerCatalogiAdminRoutes(app: FastifyInstance, platform: Platform): void {
  const options = { schema: { hide: true }, config: { access: { staff: PERMISSION } } };
  const inTenant = <T,>(request: FastifyRequest, fn: (tx: Tx) => Promise<T>) => platform.database.withTenant(request.tenant!.id, fn);
  const today = () => isoDateInNL(new Date());

  /** The employee acting; refuses (403) anyone without the permission, whatever the route says. */
  function actorOf(request: FastifyRequest): Actor {
    requirePermission(request.actor, PERMISSION);
    return request.actor!;
  }

  async function typeOptions(request: FastifyRequest): Promise<{ informatieobjecttypen: string[]; besluittypen: string[] }> {
    return inTenant(request, async (tx) => ({
      informatieobjecttypen: [...new Set((await listInformatieobjecttypen(tx)).map((i) => i.omschrijving))].sort(),
      besluittypen: [...new Set((await listBesluittypen(tx)).map((b) => b.omschrijving))].sort(),
    }));
  }

  async function renderForm(request: FastifyRequest, reply: FastifyReply, form: RawForm, errors: FieldError[], zaaktype: Zaaktype | undefined, status: number, notice?: Notice) {
    const types = await typeOptions(request);
    return sendHtml(reply, <ZaaktypeFormPage ctx={pageContext(request, reply, platform)} form={form} errors={errors} zaaktype={zaaktype} notice={notice} {...types} />, status);
  }

  async function renderDetail(request: FastifyRequest, reply: FastifyReply, zaaktype: Zaaktype, extra: { status?: number; notice?: Notice; errors?: FieldError[]; newVersionBegin?: string } = {}) {
    const { versions, history } = await inTenant(request, async (tx) => ({
      versions: await listZaaktypen(tx, { identificatie: zaaktype.identificatie }),
      history: await listHistory(tx, { zaaktypeIdentificatie: zaaktype.identificatie }),
    }));
    return sendHtml(reply, (
      <ZaaktypeDetailPage ctx={pageContext(request, reply, platform)} zaaktype={zaaktype} versions={versions} history={history.slice(0, 50)}
        notice={extra.notice} errors={extra.errors} newVersionBegin={extra.newVersionBegin ?? addDays(today(), 1)} today={today()} />
    ), extra.status ?? 200);
  }

  async function zaaktypeOr404(request: FastifyRequest, reply: FastifyReply): Promise<Zaaktype | undefined> {
    const { id } = request.params as { id: string };
    const zaaktype = isUuid(id) ? await inTenant(request, (tx) => getZaaktype(tx, id)) : undefined;
    if (!zaaktype) await renderError(request, reply, platform, 404);
    return zaaktype;
  }

  app.get(BASE, options, async (request, reply) => {
    actorOf(request);
    const raw = String((request.query as Record<string, unknown>).status ?? 'all');
    if (!['all', 'concept', 'published'].includes(raw)) return renderError(request, reply, platform, 400);
    const status = raw as 'all' | 'concept' | 'published';
    const items = await inTenant(request, (tx) => listZaaktypen(tx, { status }));
    const notice = NOTICES.find((n) => n === (request.query as Record<string, unknown>).melding);
    return sendHtml(reply, <ZaaktypeListPage ctx={pageContext(request, reply, platform)} items={items} status={status} notice={notice} today={today()} />);
  });

  app.get(`${BASE}/nieuw`, options, async (request, reply) => {
    actorOf(request);
    return renderForm(request, reply, zaaktypeToForm(undefined, { beginGeldigheid: addDays(today(), 1) }), [], undefined, 200);
  });

  app.post(BASE, options, async (request, reply) => {
    const actor = actorOf(request);
    const form = formOf(request);
    const parsed = parseZaaktypeForm(form, request.lang);
    const errors = [...toFieldErrors(validateZaaktypeInput(parsed.input, request.lang), parsed.rows), ...parsed.errors];
    if (errors.length) return renderForm(request, reply, withBlankRows(form), errors, undefined, 400);
    try {
      const created = await inTenant(request, (tx) => createZaaktype(tx, actor, parsed.input));
      return reply.redirect(`${request.base}${BASE}/${created.id}?melding=created`, 303);
    } catch (error) {
      if (error instanceof HttpError && error.invalidParams.length && error.statusCode < 500) {
        return renderForm(request, reply, withBlankRows(form), toFieldErrors(error.invalidParams, parsed.rows), undefined, error.statusCode);
      }
      throw error;
    }
  });

  app.get(`${BASE}/:id`, options, async (request, reply) => {
    actorOf(request);
    const zaaktype = await zaaktypeOr404(request, reply);
    if (!zaaktype) return reply;
    const notice = NOTICES.find((n) => n === (request.query as Record<string, unknown>).melding);
    return renderDetail(request, reply, zaaktype, { notice });
  });

  app.get(`${BASE}/:id/bewerken`, options, async (request, reply) => {
    actorOf(request);
    const zaaktype = await zaaktypeOr404(request, reply);
    if (!zaaktype) return reply;
    if (!zaaktype.concept) return renderDetail(request, reply, zaaktype, { status: 409, notice: 'immutable' });
    const notice = (request.query as Record<string, unknown>).melding === 'new-version' ? 'new-version' : undefined;
    return renderForm(request, reply, zaaktypeToForm(zaaktype, { beginGeldigheid: zaaktype.beginGeldigheid }), [], zaaktype, 200, notice);
  });

  app.post(`${BASE}/:id`, options, async (request, reply) => {
    const actor = actorOf(request);
    const zaaktype = await zaaktypeOr404(request, reply);
    if (!zaaktype) return reply;
    if (!zaaktype.concept) return renderDetail(request, reply, zaaktype, { status: 409, notice: 'immutable' });
    const form = formOf(request);
    const parsed = parseZaaktypeForm(form, request.lang);
    const errors = [...toFieldErrors(validateZaaktypeInput(parsed.input, request.lang), parsed.rows), ...parsed.errors];
    if (errors.length) return renderForm(request, reply, withBlankRows(form), errors, zaaktype, 400);
    try {
      await inTenant(request, (tx) => updateZaaktype(tx, actor, zaaktype.id, parsed.input, { expectedRevision: parsed.revision ?? -1 }));
    } catch (error) {
      if (error instanceof HttpError && error.code === 'conflict') return renderForm(request, reply, withBlankRows(form), [], zaaktype, 409, 'conflict');
      if (error instanceof HttpError && error.code === 'non-concept-object') return renderDetail(request, reply, zaaktype, { status: 409, notice: 'immutable' });
      if (error instanceof HttpError && error.invalidParams.length && error.statusCode < 500) {
        return renderForm(request, reply, withBlankRows(form), toFieldErrors(error.invalidParams, parsed.rows), zaaktype, error.statusCode);
      }
      throw error;
    }
    return reply.redirect(`${request.base}${BASE}/${zaaktype.id}?melding=saved`, 303);
  });

  app.post(`${BASE}/:id/publiceren`, options, async (request, reply) => {
    const actor = actorOf(request);
    const zaaktype = await zaaktypeOr404(request, reply);
    if (!zaaktype) return reply;
    try {
      await inTenant(request, (tx) => publishZaaktype(tx, actor, zaaktype.id));
    } catch (error) {
      if (error instanceof HttpError && error.code === 'publish-refused') {
        const errors = error.invalidParams.map((p) => ({ field: sectionFor(p.name), message: p.reason }));
        return renderDetail(request, reply, zaaktype, { status: 400, errors });
      }
      if (error instanceof HttpError && error.code === 'non-concept-object') return renderDetail(request, reply, zaaktype, { status: 409, notice: 'immutable' });
      throw error;
    }
    return reply.redirect(`${request.base}${BASE}/${zaaktype.id}?melding=published`, 303);
  });

  app.post(`${BASE}/:id/nieuwe-versie`, options, async (request, reply) => {
    const actor = actorOf(request);
    const zaaktype = await zaaktypeOr404(request, reply);
    if (!zaaktype) return reply;
    const beginGeldigheid = text(formOf(request), 'beginGeldigheid').trim();
    try {
      const created = await inTenant(request, (tx) => createZaaktypeVersion(tx, actor, zaaktype.id, { beginGeldigheid }));
      return reply.redirect(`${request.base}${BASE}/${created.id}/bewerken?melding=new-version`, 303);
    } catch (error) {
      if (error instanceof HttpError && error.statusCode < 500 && error.statusCode !== 404) {
        const message = error.invalidParams[0]?.reason ?? error.message;
        return renderDetail(request, reply, zaaktype, { status: error.statusCode, errors: [{ field: 'beginGeldigheid', message }], newVersionBegin: beginGeldigheid });
      }
      throw error;
    }
  });

  app.post(`${BASE}/:id/verwijderen`, options, async (request, reply) => {
    const actor = actorOf(request);
    const zaaktype = await zaaktypeOr404(request, reply);
    if (!zaaktype) return reply;
    try {
      await inTenant(request, (tx) => deleteZaaktype(tx, actor, zaaktype.id));
    } catch (error) {
      if (error instanceof HttpError && error.code === 'non-concept-object') return renderDetail(request, reply, zaaktype, { status: 409, notice: 'immutable' });
      throw error;
    }
    return reply.redirect(`${request.base}${BASE}?melding=deleted`, 303);
  });
}

/** Where on the detail page a publish problem is shown. */
function sectionFor(name: string): string {
  const head = name.split('.')[0]!;
  if (['statustypen', 'resultaattypen', 'roltypen', 'eigenschappen', 'informatieobjecttypen', 'besluittypen', 'rules'].includes(head)) return `${head}-section`;
  return 'geldigheid';
}

function formOf(request: FastifyRequest): RawForm {
  const body = request.body;
  if (!body || typeof body !== 'object') return {};
  const form: RawForm = {};
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    if (k === '_csrf') continue;
    if (typeof v === 'string') form[k] = v;
    else if (Array.isArray(v)) form[k] = v.filter((x): x is string => typeof x === 'string');
  }
  return form;
}
