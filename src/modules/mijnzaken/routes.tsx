/**
 * The applicant's pages: /mijn/zaken (list), /mijn/zaken/:id (tracker, questions, documents,
 * appointments, automated assessments), the answer to a question (multipart, files checked by
 * content and for malware), the request for a human review (AVG art. 22), document downloads,
 * and the public track-and-trace page /zaak-volgen/:token for applicants without a login.
 */
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../platform/auth/access.js';
import type { Tx } from '../../platform/db/database.js';
import { pageContext, sendHtml } from '../../platform/http/app.js';
import { HttpError } from '../../platform/http/problem.js';
import type { Platform } from '../../platform/http/types.js';
import { traceFromHeaders } from '../../platform/processing-log/processing-log.js';
import type { FieldError } from '../../platform/ui/forms.js';
import { documentenService } from '../documenten/index.js';
import { detectKind, scannerFromEnv, type MalwareScanner } from '../forms/index.js';
import { listAssessments, zaakByVolglink, zaaktypeOfZaak, zakenService, type ApplicantZaak } from '../zaken/index.js';
import { mijnzakenMessages } from './messages.js';
import { MijnZaakPage, MijnZakenPage, trackerSteps, VolgGonePage, VolgPage, type CasePageProps, type ListItem } from './views.js';

type Resident = Extract<Actor, { kind: 'resident' }>;
type FileKind = NonNullable<ReturnType<typeof detectKind>>;

const MIME: Record<FileKind, string> = {
  pdf: 'application/pdf', png: 'image/png', jpeg: 'image/jpeg', heic: 'image/heic',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text', txt: 'text/plain',
};
const EXTENSION: Record<FileKind, string> = { pdf: 'pdf', png: 'png', jpeg: 'jpg', heic: 'heic', docx: 'docx', xlsx: 'xlsx', odt: 'odt', txt: 'txt' };
/** What a file name's extension promises. */
const EXTENSION_KIND: Record<string, FileKind> = { pdf: 'pdf', png: 'png', jpg: 'jpeg', jpeg: 'jpeg', heic: 'heic', heif: 'heic', docx: 'docx', xlsx: 'xlsx', odt: 'odt', txt: 'txt' };

export const MAX_FILES = 5;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const MAX_REQUEST_FILE_BYTES = 25 * 1024 * 1024;
export const MAX_ANSWER = 10_000;
export const MAX_REVIEW = 3_000;

interface UploadedPart {
  filename: string;
  content: Buffer;
  truncated: boolean;
}

/** Files of a multipart post, beside the (flattened) body. */
const uploads = new WeakMap<FastifyRequest, { parts: UploadedPart[]; tooLarge: boolean; tooMany: boolean }>();

export interface MijnZakenRouteOptions {
  scanner?: MalwareScanner;
}

