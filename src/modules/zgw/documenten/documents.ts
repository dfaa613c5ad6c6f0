/**
 * /enkelvoudiginformatieobjecten: list, create (base64 `inhoud`, or `bestandsomvang` for an
 * upload in bestandsdelen), read (a version by `versie` or `registratieOp`), PUT/PATCH with the
 * lock (drc-009, drc-010), delete (drc-008), download, lock/unlock, _zoek and the audit trail;
 * /bestandsdelen/{uuid} (multipart). Content is checked before it is stored: its type by its
 * bytes where `formaat` claims a type we recognise, and for malware.
 */
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { getInformatieobjecttype } from '../../catalogi/index.js';
import { BESTANDSDEEL_BYTES, MAX_INLINE_BYTES, type Document } from '../../documenten/index.js';
import { detectKind, scannerFromEnv, type MalwareScanner } from '../../forms/index.js';
import { MIME_TYPES, ScanUnavailableError } from '../../forms/uploads.js';
import { validatieFout, ZgwError, zgwNotFound } from '../core/errors.js';
import { Fields } from '../core/fields.js';
import { paginate, Query } from '../core/lists.js';
import type { ZgwContext } from '../core/plugin.js';
import { readEio } from './input.js';
import { auditJson, bestandsdeelJson, eioJson, expandDocument, parseExpand, TypeCache } from './serialize.js';
import { accessFor, actorOf, allows, inTenant, pathUuid, requireAllowed, sendWithEtag, service } from './shared.js';

/** Base64 of the largest content plus room for the metadata. */
export const INHOUD_BODY_LIMIT = Math.ceil(MAX_INLINE_BYTES / 3) * 4 + 1024 * 1024;

/**
 * The content check before storing: a `formaat` we recognise must match the bytes (magic
 * bytes), and no malware (the platform's scanner: ClamAV, or the embedded EICAR check).
 */
export function contentChecker(scanner: MalwareScanner) {
  return async (content: Buffer, formaat: string | undefined): Promise<void> => {
    if (!content.length) return;
    const claimed = (formaat ?? '').split(';')[0]!.trim().toLowerCase();
    const known = Object.entries(MIME_TYPES).find(([, mime]) => mime === claimed);
    if (known && detectKind(content) !== known[0]) {
      throw validatieFout([{ name: 'formaat', code: 'formaat-komt-niet-overeen', reason: `De inhoud is geen ${claimed}: het bestand past niet bij het opgegeven formaat.` }]);
    }
    let verdict;
    try {
      verdict = await scanner.scan(content);
    } catch (error) {
      if (error instanceof ScanUnavailableError) throw new ZgwError(503, 'scan_unavailable', 'Het bestand kon nu niet op virussen worden gecontroleerd. Probeer het later opnieuw.');
      throw error;
    }
    if (!verdict.clean) throw validatieFout([{ name: 'inhoud', code: 'malware', reason: 'Het bestand bevat een virus of ander schadelijk programma en is niet opgeslagen.' }]);
  };
}

