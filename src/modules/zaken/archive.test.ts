import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { HttpError } from '../../platform/http/problem.js';
import { engines } from '../../platform/testing/harness.js';
import { besluitenService } from '../besluiten/index.js';
import { addDuration, dateInNl, zakenService, type CreateZaakInput, type Zaak, type ZakenService } from './index.js';
import { addDays, daysBetween, parseDateValue } from './dates.js';
import { ARCHIEF_RESULTATEN, eigenschapId, resultaattypeId, staff, startZakenFixture, statustype, type ZakenFixture } from './test-fixtures.js';

describe('date arithmetic of lead times and retention periods', () => {
  test('ISO 8601 durations on calendar dates', () => {
    assert.equal(addDuration('2026-01-05', 'P8W'), '2026-03-02');
    assert.equal(addDuration('2026-01-31', 'P1M'), '2026-02-28', 'the 31st plus a month is the last day of the next month');
    assert.equal(addDuration('2024-02-29', 'P1Y'), '2025-02-28');
    assert.equal(addDuration('2026-03-28', 'P1D'), '2026-03-29', 'summer time does not shift a day');
    assert.equal(addDuration('2026-01-01', 'P1Y6M2W3D'), '2027-07-18');
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
    assert.equal(daysBetween('2026-01-01', '2026-03-01'), 59);
    assert.throws(() => addDuration('2026-01-01', '14 dagen'));
  });

  test('date values in eigenschappen and objects', () => {
    assert.equal(parseDateValue('20300115'), '2030-01-15');
    assert.equal(parseDateValue('2030-01-15'), '2030-01-15');
    assert.equal(parseDateValue('2030-01-15T23:30:00Z'), '2030-01-16', 'a moment is its date in the Netherlands');
    assert.equal(parseDateValue('15-01-2030'), undefined);
  });
});

async function rejects(promise: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(promise, (error: unknown) => error instanceof HttpError && error.statusCode === 400 && error.invalidParams.some((p) => p.code === code));
}

