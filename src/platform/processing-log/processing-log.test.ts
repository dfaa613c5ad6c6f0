import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { engines, type TestServer } from '../testing/harness.js';
import { startWithTwoMunicipalities, type TwoMunicipalities } from '../../modules/catalogue/test-fixtures.js';
import { traceFromHeaders } from './processing-log.js';
import { defineProcessingActivities } from './register.js';

const activities = defineProcessingActivities({
  'test-inzage/1': {
    name: { nl: 'Testinzage', en: 'Test viewing' }, purpose: { nl: 'Testen', en: 'Testing' },
    legalGround: { nl: 'AVG art. 6 lid 1 sub e', en: 'GDPR art. 6(1)(e)' }, department: { nl: 'Burgerzaken', en: 'Civil affairs' },
  },
});

for (const engine of engines()) {
  describe(`processing log (${engine})`, () => {
    let server: TestServer;
    let data: TwoMunicipalities;
    before(async () => ({ server, data } = await startWithTwoMunicipalities(engine)));
    after(() => server.close());

    it('records who processed whose data, for what, without storing the BSN itself', async () => {
      const log = server.stadhuis.platform.processingLog;
      const subject = { type: 'bsn' as const, id: '999993653' };
      await log.recordNow(data.a.id, { type: 'staff', id: 'user-1', role: 'kcc-medewerker', team: 'KCC' }, traceFromHeaders({}), {
        activity: activities['test-inzage/1'], name: 'brp.personen.raadplegen', operation: 'read', dataCategories: ['naam', 'adres'],
        subject, status: 'ok', startTime: new Date(),
      });
      const entries = await log.forSubject(data.a.id, subject);
      assert.equal(entries.length, 1);
      assert.equal(entries[0]!.actorRole, 'kcc-medewerker');
      assert.deepEqual(entries[0]!.dataCategories, ['naam', 'adres']);
      assert.equal(await log.countForSubject(data.b.id, subject), 0, 'another municipality sees nothing');
      const raw = await server.stadhuis.database.withTenant(data.a.id, (tx) => tx.execute(sql`select data_subject from processing_log`));
      assert.doesNotMatch(JSON.stringify(raw), /999993653/);
    });

    it('cannot be altered or deleted through the application', async () => {
      for (const statement of [sql`update processing_log set actor_role = 'x'`, sql`delete from processing_log`]) {
        await assert.rejects(server.stadhuis.database.withTenant(data.a.id, (tx) => tx.execute(statement)),
          (e: Error) => /permission denied|append-only/.test(`${e.message} ${(e.cause as Error | undefined)?.message}`));
      }
    });

    it('continues an incoming W3C trace', () => {
      const trace = traceFromHeaders({ traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' });
      assert.deepEqual(trace, { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', parentOperationId: '00f067aa0ba902b7' });
      assert.match(traceFromHeaders({ traceparent: 'rommel' }).traceId, /^[0-9a-f]{32}$/);
    });
  });
}
