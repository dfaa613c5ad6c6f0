import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { engines, loginAsAdmin, loginAsStaff, Visitor, type TestServer } from '../../platform/testing/harness.js';
import { startWithTwoMunicipalities, type TwoMunicipalities } from './test-fixtures.js';

const NEW_PRODUCT = {
  title: 'Ligplaats voor een woonboot', slug: 'ligplaats-woonboot', summary: 'U vraagt een vaste ligplaats aan voor uw woonboot.',
  description: 'Een woonboot mag alleen op een ligplaats liggen.\n\nU hebt daarvoor een vergunning nodig.', forWhom: 'Eigenaren van een woonboot.',
  conditions: 'U bent eigenaar van de boot\nDe boot is veilig', bring: 'Foto van de boot', howTo: 'Vraag de vergunning online aan.',
  audience: ['inwoner'], categories: ['wonen-en-verhuizen'], channels: ['online'], leadTime: 'U krijgt binnen 8 weken antwoord.', leadTimeDays: '56',
  prices: '2026 | Ligplaatsvergunning | Mooring permit | 145,50\n2027 | Ligplaatsvergunning | Mooring permit | 150,00', keywords: 'woonboot, boot, ligplaats', related: 'paspoort-aanvragen',
  enTitle: '', enSummary: '', enDescription: '',
};

