import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { traceFromHeaders, type DataSubject } from '../../platform/processing-log/processing-log.js';
import { engines, startTestServer, type TestServer } from '../../platform/testing/harness.js';
import type { Tenant } from '../../platform/tenancy/tenants.js';
import { deadPort } from './test-helpers.js';
import { PERSON_FIELDS, personsActivities, PersonsService, RegisterError, type ProcessingContext } from './index.js';

const SUZANNE = '999993653';
const THOMAS = '999990408';
const LOTTE = '999990810';
const DAAN = '999991218';

for (const engine of engines()) {
  describe(`PersonsService: every read is in the processing log (${engine})`, () => {
    let server: TestServer;
    let tenant: Tenant;
    let other: Tenant;
    let persons: PersonsService;
    const resident: ProcessingContext = {
      actor: { type: 'resident', id: 'self' },
      trace: traceFromHeaders({}),
      activity: personsActivities['mijn-gegevens-inzien/1'],
    };
    const staff: ProcessingContext = {
      actor: { type: 'staff', id: 'anouk.visser', role: 'kcc-medewerker', team: 'KCC' },
      trace: traceFromHeaders({ traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' }),
      activity: personsActivities['kcc-klantbeeld/1'],
    };
    const count = (subject: DataSubject, t: Tenant = tenant) => server.stadhuis.platform.processingLog.countForSubject(t.id, subject);
    const bsn = (id: string): DataSubject => ({ type: 'bsn', id });

    before(async () => {
      server = await startTestServer(engine, { demo: false });
      const base = { theme: { primary: '#154273', primaryDark: '#0b2a4d', primaryLight: '#e8f0f8', accent: '#ffb612' }, contact: { phone: '14 0123', email: 'info@example.nl', address: 'Markt 1', website: 'https://example.nl' }, logoSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>' };
      tenant = await server.stadhuis.platform.tenants.create({ ...base, slug: 'alfadorp', name: 'Gemeente Alfadorp' });
      other = await server.stadhuis.platform.tenants.create({ ...base, slug: 'betastad', name: 'Gemeente Betastad' });
      // Reaches the embedded registers on the server's own address, as configured by default.
      persons = new PersonsService(server.stadhuis.platform);
    });
    after(() => server.close());

    it('reads a person and logs one entry for them, with the categories of the requested fields', async () => {
      const persoon = await persons.getPerson(tenant.id, SUZANNE, ['naam', 'geboorte.datum', 'verblijfplaats'], resident);
      assert.equal(persoon?.naam?.volledigeNaam, 'Suzanne Moulin');
      assert.equal(await count(bsn(SUZANNE)), 1);
      const [entry] = await server.stadhuis.platform.processingLog.forSubject(tenant.id, bsn(SUZANNE));
      assert.equal(entry!.name, 'brp.personen.raadplegen');
      assert.equal(entry!.operation, 'read');
      assert.equal(entry!.status, 'ok');
      assert.equal(entry!.activityId, 'mijn-gegevens-inzien/1');
      assert.equal(entry!.actorType, 'resident');
      assert.deepEqual(entry!.dataCategories, ['adres', 'geboorte', 'naam']);
      assert.equal(await count(bsn(SUZANNE), other), 0, 'another municipality sees nothing');
    });

    it('also logs one entry for each partner and child whose data came along', async () => {
      const before = await Promise.all([SUZANNE, THOMAS, LOTTE, DAAN].map((id) => count(bsn(id))));
      const persoon = await persons.getPerson(tenant.id, SUZANNE, PERSON_FIELDS.mijnGegevens, staff);
      assert.equal(persoon?.kinderen?.length, 2);
      const afterwards = await Promise.all([SUZANNE, THOMAS, LOTTE, DAAN].map((id) => count(bsn(id))));
      assert.deepEqual(afterwards.map((n, i) => n - before[i]!), [1, 1, 1, 1]);
      const [child] = await server.stadhuis.platform.processingLog.forSubject(tenant.id, bsn(DAAN));
      assert.deepEqual(child!.dataCategories, ['geboorte', 'identificatienummers', 'naam']);
      assert.equal(child!.actorRole, 'kcc-medewerker');
      assert.equal(child!.activityId, 'kcc-klantbeeld/1');
    });

    it('logs the read of an unknown person as well (status ok, nothing found)', async () => {
      assert.equal(await persons.getPerson(tenant.id, '999993665', ['naam'], resident), undefined);
      assert.equal(await count(bsn('999993665')), 1);
      const [entry] = await server.stadhuis.platform.processingLog.forSubject(tenant.id, bsn('999993665'));
      assert.equal(entry!.status, 'ok');
    });

    it('logs a failed read with status error: register down, invalid BSN, unknown field', async () => {
      const down = new PersonsService(server.stadhuis.platform, {
        brp: { baseUrl: `http://127.0.0.1:${await deadPort()}/haalcentraal/api/brp` },
        kvk: { baseUrl: `http://127.0.0.1:${await deadPort()}/kvk/api` },
      });
      await assert.rejects(down.getPerson(tenant.id, '999990019', ['naam'], resident), (e: unknown) => e instanceof RegisterError && e.reason === 'unreachable');
      await assert.rejects(persons.getPerson(tenant.id, '999993654', ['naam'], resident), (e: unknown) => e instanceof RegisterError && e.reason === 'invalid-request');
      await assert.rejects(persons.getPerson(tenant.id, '999992855', ['naam', 'geheimhoudingPersoonsgegevens'], resident), RegisterError);
      const wrongKey = new PersonsService(server.stadhuis.platform, { brp: { apiKey: 'fout' } });
      await assert.rejects(wrongKey.getPerson(tenant.id, '999995078', ['naam'], resident), (e: unknown) => e instanceof RegisterError && e.reason === 'unauthorized');
      for (const id of ['999990019', '999993654', '999992855', '999995078']) {
        const entries = await server.stadhuis.platform.processingLog.forSubject(tenant.id, bsn(id));
        assert.equal(entries.length, 1, id);
        assert.equal(entries[0]!.status, 'error', id);
      }
      await assert.rejects(down.getCompany(tenant.id, '69599084', resident), RegisterError);
      const [companyEntry] = await server.stadhuis.platform.processingLog.forSubject(tenant.id, { type: 'kvk', id: '69599084' });
      assert.equal(companyEntry!.status, 'error');
      assert.equal(companyEntry!.name, 'kvk.basisprofiel.raadplegen');
    });

    it('reads a company from the KVK, logging one entry per call', async () => {
      const activity = { ...resident, actor: { type: 'business' as const, id: 'self' }, activity: personsActivities['bedrijfsgegevens-inzien/1'] };
      const profiel = await persons.getCompany(tenant.id, '68727720', activity);
      assert.equal(profiel?.naam, 'Yilmaz IT-Diensten');
      assert.equal(await persons.getCompany(tenant.id, '12345678', activity), undefined);
      await assert.rejects(persons.getCompany(tenant.id, '1234', activity), (e: unknown) => e instanceof RegisterError && e.reason === 'invalid-request');
      for (const id of ['68727720', '12345678', '1234']) assert.equal(await count({ type: 'kvk', id }), 1, id);
      const [entry] = await server.stadhuis.platform.processingLog.forSubject(tenant.id, { type: 'kvk', id: '68727720' });
      assert.deepEqual([entry!.status, entry!.operation, entry!.actorType, entry!.dataCategories], ['ok', 'read', 'business', ['handelsregister']]);
    });

    it('refuses to read without a complete context, before asking anything', async () => {
      const incomplete = { actor: { type: 'system' }, trace: traceFromHeaders({}) } as unknown as ProcessingContext;
      await assert.rejects(persons.getPerson(tenant.id, '999998456', ['naam'], incomplete), TypeError);
      await assert.rejects(persons.getCompany(tenant.id, '69599084', undefined as unknown as ProcessingContext), TypeError);
      assert.equal(await count(bsn('999998456')), 0);
    });

    it('never puts a BSN in the server log', async () => {
      const logs = JSON.stringify(server.logs);
      assert.match(logs, /register call failed/, 'the failures were logged');
      for (const id of [SUZANNE, THOMAS, LOTTE, DAAN, '999993665', '999990019', '999993654', '999992855', '999995078']) {
        assert.ok(!logs.includes(id), `${id} is in the log`);
      }
    });
  });
}