for (const engine of engines()) {
  describe(`archiving when a zaak is closed, per afleidingswijze (${engine})`, () => {
    let f: ZakenFixture;
    let zaken: ZakenService;
    const behandelaar = staff(['behandelaar']);
    const today = () => dateInNl();

    before(async () => {
      f = await startZakenFixture(engine);
      zaken = zakenService(f.server.stadhuis.platform);
    });
    after(async () => {
      await f?.server.close();
    });

    const create = (input: Partial<CreateZaakInput> = {}) => f.inA((tx) => zaken.createZaak(tx, behandelaar, { zaaktype: f.a.archief.id, ...input }));
    /** Sets the resultaat and the eindstatus; returns the closed zaak. */
    const close = async (zaak: Zaak, resultaat: string): Promise<Zaak> => {
      await f.inA((tx) => zaken.setResultaat(tx, behandelaar, zaak.id, resultaattypeId(f.a.archief, resultaat)));
      await f.inA((tx) => zaken.setStatus(tx, behandelaar, zaak.id, statustype(f.a.archief, 'Afgehandeld')));
      return (await f.inA((tx) => zaken.getZaak(tx, behandelaar, zaak.id)))!;
    };

    test('afgehandeld: einddatum + archiefactietermijn', async () => {
      const closed = await close(await create(), ARCHIEF_RESULTATEN.afgehandeld);
      assert.equal(closed.archiefnominatie, 'vernietigen');
      assert.equal(closed.startdatumBewaartermijn, today());
      assert.equal(closed.archiefactiedatum, addDuration(today(), 'P1Y'));
    });

    test('blijvend bewaren: the nominatie and the transfer date', async () => {
      const closed = await close(await create(), ARCHIEF_RESULTATEN.blijvend);
      assert.equal(closed.archiefnominatie, 'blijvend_bewaren');
      assert.equal(closed.archiefactiedatum, addDuration(today(), 'P20Y'));
    });

    test('termijn: einddatum + procestermijn + archiefactietermijn', async () => {
      const closed = await close(await create(), ARCHIEF_RESULTATEN.termijn);
      assert.equal(closed.startdatumBewaartermijn, addDuration(today(), 'P5Y'));
      assert.equal(closed.archiefactiedatum, addDuration(addDuration(today(), 'P5Y'), 'P10Y'));
    });

    test('hoofdzaak: the einddatum of the hoofdzaak; none while it is open; refused without one', async () => {
      const hoofd = await create();
      const deelOpen = await create({ hoofdzaak: hoofd.id });
      const closedEarly = await close(deelOpen, ARCHIEF_RESULTATEN.hoofdzaak);
      assert.equal(closedEarly.einddatum, today());
      assert.equal(closedEarly.archiefactiedatum, null, 'the hoofdzaak has no einddatum yet');
      await close(hoofd, ARCHIEF_RESULTATEN.afgehandeld);
      const deel = await create({ hoofdzaak: hoofd.id });
      const closed = await close(deel, ARCHIEF_RESULTATEN.hoofdzaak);
      assert.equal(closed.archiefactiedatum, addDuration(today(), 'P1Y'));
      const zonder = await create();
      await f.inA((tx) => zaken.setResultaat(tx, behandelaar, zonder.id, resultaattypeId(f.a.archief, ARCHIEF_RESULTATEN.hoofdzaak)));
      await rejects(f.inA((tx) => zaken.setStatus(tx, behandelaar, zonder.id, statustype(f.a.archief, 'Afgehandeld'))), 'hoofdzaak-ontbreekt');
    });

    test('gerelateerde_zaak: the latest einddatum of the related zaken; refused without any', async () => {
      const other = await close(await create(), ARCHIEF_RESULTATEN.afgehandeld);
      const open = await create();
      const zaak = await create({ relevanteAndereZaken: [{ zaak: other.id, aardRelatie: 'vervolg' }, { zaak: open.id, aardRelatie: 'onderwerp' }] });
      const closed = await close(zaak, ARCHIEF_RESULTATEN.gerelateerde_zaak);
      assert.equal(closed.startdatumBewaartermijn, other.einddatum);
      assert.equal(closed.archiefactiedatum, addDuration(other.einddatum!, 'P1Y'));
      const alone = await create();
      await f.inA((tx) => zaken.setResultaat(tx, behandelaar, alone.id, resultaattypeId(f.a.archief, ARCHIEF_RESULTATEN.gerelateerde_zaak)));
      await rejects(f.inA((tx) => zaken.setStatus(tx, behandelaar, alone.id, statustype(f.a.archief, 'Afgehandeld'))), 'gerelateerde-zaak-ontbreekt');
    });

    test('eigenschap: the date in the eigenschap named by datumkenmerk; refused without it', async () => {
      const zaak = await create({ eigenschappen: [{ eigenschap: eigenschapId(f.a.archief, 'vervaldatum'), waarde: '20300115' }] });
      const closed = await close(zaak, ARCHIEF_RESULTATEN.eigenschap);
      assert.equal(closed.startdatumBewaartermijn, '2030-01-15');
      assert.equal(closed.archiefactiedatum, '2031-01-15');
      const zonder = await create();
      await f.inA((tx) => zaken.setResultaat(tx, behandelaar, zonder.id, resultaattypeId(f.a.archief, ARCHIEF_RESULTATEN.eigenschap)));
      await rejects(f.inA((tx) => zaken.setStatus(tx, behandelaar, zonder.id, statustype(f.a.archief, 'Afgehandeld'))), 'eigenschap-ontbreekt');
    });

    test('zaakobject: the latest date in the datumkenmerk of the zaakobjecten of the objecttype', async () => {
      const zaak = await create({
        zaakobjecten: [
          { objectType: 'pand', objectIdentificatie: { identificatie: '0363100012345678', einddatum: '2030-05-01' } },
          { objectType: 'pand', objectIdentificatie: { identificatie: '0363100012345679', einddatum: '2031-02-03' } },
          { objectType: 'adres', objectIdentificatie: { identificatie: '1', einddatum: '2040-01-01' } },
        ],
      });
      const closed = await close(zaak, ARCHIEF_RESULTATEN.zaakobject);
      assert.equal(closed.startdatumBewaartermijn, '2031-02-03');
      assert.equal(closed.archiefactiedatum, '2032-02-03');
      const zonder = await create({ zaakobjecten: [{ objectType: 'pand', objectIdentificatie: { identificatie: '0363100012345670' } }] });
      await f.inA((tx) => zaken.setResultaat(tx, behandelaar, zonder.id, resultaattypeId(f.a.archief, ARCHIEF_RESULTATEN.zaakobject)));
      await rejects(f.inA((tx) => zaken.setStatus(tx, behandelaar, zonder.id, statustype(f.a.archief, 'Afgehandeld'))), 'datumkenmerk-ontbreekt');
    });

    test('ingangsdatum_besluit and vervaldatum_besluit: the latest date of the zaak\'s besluiten', async () => {
      const besluiten = besluitenService(f.server.stadhuis.platform);
      const zaak = await create();
      await f.inA((tx) => besluiten.createBesluit(tx, behandelaar, { besluittype: f.a.besluittype.id, zaak: zaak.id, datum: '2026-01-10', ingangsdatum: '2026-01-15', vervaldatum: '2030-01-01' }));
      await f.inA((tx) => besluiten.createBesluit(tx, behandelaar, { besluittype: f.a.besluittype.id, zaak: zaak.id, datum: '2026-02-10', ingangsdatum: '2026-03-01' }));
      const closed = await close(zaak, ARCHIEF_RESULTATEN.ingangsdatum_besluit);
      assert.equal(closed.startdatumBewaartermijn, '2026-03-01');
      assert.equal(closed.archiefactiedatum, '2027-03-01');

      const verval = await create();
      const besluit = await f.inA((tx) => besluiten.createBesluit(tx, behandelaar, { besluittype: f.a.besluittype.id, zaak: verval.id, datum: '2026-01-10', ingangsdatum: '2026-01-15' }));
      await f.inA((tx) => zaken.setResultaat(tx, behandelaar, verval.id, resultaattypeId(f.a.archief, ARCHIEF_RESULTATEN.vervaldatum_besluit)));
      await rejects(f.inA((tx) => zaken.setStatus(tx, behandelaar, verval.id, statustype(f.a.archief, 'Afgehandeld'))), 'vervaldatum-ontbreekt');
      // The besluiten module keeps the mirrored dates in step.
      await f.inA((tx) => besluiten.updateBesluit(tx, behandelaar, besluit.id, { vervaldatum: '2029-06-30', vervalreden: 'tijdelijk' }));
      await f.inA((tx) => zaken.setStatus(tx, behandelaar, verval.id, statustype(f.a.archief, 'Afgehandeld')));
      const closedVerval = (await f.inA((tx) => zaken.getZaak(tx, behandelaar, verval.id)))!;
      assert.equal(closedVerval.archiefactiedatum, '2030-06-30');

      const geen = await create();
      await f.inA((tx) => zaken.setResultaat(tx, behandelaar, geen.id, resultaattypeId(f.a.archief, ARCHIEF_RESULTATEN.ingangsdatum_besluit)));
      await rejects(f.inA((tx) => zaken.setStatus(tx, behandelaar, geen.id, statustype(f.a.archief, 'Afgehandeld'))), 'besluit-ontbreekt');
    });

    test('ander_datumkenmerk: no date derived; the archivaris sets it, and archiving needs archived documents', async () => {
      const closed = await close(await create(), ARCHIEF_RESULTATEN.ander_datumkenmerk);
      assert.equal(closed.archiefnominatie, 'vernietigen');
      assert.equal(closed.archiefactiedatum, null);
      const archivaris = staff(['archivaris']);
      await assert.rejects(f.inA((tx) => zaken.setArchiefgegevens(tx, archivaris, closed.id, { archiefstatus: 'gearchiveerd' })),
        (e: unknown) => e instanceof HttpError && e.invalidParams.some((p) => p.code === 'archiefactiedatum-not-set'));
      const set = await f.inA((tx) => zaken.setArchiefgegevens(tx, archivaris, closed.id, { archiefactiedatum: '2045-01-01' }));
      assert.equal(set.archiefactiedatum, '2045-01-01');
      const archived = await f.inA((tx) => zaken.setArchiefgegevens(tx, archivaris, closed.id, { archiefstatus: 'gearchiveerd' }));
      assert.equal(archived.archiefstatus, 'gearchiveerd');
      const list = await f.inA((tx) => zaken.listZaken(tx, archivaris, { archiefactiedatumBefore: '2045-12-31', archiefnominatie: 'vernietigen', archiefstatus: 'gearchiveerd' }));
      assert.deepEqual(list.items.map((z) => z.id), [closed.id]);
    });

    test('a date set by hand before closing is kept', async () => {
      const zaak = await create();
      await f.inA((tx) => zaken.setArchiefgegevens(tx, staff(['archivaris']), zaak.id, { archiefactiedatum: '2050-01-01', archiefnominatie: 'blijvend_bewaren' }));
      const closed = await close(zaak, ARCHIEF_RESULTATEN.afgehandeld);
      assert.equal(closed.archiefactiedatum, '2050-01-01');
      assert.equal(closed.archiefnominatie, 'blijvend_bewaren');
    });
  });
}
