import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/access.js';
import { readPdf } from '../../platform/pdf/pdf-text.js';
import { staffActor } from '../../platform/testing/actors.js';
import { engines, loginAsResident, startTestServer, type TestServer } from '../../platform/testing/harness.js';
import { documentenService } from '../documenten/index.js';
import { FILES } from '../forms/test-files.js';
import { decode, FormVisitor, hiddenValue } from '../forms/test-support.js';
import { listAssessments, zakenService } from '../zaken/index.js';

const PARKEREN = '/dijkwaard/formulieren/parkeervergunning-bewoners';
const MELDING = '/dijkwaard/formulieren/melding-openbare-ruimte';

for (const engine of engines()) {
  describe(`from form to zaak, assessed by the zaaktype's rules (${engine})`, () => {
    let server: TestServer;
    before(async () => { server = await startTestServer(engine); });
    after(() => server.close());

    const local = (res: Response) => { const u = new URL(res.headers.get('location')!, server.url); return u.pathname + u.search; };
    const text = async (res: Response | Promise<Response>) => decode(await (await res).text()).replace(/\u00a0/g, ' ');
    const tenantId = async () => (await server.stadhuis.platform.tenants.bySlug('dijkwaard'))!.id;
    const behandelaar: Actor = staffActor(['behandelaar']);

    /** The assessments of a zaak, once the outbox has delivered its 'zaak.aangemaakt'. */
    async function assessed(zaakId: string) {
      const zaken = zakenService(server.stadhuis.platform);
      for (let i = 0; i < 50; i++) {
        await server.stadhuis.platform.jobs.runDue();
        const found = await server.stadhuis.database.withTenant(await tenantId(), (tx) => listAssessments(tx, behandelaar, zaakId, zaken));
        if (found.length) return found;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('no assessment after 5 s');
    }

    /** A resident applies for a parking permit through the form, without JavaScript. */
    async function applyForParking(bsn: string, car: { opEigenNaam: 'ja' | 'nee'; eigenParkeerplaats: 'ja' | 'nee' }, permits: string) {
      // A lease car needs the statement of the employer or lease company: the form asks for it.
      const resident = await loginAsResident(server, '/dijkwaard', bsn, 'midden', new FormVisitor(server));
      await resident.send(`${PARKEREN}/starten`, {}, PARKEREN);
      assert.equal(local(await resident.send(`${PARKEREN}/stap/adres`, { actie: 'volgende' })), `${PARKEREN}/stap/auto`);
      const auto = car.opEigenNaam === 'ja'
        ? await resident.send(`${PARKEREN}/stap/auto`, { kenteken: 'ab-123-c', ...car, actie: 'volgende' })
        : await resident.sendFiles(`${PARKEREN}/stap/auto`, { kenteken: 'ab-123-c', ...car, actie: 'volgende' }, [{ field: 'verklaring', filename: 'verklaring-werkgever.pdf', type: 'application/pdf', content: FILES.pdf }]);
      assert.equal(local(auto), `${PARKEREN}/stap/vergunning`);
      const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' }).split('-');
      assert.equal(local(await resident.send(`${PARKEREN}/stap/vergunning`, { aantalVergunningen: permits, 'ingangsdatum.dag': today[2]!, 'ingangsdatum.maand': today[1]!, 'ingangsdatum.jaar': today[0]!, duur: 'jaar', actie: 'volgende' })), `${PARKEREN}/stap/contact`);
      assert.equal(local(await resident.send(`${PARKEREN}/stap/contact`, { email: 'bewoner@voorbeeld.nl', actie: 'volgende' })), `${PARKEREN}/controleren`);
      const key = hiddenValue(await text(resident.get(`${PARKEREN}/controleren`)), 'sleutel')!;
      const sent = await resident.send(`${PARKEREN}/versturen`, { sleutel: key, verklaring: 'ja' }, `${PARKEREN}/controleren`);
      assert.equal(sent.status, 303);
      const receipt = await text(resident.get(local(sent)));
      const identificatie = /ZAAK-20\d\d-\d{7}/.exec(receipt)?.[0];
      assert.ok(identificatie, 'the receipt shows the case number');
      const zaakId = /href="\/dijkwaard\/mijn\/zaken\/([0-9a-f-]{36})"/.exec(receipt)?.[1];
      assert.ok(zaakId, 'and links to the case in Mijn zaken');
      return { zaakId, identificatie };
    }

    it('turns a parking-permit application into a zaak with the answers, the application PDF and the applicant; the rules grant it and explain why', async () => {
      const { zaakId, identificatie } = await applyForParking('999998456', { opEigenNaam: 'ja', eigenParkeerplaats: 'nee' }, '1');
      const zaken = zakenService(server.stadhuis.platform);
      const tenant = await tenantId();
      const { zaak, eigenschappen, documents, rollen } = await server.stadhuis.database.withTenant(tenant, async (tx) => ({
        zaak: await zaken.getZaak(tx, behandelaar, zaakId),
        eigenschappen: await zaken.listEigenschappen(tx, behandelaar, zaakId),
        documents: await zaken.listZaakinformatieobjecten(tx, behandelaar, zaakId),
        rollen: await zaken.listRollen(tx, behandelaar, zaakId),
      }));
      assert.equal(zaak!.identificatie, identificatie);
      assert.equal(zaak!.zaaktypeIdentificatie, 'PARKEERVERGUNNING-BEWONERS');
      const values = Object.fromEntries(eigenschappen.map((e) => [e.naam, e.waarde]));
      assert.equal(values.kenteken, 'AB-123-C');
      assert.equal(values.aantalVergunningen, '1');
      assert.equal(values.autoOpEigenNaam, 'ja');
      assert.equal(values.eigenParkeerplaats, 'nee');
      assert.ok(['Centrum', 'Stationsgebied'].includes(values.vergunningszone!), `zone from the address register: ${values.vergunningszone}`);
      assert.equal(values.email, undefined, 'contact data is not an eigenschap');
      const initiator = rollen.find((r) => r.omschrijvingGeneriek === 'initiator')!;
      assert.equal((initiator.betrokkeneIdentificatie as { inpBsn?: string }).inpBsn, '999998456');
      assert.equal(initiator.contactpersoonRol?.emailadres, 'bewoner@voorbeeld.nl');
      const application = documents.find((d) => /^Aanvraag/.test(d.titel));
      assert.ok(application, 'the application is a document of the zaak');
      const pdf = await server.stadhuis.database.withTenant(tenant, (tx) => documentenService(server.stadhuis.platform).getContent(tx, behandelaar, application.informatieobject));
      assert.match(readPdf(pdf!.content).text, /AB-123-C/);

      // The outbox delivers 'zaak.aangemaakt' (the running worker, or here); the rules run.
      const assessments = await assessed(zaakId);
      assert.equal(assessments.length, 1);
      assert.equal(assessments[0]!.uitkomst, 'toekennen');
      assert.match(assessments[0]!.uitleg.nl.join(' '), /Uw adres ligt in vergunningszone (Centrum|Stationsgebied)\..*Op uw adres zijn 1 van de 2 vergunningen in gebruik\./);
      const after = await server.stadhuis.database.withTenant(tenant, async (tx) => ({
        resultaat: await zaken.getResultaat(tx, behandelaar, zaakId),
        zaak: await zaken.getZaak(tx, behandelaar, zaakId),
        documents: await zaken.listZaakinformatieobjecten(tx, behandelaar, zaakId),
        besluiten: await zaken.listZaakbesluiten(tx, behandelaar, zaakId),
      }));
      assert.ok(after.resultaat, 'the result is recorded');
      assert.equal(after.besluiten.length, 1, 'the decision is taken');
      assert.ok(after.zaak!.einddatum, 'and the zaak is closed');
      const letterRef = after.documents.find((d) => /^Besluit/.test(d.titel));
      assert.ok(letterRef, 'the decision letter is a document of the zaak');
      const letter = await server.stadhuis.database.withTenant(tenant, (tx) => documentenService(server.stadhuis.platform).getContent(tx, behandelaar, letterRef.informatieobject));
      assert.match(readPdf(letter!.content).text, /bezwaar/i);
      // Delivered again (at least once): no second assessment.
      await server.stadhuis.platform.jobs.runDue();
      assert.equal((await server.stadhuis.database.withTenant(tenant, (tx) => listAssessments(tx, behandelaar, zaakId, zaken))).length, 1);
    });

    it('leaves a lease car to a person, and the applicant sees the explanation of their own zaak only', async () => {
      const { zaakId } = await applyForParking('999998456', { opEigenNaam: 'nee', eigenParkeerplaats: 'nee' }, '0');
      const zaken = zakenService(server.stadhuis.platform);
      const tenant = await tenantId();
      const [assessment] = await assessed(zaakId);
      assert.equal(assessment!.uitkomst, 'handmatig');
      assert.equal(await server.stadhuis.database.withTenant(tenant, (tx) => zaken.getResultaat(tx, behandelaar, zaakId)), undefined, 'no result: a person decides');
      const stranger: Actor = { kind: 'resident', identity: { kind: 'resident', bsn: '999993653', level: 'midden', method: 'digid' } };
      await assert.rejects(server.stadhuis.database.withTenant(tenant, (tx) => listAssessments(tx, stranger, zaakId, zaken)));
    });

    it('makes a zaak of an anonymous report too, with the e-mail address stored encrypted', async () => {
      const visitor = new FormVisitor(server);
      await visitor.send(`${MELDING}/starten`, {}, MELDING);
      let page = `${MELDING}/stap/${/stap\/([a-z-]+)/.exec(local(await visitor.get(`${MELDING}/verder`)))?.[1] ?? ''}`;
      // Walk the steps: fill what each step asks with a sensible answer.
      for (let i = 0; i < 8 && !page.endsWith('/controleren'); i++) {
        const html = await text(visitor.get(page));
        const fields: Record<string, string> = { actie: 'volgende' };
        for (const [, name] of html.matchAll(/<textarea[^>]*name="([^"]+)"/g)) fields[name!] = 'Losliggende stoeptegel voor nummer 12.';
        const radios = new Map<string, string>();
        for (const [, name, value] of html.matchAll(/type="radio"[^>]*name="([^"]+)"[^>]*value="([^"]+)"/g)) if (!radios.has(name!)) radios.set(name!, value!);
        const preferred: Record<string, string> = { categorie: 'bestrating', heeftAdres: 'nee', updates: 'ja' };
        for (const [name, value] of radios) fields[name] = preferred[name] ?? value;
        for (const [tag] of html.matchAll(/<input[^>]*type="email"[^>]*>/g)) fields[/name="([^"]+)"/.exec(tag!)![1]!] = 'melder@voorbeeld.nl';
        const res = await visitor.send(page, fields);
        assert.equal(res.status, 303, `${page}: ${res.status} ${res.status === 400 ? await res.text() : ''}`);
        page = local(res);
      }
      assert.ok(page.endsWith('/controleren'), `reached the review (${page})`);
      const key = hiddenValue(await text(visitor.get(page)), 'sleutel')!;
      const sent = await visitor.send(`${MELDING}/versturen`, { sleutel: key, verklaring: 'ja' }, page);
      assert.equal(sent.status, 303, JSON.stringify(server.logs.filter((l) => l.level >= 40).slice(-3)));
      const receipt = await text(visitor.get(local(sent)));
      const identificatie = /ZAAK-20\d\d-\d{7}/.exec(receipt)?.[0];
      assert.ok(identificatie);
      const rows = await server.stadhuis.database.withPlatform(async (tx) => {
        await tx.execute(sql.raw('SET LOCAL ROLE NONE'));
        return ((await tx.execute(sql`SELECT r.* FROM zaak_rollen r JOIN zaken z ON z.id = r.zaak_id WHERE z.identificatie = ${identificatie}`)) as unknown as { rows: unknown[] }).rows;
      });
      assert.equal(rows.length, 1);
      assert.doesNotMatch(JSON.stringify(rows), /melder@voorbeeld\.nl/, 'the e-mail address is encrypted at rest');
    });
  });
}
