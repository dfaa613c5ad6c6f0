import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { engines, loginAsAdmin, loginAsStaff, startTestServer, TEST_STAFF, Visitor, type TestServer } from '../../platform/testing/harness.js';
import { getZaaktype, listZaaktypen } from './service.js';

/** A new zaaktype as the back-office form sends it (one blank row per list, as the page has). */
function newZaaktypeForm(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    identificatie: 'HONDENUITLAATVERGUNNING', omschrijving: 'Hondenuitlaatvergunning', onderwerp: 'Honden', omschrijvingGeneriek: '',
    doel: 'Beroepsuitlaters laten werken op vaste plekken.', aanleiding: 'Een hondenuitlaatservice vraagt een vergunning aan.', toelichting: '',
    handelingInitiator: 'aanvragen', handelingBehandelaar: 'behandelen', vertrouwelijkheidaanduiding: 'zaakvertrouwelijk', indicatieInternOfExtern: 'extern',
    doorlooptijd: 'P8W', servicenorm: 'P2W', verlengingstermijn: '', verantwoordelijke: 'Team Vergunningen', trefwoorden: 'honden, uitlaten',
    productenOfDiensten: '', selectielijstProcestype: '', publicatietekst: '', beginGeldigheid: '2026-01-01', versiedatum: '', rules: '', revision: '',
    'statustypen-0-id': '', 'statustypen-0-volgnummer': '1', 'statustypen-0-omschrijving': 'Ontvangen', 'statustypen-0-statustekst': 'Uw aanvraag is ontvangen.', 'statustypen-0-informeren': 'ja', 'statustypen-0-doorlooptijd': '', 'statustypen-0-eigenschappen': '',
    'statustypen-1-id': '', 'statustypen-1-volgnummer': '2', 'statustypen-1-omschrijving': 'Afgehandeld', 'statustypen-1-statustekst': 'Uw aanvraag is afgehandeld.', 'statustypen-1-doorlooptijd': '', 'statustypen-1-eigenschappen': '',
    'statustypen-2-id': '', 'statustypen-2-volgnummer': '', 'statustypen-2-omschrijving': '', 'statustypen-2-statustekst': '',
    'roltypen-0-id': '', 'roltypen-0-omschrijving': 'Aanvrager', 'roltypen-0-omschrijvingGeneriek': 'initiator',
    'roltypen-1-id': '', 'roltypen-1-omschrijving': '', 'roltypen-1-omschrijvingGeneriek': '',
    'resultaattypen-0-id': '', 'resultaattypen-0-omschrijving': '',
    'eigenschappen-0-id': '', 'eigenschappen-0-naam': '',
    'informatieobjecttypen-0-id': '', 'informatieobjecttypen-0-volgnummer': '',
    ...overrides,
  };
}