for (const engine of engines()) {
  describe(`catalogue back office (${engine})`, () => {
    let server: TestServer;
    let data: TwoMunicipalities;
    before(async () => ({ server, data } = await startWithTwoMunicipalities(engine)));
    after(() => server.close());

    it('sends visitors without a session to the login page and back afterwards', async () => {
      const visitor = new Visitor(server);
      const res = await visitor.get('/alfadorp/beheer/producten/nieuw');
      assert.equal(res.status, 303);
      assert.equal(res.headers.get('location'), '/alfadorp/beheer/inloggen?terug=%2Fbeheer%2Fproducten%2Fnieuw');
      const page = await (await visitor.get('/alfadorp/beheer/inloggen?terug=%2Fbeheer%2Fproducten%2Fnieuw')).text();
      assert.match(page, /<input type="hidden" name="terug" value="\/beheer\/producten\/nieuw"/);
      // The identity provider, then back at the page asked for (loginAsStaff checks the redirect).
      await loginAsStaff(server, '/alfadorp', 'dennis.mulder', visitor, '/beheer/producten/nieuw');
      assert.equal((await visitor.get('/alfadorp/beheer/producten/nieuw')).status, 200);
      assert.equal((await new Visitor(server).get('/alfadorp/beheer/producten/nieuw')).status, 303, 'another browser is still not logged in');
    });

    it('creates a draft, previews, publishes, edits with history, and unpublishes', async () => {
      const admin = await loginAsAdmin(server, 'alfadorp');
      const created = await admin.post('/alfadorp/beheer/producten', NEW_PRODUCT, { formPage: '/alfadorp/beheer/producten/nieuw' });
      assert.equal(created.status, 303);
      const editPath = created.headers.get('location')!.replace(/\?.*$/, '');
      assert.match(editPath, /^\/alfadorp\/beheer\/producten\/[0-9a-f-]{36}$/);
      assert.match(await (await admin.get(`${editPath}?melding=created`)).text(), /aangemaakt als concept/);

      const publicVisitor = new Visitor(server);
      assert.equal((await publicVisitor.get('/alfadorp/producten/ligplaats-woonboot')).status, 404, 'a draft is not public');
      assert.equal((await (await publicVisitor.get('/alfadorp/zoeken?q=woonboot')).text()).includes('Ligplaats voor een woonboot'), false);
      const preview = await (await admin.get(`${editPath}/voorbeeld`)).text();
      assert.match(preview, /Voorbeeld: zo ziet de pagina eruit voor inwoners. Status: Concept./);
      assert.match(preview, /€\s?145,50/);

      assert.equal((await admin.post(`${editPath}/publiceren`, {}, { formPage: editPath })).status, 303);
      const page = await (await publicVisitor.get('/alfadorp/producten/ligplaats-woonboot')).text();
      assert.match(page, /<h1 class="utrecht-heading-1">Ligplaats voor een woonboot<\/h1>/);
      assert.match(page, /Kosten in 2026/);
      assert.match(page, /href="\/alfadorp\/producten\/paspoort-aanvragen"/, 'related product is linked');
      assert.match(await (await publicVisitor.get('/alfadorp/zoeken?q=woonboten')).text(), /<mark>Woonboot<\/mark>|woon<mark>boot|<mark>woonboot<\/mark>/i);

      const edited = await admin.post(editPath, { ...NEW_PRODUCT, title: 'Ligplaatsvergunning woonboot', summary: 'Nieuwe samenvatting.', version: '1' }, { formPage: editPath });
      assert.equal(edited.status, 303);
      const history = await (await admin.get(`${editPath}/geschiedenis`)).text();
      assert.match(history, /Dennis Mulder/);
      assert.match(history, /Gewijzigd: Titel, Korte samenvatting/);
      assert.match(history, /<del>Ligplaats voor een woonboot<\/del> → <ins>Ligplaatsvergunning woonboot<\/ins>/);
      assert.match(history, /Gepubliceerd/);
      assert.match(history, /Aangemaakt/);

      assert.equal((await admin.post(`${editPath}/intrekken`, {}, { formPage: editPath })).status, 303);
      assert.equal((await publicVisitor.get('/alfadorp/producten/ligplaats-woonboot')).status, 404);
    });

    it('keeps everything typed and links each error when the form is wrong; saves nothing', async () => {
      const admin = await loginAsAdmin(server, 'alfadorp');
      const res = await admin.post('/alfadorp/beheer/producten', {
        ...NEW_PRODUCT, title: '', slug: 'Geen Geldige Slug!', leadTimeDays: 'twee weken', categories: [], audience: [],
        prices: '2026 | Zonder bedrag', summary: 'Mijn <b>samenvatting</b> blijft staan', related: 'bestaat-niet',
      }, { formPage: '/alfadorp/beheer/producten/nieuw' });
      assert.equal(res.status, 400);
      const html = await res.text();
      for (const [field, message] of [
        ['title', 'Vul titel in'], ['slug', 'Het webadres mag alleen kleine letters'], ['leadTimeDays', 'Vul de doorlooptijd in dagen in'],
        ['audience', 'Kies voor wie dit product is'], ['categories', 'Kies minstens één onderwerp'], ['prices', 'Regel 1 bij de kosten klopt niet'],
      ]) {
        assert.match(html, new RegExp(`<a class="utrecht-link" href="#${field}">${message}`), field);
        assert.match(html, new RegExp(`id="${field}-error"`), field);
      }
      assert.match(html, /value="Geen Geldige Slug!"/);
      assert.match(html, /Mijn &lt;b>samenvatting&lt;\/b> blijft staan<\/textarea>/);
      assert.match(html, /twee weken/);
      const list = await (await admin.get('/alfadorp/beheer/producten')).text();
      assert.doesNotMatch(list, /Geen Geldige/);

      const unknownRelated = await admin.post('/alfadorp/beheer/producten', { ...NEW_PRODUCT, slug: 'nog-een', related: 'bestaat-niet' }, { formPage: '/alfadorp/beheer/producten/nieuw' });
      assert.equal(unknownRelated.status, 400);
      assert.match(await unknownRelated.text(), /Deze producten bestaan niet: bestaat-niet/);
      const duplicate = await admin.post('/alfadorp/beheer/producten', { ...NEW_PRODUCT, slug: 'paspoort-aanvragen', related: '' }, { formPage: '/alfadorp/beheer/producten/nieuw' });
      assert.equal(duplicate.status, 400);
      assert.match(await duplicate.text(), /Er is al een product met dit webadres/);
    });

    it('does not overwrite someone else’s newer changes', async () => {
      const first = await loginAsAdmin(server, 'alfadorp');
      const second = await loginAsAdmin(server, 'alfadorp');
      const path = `/alfadorp/beheer/producten/${data.aProduct.id}`;
      const form = { ...NEW_PRODUCT, slug: 'paspoort-aanvragen', title: 'Paspoort aanvragen', related: '' };
      const saved = await first.post(path, { ...form, summary: 'Versie van Eerste', version: String(data.aProduct.version) });
      assert.equal(saved.status, 303);
      const stale = await second.post(path, { ...form, summary: 'Versie van Tweede', version: String(data.aProduct.version) });
      assert.equal(stale.status, 409);
      const html = await stale.text();
      assert.match(html, /Iemand anders heeft dit product intussen gewijzigd/);
      assert.match(html, /Versie van Tweede/, 'the second editor keeps what they typed');
      const publicPage = await (await new Visitor(server).get('/alfadorp/producten/paspoort-aanvragen')).text();
      assert.match(publicPage, /Versie van Eerste/);
    });

    it('logs out', async () => {
      const admin = await loginAsAdmin(server, 'alfadorp');
      const out = await admin.post('/alfadorp/beheer/uitloggen', {}, { formPage: '/alfadorp/beheer' });
      assert.equal(out.status, 200);
      assert.match(await out.text(), /U bent uitgelogd uit het beheer/);
      assert.equal(admin.cookie('stadhuis_staff'), undefined);
      assert.equal((await admin.get('/alfadorp/beheer')).status, 303);
    });
  });
}

describe('back-office login rate limit', () => {
  it('counts login starts per address: the eleventh in a minute waits', async () => {
    const { server } = await startWithTwoMunicipalities('pglite');
    try {
      const visitor = new Visitor(server);
      const csrf = await visitor.csrfFrom('/alfadorp/beheer/inloggen');
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) statuses.push((await visitor.post('/alfadorp/beheer/inloggen', { terug: '/beheer' }, { csrf })).status);
      assert.deepEqual(statuses, [...Array(10).fill(303), 429]);
      const limited = await visitor.post('/alfadorp/beheer/inloggen', { terug: '/beheer' }, { csrf });
      assert.equal(limited.status, 429);
      assert.ok(Number(limited.headers.get('retry-after')) > 0);
      assert.match(await limited.text(), /Te veel pogingen/);
    } finally {
      await server.close();
    }
  });
});
