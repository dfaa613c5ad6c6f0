/**
 * The resources around a document: /gebruiksrechten (drc-006), /objectinformatieobjecten
 * (drc-002 … drc-004: the mirror of zaakinformatieobject and besluitinformatieobject, which the
 * Zaken and Besluiten APIs of this installation lead) and /verzendingen. Every one is allowed
 * or refused by the autorisaties on its document (informatieobjecttype, vertrouwelijkheid).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../../platform/auth/access.js';
import type { Tx } from '../../../platform/db/database.js';
import { besluitenService } from '../../besluiten/index.js';
import type { Document, Gebruiksrecht, Verzending } from '../../documenten/index.js';
import { zakenService } from '../../zaken/index.js';
import { validatieFout, zgwNotFound } from '../core/errors.js';
import { Fields } from '../core/fields.js';
import { paginate, Query } from '../core/lists.js';
import type { ZgwContext } from '../core/plugin.js';
import { parseResourceUrl } from '../core/urls.js';
import { readVerzending } from './input.js';
import { eioJson, expandDocument, gebruiksrechtJson, oioJson, parseExpand, TypeCache, verzendingJson } from './serialize.js';
import { accessFor, actorOf, inTenant, pathUuid, requireAllowed, sendWithEtag, service, type DrcScope } from './shared.js';

/** Reads zaken and besluiten for the checks of drc-002 and drc-004 (not on behalf of the client). */
const SYSTEM: Actor = { kind: 'system', process: 'documenten-api' };

