/**
 * The back office for cases: the work queue (/beheer/zaken), the case page and its actions
 * (POST forms that work without JavaScript; on bad input the page comes back with a Dutch error
 * summary and what was typed). Every route declares its access rule; the services check again.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requirePermission, type Actor, type Permission } from '../../platform/auth/access.js';
import type { Tx } from '../../platform/db/database.js';
import { pageContext, renderError, sendHtml } from '../../platform/http/app.js';
import { HttpError } from '../../platform/http/problem.js';
import type { Platform } from '../../platform/http/types.js';
import type { FieldError } from '../../platform/ui/forms.js';
import { beschikkingenService, type DecisionInput } from '../beschikkingen/index.js';
import { getZaaktype } from '../catalogi/index.js';
import { dateInNl, listAssessments, zakenService, type ZaakFilter, type ZaakListItem, type ZaakOrdering } from '../zaken/index.js';
import { listZaaktypen } from '../catalogi/index.js';
import { detectKind, KIND_LABELS, MIME_TYPES, safeFilename, ScanUnavailableError, scannerFromEnv } from '../forms/index.js';
import { acceptMultipartForms, uploadedFiles } from '../../platform/http/multipart.js';
import { isUuid } from '../../platform/values.js';
import { behandelingMessages } from './messages.js';
import { CasePage, QueuePage, type CaseData, type QueueQuery } from './views.js';

export const BASE = '/beheer/zaken';
export const TEAMS = ['vergunningen', 'sociaal-domein', 'publiekszaken', 'buitenruimte'];
const ORDERINGS: ZaakOrdering[] = ['deadline', '-deadline', '-registratiedatum', 'registratiedatum', 'identificatie'];
const PAGE_SIZE = 25;
/** The work queue counts up to this many zaken ("more than 10.000"); counting a million takes long. */
const QUEUE_COUNT_UP_TO = 10_000;
/** Largest new version of a document a behandelaar can upload on the case page. */
const MAX_VERSION_BYTES = 20 * 1024 * 1024;
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const SYSTEM: Actor = { kind: 'system', process: 'werkvoorraad' };

/** The form of one action on the case page, with what was typed and what is wrong. */
export interface ActionState {
  action: string;
  values: Record<string, string>;
  errors: FieldError[];
}

type Values = Record<string, string>;

function valuesOf(request: FastifyRequest): Values {
  const body = (request.body ?? {}) as Record<string, unknown>;
  const out: Values = {};
  for (const [k, v] of Object.entries(body)) if (k !== '_csrf' && typeof v === 'string') out[k] = v;
  return out;
}

/** A local date and time in the Netherlands as a Date. */
export function amsterdamDate(date: string, time: string): Date | undefined {
  if (!ISO.test(date) || !/^\d{2}:\d{2}$/.test(time)) return undefined;
  const guess = new Date(`${date}T${time}:00Z`);
  if (Number.isNaN(guess.getTime())) return undefined;
  const local = new Date(guess.toLocaleString('en-US', { timeZone: 'Europe/Amsterdam' }));
  const utc = new Date(guess.toLocaleString('en-US', { timeZone: 'UTC' }));
  return new Date(guess.getTime() - (local.getTime() - utc.getTime()));
}

