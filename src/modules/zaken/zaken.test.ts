import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Actor } from '../../platform/auth/access.js';
import { HttpError } from '../../platform/http/problem.js';
import { engines } from '../../platform/testing/harness.js';
import { documentenService } from '../documenten/index.js';
import { addDays, addDuration, dateInNl, zakenService, type CreateZaakInput, type ZakenService } from './index.js';
import {
  BSN, KVK, PRODUCT, business, eigenschapId, outboxEvents, ownerQuery, resident, resultaattypeId, staff, startZakenFixture, statustype,
  type ZakenFixture,
} from './test-fixtures.js';

/** Expects an HttpError with this status (and invalid-param code, when given). */
async function rejects(promise: Promise<unknown>, status: number, code?: string): Promise<HttpError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof HttpError, `expected HttpError, got ${String(error)}`);
    assert.equal(error.statusCode, status, `${error.message} ${JSON.stringify(error.invalidParams)}`);
    if (code) assert.ok(error.invalidParams.some((p) => p.code === code) || error.code === code, `expected code ${code}, got ${JSON.stringify(error.invalidParams)} / ${error.code}`);
    return error;
  }
  assert.fail(`expected an error ${status}${code ? ` ${code}` : ''}`);
}

const today = () => dateInNl();

for (const engine of engines()) {
  describe(`zaken (${engine})`, () => {
    let f: ZakenFixture;
    let zaken: ZakenService;
    const kcc = staff(['kcc-medewerker'], 'Karin KCC');
    const behandelaar = staff(['behandelaar'], 'Bas Behandelaar');
    const teamleider = staff(['teamleider'], 'Tineke Teamleider');
    const archivaris = staff(['archivaris'], 'Arie Archivaris');
    const system: Actor = { kind: 'system', process: 'test' };

    before(async () => {
      f = await startZakenFixture(engine);
      zaken = zakenService(f.server.stadhuis.platform);
    });
    after(async () => {
      await f?.server.close();
    });

    const parkeerInput = (overrides: Partial<CreateZaakInput> = {}): CreateZaakInput => ({
      zaaktype: f.a.parkeren.id, omschrijving: 'Parkeervergunning Dorpsstraat',
      initiator: { betrokkeneType: 'natuurlijk_persoon', betrokkeneIdentificatie: { inpBsn: BSN.jan, geslachtsnaam: 'Jansen', voorletters: 'J.' } },
      eigenschappen: [{ eigenschap: eigenschapId(f.a.parkeren, 'kenteken'), waarde: 'AB-123-C' }],
      ...overrides,
    });
    const create = (overrides: Partial<CreateZaakInput> = {}, actor: Actor = kcc) => f.inA((tx) => zaken.createZaak(tx, actor, parkeerInput(overrides)));

    test('a zaak is registered with an identificatie per year, computed dates, the initiator, the first status and an event', async () => {
      const zaak = await create({ startdatum: '2026-01-05', registratiedatum: '2026-01-06' });
      assert.match(zaak.identificatie, /^ZAAK-2026-\d{7}$/);
      assert.equal(zaak.bronorganisatie, '002990003');
      assert.equal(zaak.vertrouwelijkheidaanduiding, 'zaakvertrouwelijk', 'taken from the zaaktype');
      assert.equal(zaak.einddatumGepland, '2026-03-02', 'startdatum + P8W');
      assert.equal(zaak.uiterlijkeEinddatumAfdoening, '2026-04-13', 'plus the verlengingstermijn P6W');
      assert.equal(zaak.statusOmschrijving, 'Ontvangen');
      assert.equal(zaak.rollen.length, 1);
      assert.equal(zaak.eigenschappen.length, 1);
      const rollen = await f.inA((tx) => zaken.listRollen(tx, behandelaar, zaak.id));
      assert.equal(rollen[0]!.omschrijvingGeneriek, 'initiator');
      assert.equal(rollen[0]!.betrokkeneType === 'natuurlijk_persoon' && rollen[0]!.betrokkeneIdentificatie.inpBsn, BSN.jan);
      const events = await outboxEvents(f.server, f.a.tenant.id);
      const created = events.find((e) => e.topic === 'zaak.aangemaakt' && e.payload.zaak === zaak.id);
      assert.ok(created, 'zaak.aangemaakt in the outbox');
      assert.ok(!JSON.stringify(created.payload).includes(BSN.jan), 'no BSN in the event');
      const next = await create({ registratiedatum: '2026-02-01' });
      assert.equal(Number(next.identificatie.slice(-7)), Number(zaak.identificatie.slice(-7)) + 1);
    });

    test('bad input gets every problem at once and writes nothing', async () => {
      const before = (await f.inA((tx) => zaken.listZaken(tx, behandelaar, { pageSize: 1 }))).total;
      const error = await rejects(create({
        omschrijving: 'x'.repeat(81), registratiedatum: '2099-01-01', vertrouwelijkheidaanduiding: 'streng' as never,
        productenOfDiensten: ['https://example.nl/anders'],
        initiator: { betrokkeneType: 'natuurlijk_persoon', betrokkeneIdentificatie: { inpBsn: '123456789' } },
        eigenschappen: [{ eigenschap: eigenschapId(f.a.parkeren, 'kenteken'), waarde: 'VEEL-TE-LANG-KENTEKEN' }],
      }), 400);
      const names = error.invalidParams.map((p) => p.name);
      for (const name of ['omschrijving', 'registratiedatum', 'vertrouwelijkheidaanduiding', 'productenOfDiensten.0', 'initiator.betrokkeneIdentificatie.inpBsn', 'eigenschappen.0.waarde']) {
        assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
      }
      await rejects(create({ zaaktype: randomUUID() }), 400, 'bad-url');
      await rejects(create({ zaaktype: f.b.parkeren.id }), 400, 'bad-url');
      assert.equal((await f.inA((tx) => zaken.listZaken(tx, behandelaar, { pageSize: 1 }))).total, before);
      await create({ productenOfDiensten: [PRODUCT] });
    });

    test('exactly once: the same idempotency key returns the same zaak, also when two requests race', async () => {
      const key = `submit-${randomUUID()}`;
      const input = parkeerInput({ omschrijving: 'Dubbel ingediend' });
      const [one, two] = await Promise.all([
        f.inA((tx) => zaken.createZaak(tx, kcc, input, { idempotencyKey: key })),
        f.inA((tx) => zaken.createZaak(tx, kcc, input, { idempotencyKey: key })),
      ]);
      assert.equal(one.id, two.id);
      const again = await f.inA((tx) => zaken.createZaak(tx, kcc, input, { idempotencyKey: key }));
      assert.equal(again.id, one.id);
      const rows = await ownerQuery<{ n: number }>(f.server, `select count(*)::int as n from zaken where omschrijving = 'Dubbel ingediend'`);
      assert.equal(rows[0]!.n, 1);
      const events = (await outboxEvents(f.server, f.a.tenant.id)).filter((e) => e.topic === 'zaak.aangemaakt' && e.payload.zaak === one.id);
      assert.equal(events.length, 1, 'one event');
      // The same key with other content, or from someone else, is not answered with this zaak.
      await rejects(f.inA((tx) => zaken.createZaak(tx, kcc, { ...input, omschrijving: 'Iets anders' }, { idempotencyKey: key })), 409, 'idempotency-key-reused');
      await rejects(f.inA((tx) => zaken.createZaak(tx, staff(['kcc-medewerker'], 'Ander'), input, { idempotencyKey: key })), 409, 'idempotency-key-reused');
      // Municipality B has its own keys.
      const inB = await f.inB((tx) => zaken.createZaak(tx, kcc, { ...input, zaaktype: f.b.parkeren.id, eigenschappen: [] }, { idempotencyKey: key }));
      assert.notEqual(inB.id, one.id);
    });

    test('many parallel submissions with different keys each get their own number', async () => {
      const made = await Promise.all(Array.from({ length: 6 }, (_, i) => f.inA((tx) => zaken.createZaak(tx, kcc, parkeerInput({ omschrijving: `Parallel ${i}` }), { idempotencyKey: `p-${randomUUID()}` }))));
      assert.equal(new Set(made.map((z) => z.identificatie)).size, 6);
    });

    test('a rolled-back transaction leaves nothing: no zaak, no rol, no event, no key', async () => {
      const key = `rollback-${randomUUID()}`;
      let id = '';
      await assert.rejects(f.inA(async (tx) => {
        const zaak = await zaken.createZaak(tx, kcc, parkeerInput({ omschrijving: 'Teruggedraaid' }), { idempotencyKey: key });
        id = zaak.id;
        throw new Error('het formulier faalde daarna');
      }), /faalde/);
      const counts = await ownerQuery<{ zaken: number; rollen: number; keys: number; events: number }>(f.server, `select
        (select count(*)::int from zaken where id = '${id}') as zaken, (select count(*)::int from zaak_rollen where zaak_id = '${id}') as rollen,
        (select count(*)::int from zaak_idempotency_keys where key = '${key}') as keys,
        (select count(*)::int from outbox_events where payload->>'zaak' = '${id}') as events`);
      assert.deepEqual(counts[0], { zaken: 0, rollen: 0, keys: 0, events: 0 });
      // The key is free again.
      const zaak = await f.inA((tx) => zaken.createZaak(tx, kcc, parkeerInput({ omschrijving: 'Teruggedraaid' }), { idempotencyKey: key }));
      assert.ok(zaak.id);
    });

    test('municipality B never sees A\'s zaken, not even by id', async () => {
      const zaak = await create({ omschrijving: 'Alleen Alfadorp' });
      const reader = staff(['behandelaar']);
      assert.equal(await f.inB((tx) => zaken.getZaak(tx, reader, zaak.id)), undefined);
      assert.deepEqual(await f.inB((tx) => zaken.listRollen(tx, reader, zaak.id)), []);
      assert.deepEqual(await f.inB((tx) => zaken.listStatussen(tx, reader, zaak.id)), []);
      assert.equal((await f.inB((tx) => zaken.listZaken(tx, reader, { search: 'Alleen Alfadorp' }))).total, 0);
      assert.ok(!(await f.inB((tx) => zaken.zakenOfPerson(tx, reader, BSN.jan))).some((z) => z.id === zaak.id));
      await rejects(f.inB((tx) => zaken.setStatus(tx, reader, zaak.id, statustype(f.a.parkeren, 'In behandeling'))), 404);
      await rejects(f.inB((tx) => zaken.addNote(tx, reader, zaak.id, 'stiekem')), 404);
      // B cannot make a deelzaak of A's zaak or relate to it either.
      await rejects(f.inB((tx) => zaken.createZaak(tx, kcc, { zaaktype: f.b.parkeren.id, hoofdzaak: zaak.id })), 400, 'bad-url');
      // Without a municipality the tables look empty.
      const none = await f.server.stadhuis.database.withPlatform(async (tx) => (await tx.execute('select count(*)::int as n from zaken') as unknown as { rows: { n: number }[] }).rows[0]!.n);
      assert.equal(none, 0);
    });

    test('every table of zaken, documenten and besluiten is tenant-owned with forced row-level security', async () => {
      const tables = await ownerQuery<{ relname: string; rls: boolean; forced: boolean; tenant: boolean }>(f.server, `
        select c.relname, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
          exists (select 1 from information_schema.columns k where k.table_name = c.relname and k.column_name = 'tenant_id') as tenant
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r' and (c.relname like 'zaak%' or c.relname like 'document%' or c.relname like 'besluit%'
          or c.relname in ('zaken', 'objectinformatieobjecten', 'gebruiksrechten'))`);
      assert.equal(tables.length, 32, `found ${tables.length} tables`);
      for (const name of ['zaak_informatieverzoeken', 'zaak_taken', 'zaak_gesprekken', 'zaak_volglinks', 'zaak_beoordelingen']) {
        assert.ok(tables.some((t) => t.relname === name), `${name} is checked`);
      }
      for (const t of tables) assert.deepEqual({ ...t, relname: t.relname }, { relname: t.relname, rls: true, forced: true, tenant: true });
    });

    test('who may do what: permissions are checked in the service', async () => {
      const zaak = await create();
      await rejects(f.inA((tx) => zaken.createZaak(tx, archivaris, parkeerInput())), 403);
      await rejects(f.inA((tx) => zaken.setStatus(tx, kcc, zaak.id, statustype(f.a.parkeren, 'In behandeling'))), 403);
      await rejects(f.inA((tx) => zaken.assign(tx, behandelaar, zaak.id, { identificatie: 'iemand-anders' })), 403);
      await f.inA((tx) => zaken.assign(tx, behandelaar, zaak.id, { identificatie: behandelaar.userId, achternaam: 'Behandelaar' }));
      await f.inA((tx) => zaken.assign(tx, teamleider, zaak.id, { identificatie: 'collega-1', achternaam: 'Collega' }));
      const rollen = await f.inA((tx) => zaken.listRollen(tx, teamleider, zaak.id));
      const behandelaars = rollen.filter((r) => r.omschrijvingGeneriek === 'behandelaar');
      assert.equal(behandelaars.length, 1, 'assigning replaces the behandelaar');
      assert.equal(behandelaars[0]!.betrokkeneType === 'medewerker' && behandelaars[0]!.betrokkeneIdentificatie.identificatie, 'collega-1');
      await rejects(f.inA((tx) => zaken.setArchiefgegevens(tx, behandelaar, zaak.id, { archiefactiedatum: '2040-01-01' })), 403);
      await rejects(f.inA((tx) => zaken.getZaak(tx, { kind: 'api-client', clientId: 'x', permissions: new Set() }, zaak.id)), 403);
    });

    test('statuses go forward in the zaaktype\'s order; eigenschappen a status needs must be there', async () => {
      const zaak = await create({ eigenschappen: [] });
      const inBehandeling = statustype(f.a.parkeren, 'In behandeling');
      await rejects(f.inA((tx) => zaken.setStatus(tx, behandelaar, zaak.id, inBehandeling)), 400, 'eigenschap-ontbreekt');
      await f.inA((tx) => zaken.addZaakeigenschap(tx, behandelaar, zaak.id, { eigenschap: eigenschapId(f.a.parkeren, 'kenteken'), waarde: 'XY-99-ZZ' }));
      await rejects(f.inA((tx) => zaken.addZaakeigenschap(tx, behandelaar, zaak.id, { eigenschap: eigenschapId(f.a.parkeren, 'kenteken'), waarde: 'XY-99-ZY' })), 400, 'kardinaliteit');
      const status = await f.inA((tx) => zaken.setStatus(tx, behandelaar, zaak.id, inBehandeling, { toelichting: 'We kijken ernaar.' }));
      assert.equal(status.omschrijving, 'In behandeling');
      await rejects(f.inA((tx) => zaken.setStatus(tx, behandelaar, zaak.id, statustype(f.a.parkeren, 'Ontvangen'))), 400, 'status-volgorde');
      await rejects(f.inA((tx) => zaken.setStatus(tx, behandelaar, zaak.id, inBehandeling)), 400, 'status-volgorde');
      await rejects(f.inA((tx) => zaken.setStatus(tx, behandelaar, zaak.id, statustype(f.a.intern, 'Klaar'))), 400, 'zaaktype-mismatch');
      await rejects(f.inA((tx) => zaken.setStatus(tx, behandelaar, zaak.id, statustype(f.a.parkeren, 'Afgehandeld'), { datumStatusGezet: new Date(Date.now() + 86_400_000) })), 400, 'date-in-future');
      const statussen = await f.inA((tx) => zaken.listStatussen(tx, behandelaar, zaak.id));
      assert.deepEqual(statussen.map((s) => [s.omschrijving, s.indicatieLaatstGezetteStatus]), [['Ontvangen', false], ['In behandeling', true]]);
      const current = await f.inA((tx) => zaken.getZaak(tx, behandelaar, zaak.id));
      assert.equal(current!.status, status.id);
    });

    test('the eindstatus closes the zaak only with a resultaat; archive data follow the resultaattype; reopening clears them', async () => {
      const zaak = await create();
      const afgehandeld = statustype(f.a.parkeren, 'Afgehandeld');
      await rejects(f.inA((tx) => zaken.setStatus(tx, behandelaar, zaak.id, afgehandeld)), 400, 'resultaat-ontbreekt');
      await rejects(f.inA((tx) => zaken.setResultaat(tx, behandelaar, zaak.id, resultaattypeId(f.a.archief, 'Afgehandeld'))), 400, 'zaaktype-mismatch');
      await f.inA((tx) => zaken.setResultaat(tx, behandelaar, zaak.id, resultaattypeId(f.a.parkeren, 'Geweigerd')));
      await f.inA((tx) => zaken.setResultaat(tx, behandelaar, zaak.id, resultaattypeId(f.a.parkeren, 'Toegekend'), { toelichting: 'Akkoord' }));
      // Steps may be skipped: straight to the eindstatus.
      await f.inA((tx) => zaken.setStatus(tx, behandelaar, zaak.id, afgehandeld));
      const closed = (await f.inA((tx) => zaken.getZaak(tx, behandelaar, zaak.id)))!;
      assert.equal(closed.einddatum, today());
      assert.equal(closed.archiefnominatie, 'vernietigen');
      assert.equal(closed.archiefactiedatum, addDuration(today(), 'P1Y'));
      assert.equal(closed.startdatumBewaartermijn, today());
      assert.equal((await f.inA((tx) => zaken.getResultaat(tx, behandelaar, zaak.id)))!.omschrijving, 'Toegekend');
      await rejects(f.inA((tx) => zaken.setResultaat(tx, behandelaar, zaak.id, resultaattypeId(f.a.parkeren, 'Geweigerd'))), 400, 'zaak-afgesloten');
      await rejects(f.inA((tx) => zaken.setStatus(tx, behandelaar, zaak.id, statustype(f.a.parkeren, 'In behandeling'))), 400, 'zaak-afgesloten');
      await rejects(f.inA((tx) => zaken.suspend(tx, behandelaar, zaak.id, 'Wachten')), 400, 'zaak-afgesloten');
      await f.inA((tx) => zaken.setStatus(tx, behandelaar, zaak.id, statustype(f.a.parkeren, 'In behandeling'), { heropenen: true, toelichting: 'Bezwaar gegrond' }));
      const reopened = (await f.inA((tx) => zaken.getZaak(tx, behandelaar, zaak.id)))!;
      assert.equal(reopened.einddatum, null);
      assert.equal(reopened.archiefactiedatum, null);
      assert.equal(reopened.archiefnominatie, null);
      assert.ok((await outboxEvents(f.server, f.a.tenant.id)).some((e) => e.topic === 'zaak.afgesloten' && e.payload.zaak === zaak.id));
    });

    test('closing needs every document\'s indicatieGebruiksrecht to be set', async () => {
      const documenten = documentenService(f.server.stadhuis.platform);
      const zaak = await create();
      const document = await f.inA((tx) => documenten.createDocument(tx, behandelaar, { titel: 'Beschikking', auteur: 'Gemeente', informatieobjecttype: f.a.iot.beschikking.id, content: Buffer.from('%PDF-1.4 beschikking'), formaat: 'application/pdf' }));
      await f.inA((tx) => zaken.addZaakinformatieobject(tx, behandelaar, zaak.id, { informatieobject: document.id }));
      await f.inA((tx) => zaken.setResultaat(tx, behandelaar, zaak.id, resultaattypeId(f.a.parkeren, 'Toegekend')));
      await rejects(f.inA((tx) => zaken.setStatus(tx, behandelaar, zaak.id, statustype(f.a.parkeren, 'Afgehandeld'))), 400, 'indicatiegebruiksrecht-unset');
      await f.inA(async (tx) => {
        const { lock } = await documenten.lock(tx, behandelaar, document.id);
        await documenten.addVersion(tx, behandelaar, document.id, { lock, indicatieGebruiksrecht: false });
        await documenten.unlock(tx, behandelaar, document.id, lock);
      });
      await f.inA((tx) => zaken.setStatus(tx, behandelaar, zaak.id, statustype(f.a.parkeren, 'Afgehandeld')));
    });

    test('a document is only added when its type belongs to the zaaktype, once; the relation is mirrored', async () => {
      const documenten = documentenService(f.server.stadhuis.platform);
      const zaak = await f.inA((tx) => zaken.createZaak(tx, kcc, { zaaktype: f.a.intern.id }));
      const document = await f.inA((tx) => documenten.createDocument(tx, behandelaar, { titel: 'Memo', auteur: 'Team', informatieobjecttype: f.a.iot.intern.id }));
      const zio = await f.inA((tx) => zaken.addZaakinformatieobject(tx, behandelaar, zaak.id, { informatieobject: document.id, titel: 'Memo van het team' }));
      await rejects(f.inA((tx) => zaken.addZaakinformatieobject(tx, behandelaar, zaak.id, { informatieobject: document.id })), 400, 'unique');
      await rejects(f.inA((tx) => zaken.addZaakinformatieobject(tx, behandelaar, zaak.id, { informatieobject: randomUUID() })), 400, 'bad-url');
      const related = await f.inA((tx) => documenten.listDocumentsOf(tx, behandelaar, { objectType: 'zaak', object: zaak.id }));
      assert.deepEqual(related.map((d) => d.id), [document.id]);
      await rejects(f.inA((tx) => documenten.deleteDocument(tx, behandelaar, document.id)), 400, 'pending-relations');
      await f.inA((tx) => zaken.removeZaakinformatieobject(tx, behandelaar, zaak.id, zio.id));
      assert.deepEqual(await f.inA((tx) => documenten.listDocumentsOf(tx, behandelaar, { objectType: 'zaak', object: zaak.id })), []);
      await f.inA((tx) => documenten.deleteDocument(tx, behandelaar, document.id));
    });

    test('suspension stops the clock: the days suspended move the planned and the latest end date', async () => {
      const start = addDays(today(), -20);
      const zaak = await create({ startdatum: start, registratiedatum: start });
      const since = addDays(today(), -10);
      const suspended = await f.inA((tx) => zaken.suspend(tx, behandelaar, zaak.id, 'Wachten op aanvullende gegevens', addDays(today(), 14), { on: since }));
      assert.deepEqual(suspended.opschorting, { indicatie: true, reden: 'Wachten op aanvullende gegevens' });
      assert.equal(suspended.sla.paused, true);
      assert.equal(suspended.sla.deadline, addDays(zaak.einddatumGepland!, 10), 'while suspended the deadline moves day by day');
      await rejects(f.inA((tx) => zaken.suspend(tx, behandelaar, zaak.id, 'Nog eens')), 400, 'al-opgeschort');
      const resumed = await f.inA((tx) => zaken.resume(tx, behandelaar, zaak.id));
      assert.equal(resumed.opschorting.indicatie, false);
      assert.equal(resumed.einddatumGepland, addDays(zaak.einddatumGepland!, 10));
      assert.equal(resumed.uiterlijkeEinddatumAfdoening, addDays(zaak.uiterlijkeEinddatumAfdoening!, 10));
      assert.deepEqual((await f.inA((tx) => zaken.listOpschortingen(tx, behandelaar, zaak.id))).map((o) => o.dagen), [10]);
      await rejects(f.inA((tx) => zaken.resume(tx, behandelaar, zaak.id)), 400, 'niet-opgeschort');
      const intern = await f.inA((tx) => zaken.createZaak(tx, kcc, { zaaktype: f.a.intern.id }));
      await rejects(f.inA((tx) => zaken.suspend(tx, behandelaar, intern.id, 'Wachten')), 400, 'opschorting-niet-toegestaan');
      await rejects(f.inA((tx) => zaken.suspend(tx, behandelaar, zaak.id, 'Later', null, { on: addDays(today(), 1) })), 400, 'date-in-future');
    });

    test('extension: only when allowed, at most the verlengingstermijn, once', async () => {
      const zaak = await create();
      await rejects(f.inA((tx) => zaken.extend(tx, behandelaar, zaak.id, 'Advies nodig', 'P7W')), 400, 'verlenging-te-lang');
      await rejects(f.inA((tx) => zaken.extend(tx, behandelaar, zaak.id, 'Advies nodig', 'veertien dagen')), 400, 'invalid');
      const extended = await f.inA((tx) => zaken.extend(tx, behandelaar, zaak.id, 'Advies van de brandweer nodig', 'P2W'));
      assert.deepEqual(extended.verlenging, { reden: 'Advies van de brandweer nodig', duur: 'P2W' });
      assert.equal(extended.einddatumGepland, addDays(zaak.einddatumGepland!, 14));
      assert.equal(extended.uiterlijkeEinddatumAfdoening, zaak.uiterlijkeEinddatumAfdoening, 'the latest date already held the verlengingstermijn');
      await rejects(f.inA((tx) => zaken.extend(tx, behandelaar, zaak.id, 'Nog meer', 'P1W')), 400, 'verlenging-al-gebruikt');
      const intern = await f.inA((tx) => zaken.createZaak(tx, kcc, { zaaktype: f.a.intern.id }));
      await rejects(f.inA((tx) => zaken.extend(tx, behandelaar, intern.id, 'Druk', 'P1W')), 400, 'verlenging-niet-toegestaan');
    });

    test('SLA state: on time, at risk with at most 20% of the lead time left, overdue; work queues filter on it', async () => {
      const label = `SLA-${randomUUID().slice(0, 8)}`;
      const onTime = await create({ omschrijving: `${label} op tijd` });
      const atRiskStart = addDays(today(), -50); // 56 days lead time, 6 left
      const atRisk = await create({ omschrijving: `${label} risico`, startdatum: atRiskStart, registratiedatum: atRiskStart });
      const late = await create({ omschrijving: `${label} te laat`, startdatum: '2025-01-06', registratiedatum: '2025-01-06' });
      assert.equal(onTime.sla.state, 'on_time');
      assert.equal(atRisk.sla.state, 'at_risk');
      assert.equal(atRisk.sla.daysLeft, 6);
      assert.equal(late.sla.state, 'overdue');
      const queue = async (sla: 'on_time' | 'at_risk' | 'overdue') => (await f.inA((tx) => zaken.listZaken(tx, behandelaar, { search: label, sla }))).items.map((z) => z.id);
      assert.deepEqual(await queue('overdue'), [late.id]);
      assert.deepEqual(await queue('at_risk'), [atRisk.id]);
      assert.deepEqual(await queue('on_time'), [onTime.id]);
      const ordered = await f.inA((tx) => zaken.listZaken(tx, behandelaar, { search: label, ordering: 'deadline' }));
      assert.deepEqual(ordered.items.map((z) => z.id), [late.id, atRisk.id, onTime.id]);
      // Pages by deadline are slices of that order; a count can stop early.
      const second = await f.inA((tx) => zaken.listZaken(tx, behandelaar, { search: label, ordering: 'deadline', page: 2, pageSize: 1 }));
      assert.deepEqual(second.items.map((z) => z.id), [atRisk.id]);
      const capped = await f.inA((tx) => zaken.listZaken(tx, behandelaar, { search: label, countUpTo: 2 }));
      assert.deepEqual([capped.total, capped.more], [2, true]);
      // A suspension long enough takes a zaak out of "at risk"; a suspended zaak's deadline moves
      // with every day of the suspension, also in the order by deadline.
      await f.inA((tx) => zaken.suspend(tx, behandelaar, atRisk.id, 'Wachten', null, { on: addDays(today(), -30) }));
      assert.ok((await queue('on_time')).includes(atRisk.id));
      const moved = await f.inA((tx) => zaken.listZaken(tx, behandelaar, { search: label, ordering: 'deadline' }));
      const deadlines = moved.items.map((z) => z.sla.deadline ?? '9999');
      assert.deepEqual(deadlines, [...deadlines].sort(), 'ordered by the deadline as it is today');
      // As of a later day, the one on time is overdue too.
      const later = await f.inA((tx) => zaken.listZaken(tx, behandelaar, { search: label, sla: 'overdue', asOf: addDays(today(), 200) }));
      assert.ok(later.items.some((z) => z.id === onTime.id));
    });

    test('work queues: by assignee, team, unassigned, zaaktype, status, open', async () => {
      const label = `Q-${randomUUID().slice(0, 8)}`;
      const mine = await create({ omschrijving: `${label} mijn` });
      const team = await create({ omschrijving: `${label} team` });
      const none = await create({ omschrijving: `${label} niemand` });
      await f.inA((tx) => zaken.assign(tx, behandelaar, mine.id, { identificatie: behandelaar.userId, achternaam: 'Behandelaar', voorletters: 'B.' }));
      await f.inA((tx) => zaken.assignTeam(tx, teamleider, team.id, { identificatie: 'PARKEREN', naam: 'Team Parkeren' }));
      const ids = async (filter: Parameters<ZakenService['listZaken']>[2]) => (await f.inA((tx) => zaken.listZaken(tx, behandelaar, { search: label, ...filter }))).items.map((z) => z.id);
      assert.deepEqual(await ids({ assignee: behandelaar.userId }), [mine.id]);
      assert.deepEqual(await ids({ team: 'PARKEREN' }), [team.id]);
      assert.deepEqual(await ids({ unassigned: true }), [none.id]);
      // "Nog niet opgepakt": no employee yet, even when a team is behandelaar.
      assert.deepEqual((await ids({ noMedewerker: true })).sort(), [team.id, none.id].sort());
      assert.equal((await ids({ zaaktypeIdentificatie: 'PARKEERVERGUNNING' })).length, 3);
      assert.deepEqual(await ids({ zaaktypeIdentificatie: 'INTERN' }), []);
      assert.equal((await ids({ statustype: statustype(f.a.parkeren, 'Ontvangen'), open: true })).length, 3);
      const page = await f.inA((tx) => zaken.listZaken(tx, behandelaar, { search: label, assignee: behandelaar.userId }));
      assert.deepEqual(page.items[0]!.behandelaars, [{ betrokkeneType: 'medewerker', identificatie: behandelaar.userId, naam: 'B. Behandelaar' }]);
      await f.inA((tx) => zaken.unassign(tx, behandelaar, mine.id));
      assert.deepEqual(await ids({ assignee: behandelaar.userId }), []);
      await rejects(f.inA((tx) => zaken.listZaken(tx, behandelaar, { deadlineBefore: '31-12-2026' })), 400);
    });

    test('the BSN is never stored in plaintext, neither in rollen nor in objects, audit trail or events', async () => {
      const bsn = BSN.noor;
      const zaak = await create({
        initiator: { betrokkeneType: 'natuurlijk_persoon', betrokkeneIdentificatie: { inpBsn: bsn, geslachtsnaam: 'Zeldzaamnaam', voornamen: 'Noor' }, contactpersoonRol: { naam: 'Noor Zeldzaamnaam', emailadres: 'noor@example.nl' } },
        zaakobjecten: [{ objectType: 'natuurlijk_persoon', objectIdentificatie: { inpBsn: bsn, geslachtsnaam: 'Zeldzaamnaam' } }],
      });
      await f.inA((tx) => zaken.addRol(tx, behandelaar, zaak.id, { roltype: f.a.parkeren.roltypen.find((r) => r.omschrijvingGeneriek === 'belanghebbende')!.id, betrokkeneType: 'natuurlijk_persoon', betrokkeneIdentificatie: { inpBsn: bsn } }));
      const tables = ['zaken', 'zaak_rollen', 'zaak_objecten', 'zaak_audittrail', 'zaak_statussen', 'zaak_eigenschappen', 'zaak_idempotency_keys', 'processing_log', 'outbox_events'];
      for (const table of tables) {
        const rows = await ownerQuery<{ row: string }>(f.server, `select row_to_json(t)::text as row from ${table} t`);
        for (const { row } of rows) {
          assert.ok(!row.includes(bsn), `${table} holds the BSN in plaintext: ${row.slice(0, 200)}`);
          assert.ok(!row.includes('Zeldzaamnaam'), `${table} holds the name in plaintext`);
          assert.ok(!row.includes('noor@example.nl'), `${table} holds the e-mail address in plaintext`);
        }
      }
      // …and yet the person's zaken are found, and the data reads back.
      const found = await f.inA((tx) => zaken.zakenOfPerson(tx, behandelaar, bsn));
      assert.deepEqual(found.map((z) => z.id), [zaak.id]);
      const rollen = await f.inA((tx) => zaken.listRollen(tx, behandelaar, zaak.id));
      assert.equal(rollen[0]!.betrokkeneType === 'natuurlijk_persoon' && rollen[0]!.betrokkeneIdentificatie.geslachtsnaam, 'Zeldzaamnaam');
      assert.equal(rollen[0]!.contactpersoonRol?.emailadres, 'noor@example.nl');
      const objecten = await f.inA((tx) => zaken.listZaakobjecten(tx, behandelaar, zaak.id));
      assert.equal(objecten[0]!.objectIdentificatie?.inpBsn, bsn);
      // A sealed value copied to another row does not open there as something else: it is bound to its column.
      const [sealed] = await ownerQuery<{ sealed: string }>(f.server, `select sealed from zaak_rollen where zaak_id = '${zaak.id}' and betrokkene_type = 'natuurlijk_persoon' limit 1`);
      assert.match(sealed!.sealed, /^v1\./);
    });

    test('every read of person data is written to the processing log', async () => {
      const log = f.server.stadhuis.platform.processingLog;
      const subject = { type: 'bsn' as const, id: BSN.piet };
      const zaak = await create({ initiator: { betrokkeneType: 'natuurlijk_persoon', betrokkeneIdentificatie: { inpBsn: BSN.piet } } });
      const afterCreate = await log.countForSubject(f.a.tenant.id, subject);
      assert.equal(afterCreate, 1, 'registering the person is a processing too');
      await f.inA((tx) => zaken.listRollen(tx, behandelaar, zaak.id));
      await f.inA((tx) => zaken.zakenOfPerson(tx, behandelaar, BSN.piet));
      assert.equal(await log.countForSubject(f.a.tenant.id, subject), afterCreate + 2);
      const entries = await log.forSubject(f.a.tenant.id, subject);
      assert.ok(entries.some((e) => e.name === 'zaken.rollen.raadplegen' && e.actorType === 'staff' && e.actorId === behandelaar.userId && e.activityId === 'zaak-behandelen/1'));
      // Reads without person data (the zaak itself, statuses) do not log.
      await f.inA((tx) => zaken.getZaak(tx, behandelaar, zaak.id));
      await f.inA((tx) => zaken.listStatussen(tx, behandelaar, zaak.id));
      assert.equal(await log.countForSubject(f.a.tenant.id, subject), afterCreate + 2);
      // Companies too.
      await f.inA((tx) => zaken.zakenOfCompany(tx, behandelaar, KVK));
      assert.equal(await log.countForSubject(f.a.tenant.id, { type: 'kvk', id: KVK }), 1);
      // A read that fails to log returns nothing: the log is in the same transaction.
      assert.equal(await log.countForSubject(f.b.tenant.id, subject), 0);
    });

    test('a resident applies for themself, sees only their own zaken, and never internal notes', async () => {
      const jan = resident(BSN.jan);
      const eva = resident(BSN.eva);
      const own = await f.inA((tx) => zaken.createZaak(tx, eva, {
        zaaktype: f.a.parkeren.id, omschrijving: 'Mijn parkeervergunning',
        initiator: { betrokkeneType: 'natuurlijk_persoon', betrokkeneIdentificatie: { geslachtsnaam: 'Evers' }, contactpersoonRol: { naam: 'Eva Evers', telefoonnummer: '0612345678' } },
        eigenschappen: [{ eigenschap: eigenschapId(f.a.parkeren, 'kenteken'), waarde: 'EV-01-AA' }],
      }, { idempotencyKey: `eva-${randomUUID()}` }));
      const rollen = await f.inA((tx) => zaken.listRollen(tx, behandelaar, own.id));
      assert.equal(rollen[0]!.betrokkeneType === 'natuurlijk_persoon' && rollen[0]!.betrokkeneIdentificatie.inpBsn, BSN.eva, 'the initiator is the resident themself');
      await rejects(f.inA((tx) => zaken.createZaak(tx, eva, { zaaktype: f.a.parkeren.id, initiator: { betrokkeneType: 'natuurlijk_persoon', betrokkeneIdentificatie: { inpBsn: BSN.jan } } })), 403);
      await rejects(f.inA((tx) => zaken.createZaak(tx, eva, { zaaktype: f.a.intern.id })), 403);
      await rejects(f.inA((tx) => zaken.createZaak(tx, eva, { zaaktype: f.a.parkeren.id, vertrouwelijkheidaanduiding: 'openbaar', registratiedatum: '2025-01-01' })), 400, 'not-allowed');

      await f.inA((tx) => zaken.addNote(tx, behandelaar, own.id, 'Interne notitie: buurman klaagt vaak'));
      await f.inA((tx) => zaken.setStatus(tx, behandelaar, own.id, statustype(f.a.parkeren, 'In behandeling'), { toelichting: 'We kijken ernaar.' }));
      const mine = await f.inA((tx) => zaken.mijnZaken(tx, eva));
      assert.deepEqual(mine.map((z) => z.id), [own.id]);
      const view = await f.inA((tx) => zaken.getMijnZaak(tx, eva, own.id));
      assert.equal(view!.status!.statustekst, 'Wij beoordelen uw aanvraag.');
      assert.equal(view!.statussen.length, 2);
      assert.ok(!JSON.stringify(view).includes('buurman'), 'no internal notes');
      assert.ok(!('notes' in view!) && !('rollen' in view!));
      assert.equal(await f.inA((tx) => zaken.getMijnZaak(tx, jan, own.id)), undefined, 'another resident does not see it');
      assert.ok(!(await f.inA((tx) => zaken.mijnZaken(tx, jan))).some((z) => z.id === own.id));
      // The staff reads refuse residents.
      await rejects(f.inA((tx) => zaken.getZaak(tx, eva, own.id)), 403);
      await rejects(f.inA((tx) => zaken.listNotes(tx, eva, own.id)), 403);
      await rejects(f.inA((tx) => zaken.timeline(tx, eva, own.id)), 403);
      await rejects(f.inA((tx) => zaken.listZaken(tx, eva, {})), 403);
      // Staff do not use the applicant's view.
      await rejects(f.inA((tx) => zaken.mijnZaken(tx, behandelaar)), 403);
      // Reading their own zaken is logged as their own processing.
      const entries = await f.server.stadhuis.platform.processingLog.forSubject(f.a.tenant.id, { type: 'bsn', id: BSN.eva });
      assert.ok(entries.some((e) => e.activityId === 'mijn-zaken-inzien/1' && e.actorType === 'resident'));
    });

    test('someone acting for another person applies for and sees that person\'s zaken', async () => {
      const gemachtigde = resident(BSN.jan, BSN.piet);
      const zaak = await f.inA((tx) => zaken.createZaak(tx, gemachtigde, { zaaktype: f.a.parkeren.id, omschrijving: 'Voor mijn vader' }));
      const rollen = await f.inA((tx) => zaken.listRollen(tx, behandelaar, zaak.id));
      assert.equal(rollen[0]!.betrokkeneType === 'natuurlijk_persoon' && rollen[0]!.betrokkeneIdentificatie.inpBsn, BSN.piet);
      assert.equal(rollen[0]!.indicatieMachtiging, 'machtiginggever');
      assert.ok((await f.inA((tx) => zaken.mijnZaken(tx, resident(BSN.piet)))).some((z) => z.id === zaak.id));
      assert.ok((await f.inA((tx) => zaken.mijnZaken(tx, gemachtigde))).some((z) => z.id === zaak.id));
      assert.ok(!(await f.inA((tx) => zaken.mijnZaken(tx, resident(BSN.jan)))).some((z) => z.id === zaak.id));
    });

    test('a business applies with its KVK number and finds its zaken', async () => {
      const zaak = await f.inA((tx) => zaken.createZaak(tx, business(), { zaaktype: f.a.parkeren.id, omschrijving: 'Bedrijfsvergunning' }));
      assert.ok((await f.inA((tx) => zaken.mijnZaken(tx, business()))).some((z) => z.id === zaak.id));
      assert.ok(!(await f.inA((tx) => zaken.mijnZaken(tx, business('12345678')))).some((z) => z.id === zaak.id));
      assert.ok((await f.inA((tx) => zaken.zakenOfCompany(tx, kcc, KVK))).some((z) => z.id === zaak.id));
    });

    test('the applicant sees only public documents and may add their own uploads to their open zaak', async () => {
      const documenten = documentenService(f.server.stadhuis.platform);
      const eva = resident(BSN.eva);
      const zaak = await f.inA((tx) => zaken.createZaak(tx, eva, { zaaktype: f.a.parkeren.id, omschrijving: 'Met bijlagen' }));
      const upload = await f.inA((tx) => documenten.createDocument(tx, eva, { titel: 'Foto auto', auteur: 'Eva', informatieobjecttype: f.a.iot.aanvraag.id, content: Buffer.from('jpeg'), formaat: 'image/jpeg' }));
      await f.inA((tx) => zaken.addZaakinformatieobject(tx, eva, zaak.id, { informatieobject: upload.id }));
      const brief = await f.inA((tx) => documenten.createDocument(tx, behandelaar, { titel: 'Ontvangstbevestiging', auteur: 'Gemeente', informatieobjecttype: f.a.iot.brief.id, content: Buffer.from('brief') }));
      const memo = await f.inA((tx) => documenten.createDocument(tx, behandelaar, { titel: 'Intern advies', auteur: 'Team', informatieobjecttype: f.a.iot.intern.id, content: Buffer.from('geheim') }));
      await f.inA((tx) => zaken.addZaakinformatieobject(tx, behandelaar, zaak.id, { informatieobject: brief.id }));
      await f.inA((tx) => zaken.addZaakinformatieobject(tx, behandelaar, zaak.id, { informatieobject: memo.id }));
      // A resident cannot add someone else's document.
      await rejects(f.inA((tx) => zaken.addZaakinformatieobject(tx, eva, zaak.id, { informatieobject: memo.id })), 400, 'bad-url');
      // …nor add to a zaak that is not theirs.
      const other = await create();
      await rejects(f.inA((tx) => zaken.addZaakinformatieobject(tx, eva, other.id, { informatieobject: upload.id })), 404);
      const view = (await f.inA((tx) => zaken.getMijnZaak(tx, eva, zaak.id)))!;
      assert.deepEqual(view.documenten.map((d) => d.titel).sort(), ['Foto auto', 'Ontvangstbevestiging'], 'public documents and their own upload; not the intern memo');
      const content = await f.inA((tx) => zaken.getMijnDocumentContent(tx, eva, zaak.id, brief.id));
      assert.equal(content!.content.toString(), 'brief');
      assert.equal(await f.inA((tx) => zaken.getMijnDocumentContent(tx, eva, zaak.id, memo.id)), undefined);
      assert.equal(await f.inA((tx) => zaken.getMijnDocumentContent(tx, resident(BSN.jan), zaak.id, brief.id)), undefined);
    });

    test('a submission makes the uploads and the zaak in one transaction: all or nothing', async () => {
      const documenten = documentenService(f.server.stadhuis.platform);
      const noor = resident(BSN.noor);
      const key = `aanvraag-${randomUUID()}`;
      const submit = (extraDocument?: string) => f.inA(async (tx) => {
        const upload = await documenten.createDocument(tx, noor, { titel: 'Aanvraag', auteur: 'Noor', informatieobjecttype: f.a.iot.aanvraag.id, content: Buffer.from('formulier') });
        return zaken.createZaak(tx, noor, {
          zaaktype: f.a.parkeren.id, omschrijving: 'Ingediend met bijlage',
          informatieobjecten: [{ informatieobject: upload.id }, ...(extraDocument ? [{ informatieobject: extraDocument }] : [])],
        }, { idempotencyKey: key });
      });
      const [{ n: documentsBefore }] = await ownerQuery<{ n: number }>(f.server, 'select count(*)::int as n from documenten') as [{ n: number }];
      await rejects(submit(randomUUID()), 400, 'bad-url');
      const [{ n: documentsAfter }] = await ownerQuery<{ n: number }>(f.server, 'select count(*)::int as n from documenten') as [{ n: number }];
      assert.equal(documentsAfter, documentsBefore, 'the upload went with the failed submission');
      const zaak = await submit();
      assert.equal(zaak.zaakinformatieobjecten.length, 1);
      const related = await f.inA((tx) => documenten.listDocumentsOf(tx, behandelaar, { objectType: 'zaak', object: zaak.id }));
      assert.deepEqual(related.map((d) => d.titel), ['Aanvraag']);
    });

    test('timeline and audit trail record everything, in the standard\'s terms', async () => {
      const zaak = await create();
      await f.inA((tx) => zaken.addNote(tx, behandelaar, zaak.id, 'Gebeld met aanvrager'));
      await f.inA((tx) => zaken.setStatus(tx, behandelaar, zaak.id, statustype(f.a.parkeren, 'In behandeling')));
      await f.inA((tx) => zaken.addKlantcontact(tx, kcc, zaak.id, { kanaal: 'telefoon', onderwerp: 'Vraag over status' }));
      const trail = await f.inA((tx) => zaken.auditTrail(tx, behandelaar, zaak.id));
      assert.deepEqual(trail.map((e) => `${e.resource}:${e.actie}`), [
        'zaak:create', 'rol:create', 'zaakeigenschap:create', 'status:create', 'notitie:create', 'status:create', 'klantcontact:create',
      ]);
      assert.ok(trail.every((e) => e.bron === 'zrc' && e.hoofdObject === zaak.id));
      const statusEntry = trail.filter((e) => e.resource === 'status')[1]!;
      assert.equal(statusEntry.gebruikersId, behandelaar.userId);
      assert.equal(statusEntry.gebruikersWeergave, 'Bas Behandelaar');
      assert.equal(statusEntry.resultaat, 201);
      assert.equal((statusEntry.wijzigingen.nieuw as { omschrijving: string }).omschrijving, 'In behandeling');
      const timeline = await f.inA((tx) => zaken.timeline(tx, behandelaar, zaak.id));
      assert.equal(timeline[0]!.title, 'Klantcontact vastgelegd (telefoon)');
      assert.ok(timeline.some((t) => t.title === 'Status gezet: In behandeling' && t.actor === 'Bas Behandelaar'));
      const rolEntry = trail.find((e) => e.resource === 'rol')!;
      assert.equal((rolEntry.wijzigingen.nieuw as { betrokkeneIdentificatie: string }).betrokkeneIdentificatie, '[versleuteld]');
    });

    test('relations: deelzaken, relevante andere zaken, klantcontacten, zaakobjecten', async () => {
      const hoofd = await f.inA((tx) => zaken.createZaak(tx, kcc, { zaaktype: f.a.archief.id }));
      const deel = await f.inA((tx) => zaken.createZaak(tx, kcc, { zaaktype: f.a.archief.id, hoofdzaak: hoofd.id }));
      assert.deepEqual((await f.inA((tx) => zaken.getZaak(tx, behandelaar, hoofd.id)))!.deelzaken, [deel.id]);
      await rejects(f.inA((tx) => zaken.createZaak(tx, kcc, { zaaktype: f.a.archief.id, hoofdzaak: deel.id })), 400, 'deelzaak-als-hoofdzaak');
      await rejects(f.inA((tx) => zaken.createZaak(tx, kcc, { zaaktype: f.a.intern.id, hoofdzaak: hoofd.id })), 400, 'invalid-deelzaaktype');
      const related = await f.inA((tx) => zaken.relateZaak(tx, behandelaar, deel.id, { zaak: hoofd.id, aardRelatie: 'vervolg' }));
      assert.deepEqual(related.relevanteAndereZaken, [{ zaak: hoofd.id, url: null, aardRelatie: 'vervolg' }]);
      await rejects(f.inA((tx) => zaken.relateZaak(tx, behandelaar, deel.id, { zaak: hoofd.id, aardRelatie: 'onderwerp' })), 400, 'unique');
      const unrelated = await f.inA((tx) => zaken.unrelateZaak(tx, behandelaar, deel.id, { zaak: hoofd.id }));
      assert.deepEqual(unrelated.relevanteAndereZaken, []);
      const object = await f.inA((tx) => zaken.addZaakobject(tx, behandelaar, deel.id, { objectType: 'adres', relatieomschrijving: 'Locatie', objectIdentificatie: { identificatie: '0363200000000001', wplWoonplaatsNaam: 'Alfadorp', gorOpenbareRuimteNaam: 'Dorpsstraat', huisnummer: 1 } }));
      assert.equal((await f.inA((tx) => zaken.listZaakobjecten(tx, behandelaar, deel.id)))[0]!.id, object.id);
      await rejects(f.inA((tx) => zaken.addZaakobject(tx, behandelaar, deel.id, { objectType: 'overige' })), 400);
      const contact = await f.inA((tx) => zaken.addKlantcontact(tx, kcc, deel.id, { kanaal: 'balie' }));
      assert.match(contact.identificatie, /^KC[0-9A-F]{12}$/);
    });
  });
}
