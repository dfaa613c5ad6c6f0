/**
 * Archiving a zaak when it is closed (the eindstatus is set), after the Zaken API: the
 * archiefnominatie comes from the resultaattype, and the archiefactiedatum is the brondatum plus
 * the resultaattype's archiefactietermijn. How the brondatum is found is the resultaattype's
 * brondatumArchiefprocedure.afleidingswijze (Catalogi API, ztc-003…008); the derivations follow
 * the reference implementation of the Zaken API:
 *
 * - afgehandeld: the zaak's einddatum.
 * - termijn: einddatum + procestermijn.
 * - hoofdzaak: the einddatum of the hoofdzaak (none while it is open: no date yet).
 * - gerelateerde_zaak: the latest einddatum of the relevante andere zaken (at least one is needed).
 * - eigenschap: the date in the zaakeigenschap named datumkenmerk (it must exist).
 * - zaakobject: the latest date in attribute datumkenmerk of the zaakobjecten of objecttype.
 * - ingangsdatum_besluit / vervaldatum_besluit: the latest ingangsdatum / vervaldatum of the
 *   zaak's besluiten (at least one besluit; for vervaldatum one must have a vervaldatum).
 * - ander_datumkenmerk: cannot be derived; the archiefactiedatum is set by hand later.
 *
 * When a required value is missing, closing is refused with a 400 that says what is missing.
 */
import type { Resultaattype } from '../catalogi/index.js';
import { addDuration, maxDate, parseDateValue, type IsoDate } from './dates.js';
import { invalid } from './errors.js';

export interface ArchiveFacts {
  /** The einddatum the zaak gets now. */
  einddatum: IsoDate;
  resultaattype: Pick<Resultaattype, 'archiefnominatie' | 'archiefactietermijn' | 'brondatumArchiefprocedure'>;
  /** undefined: the zaak has no hoofdzaak; null: the hoofdzaak is still open. */
  hoofdzaakEinddatum?: IsoDate | null;
  /** Einddatum of every relevante andere zaak of this municipality (null while open). */
  gerelateerdeEinddata: (IsoDate | null)[];
  eigenschappen: { naam: string; waarde: string }[];
  zaakobjecten: { objectType: string; objectIdentificatie: Record<string, unknown> | null }[];
  besluiten: { ingangsdatum: IsoDate; vervaldatum: IsoDate | null }[];
}

export interface ArchiveOutcome {
  archiefnominatie: 'blijvend_bewaren' | 'vernietigen' | null;
  brondatum: IsoDate | null;
  archiefactiedatum: IsoDate | null;
}

const FIELD = 'resultaattype.brondatumArchiefprocedure';

export function deriveArchive(facts: ArchiveFacts): ArchiveOutcome {
  const { resultaattype } = facts;
  const archiefnominatie = resultaattype.archiefnominatie || null;
  const procedure = resultaattype.brondatumArchiefprocedure;
  if (!procedure) return { archiefnominatie, brondatum: null, archiefactiedatum: null };
  const brondatum = deriveBrondatum(facts);
  const archiefactiedatum = brondatum && resultaattype.archiefactietermijn ? addDuration(brondatum, resultaattype.archiefactietermijn) : null;
  return { archiefnominatie, brondatum, archiefactiedatum };
}

export function deriveBrondatum(facts: ArchiveFacts): IsoDate | null {
  const procedure = facts.resultaattype.brondatumArchiefprocedure;
  if (!procedure) return null;
  switch (procedure.afleidingswijze) {
    case 'afgehandeld':
      return facts.einddatum;

    case 'termijn':
      if (!procedure.procestermijn) throw invalid(FIELD, 'procestermijn-ontbreekt', 'Het resultaattype heeft geen procestermijn om de brondatum mee te bepalen.');
      return addDuration(facts.einddatum, procedure.procestermijn);

    case 'hoofdzaak':
      if (facts.hoofdzaakEinddatum === undefined) throw invalid('hoofdzaak', 'hoofdzaak-ontbreekt', 'De zaak heeft geen hoofdzaak om de brondatum uit af te leiden.');
      return facts.hoofdzaakEinddatum;

    case 'gerelateerde_zaak':
      if (!facts.gerelateerdeEinddata.length) {
        throw invalid('relevanteAndereZaken', 'gerelateerde-zaak-ontbreekt', 'Er zijn geen gerelateerde zaken om de brondatum uit af te leiden.');
      }
      return maxDate(facts.gerelateerdeEinddata);

    case 'eigenschap': {
      const naam = procedure.datumkenmerk;
      if (!naam) throw invalid(FIELD, 'datumkenmerk-ontbreekt', 'Het resultaattype noemt geen eigenschap (datumkenmerk) voor de brondatum.');
      const eigenschap = facts.eigenschappen.find((e) => e.naam === naam);
      if (!eigenschap) throw invalid('eigenschappen', 'eigenschap-ontbreekt', `De zaak heeft geen eigenschap "${naam}" om de brondatum uit af te leiden.`);
      if (!eigenschap.waarde) return null;
      const date = parseDateValue(eigenschap.waarde);
      if (!date) throw invalid('eigenschappen', 'geen-datum', `De eigenschap "${naam}" bevat geen geldige datum: ${eigenschap.waarde}`);
      return date;
    }

    case 'zaakobject': {
      const { objecttype, datumkenmerk } = procedure;
      if (!objecttype || !datumkenmerk) {
        throw invalid(FIELD, 'objecttype-ontbreekt', 'Het resultaattype noemt geen objecttype en datumkenmerk voor de brondatum.');
      }
      const dates: IsoDate[] = [];
      for (const object of facts.zaakobjecten.filter((o) => o.objectType === objecttype)) {
        const value = object.objectIdentificatie?.[datumkenmerk];
        if (value === undefined || value === null || value === '') {
          throw invalid('zaakobjecten', 'datumkenmerk-ontbreekt', `Een zaakobject van type ${objecttype} heeft geen "${datumkenmerk}".`);
        }
        const date = parseDateValue(String(value));
        if (!date) throw invalid('zaakobjecten', 'geen-datum', `"${datumkenmerk}" van een zaakobject is geen geldige datum: ${String(value)}`);
        dates.push(date);
      }
      if (!dates.length) {
        throw invalid('zaakobjecten', 'zaakobject-ontbreekt', `De zaak heeft geen zaakobject van type ${objecttype} met "${datumkenmerk}" voor de brondatum.`);
      }
      return maxDate(dates);
    }

    case 'ingangsdatum_besluit':
      if (!facts.besluiten.length) throw invalid('besluiten', 'besluit-ontbreekt', 'Er zijn geen besluiten bij de zaak om de brondatum uit af te leiden.');
      return maxDate(facts.besluiten.map((b) => b.ingangsdatum));

    case 'vervaldatum_besluit': {
      if (!facts.besluiten.length) throw invalid('besluiten', 'besluit-ontbreekt', 'Er zijn geen besluiten bij de zaak om de brondatum uit af te leiden.');
      const date = maxDate(facts.besluiten.map((b) => b.vervaldatum));
      if (!date) throw invalid('besluiten', 'vervaldatum-ontbreekt', 'Een besluit van de zaak moet een vervaldatum hebben voordat de zaak kan worden afgesloten.');
      return date;
    }

    case 'ander_datumkenmerk':
      // Kept in another register: the archiefactiedatum is set by hand.
      return null;
  }
}
