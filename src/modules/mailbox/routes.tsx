/**
 * /dev/mail: the development mailbox (never in production: the module registers nothing there).
 * The HTML of a message is user-controlled markup: it is shown as escaped source on the page and,
 * on request, as a document of its own under a CSP sandbox without scripts or external content.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendHtml } from '../../platform/http/app.js';
import type { Platform } from '../../platform/http/types.js';
import type { DevMailbox } from '../../platform/mail/index.js';
import type { PageContext } from '../../platform/ui/context.js';
import { ListPage, MAILBOX_PATH, MessagePage, NotFoundPage, type MailboxState } from './views.js';

const PAGE_SIZE = 50;

/** For a message's own HTML and its attachments: a unique origin, nothing executes or loads. */
export const SANDBOX_CSP = "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

export function registerMailboxRoutes(app: FastifyInstance, platform: Platform, mailbox: DevMailbox, state: MailboxState): void {
  const options = { schema: { hide: true }, config: { access: 'public' as const } };

  const municipalities = async () => new Map((await platform.tenants.list()).map((t) => [t.id, t.name]));

  app.get(MAILBOX_PATH, options, async (request, reply) => {
    const raw = Number((request.query as { pagina?: string }).pagina ?? '1');
    const page = Number.isInteger(raw) && raw >= 1 && raw <= 100_000 ? raw : 1;
    const { items, total } = await mailbox.list({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    reply.header('Cache-Control', 'no-store');
    return sendHtml(reply, <ListPage ctx={pageContext(request, reply, platform)} state={state} items={items} total={total} page={page} pageSize={PAGE_SIZE} municipalities={await municipalities()} />);
  });

  app.get(`${MAILBOX_PATH}/:id`, options, async (request, reply) => {
    const mail = await mailbox.get((request.params as { id: string }).id);
    const ctx = pageContext(request, reply, platform);
    reply.header('Cache-Control', 'no-store');
    if (!mail) return sendHtml(reply, <NotFoundPage ctx={ctx} state={state} />, 404);
    const municipality = mail.tenantId ? (await municipalities()).get(mail.tenantId) : undefined;
    return sendHtml(reply, <MessagePage ctx={ctx} state={state} mail={mail} municipality={municipality} />);
  });

  app.get(`${MAILBOX_PATH}/:id/html`, options, async (request, reply) => {
    const mail = await mailbox.get((request.params as { id: string }).id);
    if (!mail?.html) return reply.callNotFound();
    return reply
      .header('Content-Security-Policy', SANDBOX_CSP)
      .header('Cache-Control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(mail.html);
  });

  app.get(`${MAILBOX_PATH}/:id/bijlagen/:position`, options, async (request, reply) => {
    const { id, position } = request.params as { id: string; position: string };
    const attachment = /^\d{1,4}$/.test(position) ? await mailbox.attachment(id, Number(position)) : undefined;
    if (!attachment) return reply.callNotFound();
    return reply
      .header('Content-Security-Policy', SANDBOX_CSP)
      .header('Content-Disposition', contentDisposition(attachment.filename))
      .header('Cache-Control', 'no-store')
      .type(attachment.contentType)
      .send(attachment.content);
  });
}

/** `attachment` with an ASCII fallback name and the exact name in RFC 5987 form. */
export function contentDisposition(filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

function pageContext(request: FastifyRequest, reply: FastifyReply, platform: Platform): PageContext {
  let token: string | undefined;
  return {
    lang: request.lang,
    tenant: undefined,
    base: '',
    path: request.url,
    csrfToken: () => (token ??= platform.csrf.token(request, reply)),
  };
}