export async function registerMijnZakenRoutes(app: FastifyInstance, platform: Platform, options: MijnZakenRouteOptions = {}): Promise<void> {
  const zaken = zakenService(platform);
  const documenten = documentenService(platform);
  const scanner = options.scanner ?? scannerFromEnv();
  const resident = { schema: { hide: true }, config: { access: { resident: {} } } } as const;
  const open = { schema: { hide: true }, config: { access: 'public' as const } };

  const actorOf = (request: FastifyRequest): Resident => request.actor as Resident;
  const within = <T,>(request: FastifyRequest, fn: (tx: Tx) => Promise<T>) => platform.database.withTenant(request.tenant!.id, fn);
  const readOptions = (request: FastifyRequest) => ({ trace: traceFromHeaders(request.headers) });

  /** Everything the case page shows, or undefined when it is not the applicant's zaak. */
  const loadCase = async (request: FastifyRequest, id: string): Promise<Omit<CasePageProps, 'ctx'> | undefined> => within(request, async (tx) => {
    const actor = actorOf(request);
    const zaak = await zaken.getMijnZaak(tx, actor, id, readOptions(request));
    if (!zaak) return undefined;
    const zaaktype = await zaaktypeOfZaak(tx, zaak.id);
    const vragen = await zaken.listInformatieverzoeken(tx, actor, zaak.id);
    const gesprekken = await zaken.listGesprekken(tx, actor, zaak.id);
    const assessments = await listAssessments(tx, actor, zaak.id, zaken);
    return { zaak, steps: trackerSteps(zaak, zaaktype?.statustypen ?? []), vragen, gesprekken, assessments };
  });

  const renderCase = async (request: FastifyRequest, reply: FastifyReply, id: string, extra: Partial<CasePageProps> = {}, status = 200) => {
    const data = await loadCase(request, id);
    if (!data) return reply.callNotFound();
    reply.header('Cache-Control', 'no-store');
    return sendHtml(reply, <MijnZaakPage ctx={pageContext(request, reply, platform)} {...data} {...extra} />, status);
  };

  // ————— The list —————

  app.get('/mijn/zaken', resident, async (request, reply) => {
    const items: ListItem[] = await within(request, async (tx) => {
      const actor = actorOf(request);
      const list = await zaken.mijnZaken(tx, actor, readOptions(request));
      const out: ListItem[] = [];
      for (const zaak of list) {
        const vragen = zaak.einddatum ? [] : await zaken.listInformatieverzoeken(tx, actor, zaak.id);
        out.push({ zaak, openVragen: vragen.filter((v) => v.status !== 'beantwoord') });
      }
      return out;
    });
    reply.header('Cache-Control', 'no-store');
    return sendHtml(reply, <MijnZakenPage ctx={pageContext(request, reply, platform)} items={items} />);
  });

  // ————— One case —————

  app.get('/mijn/zaken/:id', resident, async (request, reply) => {
    const { id } = request.params as { id: string };
    const query = request.query as { beantwoord?: string; beoordeling?: string };
    const notice = query.beantwoord !== undefined ? 'beantwoord' as const : query.beoordeling !== undefined ? 'beoordeling' as const : undefined;
    return renderCase(request, reply, id, notice ? { notice } : {});
  });

  app.get('/mijn/zaken/:id/documenten/:document', resident, async (request, reply) => {
    const { id, document } = request.params as { id: string; document: string };
    const content = await within(request, (tx) => zaken.getMijnDocumentContent(tx, actorOf(request), id, document));
    if (!content) return reply.callNotFound();
    const filename = (content.bestandsnaam || 'document').replace(/[^\w.\- ]/g, '_');
    return reply.header('Cache-Control', 'no-store').header('X-Content-Type-Options', 'nosniff')
      .header('Content-Disposition', `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(content.bestandsnaam || 'document')}`)
      .type(content.formaat || 'application/octet-stream').send(content.content);
  });

  app.post('/mijn/zaken/:id/beoordeling', resident, async (request, reply) => {
    const { id } = request.params as { id: string };
    const t = mijnzakenMessages(request.lang);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const toelichting = typeof body.toelichting === 'string' ? body.toelichting.trim() : '';
    const errors: FieldError[] = [];
    if (!toelichting) errors.push({ field: 'toelichting', message: t('review.required') });
    else if (toelichting.length > MAX_REVIEW) errors.push({ field: 'toelichting', message: t('review.tooLong') });
    if (!errors.length) {
      try {
        await within(request, (tx) => zaken.requestHumanReview(tx, actorOf(request), id, { toelichting }));
        return reply.redirect(`${request.base}/mijn/zaken/${id}?beoordeling=1#beoordeling-title`, 303);
      } catch (error) {
        if (!(error instanceof HttpError) || error.statusCode === 404 || error.statusCode >= 500) throw error;
        errors.push({ field: 'toelichting', message: error.invalidParams[0]?.reason ?? error.message });
      }
    }
    return renderCase(request, reply, id, { errors, reviewText: typeof body.toelichting === 'string' ? body.toelichting.slice(0, MAX_REVIEW * 2) : '' }, 400);
  });

  // ————— Answering a question (multipart with files, or a plain form) —————

  await app.register(async (scope) => {
    await scope.register(multipart, {
      throwFileSizeLimit: false,
      limits: { fileSize: MAX_FILE_BYTES, files: MAX_FILES + 1, fields: 20, parts: 30, fieldSize: 100 * 1024 },
    });
    // The parts are read before the platform's CSRF check, which needs `_csrf` in the body.
    scope.addHook('preValidation', async (request) => {
      if (!request.isMultipart()) return;
      const body: Record<string, string> = {};
      const parts: UploadedPart[] = [];
      let total = 0;
      let tooLarge = false;
      let tooMany = false;
      for await (const part of request.parts()) {
        if (part.type === 'field') {
          if (typeof part.value === 'string' && !Object.prototype.hasOwnProperty.call(Object.prototype, part.fieldname)) body[part.fieldname] = part.value;
          continue;
        }
        if (!part.filename || tooLarge) { part.file.resume(); continue; }
        const content = await part.toBuffer();
        if (parts.length >= MAX_FILES) { tooMany = true; continue; }
        total += content.length;
        if (total > MAX_REQUEST_FILE_BYTES) { tooLarge = true; continue; }
        parts.push({ filename: part.filename, content, truncated: part.file.truncated });
      }
      request.body = body;
      uploads.set(request, { parts, tooLarge, tooMany });
    });

    scope.post('/mijn/zaken/:id/vragen/:vraag', resident, async (request, reply) => {
      const { id, vraag } = request.params as { id: string; vraag: string };
      const t = mijnzakenMessages(request.lang);
      const actor = actorOf(request);
      const body = (request.body ?? {}) as Record<string, unknown>;
      const raw = typeof body.antwoord === 'string' ? body.antwoord : '';
      const antwoord = raw.trim();
      const field = (name: string) => `${name}-${vraag}`;

      // The question must be an open one of the applicant's own zaak.
      const found = await within(request, async (tx) => {
        if (!(await zaken.getMijnZaak(tx, actor, id))) return undefined;
        return (await zaken.listInformatieverzoeken(tx, actor, id)).find((v) => v.id === vraag);
      });
      if (!found) return reply.callNotFound();

      const errors: FieldError[] = [];
      const files: { filename: string; kind: FileKind; content: Buffer }[] = [];
      const posted = uploads.get(request) ?? { parts: [], tooLarge: false, tooMany: false };
      if (found.status === 'beantwoord') errors.push({ field: field('antwoord'), message: t('error.alreadyAnswered') });
      if (antwoord.length > MAX_ANSWER) errors.push({ field: field('antwoord'), message: t('error.answerTooLong') });
      if (posted.tooMany) errors.push({ field: field('bestanden'), message: t('error.tooManyFiles') });
      if (posted.tooLarge) errors.push({ field: field('bestanden'), message: t('error.uploadTooLarge') });
      for (const part of posted.parts) {
        const name = part.filename.split(/[\\/]/).pop()!.slice(0, 100);
        if (part.truncated || part.content.length > MAX_FILE_BYTES) { errors.push({ field: field('bestanden'), message: t('error.fileTooLarge', { filename: name }) }); continue; }
        if (!part.content.length) { errors.push({ field: field('bestanden'), message: t('error.fileEmpty', { filename: name }) }); continue; }
        const kind = detectKind(part.content);
        if (!kind) { errors.push({ field: field('bestanden'), message: t('error.fileType', { filename: name }) }); continue; }
        // A name that promises another kind than the content is (a PNG called .pdf) is refused too.
        const extension = /\.([A-Za-z0-9]{1,5})$/.exec(name)?.[1]?.toLowerCase();
        if (extension && EXTENSION_KIND[extension] && EXTENSION_KIND[extension] !== kind) {
          errors.push({ field: field('bestanden'), message: t('error.fileMismatch', { filename: name }) });
          continue;
        }
        let verdict: { clean: boolean; signature?: string };
        try {
          verdict = await scanner.scan(part.content);
        } catch (error) {
          request.log.warn({ reason: (error as Error).message }, 'malware scan unavailable');
          errors.push({ field: field('bestanden'), message: t('error.fileScanUnavailable', { filename: name }) });
          continue;
        }
        if (!verdict.clean) {
          request.log.warn({ signature: verdict.signature }, 'upload refused: malware');
          errors.push({ field: field('bestanden'), message: t('error.fileVirus', { filename: name }) });
          continue;
        }
        const stem = name.normalize('NFC').replace(/[\u0000-\u001F\u007F"<>|:*?]/g, '').replace(/\.[A-Za-z0-9]{1,5}$/, '').trim() || 'bestand';
        files.push({ filename: `${stem}.${EXTENSION[kind]}`, kind, content: part.content });
      }
      if (!errors.length && !antwoord && !files.length) errors.push({ field: field('antwoord'), message: t('error.answerRequired') });

      if (!errors.length) {
        try {
          // One transaction: the documents and the answer together, or nothing.
          await within(request, async (tx) => {
            const zaaktype = await zaaktypeOfZaak(tx, id);
            const links = (zaaktype?.informatieobjecttypen ?? []).filter((l) => l.informatieobjecttype && !l.informatieobjecttype.concept);
            const type = links.find((l) => l.richting === 'inkomend' && /bijlage/i.test(l.informatieobjecttypeOmschrijving))
              ?? links.find((l) => l.richting === 'inkomend') ?? links[0];
            if (files.length && !type) throw new HttpError(400, t('error.fileType', { filename: files[0]!.filename }), [{ name: 'bestanden', code: 'no-type', reason: t('error.fileType', { filename: files[0]!.filename }) }]);
            const ids: string[] = [];
            for (const f of files) {
              const document = await documenten.createDocument(tx, actor, {
                informatieobjecttype: type!.informatieobjecttype!.id, titel: f.filename, auteur: 'Aanvrager', bestandsnaam: f.filename,
                formaat: MIME[f.kind], status: 'definitief', ontvangstdatum: new Date().toISOString().slice(0, 10), content: f.content,
                // The applicant's own file: no rights of others on it (without this, the zaak cannot be closed: ZGW zrc-rules).
                indicatieGebruiksrecht: false,
                beschrijving: 'Meegestuurd met het antwoord op een vraag van de gemeente',
              });
              ids.push(document.id);
            }
            await zaken.answerInformatieverzoek(tx, actor, vraag, { antwoord, documenten: ids });
          });
          return reply.redirect(`${request.base}/mijn/zaken/${id}?beantwoord=1`, 303);
        } catch (error) {
          if (!(error instanceof HttpError) || error.statusCode === 404 || error.statusCode >= 500) throw error;
          const param = error.invalidParams[0];
          errors.push({ field: field(param?.name.startsWith('documenten') || param?.name === 'bestanden' ? 'bestanden' : 'antwoord'), message: param?.reason ?? error.message });
        }
      }
      return renderCase(request, reply, id, { errors, answerFor: vraag, answerText: raw.slice(0, MAX_ANSWER * 2) }, 400);
    });
  });

  // ————— Track and trace without login —————

  app.get('/zaak-volgen/:token', open, async (request, reply) => {
    // The token is in the path: no Referer to other sites (also not from the 404 page), no caching,
    // no search engines. The platform's security headers keep a Referrer-Policy set here.
    reply.header('Referrer-Policy', 'no-referrer').header('Cache-Control', 'no-store').header('X-Robots-Tag', 'noindex');
    const { token } = request.params as { token: string };
    const found = await within(request, async (tx) => {
      const zaak: ApplicantZaak | undefined = await zaakByVolglink(tx, token, zaken);
      if (!zaak) return undefined;
      const zaaktype = await zaaktypeOfZaak(tx, zaak.id);
      return { zaak, steps: trackerSteps(zaak, zaaktype?.statustypen ?? []) };
    });
    const ctx = pageContext(request, reply, platform);
    if (!found) return sendHtml(reply, <VolgGonePage ctx={ctx} />, 404);
    return sendHtml(reply, <VolgPage ctx={ctx} zaak={found.zaak} steps={found.steps} />);
  });
}