/** Text of an HTML attribute or element back to what was typed. */
function decode(html: string): string {
  return html.replace(/&(#\d+|quot|lt|gt|amp|apos);/g, (_m, e: string) => (e.startsWith('#') ? String.fromCharCode(Number(e.slice(1))) : ({ quot: '"', lt: '<', gt: '>', amp: '&', apos: "'" } as Record<string, string>)[e]!));
}

const RESULTAAT = {
  'resultaattypen-0-omschrijving': 'Verleend', 'resultaattypen-0-resultaattypeomschrijving': 'https://selectielijst.openzaak.nl/api/v1/resultaattypeomschrijvingen/f7d2dc14-1b71-4179-aed3-4e7abcfbeb0d',
  'resultaattypen-0-selectielijstklasse': 'https://selectielijst.openzaak.nl/api/v1/resultaten/5038528b-0eb7-4502-a415-a3093987d69b',
  'resultaattypen-0-archiefnominatie': 'vernietigen', 'resultaattypen-0-archiefactietermijn': 'P1Y', 'resultaattypen-0-afleidingswijze': 'afgehandeld',
};

for (const engine of engines()) {
  describe(`catalogi back office (${engine})`, () => {
    let server: TestServer;
    let admin: Visitor;

    before(async () => {
      server = await startTestServer(engine);
      admin = await loginAsAdmin(server, 'dijkwaard');
    });
    after(() => server.close());

    const inDijkwaard = async <T>(fn: Parameters<typeof server.stadhuis.database.withTenant<T>>[1]) =>
      server.stadhuis.database.withTenant((await server.stadhuis.platform.tenants.bySlug('dijkwaard'))!.id, fn);
    const idOf = async (identificatie: string, versie?: number) =>
      (await inDijkwaard((tx) => listZaaktypen(tx, { identificatie }))).find((z) => versie === undefined || z.versie === versie)!.id;

    it('is closed to visitors without a session and to staff without zaaktypen.beheren', async () => {
      const visitor = new Visitor(server);
      const res = await visitor.get('/dijkwaard/beheer/zaaktypen');
      assert.equal(res.status, 303);
      assert.match(res.headers.get('location') ?? '', /^\/dijkwaard\/beheer\/inloggen\?terug=%2Fbeheer%2Fzaaktypen/);
      assert.equal((await visitor.post('/dijkwaard/beheer/zaaktypen', newZaaktypeForm(), { csrf: 'x' })).status, 403);
      const kcc = await loginAsStaff(server, '/dijkwaard', TEST_STAFF.dijkwaard['kcc-medewerker']);
      assert.equal((await kcc.get('/dijkwaard/beheer/zaaktypen')).status, 403);
      const id = await idOf('MELDING-OPENBARE-RUIMTE');
      assert.equal((await kcc.get(`/dijkwaard/beheer/zaaktypen/${id}`)).status, 403);
      const kccToken = await kcc.csrfFrom('/dijkwaard/beheer');
      assert.equal((await kcc.post('/dijkwaard/beheer/zaaktypen', newZaaktypeForm({ identificatie: 'KCC' }), { csrf: kccToken })).status, 403);
      assert.equal((await inDijkwaard((tx) => listZaaktypen(tx, { identificatie: 'KCC' }))).length, 0);
      // Heuvelrode's functioneel beheerder cannot open Dijkwaard's zaaktypen either.
      const other = await loginAsAdmin(server, 'heuvelrode');
      assert.notEqual((await other.get('/dijkwaard/beheer/zaaktypen')).status, 200);
      assert.equal((await other.get(`/heuvelrode/beheer/zaaktypen/${id}`)).status, 404, 'a Dijkwaard id is unknown in Heuvelrode');
    });

    it('lists versions with status and validity, and filters concepts', async () => {
      const html = await (await admin.get('/dijkwaard/beheer/zaaktypen')).text();
      assert.match(html, /<h1 class="utrecht-heading-1">Zaaktypen<\/h1>/);
      assert.match(html, /Parkeervergunning voor bewoners<\/a><\/td><td class="utrecht-table__cell"><code>PARKEERVERGUNNING-BEWONERS<\/code><\/td><td class="utrecht-table__cell">2<\/td><td class="utrecht-table__cell"><span class="stadhuis-badge stadhuis-badge--published">Gepubliceerd: Geldig nu<\/span>/);
      assert.match(html, /<td class="utrecht-table__cell">1<\/td><td class="utrecht-table__cell"><span class="stadhuis-badge stadhuis-badge--published">Gepubliceerd: Verlopen<\/span><\/td><td class="utrecht-table__cell">1 januari 2025 t\/m 31 december 2025<\/td>/);
      assert.match(html, /<nav class="stadhuis-admin-nav"[\s\S]*href="\/dijkwaard\/beheer\/zaaktypen" aria-current="page">Zaaktypen<\/a>/, 'in the back-office navigation');
      const concepts = await (await admin.get('/dijkwaard/beheer/zaaktypen?status=concept')).text();
      assert.match(concepts, /Er zijn geen zaaktypen met deze status/);
      assert.equal((await admin.get('/dijkwaard/beheer/zaaktypen?status=kapot')).status, 400);
    });

    it('shows a published version with all its children, and refuses to edit it', async () => {
      const id = await idOf('WMO-MAATWERKVOORZIENING');
      const html = await (await admin.get(`/dijkwaard/beheer/zaaktypen/${id}`)).text();
      for (const text of [
        'Wmo-maatwerkvoorziening (versie 1)', 'Keukentafelgesprek gepland', 'We komen bij u thuis voor een gesprek over wat u nodig heeft: het keukentafelgesprek.',
        'Besluit genomen (eindstatus)', 'P15Y', 'vervaldatum_besluit', 'Mantelzorger', 'belanghebbende', 'datumKeukentafel', 'Verslag keukentafelgesprek',
        'Beschikking Wmo-maatwerkvoorziening', 'Geen regels: een medewerker beslist over elke zaak.', 'Nieuwe versie maken', 'Aangemaakt (versie 1)', 'systeem: demo-gegevens',
      ]) assert.ok(html.includes(text), text);
      assert.doesNotMatch(html, /Concept bewerken/);
      const edit = await admin.get(`/dijkwaard/beheer/zaaktypen/${id}/bewerken`);
      assert.equal(edit.status, 409);
      assert.match(await edit.text(), /Deze versie is gepubliceerd en kan niet meer worden gewijzigd/);
      const post = await admin.post(`/dijkwaard/beheer/zaaktypen/${id}`, newZaaktypeForm({ identificatie: 'WMO-MAATWERKVOORZIENING', omschrijving: 'Gekaapt' }), { formPage: `/dijkwaard/beheer/zaaktypen/${id}` });
      assert.equal(post.status, 409);
      assert.equal((await inDijkwaard((tx) => getZaaktype(tx, id)))!.omschrijving, 'Wmo-maatwerkvoorziening');
      const parkeren = await (await admin.get(`/dijkwaard/beheer/zaaktypen/${await idOf('PARKEERVERGUNNING-BEWONERS', 2)}`)).text();
      assert.match(parkeren, /5 regels\. Wat er gebeurt als geen regel past: handmatig\./);
      assert.match(parkeren, /<code>buiten-vergunningszone<\/code> <span>→ afwijzen: Afwijzen als het adres niet in een vergunningszone ligt \(Centrum, Stationsgebied\)\.<\/span>/);
      assert.match(parkeren, /Einddatum gezet op 31 december 2025 \(versie 1\)/);
    });

    it('keeps everything typed and links every error to its field when the form is wrong; saves nothing', async () => {
      const res = await admin.post('/dijkwaard/beheer/zaaktypen', newZaaktypeForm({
        omschrijving: '', doorlooptijd: 'acht weken', 'statustypen-1-omschrijving': '', 'statustypen-1-statustekst': 'Mijn <b>tekst</b> blijft staan',
        'roltypen-0-omschrijvingGeneriek': 'baas', rules: '{"version": 1, "facts": {"zone": {"type": "string", "label": {"nl": "de zone", "en": "the zone"}}}, "rules": [{"id": "weiger", "description": {"nl": "x", "en": "x"}, "when": {"fact": "zone", "op": "equals", "value": "A"}, "then": {"outcome": "afwijzen"}}]}',
      }), { formPage: '/dijkwaard/beheer/zaaktypen/nieuw' });
      assert.equal(res.status, 400);
      const html = await res.text();
      assert.match(html, /<h2 class="utrecht-heading-2" id="error-summary-title">Er is een probleem<\/h2>/);
      for (const [field, message] of [
        ['omschrijving', 'Vul dit in.'], ['doorlooptijd', 'Vul een termijn in als ISO 8601-duur'], ['statustypen-1-omschrijving', 'Vul dit in.'],
        ['roltypen-0-omschrijvingGeneriek', 'Kies een van: adviseur'], ['rules', 'Regel 1 \\(weiger\\), then: ‘reason’ ontbreekt'],
      ]) {
        assert.match(html, new RegExp(`<a class="utrecht-link" href="#${field}">${message}`), field);
        assert.match(html, new RegExp(`id="${field}"`), `field ${field} exists`);
      }
      assert.match(html, /id="rules-error"/);
      assert.match(html, /aria-invalid="true" aria-describedby="doorlooptijd-hint doorlooptijd-error"/);
      assert.match(html, /value="acht weken"/);
      assert.match(html, /Mijn &lt;b>tekst&lt;\/b> blijft staan<\/textarea>/);
      assert.ok(decode(html).includes('"then": {"outcome": "afwijzen"}'), 'the rules text is kept');
      assert.equal((await inDijkwaard((tx) => listZaaktypen(tx, { identificatie: 'HONDENUITLAATVERGUNNING' }))).length, 0);
      const bad = await admin.post('/dijkwaard/beheer/zaaktypen', newZaaktypeForm({ rules: '{ kapot' }), { formPage: '/dijkwaard/beheer/zaaktypen/nieuw' });
      assert.equal(bad.status, 400);
      assert.match(await bad.text(), /<a class="utrecht-link" href="#rules">De tekst is geen geldige JSON/);
      const taken = await admin.post('/dijkwaard/beheer/zaaktypen', newZaaktypeForm({ identificatie: 'KAPVERGUNNING' }), { formPage: '/dijkwaard/beheer/zaaktypen/nieuw' });
      assert.equal(taken.status, 409);
      assert.match(await taken.text(), /<a class="utrecht-link" href="#identificatie">Er is al een zaaktype met deze identificatie/);
    });

    it('creates a concept, edits it (add, reorder, remove rows; rules), is refused publishing with codes, then publishes', async () => {
      const created = await admin.post('/dijkwaard/beheer/zaaktypen', newZaaktypeForm(), { formPage: '/dijkwaard/beheer/zaaktypen/nieuw' });
      assert.equal(created.status, 303);
      const path = created.headers.get('location')!.replace(/\?.*$/, '');
      assert.match(await (await admin.get(`${path}?melding=created`)).text(), /Het zaaktype is aangemaakt als concept/);
      const id = path.split('/').pop()!;

      // Publishing without a resultaattype: refused, with the problems listed and linked.
      const refused = await admin.post(`${path}/publiceren`, {}, { formPage: path });
      assert.equal(refused.status, 400);
      const refusedHtml = await refused.text();
      assert.match(refusedHtml, /<a class="utrecht-link" href="#resultaattypen-section">Een zaaktype heeft minstens één resultaattype nodig/);
      assert.equal((await inDijkwaard((tx) => getZaaktype(tx, id)))!.concept, true);

      // The edit form holds what was saved, plus an empty row per list.
      const editHtml = await (await admin.get(`${path}/bewerken`)).text();
      assert.match(editHtml, /name="statustypen-2-omschrijving"[^>]*value=""/);
      const before = (await inDijkwaard((tx) => getZaaktype(tx, id)))!;
      const revision = String(before.revision);
      const [ontvangen, afgehandeld] = before.statustypen;
      const saved = await admin.post(path, newZaaktypeForm({
        revision, ...RESULTAAT,
        // Reorder: "Afgehandeld" becomes 3, a new "In behandeling" in the empty row becomes 2.
        'statustypen-0-id': ontvangen!.id, 'statustypen-1-id': afgehandeld!.id, 'statustypen-1-volgnummer': '3',
        'statustypen-2-volgnummer': '2', 'statustypen-2-omschrijving': 'In behandeling', 'statustypen-2-statustekst': 'We beoordelen uw aanvraag.',
        'roltypen-1-omschrijving': 'Behandelaar', 'roltypen-1-omschrijvingGeneriek': 'behandelaar',
        'eigenschappen-0-naam': 'aantalHonden', 'eigenschappen-0-definitie': 'Het aantal honden tegelijk.', 'eigenschappen-0-formaat': 'getal', 'eigenschappen-0-lengte': '2', 'eigenschappen-0-kardinaliteit': '1', 'eigenschappen-0-statustype': '2',
        'informatieobjecttypen-0-volgnummer': '1', 'informatieobjecttypen-0-informatieobjecttype': 'Aanvraagformulier', 'informatieobjecttypen-0-richting': 'inkomend',
        rules: JSON.stringify({
          version: 1, facts: { aantalHonden: { type: 'number', label: { nl: 'het aantal honden', en: 'the number of dogs' } } },
          rules: [{ id: 'te-veel-honden', description: { nl: 'Meer dan 6 honden mag niet.', en: 'More than 6 dogs is not allowed.' }, when: { fact: 'aantalHonden', op: '>', value: 6 }, then: { outcome: 'afwijzen', reason: { nl: 'U mag hoogstens 6 honden tegelijk uitlaten.', en: 'You may walk at most 6 dogs at a time.' } } }],
        }),
      }), { formPage: `${path}/bewerken` });
      assert.equal(saved.status, 303, await saved.text());
      const after = (await inDijkwaard((tx) => getZaaktype(tx, id)))!;
      assert.deepEqual(after.statustypen.map((s) => [s.volgnummer, s.omschrijving, s.isEindstatus]), [[1, 'Ontvangen', false], [2, 'In behandeling', false], [3, 'Afgehandeld', true]]);
      assert.equal(after.statustypen[2]!.id, afgehandeld!.id, 'the moved statustype kept its id');
      assert.equal(after.eigenschappen[0]!.statustype, after.statustypen[1]!.id);
      assert.equal(after.rules?.rules[0]!.id, 'te-veel-honden');
      const detail = await (await admin.get(`${path}?melding=saved`)).text();
      assert.match(detail, /De wijzigingen zijn opgeslagen/);
      assert.match(detail, /Gewijzigd: [^<]*Statustypen/);
      assert.match(detail, /Dennis Mulder/);

      // A stale form (old revision) is not saved, and what was typed comes back.
      const stale = await admin.post(path, newZaaktypeForm({ revision, ...RESULTAAT, omschrijving: 'Te laat' }), { formPage: `${path}/bewerken` });
      assert.equal(stale.status, 409);
      const staleHtml = await stale.text();
      assert.match(staleHtml, /Iemand anders heeft dit zaaktype intussen gewijzigd/);
      assert.match(staleHtml, /value="Te laat"/);

      // Remove a row with its checkbox.
      const current = (await inDijkwaard((tx) => getZaaktype(tx, id)))!;
      const editAgain = await (await admin.get(`${path}/bewerken`)).text();
      const fields: Record<string, string | string[]> = {};
      for (const m of editAgain.matchAll(/<input(?![^>]*type="checkbox")[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)) if (m[1] !== '_csrf') fields[m[1]!] = decode(m[2]!);
      for (const m of editAgain.matchAll(/<textarea[^>]*name="([^"]+)"[^>]*>([^<]*)<\/textarea>/g)) fields[m[1]!] = decode(m[2]!);
      for (const m of editAgain.matchAll(/<select[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) fields[m[1]!] = /<option value="([^"]*)" selected/.exec(m[2]!)?.[1] ?? '';
      for (const m of editAgain.matchAll(/<input[^>]*type="checkbox"[^>]*name="([^"]+)"[^>]*value="ja"[^>]*checked/g)) fields[m[1]!] = 'ja';
      const removeAt = Object.keys(fields).find((k) => /^statustypen-\d+-omschrijving$/.test(k) && fields[k] === 'In behandeling')!.replace('omschrijving', 'verwijderen');
      fields[removeAt] = 'ja';
      fields['eigenschappen-0-statustype'] = '';
      fields.revision = String(current.revision);
      const removed = await admin.post(path, fields, { formPage: `${path}/bewerken` });
      assert.equal(removed.status, 303, await removed.text());
      assert.deepEqual((await inDijkwaard((tx) => getZaaktype(tx, id)))!.statustypen.map((s) => s.omschrijving), ['Ontvangen', 'Afgehandeld']);

      const published = await admin.post(`${path}/publiceren`, {}, { formPage: path });
      assert.equal(published.status, 303);
      const publishedHtml = await (await admin.get(`${path}?melding=published`)).text();
      assert.match(publishedHtml, /Deze versie is gepubliceerd\./);
      assert.match(publishedHtml, /Gepubliceerd: Geldig nu/);
      assert.equal((await admin.post(`${path}/verwijderen`, {}, { formPage: path })).status, 409);
    });

    it('makes a new version of a published one: checks the date, opens the concept, and ends the old version when published', async () => {
      const oldId = await idOf('KAPVERGUNNING');
      const page = `/dijkwaard/beheer/zaaktypen/${oldId}`;
      const early = await admin.post(`${page}/nieuwe-versie`, { beginGeldigheid: '2023-05-01' }, { formPage: page });
      assert.equal(early.status, 400);
      const earlyHtml = await early.text();
      assert.match(earlyHtml, /<a class="utrecht-link" href="#beginGeldigheid">Een nieuwe versie moet na 2024-01-01 beginnen/);
      assert.match(earlyHtml, /value="2023-05-01"/);
      const bad = await admin.post(`${page}/nieuwe-versie`, { beginGeldigheid: '31-12-2026' }, { formPage: page });
      assert.equal(bad.status, 400);
      assert.match(await bad.text(), /Vul een datum in als JJJJ-MM-DD/);

      const made = await admin.post(`${page}/nieuwe-versie`, { beginGeldigheid: '2027-01-01' }, { formPage: page });
      assert.equal(made.status, 303);
      const location = made.headers.get('location')!;
      assert.match(location, /^\/dijkwaard\/beheer\/zaaktypen\/[0-9a-f-]{36}\/bewerken\?melding=new-version$/);
      const form = await (await admin.get(location)).text();
      assert.match(form, /Er is een nieuwe conceptversie gemaakt/);
      assert.match(form, /Concept bewerken: Kapvergunning \(versie 2\)/);
      const again = await admin.post(`${page}/nieuwe-versie`, { beginGeldigheid: '2028-01-01' }, { formPage: page });
      assert.equal(again.status, 409);
      assert.match(await again.text(), /Er is al een conceptversie \(versie 2\)/);

      const newPath = location.replace(/\/bewerken\?.*$/, '');
      assert.equal((await admin.post(`${newPath}/publiceren`, {}, { formPage: newPath })).status, 303);
      const old = (await inDijkwaard((tx) => getZaaktype(tx, oldId)))!;
      assert.equal(old.eindeGeldigheid, '2026-12-31');
      assert.match(await (await admin.get(page)).text(), /1 januari 2024 t\/m 31 december 2026/);
    });

    it('deletes a concept', async () => {
      const created = await admin.post('/dijkwaard/beheer/zaaktypen', newZaaktypeForm({ identificatie: 'WEG-ERMEE' }), { formPage: '/dijkwaard/beheer/zaaktypen/nieuw' });
      const path = created.headers.get('location')!.replace(/\?.*$/, '');
      const deleted = await admin.post(`${path}/verwijderen`, {}, { formPage: path });
      assert.equal(deleted.status, 303);
      assert.equal(deleted.headers.get('location'), '/dijkwaard/beheer/zaaktypen?melding=deleted');
      assert.equal((await admin.get(path)).status, 404);
    });

    it('refuses a form without a valid CSRF token', async () => {
      const res = await admin.post('/dijkwaard/beheer/zaaktypen', newZaaktypeForm({ identificatie: 'ZONDER-TOKEN' }), { csrf: 'vals' });
      assert.equal(res.status, 403);
      assert.equal((await inDijkwaard((tx) => listZaaktypen(tx, { identificatie: 'ZONDER-TOKEN' }))).length, 0);
    });
  });
}