export function registerRelationRoutes(app: FastifyInstance, ctx: ZgwContext): void {
  const documenten = service(ctx);
  const zaken = zakenService(ctx.platform);
  const besluiten = besluitenService(ctx.platform);

  /** The document a body refers to (400 does_not_exist when there is none), allowed for `scope`. */
  const referred = async (tx: Tx, request: FastifyRequest, id: string, scope: DrcScope): Promise<Document> => {
    const document = await documenten.getDocument(tx, actorOf(request), id);
    if (!document) throw validatieFout([{ name: 'informatieobject', code: 'does_not_exist', reason: 'Dit informatieobject bestaat niet.' }]);
    requireAllowed(request, [scope], document);
    return document;
  };

  /** `_expand.informatieobject` (and its informatieobjecttype) for gebruiksrechten and verzendingen. */
  const withDocuments = async (tx: Tx, request: FastifyRequest, items: { json: Record<string, unknown>; informatieobject: string }[], expand: ReturnType<typeof parseExpand>) => {
    if (!expand?.informatieobject) return items.map((i) => i.json);
    const docs = new Map((await documenten.getMany(tx, actorOf(request), [...new Set(items.map((i) => i.informatieobject))])).map((d) => [d.id, d]));
    const parts = await documenten.bestandsdelenOf(tx, [...docs.values()].filter((d) => d.locked).map((d) => d.id));
    const types = new TypeCache(tx);
    return Promise.all(items.map(async (i) => {
      const d = docs.get(i.informatieobject);
      if (!d) throw zgwNotFound('Het informatieobject om uit te breiden is niet gevonden.');
      const embedded = await expandDocument(ctx, request, eioJson(ctx, request, d, parts.get(d.id)), d, expand.informatieobject, types);
      return { ...i.json, _expand: { informatieobject: embedded } };
    }));
  };

  // ————— Gebruiksrechten —————

  const readGebruiksrecht = (request: FastifyRequest, partial: boolean) => {
    const f = new Fields(request.body, ctx.slug(request), { partial });
    const informatieobject = f.ref('informatieobject', 'documenten', 'enkelvoudiginformatieobjecten', { required: true });
    const startdatum = f.dateTime('startdatum', { required: true });
    const einddatum = f.dateTime('einddatum', { nullable: true });
    const omschrijvingVoorwaarden = f.string('omschrijvingVoorwaarden', { required: true, blank: false, max: 10_000 });
    f.done(['url', 'informatieobject', 'startdatum', 'einddatum', 'omschrijvingVoorwaarden']);
    return { informatieobject, startdatum, einddatum, omschrijvingVoorwaarden };
  };

  app.get('/gebruiksrechten', { config: { access: { zgw: 'documenten.lezen' } } }, async (request) => {
    const q = new Query(request, ctx.slug(request), ['informatieobject', 'expand', ...['startdatum', 'einddatum'].flatMap((f) => ['lt', 'lte', 'gt', 'gte'].map((op) => `${f}__${op}`))]);
    const informatieobject = q.ref('informatieobject', 'documenten', 'enkelvoudiginformatieobjecten');
    const range = (field: string) => {
      const out: { lt?: Date; lte?: Date; gt?: Date; gte?: Date } = {};
      for (const op of ['lt', 'lte', 'gt', 'gte'] as const) {
        const value = q.dateTime(`${field}__${op}`);
        if (value) out[op] = value;
      }
      return out;
    };
    const startdatum = range('startdatum');
    const einddatum = range('einddatum');
    q.done();
    const expand = parseExpand((request.query as Record<string, unknown>).expand, 'gebruiksrechten', { list: true });
    return inTenant(ctx, request, async (tx) => {
      const rechten = await documenten.findGebruiksrechten(tx, actorOf(request), {
        ...(informatieobject !== undefined ? { informatieobject } : {}), startdatum, einddatum, access: accessFor(request, 'documenten.lezen'),
      });
      return withDocuments(tx, request, rechten.map((r) => ({ json: gebruiksrechtJson(ctx, request, r), informatieobject: r.informatieobject })), expand);
    });
  });

  app.post('/gebruiksrechten', { config: { access: { zgw: 'documenten.aanmaken' } } }, async (request, reply) => {
    const input = readGebruiksrecht(request, false);
    const json = await inTenant(ctx, request, async (tx) => {
      const document = await referred(tx, request, input.informatieobject!, 'documenten.aanmaken');
      const recht = await documenten.addGebruiksrecht(tx, actorOf(request), document.id, {
        startdatum: input.startdatum!, einddatum: input.einddatum ?? null, omschrijvingVoorwaarden: input.omschrijvingVoorwaarden!,
      });
      return gebruiksrechtJson(ctx, request, recht);
    });
    return reply.code(201).header('Location', json.url as string).send(json);
  });

  /** Gebruiksrechten the client may use with this scope (by their document); 404 / 403. */
  const loadRecht = async (tx: Tx, request: FastifyRequest, scope: DrcScope): Promise<{ recht: Gebruiksrecht; document: Document }> => {
    const found = await documenten.getGebruiksrecht(tx, actorOf(request), pathUuid(request));
    if (!found) throw zgwNotFound();
    requireAllowed(request, [scope], found.document);
    return found;
  };

  app.get('/gebruiksrechten/:uuid', { config: { access: { zgw: 'documenten.lezen' } } }, async (request, reply) => {
    const q = new Query(request, ctx.slug(request), ['expand']);
    q.done();
    const expand = parseExpand((request.query as Record<string, unknown>).expand, 'gebruiksrechten', { list: false });
    const body = await inTenant(ctx, request, async (tx) => {
      const { recht } = await loadRecht(tx, request, 'documenten.lezen');
      const [json] = await withDocuments(tx, request, [{ json: gebruiksrechtJson(ctx, request, recht), informatieobject: recht.informatieobject }], expand);
      return json;
    });
    return sendWithEtag(request, reply, body);
  });

  const updateRecht = (partial: boolean) => async (request: FastifyRequest) => {
    const input = readGebruiksrecht(request, partial);
    return inTenant(ctx, request, async (tx) => {
      const { recht } = await loadRecht(tx, request, 'documenten.bijwerken');
      if (input.informatieobject && input.informatieobject !== recht.informatieobject) {
        throw validatieFout([{ name: 'informatieobject', code: 'wijzigen-niet-toegestaan', reason: 'Het informatieobject van gebruiksrechten kan niet veranderen.' }]);
      }
      const updated = await documenten.updateGebruiksrecht(tx, actorOf(request), recht.id, {
        ...(input.startdatum ? { startdatum: input.startdatum } : {}), ...(input.einddatum !== undefined ? { einddatum: input.einddatum } : partial ? {} : { einddatum: null }),
        ...(input.omschrijvingVoorwaarden ? { omschrijvingVoorwaarden: input.omschrijvingVoorwaarden } : {}),
      }, { actie: partial ? 'partial_update' : 'update' });
      return gebruiksrechtJson(ctx, request, updated);
    });
  };
  app.put('/gebruiksrechten/:uuid', { config: { access: { zgw: 'documenten.bijwerken' } } }, updateRecht(false));
  app.patch('/gebruiksrechten/:uuid', { config: { access: { zgw: 'documenten.bijwerken' } } }, updateRecht(true));

  app.delete('/gebruiksrechten/:uuid', { config: { access: { zgw: 'documenten.verwijderen' } } }, async (request, reply) => {
    await inTenant(ctx, request, async (tx) => {
      const { recht } = await loadRecht(tx, request, 'documenten.verwijderen');
      await documenten.removeGebruiksrecht(tx, actorOf(request), recht.id);
    });
    return reply.code(204).send();
  });

  // ————— Objectinformatieobjecten —————

  /** A zaak or besluit URL of this municipality as (type, id); undefined when it is neither. */
  const objectOf = (slug: string, url: string): { objectType: 'zaak' | 'besluit'; id: string } | undefined => {
    const zaak = parseResourceUrl(slug, url, 'zaken', 'zaken');
    if (zaak.ok && !zaak.sub) return { objectType: 'zaak', id: zaak.id };
    const besluit = parseResourceUrl(slug, url, 'besluiten', 'besluiten');
    if (besluit.ok && !besluit.sub) return { objectType: 'besluit', id: besluit.id };
    return undefined;
  };

  /** drc-004: does the leading API (zaakinformatieobject, besluitinformatieobject) hold this relation? */
  const inSource = async (tx: Tx, objectType: 'zaak' | 'besluit', objectId: string, documentId: string): Promise<boolean> => {
    const relations = objectType === 'zaak' ? await zaken.listZaakinformatieobjecten(tx, SYSTEM, objectId) : await besluiten.listBesluitinformatieobjecten(tx, SYSTEM, objectId);
    return relations.some((r) => r.informatieobject === documentId);
  };

  app.get('/objectinformatieobjecten', { config: { access: { zgw: 'documenten.lezen' } } }, async (request) => {
    const q = new Query(request, ctx.slug(request), ['object', 'informatieobject']);
    const informatieobject = q.ref('informatieobject', 'documenten', 'enkelvoudiginformatieobjecten');
    const objectUrl = q.string('object', { max: 1000 });
    q.done();
    const object = objectUrl === undefined ? undefined : objectOf(ctx.slug(request), objectUrl) ?? null;
    return inTenant(ctx, request, async (tx) => {
      const rows = await documenten.findObjectinformatieobjecten(tx, actorOf(request), {
        ...(informatieobject !== undefined ? { informatieobject } : {}),
        ...(object === null ? { object: null } : object ? { object: object.id, objectType: object.objectType } : {}),
        access: accessFor(request, 'documenten.lezen'),
      });
      return rows.map((r) => oioJson(ctx, request, r));
    });
  });

  app.post('/objectinformatieobjecten', { config: { access: { zgw: 'documenten.aanmaken' } } }, async (request, reply) => {
    const f = new Fields(request.body, ctx.slug(request));
    const informatieobject = f.ref('informatieobject', 'documenten', 'enkelvoudiginformatieobjecten', { required: true });
    const objectType = f.choice('objectType', ['besluit', 'zaak', 'verzoek'] as const, { required: true });
    const objectUrl = f.url('object', { required: true, max: 1000, blank: false });
    let objectId: string | undefined;
    if (objectType === 'verzoek' && objectUrl) f.add('object', 'bad-url', 'Deze installatie heeft geen Verzoeken API; een verzoek kan niet worden gekoppeld.');
    else if (objectType && objectUrl) {
      const parsed = objectType === 'zaak' ? parseResourceUrl(ctx.slug(request), objectUrl, 'zaken', 'zaken') : parseResourceUrl(ctx.slug(request), objectUrl, 'besluiten', 'besluiten');
      if (parsed.ok && !parsed.sub) objectId = parsed.id;
      else f.add('object', parsed.ok ? 'bad-url' : parsed.code, parsed.ok ? 'Dit is geen zaak of besluit.' : parsed.reason);
    }
    f.done(['url', 'informatieobject', 'object', 'objectType']);
    const type = objectType as 'zaak' | 'besluit';
    const json = await inTenant(ctx, request, async (tx) => {
      const document = await documenten.getDocument(tx, actorOf(request), informatieobject!);
      if (!document) throw validatieFout([{ name: 'informatieobject', code: 'does_not_exist', reason: 'Dit informatieobject bestaat niet.' }]);
      requireAllowed(request, ['documenten.aanmaken'], document);
      // drc-002: the object exists (a zaak or besluit of this municipality).
      const exists = type === 'zaak' ? await zaken.getZaak(tx, SYSTEM, objectId!) : await besluiten.getBesluit(tx, SYSTEM, objectId!);
      if (!exists) throw validatieFout([{ name: 'object', code: 'bad-url', reason: `Deze ${type} bestaat niet.` }]);
      // drc-003: the combination is unique.
      const existing = await documenten.findObjectinformatieobjecten(tx, actorOf(request), { informatieobject: document.id, object: objectId!, objectType: type });
      if (existing.length) throw validatieFout([{ name: 'nonFieldErrors', code: 'unique', reason: 'De velden object en informatieobject moeten een unieke set zijn.' }]);
      // drc-004: the leading relation exists; then only its mirror was missing, and is made now.
      if (!(await inSource(tx, type, objectId!, document.id))) {
        throw validatieFout([{ name: 'nonFieldErrors', code: 'inconsistent-relation', reason: `De relatie tussen ${type} en informatieobject bestaat niet in de ${type === 'zaak' ? 'Zaken' : 'Besluiten'} API; maak eerst de ${type}informatieobject.` }]);
      }
      const created = await documenten.addObjectinformatieobject(tx, SYSTEM, { informatieobject: document.id, object: objectId!, objectType: type });
      return oioJson(ctx, request, created);
    });
    return reply.code(201).header('Location', json.url as string).send(json);
  });

  app.get('/objectinformatieobjecten/:uuid', { config: { access: { zgw: 'documenten.lezen' } } }, async (request, reply) => {
    new Query(request, ctx.slug(request), []).done();
    const body = await inTenant(ctx, request, async (tx) => {
      const found = await documenten.getObjectinformatieobject(tx, actorOf(request), pathUuid(request));
      if (!found) throw zgwNotFound();
      requireAllowed(request, ['documenten.lezen'], found.document);
      return oioJson(ctx, request, found.relation);
    });
    return sendWithEtag(request, reply, body);
  });

  app.delete('/objectinformatieobjecten/:uuid', { config: { access: { zgw: 'documenten.verwijderen' } } }, async (request, reply) => {
    await inTenant(ctx, request, async (tx) => {
      const found = await documenten.getObjectinformatieobject(tx, actorOf(request), pathUuid(request));
      if (!found) throw zgwNotFound();
      requireAllowed(request, ['documenten.verwijderen'], found.document);
      const { relation } = found;
      // The leading relation goes first (through the Zaken or Besluiten API), which removes this mirror too.
      if (relation.objectType !== 'verzoek' && await inSource(tx, relation.objectType, relation.object, relation.informatieobject)) {
        throw validatieFout([{ name: 'nonFieldErrors', code: 'remote-relation-exists', reason: `De ${relation.objectType}informatieobject bestaat nog; verwijder die eerst, dan verdwijnt deze relatie vanzelf.` }]);
      }
      await documenten.removeObjectinformatieobject(tx, SYSTEM, relation);
    });
    return reply.code(204).send();
  });

  // ————— Verzendingen —————

  const loadVerzending = async (tx: Tx, request: FastifyRequest, scope: DrcScope): Promise<{ verzending: Verzending; document: Document }> => {
    const found = await documenten.getVerzending(tx, actorOf(request), pathUuid(request));
    if (!found) throw zgwNotFound();
    requireAllowed(request, [scope], found.document);
    return found;
  };

  app.get('/verzendingen', { config: { access: { zgw: 'documenten.lezen' } } }, async (request) => {
    const q = new Query(request, ctx.slug(request), ['aardRelatie', 'informatieobject', 'betrokkene', 'expand', 'page']);
    const aardRelatie = q.choice('aardRelatie', ['afzender', 'geadresseerde'] as const);
    const informatieobject = q.ref('informatieobject', 'documenten', 'enkelvoudiginformatieobjecten');
    const betrokkene = q.string('betrokkene', { max: 1000 });
    const page = q.page();
    q.done();
    const expand = parseExpand((request.query as Record<string, unknown>).expand, 'verzending', { list: true });
    return inTenant(ctx, request, async (tx) => {
      const { count, results } = await documenten.findVerzendingen(tx, actorOf(request), {
        ...(aardRelatie ? { aardRelatie } : {}), ...(informatieobject !== undefined ? { informatieobject } : {}), ...(betrokkene !== undefined ? { betrokkene } : {}),
        access: accessFor(request, 'documenten.lezen'), page,
      });
      const json = await withDocuments(tx, request, results.map((v) => ({ json: verzendingJson(ctx, request, v), informatieobject: v.informatieobject })), expand);
      return paginate(request, ctx.root(request), page, count, json);
    });
  });

  app.post('/verzendingen', { config: { access: { zgw: 'documenten.aanmaken' } } }, async (request, reply) => {
    const input = readVerzending(request.body, ctx.slug(request), false);
    const json = await inTenant(ctx, request, async (tx) => {
      await referred(tx, request, input.informatieobject!, 'documenten.aanmaken');
      const verzending = await documenten.addVerzending(tx, actorOf(request), input as Parameters<typeof documenten.addVerzending>[2]);
      return verzendingJson(ctx, request, verzending);
    });
    return reply.code(201).header('Location', json.url as string).send(json);
  });

  app.get('/verzendingen/:uuid', { config: { access: { zgw: 'documenten.lezen' } } }, async (request, reply) => {
    const q = new Query(request, ctx.slug(request), ['expand']);
    q.done();
    const expand = parseExpand((request.query as Record<string, unknown>).expand, 'verzending', { list: false });
    const body = await inTenant(ctx, request, async (tx) => {
      const { verzending } = await loadVerzending(tx, request, 'documenten.lezen');
      const [json] = await withDocuments(tx, request, [{ json: verzendingJson(ctx, request, verzending), informatieobject: verzending.informatieobject }], expand);
      return json;
    });
    return sendWithEtag(request, reply, body);
  });

  const updateVerzending = (partial: boolean) => async (request: FastifyRequest) => {
    const input = readVerzending(request.body, ctx.slug(request), partial);
    return inTenant(ctx, request, async (tx) => {
      const { verzending } = await loadVerzending(tx, request, 'documenten.bijwerken');
      if (input.informatieobject && input.informatieobject !== verzending.informatieobject) await referred(tx, request, input.informatieobject, 'documenten.bijwerken');
      // PUT replaces: optional fields left out become empty.
      const changes = partial ? input : {
        toelichting: '', ontvangstdatum: null, verzenddatum: null, contactpersoonnaam: '', binnenlandsCorrespondentieadres: null, buitenlandsCorrespondentieadres: null,
        correspondentiePostadres: null, faxnummer: null, emailadres: null, mijnOverheid: false, telefoonnummer: null, ...input,
      };
      const updated = await documenten.updateVerzending(tx, actorOf(request), verzending.id, changes, { actie: partial ? 'partial_update' : 'update' });
      return verzendingJson(ctx, request, updated);
    });
  };
  app.put('/verzendingen/:uuid', { config: { access: { zgw: 'documenten.bijwerken' } } }, updateVerzending(false));
  app.patch('/verzendingen/:uuid', { config: { access: { zgw: 'documenten.bijwerken' } } }, updateVerzending(true));

  app.delete('/verzendingen/:uuid', { config: { access: { zgw: 'documenten.verwijderen' } } }, async (request, reply) => {
    await inTenant(ctx, request, async (tx) => {
      const { verzending } = await loadVerzending(tx, request, 'documenten.verwijderen');
      await documenten.removeVerzending(tx, actorOf(request), verzending.id);
    });
    return reply.code(204).send();
  });
}
