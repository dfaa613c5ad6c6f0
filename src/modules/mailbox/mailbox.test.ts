/**
 * The development mailbox end to end: a mail queued in a committed transaction is sent by the
 * started worker (woken at commit) into the mailbox and shown at /dev/mail; its HTML never runs
 * on our pages; attachments download; the pages pass axe and work without JavaScript; and in
 * production there is no /dev/mail at all.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { createStadhuis } from '../../platform/bootstrap.js';
import { loadConfig } from '../../platform/config/config.js';
import { until } from '../../platform/jobs/test-helpers.js';
import { queueMail, type MailMessage } from '../../platform/mail/index.js';
import { axeViolations, describeViolations, launchChromium } from '../../platform/testing/browser.js';
import { engines, startTestServer, type TestServer } from '../../platform/testing/harness.js';
import type { Tenant } from '../../platform/tenancy/tenants.js';
import { mailboxModule } from './index.js';
import { contentDisposition } from './routes.js';

const PDF = Buffer.from('%PDF-1.7\n% ontvangstbevestiging\n', 'latin1');

async function createMunicipality(server: TestServer, slug: string): Promise<Tenant> {
  return server.stadhuis.platform.tenants.create({
    slug, name: `Gemeente ${slug[0]!.toUpperCase()}${slug.slice(1)}`,
    theme: { primary: '#154273', primaryDark: '#0b2a4d', primaryLight: '#e8f0f8', accent: '#ffb612' },
    contact: { phone: '14 0123', email: 'info@example.nl', address: 'Markt 1', website: 'https://example.nl' },
    logoSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
  });
}

function mail(tenant: Tenant, overrides: Partial<MailMessage> = {}): MailMessage {
  return {
    tenantId: tenant.id, to: 'fatima@example.nl', subject: 'Uw aanvraag is ontvangen',
    text: 'Beste mevrouw El Amrani,\n\nWij hebben uw aanvraag ontvangen.',
    html: '<p onclick="alert(1)">Beste mevrouw El Amrani,</p><script>alert("xss")</script><img src="https://tracker.example/p.gif" alt="">',
    attachments: [{ filename: 'ontvangstbevestiging (één).pdf', contentType: 'application/pdf', content: PDF }],
    ...overrides,
  };
}

/** Queues in a committed transaction and waits for the started worker to deliver it. */
async function queueAndWait(server: TestServer, tenant: Tenant, message: MailMessage): Promise<string> {
  await server.stadhuis.database.withTenant(tenant.id, (tx) => queueMail(tx, message));
  let id = '';
  await until(async () => {
    const html = await (await server.fetch('/dev/mail')).text();
    const match = new RegExp(`href="/dev/mail/([0-9a-f-]{36})"[^>]*>${escapeRegExp(escapeHtml(message.subject))}<`).exec(html);
    id = match?.[1] ?? '';
    return id !== '';
  }, 15_000, 'the mail in /dev/mail');
  return id;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&#34;');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

for (const engine of engines()) {
  describe(`development mailbox /dev/mail (${engine})`, () => {
    let server: TestServer;
    let tenant: Tenant;
    before(async () => {
      server = await startTestServer(engine, { demo: false });
      tenant = await createMunicipality(server, 'postdorp');
    });
    after(() => server?.close());

    it('shows a mail queued in a committed transaction, newest first, with its municipality', async () => {
      const empty = await server.fetch('/dev/mail');
      assert.equal(empty.status, 200);
      assert.match(await empty.text(), /Er is nog geen e-mail verstuurd/);
      await queueAndWait(server, tenant, mail(tenant, { subject: 'Eerste bericht' }));
      await queueAndWait(server, tenant, mail(tenant, { subject: 'Tweede bericht & meer' }));
      const html = await (await server.fetch('/dev/mail')).text();
      assert.ok(html.indexOf('Tweede bericht &amp; meer') < html.indexOf('Eerste bericht'), 'newest first');
      assert.match(html, /Gemeente Postdorp/);
      assert.match(html, /2 berichten/);
    });

    it('shows the text, the HTML only as escaped source, and serves the HTML in a sandbox', async () => {
      const id = await queueAndWait(server, tenant, mail(tenant, { subject: 'HTML-bericht' }));
      const res = await server.fetch(`/dev/mail/${id}`);
      assert.equal(res.status, 200);
      const page = await res.text();
      assert.match(page, /Wij hebben uw aanvraag ontvangen\./);
      assert.doesNotMatch(page, /<script>alert/, 'the mail’s script is not in our page');
      assert.doesNotMatch(page, /<p onclick/);
      assert.match(page, /&lt;script>alert\(&#34;xss&#34;\)&lt;\/script>/, 'shown as source');
      assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'/);

      const rendered = await server.fetch(`/dev/mail/${id}/html`);
      assert.equal(rendered.status, 200);
      const csp = rendered.headers.get('content-security-policy') ?? '';
      assert.match(csp, /(^|; )sandbox(;|$)/);
      assert.match(csp, /default-src 'none'/);
      assert.doesNotMatch(csp, /script-src/);
      assert.match(await rendered.text(), /<script>alert\("xss"\)<\/script>/, 'the original HTML, inert under the sandbox');
    });

    it('lets attachments be downloaded byte for byte', async () => {
      const id = await queueAndWait(server, tenant, mail(tenant, { subject: 'Met bijlage' }));
      const res = await server.fetch(`/dev/mail/${id}/bijlagen/0`);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), 'application/pdf');
      assert.equal(res.headers.get('content-disposition'), contentDisposition('ontvangstbevestiging (één).pdf'));
      assert.match(res.headers.get('content-disposition')!, /^attachment; filename="ontvangstbevestiging \(__n\)\.pdf"; filename\*=UTF-8''ontvangstbevestiging%20%28%C3%A9%C3%A9n%29\.pdf$/);
      assert.deepEqual(Buffer.from(await res.arrayBuffer()), PDF);
    });

    it('answers 404 for unknown messages and attachments', async () => {
      for (const path of ['/dev/mail/00000000-0000-4000-8000-000000000000', '/dev/mail/niet-een-id', '/dev/mail/00000000-0000-4000-8000-000000000000/html',
        '/dev/mail/00000000-0000-4000-8000-000000000000/bijlagen/0', '/dev/mail/x/bijlagen/abc']) {
        assert.equal((await server.fetch(path)).status, 404, path);
      }
      const id = await queueAndWait(server, tenant, mail(tenant, { subject: 'Zonder HTML', html: undefined, attachments: [] }));
      assert.equal((await server.fetch(`/dev/mail/${id}/html`)).status, 404);
      assert.equal((await server.fetch(`/dev/mail/${id}/bijlagen/0`)).status, 404);
      assert.match(await (await server.fetch(`/dev/mail/${id}`)).text(), /Dit bericht heeft geen HTML-versie/);
    });
  });
}

describe('development mailbox in production', () => {
  it('is not there at all when NODE_ENV=production', async () => {
    const production = await createStadhuis(loadConfig({
      NODE_ENV: 'production', LOG_LEVEL: 'silent', SESSION_SECRET: 'p'.repeat(40), PROCESSING_LOG_KEY: 'k'.repeat(40), DATA_ENCRYPTION_KEY: 'e'.repeat(40),
      OIDC_ISSUER: 'https://broker.example.nl', OIDC_CLIENT_SECRET: 'geheim-van-de-makelaar', DEMO_SEED: 'false',
    }), { inMemory: true, modules: [mailboxModule] });
    try {
      for (const url of ['/dev/mail', '/dev/mail/00000000-0000-4000-8000-000000000000', '/dev/mail/00000000-0000-4000-8000-000000000000/bijlagen/0']) {
        assert.equal((await production.app.inject({ url })).statusCode, 404, url);
      }
      assert.deepEqual(production.platform.routes.filter((r) => r.url.startsWith('/dev/mail')), []);
    } finally {
      await production.close();
    }
  });
});

// Markup: PGlite only.
describe('development mailbox in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let tenant: Tenant;
  let withAll = '';
  let plain = '';

  before(async () => {
    await Promise.all([
      startTestServer('pglite', { demo: false }).then((s) => { server = s; }),
      launchChromium().then((b) => { browser = b; }),
    ]);
    tenant = await createMunicipality(server, 'browserdorp');
    plain = await queueAndWait(server, tenant, mail(tenant, { subject: 'Alleen tekst', html: undefined, attachments: [] }));
    withAll = await queueAndWait(server, tenant, mail(tenant, {
      subject: 'Besluit op uw aanvraag',
      text: `Beste mevrouw El Amrani,\n\n${'Een heel lange regel zonder einde '.repeat(20)}\n\nMet vriendelijke groet`,
    }));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(lang: 'nl' | 'en', options: BrowserContextOptions = {}) {
    const context = await browser.newContext({ bypassCSP: true, ...options });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    if (lang === 'en') await page.goto(`${server.url}/taal?kies=en&terug=/dev/mail`);
    return { context, page };
  }

  for (const lang of ['nl', 'en'] as const) {
    for (const [name, path, status] of [
      ['list', () => '/dev/mail', 200],
      ['message with HTML and attachment', () => `/dev/mail/${withAll}`, 200],
      ['message with text only', () => `/dev/mail/${plain}`, 200],
      ['unknown message', () => '/dev/mail/00000000-0000-4000-8000-000000000000', 404],
    ] as const) {
      it(`${name} has no axe violations (${lang})`, async () => {
        const { context, page } = await open(lang);
        try {
          const response = await page.goto(`${server.url}${path()}`);
          assert.equal(response?.status(), status);
          assert.equal(await page.getAttribute('html', 'lang'), lang);
          assert.equal(await page.locator('h1').count(), 1);
          const violations = await axeViolations(page);
          assert.equal(violations.length, 0, describeViolations(`${name} (${lang})`, violations));
        } finally {
          await context.close();
        }
      });
    }
  }

  it('works without JavaScript: from the list to a message, its HTML view and its attachment', async () => {
    const { context, page } = await open('nl', { javaScriptEnabled: false, bypassCSP: false, acceptDownloads: true });
    try {
      await page.goto(`${server.url}/dev/mail`);
      await page.getByRole('link', { name: 'Besluit op uw aanvraag' }).click();
      assert.equal(new URL(page.url()).pathname, `/dev/mail/${withAll}`);
      assert.equal((await page.locator('h1').innerText()).trim(), 'Besluit op uw aanvraag');
      assert.match(await page.getByRole('region', { name: 'Tekst van het bericht' }).innerText(), /Beste mevrouw El Amrani/);

      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: /ontvangstbevestiging \(één\)\.pdf downloaden/ }).click();
      assert.equal((await download).suggestedFilename(), 'ontvangstbevestiging (één).pdf');

      await page.getByRole('link', { name: /HTML-versie bekijken/ }).click();
      assert.equal(new URL(page.url()).pathname, `/dev/mail/${withAll}/html`);
      assert.match(await page.locator('body').innerText(), /Beste mevrouw El Amrani/);
    } finally {
      await context.close();
    }
  });

  it('runs no script of the mail and loads nothing external in the HTML view, even with JavaScript on', async () => {
    // A "tracker" on another origin that does exist (localhost instead of 127.0.0.1).
    const tracker = `http://localhost:${new URL(server.url).port}/assets/stadhuis.css?tracker`;
    const id = await queueAndWait(server, tenant, mail(tenant, {
      subject: 'Met tracker', html: `<p onclick="alert(2)">Klik hier</p><script>alert(1)</script><img src="${tracker}" alt="">`,
    }));
    const { context, page } = await open('nl', { bypassCSP: false });
    try {
      const dialogs: string[] = [];
      const loaded: string[] = [];
      page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
      page.on('response', (r) => { loaded.push(r.url()); });
      await page.goto(`${server.url}/dev/mail/${id}/html`);
      await page.getByText('Klik hier').click();
      await page.waitForTimeout(300);
      assert.deepEqual(dialogs, [], 'no script ran');
      assert.ok(!loaded.includes(tracker), 'the tracker was not loaded');
      assert.deepEqual(loaded, [`${server.url}/dev/mail/${id}/html`]);
    } finally {
      await context.close();
    }
  });
});
