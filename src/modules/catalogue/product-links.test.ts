import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { staffActor } from '../../platform/testing/actors.js';
import { assertNoViolations, launchChromium } from '../../platform/testing/browser.js';
import { engines, loginAsAdmin, startTestServer, Visitor, type TestServer } from '../../platform/testing/harness.js';
import { FormsService } from '../forms/index.js';
import { demoForms } from '../forms/demo/forms.js';
import { cachedFormCheck } from './form-links.js';
import { CatalogueService } from './service.js';
import { productToForm } from './product-input.js';
import { startWithTwoMunicipalities, type TwoMunicipalities } from './test-fixtures.js';

const APPLY = /<a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href="([^"]*)">Direct online aanvragen<\/a>/;

for (const engine of engines()) {
  describe(`catalogue: a product's online form and zaaktype in the back office and API (${engine})`, () => {
    let server: TestServer;
    let data: TwoMunicipalities;
    before(async () => ({ server, data } = await startWithTwoMunicipalities(engine)));
    after(() => server.close());

    it('saves both fields, shows them again, explains mistakes in the Dutch error summary and records the change in the history', async () => {
      const admin = await loginAsAdmin(server, 'alfadorp');
      const path = `/alfadorp/beheer/producten/${data.aProduct.id}`;
      const editPage = await (await admin.get(path)).text();
      assert.match(editPage, /<legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Online aanvragen<\/legend>/);
      assert.match(editPage, /<label class="utrecht-form-label" for="formSlug">Webadres van het online formulier<\/label>/);
      assert.match(editPage, /<label class="utrecht-form-label" for="zaaktypeIdentificatie">Zaaktype<\/label>/);
      assert.match(editPage, /id="formSlug-hint"[^>]*>Het webadres \(slug\) van het formulier/);

      const form = { ...productToForm(data.aProduct), related: '' } as Record<string, string | string[]>;
      const wrong = await admin.post(path, { ...form, formSlug: 'Mijn Formulier!', zaaktypeIdentificatie: 'paspoort aanvragen', version: String(data.aProduct.version) });
      assert.equal(wrong.status, 400);
      const html = await wrong.text();
      assert.match(html, /<h2 class="utrecht-heading-2" id="error-summary-title">Er is een probleem<\/h2>/);
      assert.match(html, /<a class="utrecht-link" href="#formSlug">Het webadres van het formulier mag alleen kleine letters, cijfers en streepjes bevatten, zoals parkeervergunning-bewoners<\/a>/);
      assert.match(html, /<a class="utrecht-link" href="#zaaktypeIdentificatie">De identificatie van het zaaktype mag alleen hoofdletters, cijfers en streepjes bevatten en hoogstens 40 tekens lang zijn, zoals KAPVERGUNNING<\/a>/);
      assert.match(html, /id="formSlug" name="formSlug" type="text" value="Mijn Formulier!" aria-invalid="true"/, 'what was typed is kept');
      assert.match(html, /value="paspoort aanvragen" aria-invalid="true"/);
      const tooLong = await admin.post(path, { ...form, zaaktypeIdentificatie: 'A'.repeat(41), version: String(data.aProduct.version) });
      assert.equal(tooLong.status, 400);
      assert.match(await tooLong.text(), /href="#zaaktypeIdentificatie"/);
      assert.equal((await new CatalogueService(server.stadhuis.database).getProduct(data.a.id, { id: data.aProduct.id }, { includeDrafts: true }))!.version, data.aProduct.version, 'nothing was saved');

      const saved = await admin.post(path, { ...form, formSlug: ' paspoort-aanvragen ', zaaktypeIdentificatie: 'REISDOCUMENT-AANVRAGEN', version: String(data.aProduct.version) });
      assert.equal(saved.status, 303);
      const shown = await (await admin.get(path)).text();
      assert.match(shown, /id="formSlug" name="formSlug" type="text" value="paspoort-aanvragen"/);
      assert.match(shown, /id="zaaktypeIdentificatie" name="zaaktypeIdentificatie" type="text" value="REISDOCUMENT-AANVRAGEN"/);

      const history = await (await admin.get(`${path}/geschiedenis`)).text();
      assert.match(history, /Gewijzigd: Webadres van het online formulier, Zaaktype/);
      assert.match(history, /<dt>Zaaktype<\/dt>\s*<dd><del>—<\/del> → <ins>REISDOCUMENT-AANVRAGEN<\/ins><\/dd>/);

      // Emptying both fields removes the links again.
      const version = String(data.aProduct.version + 1);
      assert.equal((await admin.post(path, { ...form, formSlug: '', zaaktypeIdentificatie: '', version })).status, 303);
      const cleared = await new CatalogueService(server.stadhuis.database).getProduct(data.a.id, { id: data.aProduct.id }, { includeDrafts: true });
      assert.equal(cleared!.formSlug, null);
      assert.equal(cleared!.zaaktypeIdentificatie, null);
    });

    it('returns formSlug and zaaktype in the JSON API, null when not set', async () => {
      const catalogue = new CatalogueService(server.stadhuis.database);
      const none = await (await server.fetch(`/betastad/api/v1/products/${data.bOnly.slug}`)).json() as Record<string, unknown>;
      assert.equal(none.formSlug, null);
      assert.equal(none.zaaktype, null);
      await catalogue.updateProduct(data.b.id, data.bOnly.id, { ...data.bOnly, formSlug: 'zeehond-melden', zaaktypeIdentificatie: 'ZEEHONDENOPVANG' }, data.bOnly.version, staffActor(['functioneel-beheerder']));
      const res = await server.fetch(`/betastad/api/v1/products/${data.bOnly.slug}`);
      assert.equal(res.status, 200);
      const body = await res.json() as Record<string, unknown>;
      assert.equal(body.formSlug, 'zeehond-melden');
      assert.equal(body.zaaktype, 'ZEEHONDENOPVANG');
      assert.equal('zaaktypeIdentificatie' in body, false);
    });
  });

  describe(`catalogue: "Direct online aanvragen" on the product page of the demo (${engine})`, () => {
    let server: TestServer;
    before(async () => (server = await startTestServer(engine)));
    after(() => server.close());

    it('links a product to its published form, in Dutch and English, and shows no link for a product without a form', async () => {
      const visitor = new Visitor(server);
      for (const slug of ['parkeervergunning-bewoners', 'melding-openbare-ruimte', 'bijzondere-bijstand', 'evenementenvergunning']) {
        const page = await (await visitor.get(`/dijkwaard/producten/${slug}`)).text();
        const link = APPLY.exec(page);
        assert.ok(link, `${slug} shows the button`);
        assert.equal(link[1], `/dijkwaard/formulieren/${slug}`);
        // In the "how to arrange it" part, before the ways to arrange it.
        assert.ok(page.indexOf('Hoe regelt u het?') < link.index, `${slug}: under "Hoe regelt u het?"`);
      }
      const form = await visitor.get('/dijkwaard/formulieren/parkeervergunning-bewoners');
      assert.equal(form.status, 200, 'the link leads to the form');

      const heuvelrode = await (await visitor.get('/heuvelrode/producten/melding-openbare-ruimte')).text();
      assert.equal(APPLY.exec(heuvelrode)?.[1], '/heuvelrode/formulieren/melding-openbare-ruimte');

      const english = new Visitor(server);
      english.setCookie('stadhuis_lang', 'en');
      assert.match(await (await english.get('/dijkwaard/producten/parkeervergunning-bewoners')).text(), /href="\/dijkwaard\/formulieren\/parkeervergunning-bewoners">Apply online<\/a>/);

      for (const slug of ['paspoort-aanvragen', 'grofvuil-laten-ophalen']) {
        const page = await (await visitor.get(`/dijkwaard/producten/${slug}`)).text();
        assert.match(page, /Hoe regelt u het\?/);
        assert.doesNotMatch(page, /Direct online aanvragen|\/formulieren\//, `${slug} has no form`);
      }
      const api = await (await server.fetch('/dijkwaard/api/v1/products/grofvuil-laten-ophalen')).json() as Record<string, unknown>;
      assert.deepEqual([api.formSlug, api.zaaktype], [null, 'GROFVUIL-OPHALEN']);
    });

    it('is a real, accessible link in Chromium: axe finds nothing and it opens the form without JavaScript', { skip: engine !== 'pglite' && 'markup is checked once, on PGlite' }, async () => {
      const browser = await launchChromium();
      try {
        // axe is injected as a script: that context bypasses the page's CSP.
        const checked = await (await browser.newContext({ bypassCSP: true })).newPage();
        await checked.goto(`${server.url}/dijkwaard/producten/parkeervergunning-bewoners`);
        await assertNoViolations(checked, 'product page with "Direct online aanvragen"');
        const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
        await page.goto(`${server.url}/dijkwaard/producten/parkeervergunning-bewoners`);
        await page.getByRole('link', { name: 'Direct online aanvragen' }).click();
        await page.waitForURL(/\/dijkwaard\/formulieren\/parkeervergunning-bewoners$/);
      } finally {
        await browser.close();
      }
    });

    it('shows no link when the product’s form is not published in this municipality', async () => {
      const { tenants } = server.stadhuis.platform;
      const dijkwaard = (await tenants.bySlug('dijkwaard'))!;
      const heuvelrode = (await tenants.bySlug('heuvelrode'))!;
      const catalogue = new CatalogueService(server.stadhuis.database);
      const forms = new FormsService(server.stadhuis.database, server.stadhuis.platform.sealer, server.stadhuis.platform.processingLog);
      const beheerder = staffActor(['functioneel-beheerder']);
      const link = async (tenant: string, slug: string, formSlug: string) => {
        const id = tenant === 'dijkwaard' ? dijkwaard.id : heuvelrode.id;
        const product = (await catalogue.getProduct(id, { slug }, { includeDrafts: true }))!;
        await catalogue.updateProduct(id, product.id, { ...product, formSlug }, product.version, beheerder);
      };

      // A form that exists only as a draft (never published).
      const draft = { ...demoForms('dijkwaard')[1]!, id: 'kapvergunning-aanvragen' };
      await forms.createForm({ kind: 'system', process: 'test' }, dijkwaard.id, draft);
      await link('dijkwaard', 'kapvergunning', 'kapvergunning-aanvragen');
      // A form that does not exist at all.
      await link('dijkwaard', 'paspoort-aanvragen', 'bestaat-niet');
      // A form published in Dijkwaard only: Heuvelrode's product may not link to it.
      await forms.createForm({ kind: 'system', process: 'test' }, dijkwaard.id, { ...draft, id: 'alleen-dijkwaard' });
      await forms.publish({ kind: 'system', process: 'test' }, dijkwaard.id, 'alleen-dijkwaard');
      await link('heuvelrode', 'kapvergunning', 'alleen-dijkwaard');

      const visitor = new Visitor(server);
      for (const path of ['/dijkwaard/producten/kapvergunning', '/dijkwaard/producten/paspoort-aanvragen', '/heuvelrode/producten/kapvergunning']) {
        const res = await visitor.get(path);
        assert.equal(res.status, 200, path);
        assert.doesNotMatch(await res.text(), /Direct online aanvragen/, path);
      }
      // Once published, the product links to it (within the 10-second cache: this slug was not asked before).
      await link('dijkwaard', 'kapvergunning', 'alleen-dijkwaard');
      assert.equal(APPLY.exec(await (await visitor.get('/dijkwaard/producten/kapvergunning')).text())?.[1], '/dijkwaard/formulieren/alleen-dijkwaard');
    });
  });
}

describe('cachedFormCheck', () => {
  it('asks once per municipality and form within the time, again after it, and does not keep a failure', async () => {
    const asked: string[] = [];
    let fail = false;
    let now = 0;
    const realNow = Date.now;
    Date.now = () => now;
    try {
      const check = cachedFormCheck(async (tenant, slug) => {
        asked.push(`${tenant}/${slug}`);
        if (fail) throw new Error('database weg');
        return slug === 'gepubliceerd';
      }, () => {}, 10_000);
      assert.equal(await check('a', 'gepubliceerd'), true);
      assert.equal(await check('a', 'gepubliceerd'), true);
      assert.equal(await check('a', 'concept'), false);
      assert.equal(await check('b', 'gepubliceerd'), true);
      assert.deepEqual(asked, ['a/gepubliceerd', 'a/concept', 'b/gepubliceerd']);
      now = 10_001;
      fail = true;
      assert.equal(await check('a', 'gepubliceerd'), false, 'a failure shows no button');
      fail = false;
      assert.equal(await check('a', 'gepubliceerd'), true, 'and is asked again next time');
      assert.equal(asked.length, 5);
    } finally {
      Date.now = realNow;
    }
  });
});