export async function registerDocumentRoutes(app: FastifyInstance, ctx: ZgwContext, options: { scanner?: MalwareScanner } = {}): Promise<void> {
  const documenten = service(ctx);
  const check = contentChecker(options.scanner ?? scannerFromEnv());
  const root = '/enkelvoudiginformatieobjecten';

  /** The document (latest version) the client may use with one of these scopes; 404 / 403. */
  const loadAllowed = async (tx: Parameters<Parameters<typeof inTenant>[2]>[0], request: FastifyRequest, id: string, scopes: Parameters<typeof requireAllowed>[1]): Promise<Document> => {
    const document = await documenten.getDocument(tx, actorOf(request), id);
    if (!document) throw zgwNotFound();
    requireAllowed(request, scopes, document);
    return document;
  };

  /** A page of documents as JSON: the bestandsdelen in one query, types for expand fetched once each. */
  const pageJson = async (tx: Parameters<Parameters<typeof inTenant>[2]>[0], request: FastifyRequest, results: Document[], expand: ReturnType<typeof parseExpand>) => {
    const parts = await documenten.bestandsdelenOf(tx, results.filter((d) => d.locked).map((d) => d.id));
    const types = new TypeCache(tx);
    return Promise.all(results.map((d) => expandDocument(ctx, request, eioJson(ctx, request, d, parts.get(d.id)), d, expand, types)));
  };

  app.get(root, { config: { access: { zgw: 'documenten.lezen' } } }, async (request) => {
    const q = new Query(request, ctx.slug(request), ['identificatie', 'bronorganisatie', 'trefwoorden', 'expand', 'page']);
    const identificatie = q.string('identificatie', { max: 40 });
    const bronorganisatie = q.string('bronorganisatie', { max: 9 });
    const trefwoorden = q.list('trefwoorden');
    const page = q.page();
    q.done();
    const expand = parseExpand((request.query as Record<string, unknown>).expand, 'enkelvoudiginformatieobject', { list: true });
    return inTenant(ctx, request, async (tx) => {
      const { count, results } = await documenten.listDocuments(tx, actorOf(request), {
        ...(identificatie !== undefined ? { identificatie } : {}), ...(bronorganisatie !== undefined ? { bronorganisatie } : {}),
        ...(trefwoorden?.length ? { trefwoorden } : {}), access: accessFor(request, 'documenten.lezen'), page,
      });
      return paginate(request, ctx.root(request), page, count, await pageJson(tx, request, results, expand));
    });
  });

  app.post(`${root}/_zoek`, { config: { access: { zgw: 'documenten.lezen' } } }, async (request) => {
    const q = new Query(request, ctx.slug(request), ['page']);
    const page = q.page();
    q.done();
    const body = request.body;
    if (!body || (typeof body === 'object' && !Array.isArray(body) && !Object.keys(body).length)) {
      throw validatieFout([{ name: 'nonFieldErrors', code: 'empty_search_body', reason: 'Geef zoekparameters op.' }]);
    }
    const f = new Fields(body, ctx.slug(request));
    const uuids = f.array('uuid__in', { required: true, max: 10_000 });
    if (uuids && !uuids.every((u) => typeof u === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(u))) f.add('uuid__in', 'invalid', 'Elk element moet een geldige UUID zijn.');
    const identificatie = f.string('identificatie', { max: 40 });
    const bronorganisatie = f.string('bronorganisatie', { max: 9 });
    const expandValue = f.string('expand', { max: 500, blank: true });
    f.done(['uuid__in', 'identificatie', 'bronorganisatie', 'expand']);
    const expand = parseExpand(expandValue ?? undefined, 'enkelvoudiginformatieobject', { list: true });
    return inTenant(ctx, request, async (tx) => {
      const { count, results } = await documenten.listDocuments(tx, actorOf(request), {
        ids: (uuids as string[]).map((u) => u.toLowerCase()),
        ...(identificatie ? { identificatie } : {}), ...(bronorganisatie ? { bronorganisatie } : {}),
        access: accessFor(request, 'documenten.lezen'), page,
      });
      return paginate(request, ctx.root(request), page, count, await pageJson(tx, request, results, expand));
    });
  });

  app.post(root, { bodyLimit: INHOUD_BODY_LIMIT, config: { access: { zgw: 'documenten.aanmaken' } } }, async (request, reply) => {
    const { input, content, bestandsomvang } = readEio(request.body, ctx.slug(request), 'create');
    if (content) await check(content, input.formaat);
    const created = await inTenant(ctx, request, async (tx) => {
      const type = await getInformatieobjecttype(tx, input.informatieobjecttype!);
      requireAllowed(request, ['documenten.aanmaken'], {
        informatieobjecttype: input.informatieobjecttype!, vertrouwelijkheidaanduiding: input.vertrouwelijkheidaanduiding ?? type?.vertrouwelijkheidaanduiding ?? 'zeer_geheim',
      });
      const document = await documenten.createDocument(tx, actorOf(request), {
        ...(input as Required<Pick<typeof input, 'titel' | 'auteur' | 'informatieobjecttype'>> & typeof input),
        ...(content ? { content } : {}), ...(bestandsomvang !== undefined ? { bestandsomvang } : {}),
      });
      const parts = document.locked ? (await documenten.bestandsdelenOf(tx, [document.id])).get(document.id) : [];
      const json: Record<string, unknown> = { ...eioJson(ctx, request, document, parts, document.lock), lock: document.lock };
      return json;
    });
    return reply.code(201).header('Location', created.url as string).send(created);
  });

  app.get(`${root}/:uuid`, { config: { access: { zgw: 'documenten.lezen' } } }, async (request, reply) => {
    const id = pathUuid(request);
    const q = new Query(request, ctx.slug(request), ['versie', 'registratieOp', 'expand']);
    const versie = q.integer('versie', { min: 1 });
    const registratieOp = q.dateTime('registratieOp');
    q.done();
    const expand = parseExpand((request.query as Record<string, unknown>).expand, 'enkelvoudiginformatieobject', { list: false });
    const body = await inTenant(ctx, request, async (tx) => {
      const latest = await loadAllowed(tx, request, id, ['documenten.lezen']);
      const document = versie === undefined && registratieOp === undefined ? latest
        : await documenten.getDocument(tx, actorOf(request), id, { ...(versie !== undefined ? { versie } : {}), ...(registratieOp ? { registratieOp } : {}) });
      if (!document) throw zgwNotFound('Deze versie van het document bestaat niet.');
      requireAllowed(request, ['documenten.lezen'], document);
      const parts = document.versie === document.laatsteVersie && document.locked ? (await documenten.bestandsdelenOf(tx, [id])).get(id) : [];
      return expandDocument(ctx, request, eioJson(ctx, request, document, parts), document, expand, new TypeCache(tx));
    });
    return sendWithEtag(request, reply, body);
  });

  const update = (mode: 'update' | 'partial') => async (request: FastifyRequest) => {
    const id = pathUuid(request);
    const { input, content, bestandsomvang, lock } = readEio(request.body, ctx.slug(request), mode);
    if (content) await check(content, input.formaat);
    return inTenant(ctx, request, async (tx) => {
      const current = await loadAllowed(tx, request, id, ['documenten.bijwerken', 'documenten.geforceerd-bijwerken']);
      const next = { informatieobjecttype: input.informatieobjecttype ?? current.informatieobjecttype, vertrouwelijkheidaanduiding: input.vertrouwelijkheidaanduiding ?? current.vertrouwelijkheidaanduiding };
      requireAllowed(request, ['documenten.bijwerken', 'documenten.geforceerd-bijwerken'], next);
      // PUT replaces the resource: what is left out gets its empty value (and no content).
      const changes = mode === 'update'
        ? { status: '' as const, formaat: '', bestandsnaam: '', link: '', beschrijving: '', ontvangstdatum: null, verzenddatum: null, verschijningsvorm: '', ondertekening: null, integriteit: null, trefwoorden: [], ...input, content: content ?? null }
        : { ...input, ...(content !== undefined ? { content } : {}) };
      const document = await documenten.addVersion(tx, actorOf(request), id, {
        ...changes, lock: lock ?? '', ...(bestandsomvang !== undefined ? { bestandsomvang } : {}),
      }, { actie: mode === 'update' ? 'update' : 'partial_update' });
      const parts = (await documenten.bestandsdelenOf(tx, [id])).get(id);
      return eioJson(ctx, request, document, parts, lock);
    });
  };
  app.put(`${root}/:uuid`, { bodyLimit: INHOUD_BODY_LIMIT, config: { access: { zgw: 'documenten.bijwerken | documenten.geforceerd-bijwerken' } } }, update('update'));
  app.patch(`${root}/:uuid`, { bodyLimit: INHOUD_BODY_LIMIT, config: { access: { zgw: 'documenten.bijwerken | documenten.geforceerd-bijwerken' } } }, update('partial'));

  app.delete(`${root}/:uuid`, { config: { access: { zgw: 'documenten.verwijderen' } } }, async (request, reply) => {
    const id = pathUuid(request);
    await inTenant(ctx, request, async (tx) => {
      await loadAllowed(tx, request, id, ['documenten.verwijderen']);
      await documenten.deleteDocument(tx, actorOf(request), id);
    });
    return reply.code(204).send();
  });

  app.get(`${root}/:uuid/download`, { config: { access: { zgw: 'documenten.lezen' } } }, async (request, reply) => {
    const id = pathUuid(request);
    const q = new Query(request, ctx.slug(request), ['versie', 'registratieOp']);
    const versie = q.integer('versie', { min: 1 });
    const registratieOp = q.dateTime('registratieOp');
    q.done();
    const found = await inTenant(ctx, request, async (tx) => {
      await loadAllowed(tx, request, id, ['documenten.lezen']);
      const document = await documenten.getDocument(tx, actorOf(request), id, { ...(versie !== undefined ? { versie } : {}), ...(registratieOp ? { registratieOp } : {}) });
      if (!document) throw zgwNotFound('Deze versie van het document bestaat niet.');
      requireAllowed(request, ['documenten.lezen'], document);
      return documenten.getContent(tx, actorOf(request), id, document.versie);
    });
    if (!found) throw zgwNotFound('Dit document heeft (in deze versie) geen inhoud.');
    const name = (found.bestandsnaam || 'document').replace(/[^\w.\- ]/g, '_').slice(0, 200);
    return reply.type('application/octet-stream').header('Content-Disposition', `attachment; filename="${name}"`).send(found.content);
  });

  app.post(`${root}/:uuid/lock`, { config: { access: { zgw: 'documenten.lock' } } }, async (request) => {
    const id = pathUuid(request);
    return inTenant(ctx, request, async (tx) => {
      await loadAllowed(tx, request, id, ['documenten.lock']);
      return documenten.lock(tx, actorOf(request), id);
    });
  });

  app.post(`${root}/:uuid/unlock`, { config: { access: { zgw: 'documenten.lock | documenten.geforceerd-unlock' } } }, async (request, reply) => {
    const id = pathUuid(request);
    const f = new Fields(request.body ?? {}, ctx.slug(request));
    const lock = f.string('lock', { max: 100, blank: true });
    f.done(['lock']);
    await inTenant(ctx, request, async (tx) => {
      const document = await loadAllowed(tx, request, id, ['documenten.lock', 'documenten.geforceerd-unlock']);
      // drc-009: a client with documenten.geforceerd-unlock for this document unlocks without the
      // lock id; whoever gives a lock id unlocks normally (the lock and a complete upload are checked).
      const force = !lock && allows(request, ['documenten.geforceerd-unlock'], document);
      await documenten.unlock(tx, actorOf(request), id, lock ?? undefined, { force, check: (content) => check(content, document.formaat) });
    });
    return reply.code(204).send();
  });

  // The audit trail of a document (and of its gebruiksrechten, relations and verzendingen).
  app.get(`${root}/:eio/audittrail`, { config: { access: { zgw: 'audittrails.lezen' } } }, async (request) => {
    const id = (request.params as { eio: string }).eio;
    new Query(request, ctx.slug(request), []).done();
    return inTenant(ctx, request, async (tx) => {
      const document = /^[0-9a-f-]{36}$/i.test(id) ? await documenten.getDocument(tx, actorOf(request), id) : undefined;
      if (!document) return [];
      requireAllowed(request, ['audittrails.lezen'], document);
      return (await documenten.auditTrail(tx, actorOf(request), id)).map((a) => auditJson(ctx, request, a));
    });
  });

  app.get(`${root}/:eio/audittrail/:uuid`, { config: { access: { zgw: 'audittrails.lezen' } } }, async (request, reply) => {
    const id = pathUuid(request, 'eio');
    const auditId = pathUuid(request);
    const body = await inTenant(ctx, request, async (tx) => {
      const document = await documenten.getDocument(tx, actorOf(request), id);
      if (!document) throw zgwNotFound();
      requireAllowed(request, ['audittrails.lezen'], document);
      const [entry] = await documenten.auditTrail(tx, actorOf(request), id, { id: auditId });
      if (!entry) throw zgwNotFound();
      return auditJson(ctx, request, entry);
    });
    return sendWithEtag(request, reply, body);
  });

  // ————— Bestandsdelen: multipart/form-data with `inhoud` (the part's bytes) and `lock` —————
  await app.register(async (scope) => {
    if (!scope.hasContentTypeParser('multipart/form-data')) {
      await scope.register(multipart, { throwFileSizeLimit: false, limits: { fileSize: BESTANDSDEEL_BYTES + 1, files: 1, fields: 5, parts: 6, fieldSize: 1024 } });
    }
    scope.put('/bestandsdelen/:uuid', { config: { access: { zgw: 'documenten.bijwerken' }, zgwMultipart: true } }, async (request) => {
      const id = pathUuid(request);
      let lock: string | undefined;
      let content: Buffer | undefined;
      let truncated = false;
      for await (const part of request.parts()) {
        if (part.type === 'field') {
          if (part.fieldname === 'lock' && typeof part.value === 'string') lock = part.value;
          else if (part.fieldname === 'inhoud' && typeof part.value === 'string') content = Buffer.from(part.value, 'latin1');
          continue;
        }
        if (part.fieldname !== 'inhoud') { part.file.resume(); continue; }
        content = await part.toBuffer();
        truncated = part.file.truncated;
      }
      if (!lock) throw validatieFout([{ name: 'lock', code: 'required', reason: 'Dit veld is vereist.' }]);
      return inTenant(ctx, request, async (tx) => {
        const part = await documenten.getBestandsdeel(tx, actorOf(request), id);
        if (!part) throw zgwNotFound();
        await loadAllowed(tx, request, part.informatieobject, ['documenten.bijwerken']);
        if (truncated) throw validatieFout([{ name: 'inhoud', code: 'file-size', reason: `Het bestandsdeel is groter dan de verwachte ${part.omvang} bytes.` }]);
        const stored = await documenten.uploadBestandsdeel(tx, actorOf(request), id, lock!, content);
        const json = bestandsdeelJson(ctx, request, stored, lock!);
        return { url: json.url, lock: lock!, omvang: stored.omvang, voltooid: stored.voltooid, volgnummer: stored.volgnummer };
      });
    });
  });

}
