/**
 * Mijn zaken through real HTTP on a demo server: the list shows only one's own zaken, the tracker
 * shows states and dates, answering a question with an upload (content checked) resumes the zaak,
 * the human-review request makes a taak, documents are downloadable only when public enough, the
 * anonymous volglink works (a wrong one does not), and notification mails arrive exactly once.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/access.js';
import type { Tx } from '../../platform/db/database.js';
import { until } from '../../platform/jobs/test-helpers.js';
import { DevMailbox } from '../../platform/mail/index.js';
import { staffActor } from '../../platform/testing/actors.js';
import { engines, loginAsResident, startTestServer, Visitor, type TestServer } from '../../platform/testing/harness.js';
import { currentZaaktype, type Zaaktype } from '../catalogi/index.js';
import { documentenService } from '../documenten/index.js';
import { createVolglink, recordAssessment, zakenService, type Zaak } from '../zaken/index.js';
import { notify } from './notifications.js';
import { postMultipart, resident } from './test-support.js';

const OWN_BSN = '999993653';
const OTHER_BSN = '999990007';
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

for (const engine of engines()) {
  describe(`Mijn zaken (${engine})`, () => {
    let server: TestServer;
    let tenantId: string;
    let zaaktype: Zaaktype;
    let own: Zaak;
    let other: Zaak;
    let visitor: Visitor;
    const behandelaar = staffActor(['behandelaar'], 'Bram Smit');
    const inTenant = <T,>(fn: (tx: Tx) => Promise<T>) => server.stadhuis.database.withTenant(tenantId, fn);
    const zaken = () => zakenService(server.stadhuis.platform);
    const mailbox = () => new DevMailbox(server.stadhuis.database, 'test');

    before(async () => {
      server = await startTestServer(engine);
      tenantId = (await server.stadhuis.platform.tenants.bySlug('dijkwaard'))!.id;
      zaaktype = (await inTenant((tx) => currentZaaktype(tx, 'PARKEERVERGUNNING-BEWONERS')))!;
      own = await inTenant((tx) => zaken().createZaak(tx, resident(OWN_BSN), {
        zaaktype: zaaktype.id, omschrijving: 'Parkeervergunning Dijkstraat',
        initiator: { betrokkeneType: 'natuurlijk_persoon', betrokkeneIdentificatie: {}, contactpersoonRol: { naam: 'Jan Jansen', emailadres: 'jan@example.nl' } },
      }));
      other = await inTenant((tx) => zaken().createZaak(tx, resident(OTHER_BSN), { zaaktype: zaaktype.id, omschrijving: 'Van een ander' }));
      visitor = await loginAsResident(server, '/dijkwaard', OWN_BSN, 'midden');
    });

    after(async () => {
      await server?.close();
    });

    it('lists only the resident\'s own zaken; another resident\'s zaak by id is not found', async () => {
      const list = await (await visitor.get('/dijkwaard/mijn/zaken')).text();
      assert.match(list, new RegExp(own.identificatie));
      assert.doesNotMatch(list, new RegExp(other.identificatie));
      assert.match(list, /Parkeervergunning voor bewoners/);
      assert.equal((await visitor.get(`/dijkwaard/mijn/zaken/${other.id}`)).status, 404);
      assert.equal((await visitor.get(`/dijkwaard/mijn/zaken/${randomUUID()}`)).status, 404);
      // Not logged in: to the login page.
      const anonymous = await new Visitor(server).get('/dijkwaard/mijn/zaken');
      assert.equal(anonymous.status, 303);
      assert.match(anonymous.headers.get('location')!, /\/dijkwaard\/inloggen\?terug=/);
      // The "Mijn" page links to it.
      assert.match(await (await visitor.get('/dijkwaard/mijn')).text(), /href="\/dijkwaard\/mijn\/zaken"/);
    });

    it('shows every status of the zaaktype in order: done, now and next, and the expected decision date', async () => {
      const html = await (await visitor.get(`/dijkwaard/mijn/zaken/${own.id}`)).text();
      const steps = [...html.matchAll(/stadhuis-tracker__step--(\w+)"[^>]*>\s*<strong>([^<]+)<\/strong>/g)].map((m) => `${m[2]}:${m[1]}`);
      assert.deepEqual(steps, ['Ontvangen:now', 'In behandeling:next', 'Afgehandeld:next']);
      assert.match(html, /aria-current="step"/);
      const expected = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(new Date(`${own.einddatumGepland}T12:00:00Z`));
      assert.match(html, new RegExp(`uiterlijk ${expected} een besluit`));
      assert.equal(html.includes(OWN_BSN), false);
    });

    it('asks a question: the list marks it, a PNG named .pdf is refused with the text kept, a real answer resumes the zaak', async () => {
      const deadline = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
      const verzoek = await inTenant((tx) => zaken().requestInformation(tx, behandelaar, own.id, { vraag: 'Stuur een kopie van uw kentekenbewijs.', deadline }));
      const list = await (await visitor.get('/dijkwaard/mijn/zaken')).text();
      assert.match(list, /Actie nodig: wij hebben een vraag voor u/);
      const page = `/dijkwaard/mijn/zaken/${own.id}`;
      const before = await (await visitor.get(page)).text();
      assert.match(before, /Stuur een kopie van uw kentekenbewijs\./);
      assert.match(before, /staat stil/);

      const refused = await postMultipart(visitor, `${page}/vragen/${verzoek.id}`, page, { antwoord: 'Hierbij mijn kentekenbewijs.' }, [{ filename: 'kenteken.pdf', type: 'application/pdf', content: PNG }]);
      assert.equal(refused.status, 400);
      const body = await refused.text();
      assert.match(body, /id="error-summary"/);
      assert.match(body, /kenteken\.pdf is niet wat de naam zegt/);
      assert.match(body, /Hierbij mijn kentekenbewijs\./, 'the text is kept');
      assert.equal((await inTenant((tx) => zaken().listInformatieverzoeken(tx, resident(OWN_BSN), own.id)))[0]!.status, 'open');

      const empty = await visitor.post(`${page}/vragen/${verzoek.id}`, { antwoord: '   ' }, { formPage: page });
      assert.equal(empty.status, 400);
      assert.match(await empty.text(), /Schrijf een antwoord of kies een document/);

      const sent = await postMultipart(visitor, `${page}/vragen/${verzoek.id}`, page, { antwoord: 'Hierbij mijn kentekenbewijs.' }, [{ filename: 'kenteken.pdf', type: 'application/pdf', content: PDF }]);
      assert.equal(sent.status, 303, await sent.text());
      assert.equal(sent.headers.get('location'), `${page}?beantwoord=1`);
      const after = await (await visitor.get(sent.headers.get('location')!)).text();
      assert.match(after, /Wij hebben uw antwoord ontvangen/);
      const [answered] = await inTenant((tx) => zaken().listInformatieverzoeken(tx, resident(OWN_BSN), own.id));
      assert.equal(answered!.status, 'beantwoord');
      assert.equal(answered!.documenten.length, 1);
      const zaak = await inTenant((tx) => zaken().getMijnZaak(tx, resident(OWN_BSN), own.id));
      assert.equal(zaak!.opschorting.indicatie, false, 'the answer resumes the zaak');
      // Answering again is refused, not a 500.
      // (The zaak page may have no form left now; the session's CSRF token is on every page with one.)
      const again = await visitor.post(`${page}/vragen/${verzoek.id}`, { antwoord: 'Nog een keer' }, { formPage: '/dijkwaard/mijn' });
      assert.equal(again.status, 400);
      assert.match(await again.text(), /U heeft deze vraag al beantwoord/);
    });

    it('shows an automated assessment with its explanation; asking for a person makes a taak', async () => {
      await inTenant((tx) => recordAssessment(tx, { kind: 'system', process: 'regels' }, own.id, {
        zaaktype: zaaktype.id, uitkomst: 'afwijzen', feiten: {}, evaluatie: [], gevolg: 'afgewezen',
        uitleg: { aanvrager: { nl: ['U heeft al twee vergunningen.'], en: ['You already have two permits.'] }, medewerker: { nl: ['Max 2.'], en: ['Max 2.'] } },
      }));
      const page = `/dijkwaard/mijn/zaken/${own.id}`;
      const html = await (await visitor.get(page)).text();
      assert.match(html, /U heeft al twee vergunningen\./);
      assert.match(html, /Ik wil dat een medewerker mijn aanvraag beoordeelt/);
      const missing = await visitor.post(`${page}/beoordeling`, { toelichting: '' }, { formPage: page });
      assert.equal(missing.status, 400);
      assert.match(await missing.text(), /Schrijf kort waarom/);
      const asked = await visitor.post(`${page}/beoordeling`, { toelichting: 'Mijn tweede auto is verkocht.' }, { formPage: page });
      assert.equal(asked.status, 303);
      const taken = await inTenant((tx) => zaken().listTaken(tx, behandelaar, { zaakId: own.id }));
      assert.ok(taken.some((t) => t.soort === 'menselijke-beoordeling' && t.omschrijving.includes('Mijn tweede auto is verkocht.')));
      const twice = await visitor.post(`${page}/beoordeling`, { toelichting: 'Nog eens' }, { formPage: page });
      assert.equal(twice.status, 400, 'a second request is answered in the form');
    });

    it('lets the applicant download a public document of their zaak, and not an internal one', async () => {
      const documenten = documentenService(server.stadhuis.platform);
      const types = zaaktype.informatieobjecttypen.filter((l) => l.informatieobjecttype);
      const type = types.find((l) => l.richting === 'uitgaand')!.informatieobjecttype!.id;
      const [open, closed] = await inTenant(async (tx) => {
        const a = await documenten.createDocument(tx, behandelaar, { informatieobjecttype: type, titel: 'Ontvangstbevestiging', auteur: 'Gemeente', bestandsnaam: 'bevestiging.pdf', formaat: 'application/pdf', vertrouwelijkheidaanduiding: 'openbaar', content: PDF });
        const b = await documenten.createDocument(tx, behandelaar, { informatieobjecttype: type, titel: 'Intern advies', auteur: 'Gemeente', bestandsnaam: 'advies.pdf', formaat: 'application/pdf', vertrouwelijkheidaanduiding: 'intern', content: PDF });
        await zaken().addZaakinformatieobject(tx, behandelaar, own.id, { informatieobject: a.id });
        await zaken().addZaakinformatieobject(tx, behandelaar, own.id, { informatieobject: b.id });
        return [a, b];
      });
      const page = await (await visitor.get(`/dijkwaard/mijn/zaken/${own.id}`)).text();
      assert.match(page, /Download Ontvangstbevestiging/);
      assert.doesNotMatch(page, /Intern advies/);
      const download = await visitor.get(`/dijkwaard/mijn/zaken/${own.id}/documenten/${open!.id}`);
      assert.equal(download.status, 200);
      assert.match(download.headers.get('content-disposition')!, /attachment; filename="bevestiging\.pdf"/);
      assert.deepEqual(Buffer.from(await download.arrayBuffer()), PDF);
      assert.equal((await visitor.get(`/dijkwaard/mijn/zaken/${own.id}/documenten/${closed!.id}`)).status, 404);
      assert.equal((await visitor.get(`/dijkwaard/mijn/zaken/${other.id}/documenten/${open!.id}`)).status, 404);
    });

    it('lists and downloads what the applicant sent in themselves, even when the zaak keeps it confidential', async () => {
      const documenten = documentenService(server.stadhuis.platform);
      const type = zaaktype.informatieobjecttypen.find((l) => l.informatieobjecttype && l.richting !== 'uitgaand')!.informatieobjecttype!.id;
      const applicant = { kind: 'resident' as const, identity: { kind: 'resident' as const, bsn: OWN_BSN, level: 'midden' as const, method: 'digid' as const } };
      const upload = await inTenant(async (tx) => {
        const d = await documenten.createDocument(tx, applicant, { informatieobjecttype: type, titel: 'Foto van de schade', auteur: 'Aanvrager', bestandsnaam: 'schade.pdf', formaat: 'application/pdf', vertrouwelijkheidaanduiding: 'zaakvertrouwelijk', content: PDF });
        await zaken().addZaakinformatieobject(tx, behandelaar, own.id, { informatieobject: d.id });
        return d;
      });
      const page = await (await visitor.get(`/dijkwaard/mijn/zaken/${own.id}`)).text();
      assert.match(page, /Foto van de schade/);
      const download = await visitor.get(`/dijkwaard/mijn/zaken/${own.id}/documenten/${upload.id}`);
      assert.equal(download.status, 200);
      assert.deepEqual(Buffer.from(await download.arrayBuffer()), PDF);
      // Someone else's confidential upload on the same zaak stays hidden.
      const stranger = { kind: 'resident' as const, identity: { kind: 'resident' as const, bsn: '999990019', level: 'midden' as const, method: 'digid' as const } };
      const theirs = await inTenant(async (tx) => {
        const d = await documenten.createDocument(tx, stranger, { informatieobjecttype: type, titel: 'Zienswijze buurman', auteur: 'Buurman', bestandsnaam: 'zienswijze.pdf', formaat: 'application/pdf', vertrouwelijkheidaanduiding: 'zaakvertrouwelijk', content: PDF });
        await zaken().addZaakinformatieobject(tx, behandelaar, own.id, { informatieobject: d.id });
        return d;
      });
      assert.doesNotMatch(await (await visitor.get(`/dijkwaard/mijn/zaken/${own.id}`)).text(), /Zienswijze buurman/);
      assert.equal((await visitor.get(`/dijkwaard/mijn/zaken/${own.id}/documenten/${theirs.id}`)).status, 404);
    });

    it('shows an anonymous applicant their zaak through the volglink; a wrong token is not found', async () => {
      const { token } = await inTenant((tx) => createVolglink(tx, { kind: 'system', process: 'test' }, other.id));
      assert.match(token, /^[A-Za-z0-9_-]{43}$/);
      const res = await server.fetch(`/dijkwaard/zaak-volgen/${token}`);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
      assert.equal(res.headers.get('cache-control'), 'no-store');
      assert.equal(res.headers.get('x-robots-tag'), 'noindex');
      const html = await res.text();
      assert.match(html, new RegExp(other.identificatie));
      assert.match(html, /Hier is uw zaak nu/);
      const wrong = await server.fetch(`/dijkwaard/zaak-volgen/${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`);
      assert.equal(wrong.status, 404);
      assert.equal((await server.fetch('/dijkwaard/zaak-volgen/onzin')).status, 404);
      // Only the hash is stored.
      const stored = await inTenant(async (tx) => (await tx.execute(sql`select token_hash from zaak_volglinks`) as unknown as { rows: { token_hash: string }[] }).rows);
      assert.ok(stored.every((r) => r.token_hash !== token));
      // Another municipality does not know the link.
      assert.equal((await server.fetch(`/heuvelrode/zaak-volgen/${token}`)).status, 404);
    });

    it('mails the applicant on the zaken events exactly once, with a volglink for an anonymous applicant and no BSN', async () => {
      const mails = async (to: string) => {
        const box = mailbox();
        const { items } = await box.list({ limit: 200 });
        return Promise.all(items.filter((m) => m.recipient === to).map((m) => box.get(m.id).then((x) => x!)));
      };
      // The logged-in applicant: receipt and question, with the Mijn zaken link.
      await server.stadhuis.platform.jobs.runDue();
      await until(async () => (await mails('jan@example.nl')).length >= 2, 10_000, 'the mails to Jan');
      const jan = await mails('jan@example.nl');
      const subjects = jan.map((m) => m.subject).sort();
      assert.ok(subjects.includes(`Wij hebben uw aanvraag ontvangen (${own.identificatie})`), subjects.join(' | '));
      assert.ok(subjects.includes(`Wij hebben een vraag over uw zaak ${own.identificatie}`), subjects.join(' | '));
      for (const m of jan) {
        assert.match(m.text, new RegExp(`/dijkwaard/mijn/zaken/${own.id}`));
        assert.match(m.text, /^Beste Jan Jansen,/);
        assert.equal(m.text.includes(OWN_BSN), false);
      }

      // An anonymous applicant (registered by the contact centre without a BSN): a volglink in the first mail.
      const kcc = staffActor(['kcc-medewerker'], 'Anouk Visser');
      const anonymous = await inTenant((tx) => zaken().createZaak(tx, kcc, {
        zaaktype: zaaktype.id,
        initiator: { betrokkeneType: 'natuurlijk_persoon', betrokkeneIdentificatie: { geslachtsnaam: 'Pietersen' }, contactpersoonRol: { naam: 'P. Pietersen', emailadres: 'piet@example.nl' } },
      }));
      await server.stadhuis.platform.jobs.runDue();
      await until(async () => (await mails('piet@example.nl')).length > 0, 10_000, 'the receipt');
      const [first] = await mails('piet@example.nl');
      assert.ok(first, 'the receipt arrived');
      const link = /http:\/\/[^\s]+\/dijkwaard\/zaak-volgen\/([A-Za-z0-9_-]{43})/.exec(first.text);
      assert.ok(link, first.text);
      const followed = await fetch(link[0]);
      assert.equal(followed.status, 200);
      assert.match(await followed.text(), new RegExp(anonymous.identificatie));

      // A retried handler (same event) sends nothing more.
      const [event] = await server.stadhuis.database.withPlatform(async (tx) => (await tx.execute(sql`
        select id, tenant_id, topic, payload, key, available_at, created_at from outbox_events where topic = 'zaak.aangemaakt' and payload->>'zaak' = ${anonymous.id}`) as unknown as { rows: Record<string, unknown>[] }).rows);
      const outboxEvent = {
        id: String(event!.id), tenantId, topic: 'zaak.aangemaakt', payload: event!.payload as Record<string, unknown>, key: null,
        availableAt: new Date(), createdAt: new Date(), deliveryId: randomUUID(), attempt: 2,
      };
      await notify(server.stadhuis.platform, 'aangemaakt', outboxEvent);
      await notify(server.stadhuis.platform, 'aangemaakt', outboxEvent);
      await server.stadhuis.platform.jobs.runDue();
      assert.equal((await mails('piet@example.nl')).length, 1, 'exactly one mail for the event');

      // A decision sent: a mail without a new link for the anonymous applicant.
      await inTenant(async (tx) => {
        const { publish } = await import('../../platform/jobs/index.js');
        await publish(tx, { tenantId, topic: 'zaak.besluit-verzonden', payload: { zaak: anonymous.id, identificatie: anonymous.identificatie } });
      });
      await server.stadhuis.platform.jobs.runDue();
      await until(async () => (await mails('piet@example.nl')).length > 1, 10_000, 'the decision mail');
      const piet = await mails('piet@example.nl');
      const besluit = piet.find((m) => m.subject === `Er is een besluit over uw zaak ${anonymous.identificatie}`);
      assert.ok(besluit, piet.map((m) => m.subject).join(' | '));
      assert.match(besluit.text, /persoonlijke link uit onze eerste e-mail/);
      assert.doesNotMatch(besluit.text, /zaak-volgen/);
    });
  });
}
