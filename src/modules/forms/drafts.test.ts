/**
 * Who may fill in a form, never asking what is known (prefill from the BRP and KVK, written to the
 * processing log), saving and resuming (per logged-in resident; by an e-mailed link for someone who
 * is not logged in), and drafts that are sealed at rest and stay within their municipality.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { engines, loginAsResident as login, startTestServer, Visitor, type TestServer } from '../../platform/testing/harness.js';
import { decode, FormVisitor, hiddenValue, summaryLinks } from './test-support.js';

const PARKEREN = '/dijkwaard/formulieren/parkeervergunning-bewoners';
const MELDING = '/dijkwaard/formulieren/melding-openbare-ruimte';
const EVENEMENT = '/dijkwaard/formulieren/evenementenvergunning';

for (const engine of engines()) {
  describe(`drafts, prefill and access of online forms (${engine})`, () => {
    let server: TestServer;
    before(async () => { server = await startTestServer(engine, { env: { TRUST_PROXY: 'true' } }); });
    after(() => server.close());

    const loginAsResident = async (s: TestServer, path: string, bsn: string, level: string, v: FormVisitor) => (await login(s, path, bsn, level, v)) as FormVisitor;
    const local = (res: Response) => { const u = new URL(res.headers.get('location')!, server.url); return u.pathname + u.search; };
    const tenantId = async (slug: string) => (await server.stadhuis.platform.tenants.bySlug(slug))!.id;
    const rows = async <T>(slug: string, query: string) => ((await server.stadhuis.database.withTenant(await tenantId(slug), (tx) => tx.execute(sql.raw(query)))) as unknown as { rows: T[] }).rows;
    const text = async (res: Response | Promise<Response>) => decode(await (await res).text()).replace(/\u00a0/g, ' ');

    async function loginBusiness(v: Visitor, kvk: string, level = 'EH3') {
      const start = await v.post('/dijkwaard/inloggen', { soort: 'eherkenning', niveau: 'EH2', terug: '/mijn' }, { formPage: '/dijkwaard/inloggen' });
      const interaction = local(await v.get(local(start)));
      const picked = await v.post(interaction, { soort: 'eherkenning', bedrijf: kvk, niveau: level });
      const callback = local(await v.get(local(picked)));
      const done = await v.get(callback);
      assert.equal(done.status, 303, 'business logged in');
    }

    it('asks a visitor who is not logged in to log in with DigiD at the right level, and starts nothing without it', async () => {
      const v = new FormVisitor(server);
      const page = await text(v.get(PARKEREN));
      assert.match(page, /Om dit formulier in te vullen, logt u eerst in\./);
      assert.match(page, /U hebt DigiD nodig op niveau midden of hoger\./);
      assert.match(page, /href="\/dijkwaard\/inloggen\?terug=%2Fformulieren%2Fparkeervergunning-bewoners&niveau=midden"/);
      const start = await v.send(`${PARKEREN}/starten`, {}, MELDING);
      assert.equal(local(start), PARKEREN);
      assert.equal((await v.get(`${PARKEREN}/stap/adres`)).status, 303);
      const low = await loginAsResident(server, '/dijkwaard', '999993653', 'basis', new FormVisitor(server));
      assert.match(await text(low.get(PARKEREN)), /niveau=midden/, 'DigiD basis is not enough: log in again (step-up)');
    });

    it('fills in what the BRP knows as facts with their source, writes the processing log, and refuses an address outside the permit areas', async () => {
      const v = await loginAsResident(server, '/dijkwaard', '999993653', 'midden', new FormVisitor(server));
      const subject = { type: 'bsn' as const, id: '999993653' };
      const logBefore = await server.stadhuis.platform.processingLog.countForSubject(await tenantId('dijkwaard'), subject);
      assert.match(await text(v.get(PARKEREN)), /U bent ingelogd\. Gegevens die de gemeente al van u heeft, vullen wij voor u in\./);
      const start = await v.send(`${PARKEREN}/starten`, {}, PARKEREN);
      assert.equal(local(start), `${PARKEREN}/stap/adres`);
      const page = await text(v.get(`${PARKEREN}/stap/adres`));
      assert.match(page, /<dt class="stadhuis-fact__label">Naam<\/dt>[\s\S]*Suzanne Moulin[\s\S]*Uit de Basisregistratie Personen/);
      assert.match(page, /Dijkstraat 14[\s\S]*4201 AB Dijkwaard[\s\S]*Ligt in: Vergunninggebied Centrum/);
      assert.doesNotMatch(page, /name="naam"|name="adres\.postcode"/, 'what is known is not asked');
      const entries = await server.stadhuis.platform.processingLog.forSubject(await tenantId('dijkwaard'), subject);
      assert.equal(entries.length, logBefore + 1);
      assert.equal(entries[0]!.activityId, 'formulier-vooraf-invullen/1');
      assert.deepEqual(entries[0]!.dataCategories.sort(), ['adres', 'naam'].sort());

      const jan = await loginAsResident(server, '/dijkwaard', '999992077', 'midden', new FormVisitor(server));
      await jan.send(`${PARKEREN}/starten`, {}, PARKEREN);
      const outside = await jan.send(`${PARKEREN}/stap/adres`, { actie: 'volgende' });
      assert.equal(outside.status, 400);
      assert.deepEqual(summaryLinks(await outside.text()), [['f-adres', 'Uw adres ligt niet in een gebied met betaald parkeren. U hebt geen vergunning nodig.']]);
    });

    it('keeps a logged-in resident’s draft and resumes it on another device; the fee follows the answers', async () => {
      const phone = await loginAsResident(server, '/dijkwaard', '999998456', 'midden', new FormVisitor(server));
      await phone.send(`${PARKEREN}/starten`, {}, PARKEREN);
      assert.equal(local(await phone.send(`${PARKEREN}/stap/adres`, { actie: 'volgende' })), `${PARKEREN}/stap/auto`);
      assert.equal(local(await phone.send(`${PARKEREN}/stap/auto`, { kenteken: 'ab-123-c', opEigenNaam: 'ja', eigenParkeerplaats: 'nee', actie: 'volgende' })), `${PARKEREN}/stap/vergunning`);
      const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' }).split('-');
      assert.equal(local(await phone.send(`${PARKEREN}/stap/vergunning`, { aantalVergunningen: '1', 'ingangsdatum.dag': today[2]!, 'ingangsdatum.maand': today[1]!, 'ingangsdatum.jaar': today[0]!, duur: 'kwartaal', actie: 'volgende' })), `${PARKEREN}/stap/contact`);
      const saved = await phone.send(`${PARKEREN}/stap/contact`, { email: 'mohammed@voorbeeld.nl', actie: 'opslaan' });
      assert.equal(local(saved), `${PARKEREN}/opgeslagen`);
      assert.match(await text(phone.get(local(saved))), /Uw formulier is opgeslagen[\s\S]*We bewaren uw antwoorden tot/);

      const laptop = await loginAsResident(server, '/dijkwaard', '999998456', 'midden', new FormVisitor(server));
      const start = await text(laptop.get(PARKEREN));
      assert.match(start, /U was al begonnen met dit formulier\./);
      assert.match(start, /Ga verder waar u was/);
      const resumed = await laptop.get(`${PARKEREN}/verder`);
      assert.equal(local(resumed), `${PARKEREN}/stap/contact`);
      assert.match(await text(laptop.get(`${PARKEREN}/stap/contact`)), /value="mohammed@voorbeeld\.nl"/);
      assert.equal(local(await laptop.send(`${PARKEREN}/stap/contact`, { email: 'mohammed@voorbeeld.nl', actie: 'volgende' })), `${PARKEREN}/controleren`);
      const review = await text(laptop.get(`${PARKEREN}/controleren`));
      assert.match(review, /Kosten van de vergunning[\s\S]*€ 30,00/);
      assert.match(review, /AB-123-C/);
      const key = hiddenValue(review, 'sleutel')!;
      const sent = await laptop.send(`${PARKEREN}/versturen`, { sleutel: key, verklaring: 'ja' }, `${PARKEREN}/controleren`);
      assert.equal(sent.status, 303);
      assert.match(await text(laptop.get(local(sent))), /ZAAK-20\d\d-\d{7}/, "the reference is the case number");
      const entries = await server.stadhuis.platform.processingLog.forSubject(await tenantId('dijkwaard'), { type: 'bsn', id: '999998456' });
      // After sending, the zaak made of it logs its own processing (and the notification) too.
      const sending = entries.find((e) => e.activityId === 'formulier-indienen/1');
      assert.ok(sending, 'sending is logged too');
      assert.equal(sending.operation, 'create');
      // The other device's draft is the same one, and it is gone now.
      assert.equal(local(await phone.get(`${PARKEREN}/stap/contact`)), PARKEREN);
    });

    it('prefills a business from the KVK and asks for the contact person', async () => {
      const v = new FormVisitor(server);
      await loginBusiness(v, '69599084');
      const start = await v.send(`${EVENEMENT}/starten`, {}, EVENEMENT);
      assert.equal(local(start), `${EVENEMENT}/stap/organisator`);
      const page = await text(v.get(`${EVENEMENT}/stap/organisator`));
      assert.match(page, /Naam van de organisatie<\/dt>[\s\S]*Bakkerij De Dijk[\s\S]*Uit het Handelsregister van de KVK/);
      assert.match(page, /KVK-nummer<\/dt>[\s\S]*69599084/);
      assert.match(page, /<label class="utrecht-form-label" for="f-contactpersoon">Naam van de contactpersoon<\/label>/);
    });

    it('sends a resume link by e-mail to someone who is not logged in; the link works once, in another browser', async () => {
      const first = new FormVisitor(server);
      await first.send(`${MELDING}/starten`, {}, MELDING);
      await first.send(`${MELDING}/stap/wat`, { categorie: 'verlichting', omschrijving: 'De lantaarnpaal bij het bankje knippert.', actie: 'volgende' });
      const save = await first.send(`${MELDING}/stap/waar`, { heeftAdres: 'nee', actie: 'opslaan' });
      assert.equal(local(save), `${MELDING}/opgeslagen`);
      assert.match(await text(first.get(local(save))), /Wij sturen u een e-mail met een link/);
      const wrong = await first.send(`${MELDING}/opslaan`, { email: 'geen-adres' }, `${MELDING}/opgeslagen`);
      assert.equal(wrong.status, 400);
      assert.deepEqual(summaryLinks(await wrong.text()), [['f-email', 'Vul een e-mailadres in zoals naam@voorbeeld.nl']]);
      const ok = await first.send(`${MELDING}/opslaan`, { email: 'melder@voorbeeld.nl' }, `${MELDING}/opgeslagen`);
      assert.equal(ok.status, 200);
      assert.match(await text(ok), /We hebben een link gestuurd naar melder@voorbeeld\.nl/);

      const [mail] = await rows<{ recipient: string; subject: string; text_body: string }>('dijkwaard', `select recipient, subject, text_body from mail_messages order by created_at desc limit 1`);
      assert.equal(mail!.recipient, 'melder@voorbeeld.nl');
      assert.equal(mail!.subject, 'Ga verder met uw formulier: Melding openbare ruimte doen');
      const link = /(\/dijkwaard\/formulieren\/melding-openbare-ruimte\/hervatten\?code=[A-Za-z0-9_-]{43})/.exec(mail!.text_body)?.[1];
      assert.ok(link, mail!.text_body);

      const other = new FormVisitor(server);
      // A mail scanner that opens the link does not use it up: opening shows a button.
      assert.equal((await other.get(link)).status, 200);
      const landing = await other.get(link);
      assert.equal(landing.status, 200);
      const landingHtml = await text(landing);
      assert.match(landingHtml, /Ga verder met uw formulier/);
      const code = new URL(link, server.url).searchParams.get('code')!;
      const resumed = await other.send(`${MELDING}/hervatten`, { code }, link);
      assert.equal(local(resumed), `${MELDING}/verder`);
      assert.equal(local(await other.get(`${MELDING}/verder`)), `${MELDING}/stap/waar`);
      assert.match(await text(other.get(`${MELDING}/stap/waar`)), /id="f-heeftAdres-nee" name="heeftAdres" value="nee" checked/);
      assert.match(await text(other.get(`${MELDING}/stap/wat`)), /De lantaarnpaal bij het bankje knippert\./);
      assert.equal(local(await first.get(`${MELDING}/stap/wat`)), MELDING, 'the first browser no longer has it');
      assert.equal((await new FormVisitor(server).get(link)).status, 404, 'a used link shows that it no longer works');
      const again = await new FormVisitor(server).send(`${MELDING}/hervatten`, { code }, MELDING);
      assert.equal(again.status, 404);
      assert.match(await text(again), /Deze link werkt niet \(meer\)/);
    });

    it('seals drafts and uploads at rest, and keeps them inside their municipality', async () => {
      const v = new FormVisitor(server);
      await v.send(`${MELDING}/starten`, {}, MELDING);
      await v.send(`${MELDING}/stap/wat`, { categorie: 'afval', omschrijving: 'Geheim-woord-in-de-omschrijving', actie: 'volgende' });
      const drafts = await rows<{ data: string }>('dijkwaard', 'select data from form_drafts');
      assert.ok(drafts.length > 0);
      for (const d of drafts) {
        assert.match(d.data, /^v1\./, 'sealed');
        assert.doesNotMatch(d.data, /Geheim-woord|lantaarnpaal|Moulin/);
      }
      assert.equal((await rows<{ n: number }>('heuvelrode', 'select count(*)::int as n from form_drafts'))[0]!.n, 0, 'Heuvelrode sees no Dijkwaard drafts');
      assert.equal((await rows<{ n: number }>('heuvelrode', 'select count(*)::int as n from form_submissions'))[0]!.n, 0);
      const plain = await server.stadhuis.database.withPlatform((tx) => tx.execute(sql.raw('select count(*)::int as n from form_drafts')));
      assert.equal((plain as unknown as { rows: { n: number }[] }).rows[0]!.n, 0, 'without a municipality nothing is visible');
    });
  });
}