export function registerBehandelingRoutes(app: FastifyInstance, platform: Platform): void {
  const zaken = zakenService(platform);
  const scanner = scannerFromEnv();
  const beschikkingen = beschikkingenService(platform);
  const route = (permission: Permission) => ({ schema: { hide: true }, config: { access: { staff: permission } } });
  const inTenant = <T,>(request: FastifyRequest, fn: (tx: Tx) => Promise<T>) => platform.database.withTenant(request.tenant!.id, fn);
  const actorOf = (request: FastifyRequest, permission: Permission): Actor => { requirePermission(request.actor, permission); return request.actor!; };
  const userId = (request: FastifyRequest) => (request.actor?.kind === 'staff' ? request.actor.userId : '');

  async function colleagues(request: FastifyRequest): Promise<{ id: string; name: string }[]> {
    const users = await platform.staff.list(request.tenant!.id, SYSTEM);
    return users.filter((u) => u.active && u.roles.some((r) => r === 'behandelaar' || r === 'teamleider')).map((u) => ({ id: u.id, name: u.name }));
  }

  // ————— Work queue —————

  function queueQuery(request: FastifyRequest): QueueQuery {
    const q = request.query as Record<string, unknown>;
    const s = (k: string) => (typeof q[k] === 'string' ? (q[k] as string).trim() : '');
    const status = ['open', 'opgeschort', 'gesloten', 'alle'].includes(s('status')) ? s('status') as QueueQuery['status'] : 'open';
    const assignee = ['iedereen', 'ik', 'niemand'].includes(s('behandelaar')) ? s('behandelaar') as QueueQuery['assignee'] : 'iedereen';
    const sla = ['on_time', 'at_risk', 'overdue'].includes(s('termijn')) ? s('termijn') as QueueQuery['sla'] : '';
    const ordering = ORDERINGS.includes(s('sorteer') as ZaakOrdering) ? s('sorteer') as ZaakOrdering : 'deadline';
    const page = Math.max(1, Math.min(10_000, Number.parseInt(s('pagina'), 10) || 1));
    return { search: s('zoek').slice(0, 100), team: TEAMS.includes(s('team')) ? s('team') : '', zaaktype: s('zaaktype').slice(0, 50), status, assignee, sla, before: ISO.test(s('voor')) ? s('voor') : '', beforeRaw: s('voor').slice(0, 20), ordering, page };
  }

  async function renderQueue(request: FastifyRequest, reply: FastifyReply, extra: { errors?: FieldError[]; selected?: string[]; medewerker?: string; notice?: string; status?: number } = {}) {
    const actor = actorOf(request, 'zaken.lezen');
    const query = queueQuery(request);
    const filter: ZaakFilter = { ordering: query.ordering, page: query.page, pageSize: PAGE_SIZE, countUpTo: QUEUE_COUNT_UP_TO };
    if (query.search) filter.search = query.search;
    if (query.team) filter.team = query.team;
    if (query.zaaktype) filter.zaaktypeIdentificatie = query.zaaktype;
    if (query.status === 'open') filter.open = true;
    if (query.status === 'opgeschort') { filter.open = true; filter.opgeschort = true; }
    if (query.status === 'gesloten') filter.open = false;
    if (query.assignee === 'ik') filter.assignee = userId(request);
    if (query.assignee === 'niemand') filter.noMedewerker = true;
    if (query.sla) filter.sla = query.sla;
    if (query.before) filter.deadlineBefore = query.before;
    const { page, zaaktypen } = await inTenant(request, async (tx) => {
      const result = await zaken.listZaken(tx, actor, filter);
      // The filter offers every published zaaktype of the catalogue (one entry per identificatie).
      const types = await listZaaktypen(tx, { status: 'published' });
      return { page: result, zaaktypen: [...new Map(types.map((z) => [z.identificatie, z.omschrijving])).entries()].sort((a, b) => a[1].localeCompare(b[1])) };
    });
    const canAssign = request.staff?.permissions.has('zaken.toewijzen') ?? false;
    const ctx = pageContext(request, reply, platform);
    return sendHtml(reply, <QueuePage ctx={ctx} query={query} page={page} zaaktypen={zaaktypen} teams={TEAMS} me={userId(request)}
      canClaim={request.staff?.permissions.has('zaken.behandelen') ?? false} canAssign={canAssign} colleagues={canAssign ? await colleagues(request) : []}
      errors={extra.errors ?? []} selected={extra.selected ?? []} medewerker={extra.medewerker ?? ''} notice={extra.notice} />, extra.status ?? 200);
  }

  app.get(BASE, route('zaken.lezen'), async (request, reply) => {
    const melding = (request.query as Record<string, unknown>).melding;
    return renderQueue(request, reply, { notice: melding === 'toegewezen' ? 'assigned' : undefined });
  });

  app.post(`${BASE}/toewijzen`, route('zaken.toewijzen'), async (request, reply) => {
    const actor = actorOf(request, 'zaken.toewijzen');
    const body = (request.body ?? {}) as Record<string, unknown>;
    const selected = [body.zaken].flat().filter((v): v is string => typeof v === 'string').slice(0, 500);
    const medewerker = typeof body.medewerker === 'string' ? body.medewerker : '';
    const t = behandelingMessages(request.lang);
    const errors: FieldError[] = [];
    if (!selected.length) errors.push({ field: 'bulk-zaken', message: t('bulk.none') });
    const colleague = (await colleagues(request)).find((c) => c.id === medewerker);
    if (!colleague) errors.push({ field: 'bulk-medewerker', message: t('bulk.noMedewerker') });
    if (errors.length) return renderQueue(request, reply, { errors, selected, medewerker, status: 400 });
    try {
      await inTenant(request, async (tx) => {
        for (const id of selected) await zaken.assign(tx, actor, id, { identificatie: colleague!.id, achternaam: colleague!.name });
      });
    } catch (error) {
      if (error instanceof HttpError && error.statusCode < 500) {
        return renderQueue(request, reply, { errors: [{ field: 'bulk-zaken', message: error.message }], selected, medewerker, status: error.statusCode === 404 ? 400 : error.statusCode });
      }
      throw error;
    }
    return reply.redirect(`${request.base}${BASE}?melding=toegewezen`, 303);
  });

  // ————— The case page —————

  async function loadCase(request: FastifyRequest, tx: Tx, actor: Actor, id: string): Promise<CaseData | undefined> {
    const zaak = await zaken.getZaak(tx, actor, id);
    if (!zaak) return undefined;
    const zaaktype = (await getZaaktype(tx, zaak.zaaktype))!;
    const rollen = await zaken.listRollen(tx, actor, zaak.id);
    const initiator = rollen.find((r) => r.omschrijvingGeneriek === 'initiator');
    let andere: ZaakListItem[] = [];
    if (initiator?.betrokkeneType === 'natuurlijk_persoon' && initiator.betrokkeneIdentificatie.inpBsn) andere = await zaken.zakenOfPerson(tx, actor, initiator.betrokkeneIdentificatie.inpBsn);
    else if ((initiator?.betrokkeneType === 'niet_natuurlijk_persoon' || initiator?.betrokkeneType === 'vestiging') && initiator.betrokkeneIdentificatie.kvkNummer) andere = await zaken.zakenOfCompany(tx, actor, initiator.betrokkeneIdentificatie.kvkNummer);
    const zios = await zaken.listZaakinformatieobjecten(tx, actor, zaak.id);
    const documents = zios.length ? await zaken.documentenForHandling.getMany(tx, actor, zios.map((z) => z.informatieobject)) : [];
    const related = [];
    for (const r of zaak.relevanteAndereZaken) {
      const other = r.zaak ? await zaken.getZaak(tx, actor, r.zaak) : undefined;
      related.push({ id: other?.id ?? null, identificatie: other?.identificatie ?? r.url ?? '', aard: r.aardRelatie });
    }
    return {
      zaak, zaaktype, rollen, andere: andere.filter((z) => z.id !== zaak.id),
      statussen: await zaken.listStatussen(tx, actor, zaak.id),
      resultaat: (await zaken.getResultaat(tx, actor, zaak.id)) ?? null,
      timeline: await zaken.timeline(tx, actor, zaak.id),
      eigenschappen: await zaken.listEigenschappen(tx, actor, zaak.id),
      documenten: zios.map((z) => ({ zio: z, document: documents.find((d) => d.id === z.informatieobject) })),
      notities: await zaken.listNotes(tx, actor, zaak.id),
      related,
      verzoeken: await zaken.listInformatieverzoeken(tx, actor, zaak.id),
      taken: await zaken.listTaken(tx, actor, { zaakId: zaak.id }),
      gesprekken: await zaken.listGesprekken(tx, actor, zaak.id),
      assessments: await listAssessments(tx, actor, zaak.id, zaken),
      today: dateInNl(),
    };
  }

  async function renderCase(request: FastifyRequest, reply: FastifyReply, state?: ActionState, status = 200) {
    const actor = actorOf(request, 'zaken.lezen');
    const { id } = request.params as { id: string };
    const data = await inTenant(request, (tx) => loadCase(request, tx, actor, id));
    if (!data) return renderError(request, reply, platform, 404);
    const permissions = request.staff?.permissions ?? new Set<Permission>();
    const melding = (request.query as Record<string, unknown>).melding;
    return sendHtml(reply, <CasePage ctx={pageContext(request, reply, platform)} data={data} state={state} me={userId(request)}
      can={{ handle: permissions.has('zaken.behandelen'), assign: permissions.has('zaken.toewijzen'), note: permissions.has('zaken.behandelen') || permissions.has('zaken.aanmaken') }}
      colleagues={permissions.has('zaken.toewijzen') ? await colleagues(request) : []} notice={typeof melding === 'string' && melding ? 'done' : undefined} />, status);
  }

  app.get(`${BASE}/:id`, route('zaken.lezen'), async (request, reply) => renderCase(request, reply));

  app.get(`${BASE}/:id/documenten/:documentId`, route('zaken.lezen'), async (request, reply) => {
    const actor = actorOf(request, 'zaken.lezen');
    const { id, documentId } = request.params as { id: string; documentId: string };
    const content = await inTenant(request, async (tx) => {
      const zios = await zaken.listZaakinformatieobjecten(tx, actor, id);
      if (!zios.some((z) => z.informatieobject === documentId)) return undefined;
      return zaken.documentenForHandling.getContent(tx, actor, documentId);
    });
    if (!content) return renderError(request, reply, platform, 404);
    const inline = /^(application\/pdf|image\/(png|jpeg|gif|webp))$/.test(content.formaat) && (request.query as Record<string, unknown>).download === undefined;
    const name = (content.bestandsnaam || 'document').replace(/[^\w.\- ]/g, '_');
    return reply.header('content-type', inline ? content.formaat : 'application/octet-stream').header('x-content-type-options', 'nosniff')
      .header('content-disposition', `${inline ? 'inline' : 'attachment'}; filename="${name}"`).header('cache-control', 'private, no-store').send(content.content);
  });

  /** Runs an action on the zaak; on bad input the case page comes back with the errors and what was typed. */
  function action<P = undefined>(path: string, permission: Permission, name: string, fields: Record<string, string>, run: (tx: Tx, actor: Actor, id: string, values: Values, request: FastifyRequest, prepared: P) => Promise<void | { pdf: Buffer }>,
    /** Work done before the action's transaction (never nest a transaction inside it: PGlite has one connection). */
    prepare?: (request: FastifyRequest) => Promise<P>) {
    app.post(`${BASE}/:id/${path}`, route(permission), async (request, reply) => {
      const actor = actorOf(request, permission);
      const { id } = request.params as { id: string };
      const values = valuesOf(request);
      const exists = await inTenant(request, (tx) => zaken.getZaak(tx, actor.kind === 'staff' && !actor.permissions.has('zaken.lezen') ? SYSTEM : actor, id));
      if (!exists) return renderError(request, reply, platform, 404);
      try {
        const prepared = (prepare ? await prepare(request) : undefined) as P;
        const result = await inTenant(request, (tx) => run(tx, actor, id, values, request, prepared));
        if (result && 'pdf' in result) return reply.header('content-type', 'application/pdf').header('content-disposition', 'inline; filename="voorbeeld-besluit.pdf"').header('cache-control', 'no-store').send(result.pdf);
      } catch (error) {
        if (error instanceof HttpError && (error.statusCode === 400 || error.statusCode === 409 || (error.statusCode === 404 && error.message !== 'Zaak niet gevonden.'))) {
          const first = Object.values(fields)[0]!;
          const errors = error.invalidParams.length
            ? error.invalidParams.map((p) => ({ field: fields[p.name] ?? fields[p.name.split('.')[0]!] ?? first, message: p.reason }))
            : [{ field: first, message: error.message }];
          return renderCase(request, reply, { action: name, values, errors: dedupe(errors) }, 400);
        }
        throw error;
      }
      return reply.redirect(`${request.base}${BASE}/${id}?melding=${name}#${name}`, 303);
    });
  }

  const t = (request: FastifyRequest) => behandelingMessages(request.lang);
  const fieldError = (field: string, message: string) => new HttpError(400, message, [{ name: field, code: 'invalid', reason: message }], 'invalid');

  action('oppakken', 'zaken.behandelen', 'oppakken', { nonFieldErrors: 'oppakken' }, async (tx, actor, id) => {
    if (actor.kind !== 'staff') return;
    await zaken.assign(tx, actor, id, { identificatie: actor.userId, achternaam: actor.name });
  });

  // The colleagues are read before the transaction: platform.staff opens its own.
  action('toewijzen', 'zaken.toewijzen', 'toewijzen', { medewerker: 'toewijzen-medewerker' }, async (tx, actor, id, v, request, candidates) => {
    const colleague = candidates.find((c) => c.id === v.medewerker);
    if (!colleague) throw fieldError('medewerker', t(request)('bulk.noMedewerker'));
    await zaken.assign(tx, actor, id, { identificatie: colleague.id, achternaam: colleague.name });
  }, colleagues);

  action('status', 'zaken.behandelen', 'status', { statustype: 'status-statustype', statustoelichting: 'status-toelichting', toelichting: 'status-toelichting', eigenschappen: 'status-statustype' }, async (tx, actor, id, v, request) => {
    if (!v.statustype) throw fieldError('statustype', t(request)('error.required'));
    await zaken.setStatus(tx, actor, id, v.statustype, { toelichting: v.toelichting ?? '' });
  });

  action('informatie', 'zaken.behandelen', 'informatie', { vraag: 'informatie-vraag', deadline: 'informatie-deadline' }, async (tx, actor, id, v) => {
    await zaken.requestInformation(tx, actor, id, { vraag: v.vraag ?? '', deadline: (v.deadline ?? '').trim() });
  });

  action('gesprek', 'zaken.behandelen', 'gesprek', { datum: 'gesprek-datum', plaats: 'gesprek-plaats', videoLink: 'gesprek-video', toelichting: 'gesprek-toelichting' }, async (tx, actor, id, v, request) => {
    const datum = amsterdamDate((v.datum ?? '').trim(), (v.tijd ?? '').trim());
    if (!datum) throw fieldError('datum', `${t(request)('error.date')} ${t(request)('error.time')}`);
    await zaken.planGesprek(tx, actor, id, { datum, plaats: v.plaats ?? '', videoLink: v.videoLink ?? '', toelichting: v.toelichting ?? '' });
  });

  app.post(`${BASE}/:id/gesprekken/:gesprekId/verslag`, route('zaken.behandelen'), async (request, reply) => {
    const actor = actorOf(request, 'zaken.behandelen');
    const { id, gesprekId } = request.params as { id: string; gesprekId: string };
    const values = valuesOf(request);
    const gesprek = await inTenant(request, async (tx) => (await zaken.listGesprekken(tx, actor, id)).find((g) => g.id === gesprekId));
    if (!gesprek) return renderError(request, reply, platform, 404);
    try {
      await inTenant(request, (tx) => zaken.addGesprekVerslag(tx, actor, gesprekId, { verslag: values.verslag ?? '' }));
    } catch (error) {
      if (error instanceof HttpError && error.statusCode === 400) {
        return renderCase(request, reply, { action: `verslag-${gesprekId}`, values, errors: [{ field: `verslag-${gesprekId}`, message: error.invalidParams[0]?.reason ?? error.message }] }, 400);
      }
      throw error;
    }
    return reply.redirect(`${request.base}${BASE}/${id}?melding=verslag#gesprekken`, 303);
  });

  // A new version of a document of the zaak (multipart: a file input, so a scope of its own).
  void app.register(async (scope) => {
    await acceptMultipartForms(scope, { fileBytes: MAX_VERSION_BYTES, requestBytes: MAX_VERSION_BYTES, files: 1 });
    scope.post(`${BASE}/:id/documenten/:documentId/versie`, route('zaken.behandelen'), async (request, reply) => {
      const actor = actorOf(request, 'zaken.behandelen');
      const { id, documentId } = request.params as { id: string; documentId: string };
      const tr = t(request);
      const field = `versie-${documentId}`;
      const fail = (message: string) => renderCase(request, reply, { action: field, values: {}, errors: [{ field, message }] }, 400);
      const related = isUuid(id) && isUuid(documentId) && await inTenant(request, async (tx) =>
        (await zaken.listZaakinformatieobjecten(tx, actor, id)).some((z) => z.informatieobject === documentId));
      if (!related) return renderError(request, reply, platform, 404);
      const posted = uploadedFiles(request);
      const part = posted?.parts.find((p) => p.fieldname === 'bestand');
      if (posted?.tooLarge || part?.truncated) return fail(tr('versie.tooLarge', { max: '20 MB' }));
      if (!part || !part.content.length) return fail(tr('versie.none'));
      const kind = detectKind(part.content);
      if (!kind) return fail(tr('versie.type', { types: Object.values(KIND_LABELS).join(', ') }));
      try {
        const verdict = await scanner.scan(part.content);
        if (!verdict.clean) return fail(tr('versie.malware'));
      } catch (error) {
        if (error instanceof ScanUnavailableError) return fail(tr('versie.scanUnavailable'));
        throw error;
      }
      await inTenant(request, async (tx) => {
        const documenten = zaken.documentenForHandling;
        const { lock } = await documenten.lock(tx, actor, documentId);
        await documenten.addVersion(tx, actor, documentId, { lock, content: part.content, bestandsnaam: safeFilename(part.filename, kind), formaat: MIME_TYPES[kind] });
        await documenten.unlock(tx, actor, documentId, lock);
      });
      return reply.redirect(`${request.base}${BASE}/${id}?melding=versie#documenten`, 303);
    });
  });

  app.post(`${BASE}/:id/taken/:taakId/afronden`, route('zaken.behandelen'), async (request, reply) => {
    const actor = actorOf(request, 'zaken.behandelen');
    const { id, taakId } = request.params as { id: string; taakId: string };
    const values = valuesOf(request);
    const taak = await inTenant(request, async (tx) => (await zaken.listTaken(tx, actor, { zaakId: id })).find((x) => x.id === taakId));
    if (!taak) return renderError(request, reply, platform, 404);
    try {
      await inTenant(request, (tx) => zaken.completeTaak(tx, actor, taakId, { toelichting: values.toelichting ?? '' }));
    } catch (error) {
      if (error instanceof HttpError && error.statusCode === 400) {
        return renderCase(request, reply, { action: `taak-${taakId}`, values, errors: [{ field: `taak-${taakId}`, message: error.invalidParams[0]?.reason ?? error.message }] }, 400);
      }
      throw error;
    }
    return reply.redirect(`${request.base}${BASE}/${id}?melding=taak#taken`, 303);
  });

  action('verlengen', 'zaken.behandelen', 'verlengen', { reden: 'verlengen-reden', duur: 'verlengen-dagen', dagen: 'verlengen-dagen', verlenging: 'verlengen-dagen' }, async (tx, actor, id, v, request) => {
    const dagen = (v.dagen ?? '').trim();
    if (!/^\d{1,3}$/.test(dagen) || Number(dagen) < 1) throw fieldError('dagen', t(request)('error.days'));
    await zaken.extend(tx, actor, id, v.reden ?? '', `P${Number(dagen)}D`);
  });

  action('resultaat', 'zaken.behandelen', 'resultaat', { resultaattype: 'resultaat-resultaattype', toelichting: 'resultaat-toelichting' }, async (tx, actor, id, v, request) => {
    if (!v.resultaattype) throw fieldError('resultaattype', t(request)('error.required'));
    await zaken.setResultaat(tx, actor, id, v.resultaattype, { toelichting: v.toelichting ?? '' });
  });

  action('besluit', 'zaken.behandelen', 'besluit', { besluittypeId: 'besluit-type', resultaattypeId: 'besluit-resultaat', resultaattype: 'besluit-resultaat', toelichting: 'besluit-toelichting', ingangsdatum: 'besluit-ingang', vervaldatum: 'besluit-verval' }, async (tx, actor, id, v, request) => {
    const input: DecisionInput = { besluittypeId: v.besluittypeId ?? '', resultaattypeId: v.resultaattypeId || undefined, toelichting: v.toelichting ?? '', ingangsdatum: (v.ingangsdatum ?? '').trim(), vervaldatum: (v.vervaldatum ?? '').trim() || undefined };
    if (v.actie === 'voorbeeld') return { pdf: await beschikkingen.previewDecision(tx, actor, id, input) };
    // A result whose archive date follows the decision's end date: without one the zaak could never be closed.
    if (input.resultaattypeId && !input.vervaldatum) {
      const zaak = (await zaken.getZaak(tx, actor, id))!;
      const resultaattype = (await getZaaktype(tx, zaak.zaaktype))?.resultaattypen.find((r) => r.id === input.resultaattypeId);
      if (resultaattype?.brondatumArchiefprocedure?.afleidingswijze === 'vervaldatum_besluit') throw fieldError('vervaldatum', t(request)('error.vervaldatum'));
    }
    await beschikkingen.takeDecision(tx, actor, id, input);
  });

  action('afsluiten', 'zaken.behandelen', 'afsluiten', { statustype: 'afsluiten-toelichting', resultaat: 'afsluiten-toelichting', toelichting: 'afsluiten-toelichting', nonFieldErrors: 'afsluiten-toelichting' }, async (tx, actor, id, v) => {
    const zaak = (await zaken.getZaak(tx, actor, id))!;
    const zaaktype = (await getZaaktype(tx, zaak.zaaktype))!;
    const eind = zaaktype.statustypen.find((s) => s.isEindstatus)!;
    await zaken.setStatus(tx, actor, id, eind.id, { toelichting: v.toelichting ?? '' });
  });

  action('notitie', 'zaken.aanmaken', 'notitie', { tekst: 'notitie-tekst' }, async (tx, actor, id, v) => {
    await zaken.addNote(tx, actor, id, v.tekst ?? '');
  });
}

function dedupe(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => (seen.has(`${e.field}|${e.message}`) ? false : (seen.add(`${e.field}|${e.message}`), true)));
}
