/**
 * Rollen as rows: what identifies a natural person (BSN, name, address, a BRP URL) and every
 * contact person is sealed (AES-256-GCM); a natural person is found again by a keyed hash of the
 * BSN, never by a plaintext column. Also the validation of a rol's input.
 */
import { isValidBsn } from '../../platform/auth/identity.js';
import type { Sealer } from '../../platform/crypto/sealer.js';
import type { Roltype } from '../catalogi/index.js';
import { Invalid } from './errors.js';
import { zaakRollen } from './schema.js';
import { BETROKKENE_TYPEN, INDICATIES_MACHTIGING, type Betrokkene, type ContactpersoonRol, type Rol, type RolInput } from './types.js';

const SEALED = 'zaak_rollen.sealed';
const BSN_LOOKUP = 'zaak_rollen.inp_bsn';

/** The keyed hash under which a BSN is found in rollen. */
export function bsnLookup(sealer: Sealer, bsn: string): string {
  return sealer.lookupKey(bsn, BSN_LOOKUP);
}

/** The keyed hash under which a natural person's ANP identification ('anp') or A-number ('anr') is found in rollen. */
export function npLookup(sealer: Sealer, kind: 'anp' | 'anr', value: string): string {
  return `${kind}:${sealer.lookupKey(value, `zaak_rollen.${kind}`)}`;
}

interface SealedPart {
  betrokkene?: string;
  betrokkeneIdentificatie?: Record<string, unknown>;
  afwijkendeNaamBetrokkene?: string;
  contactpersoonRol?: ContactpersoonRol | null;
}

type RolRow = typeof zaakRollen.$inferSelect;
type RolInsert = typeof zaakRollen.$inferInsert;

/** Checks a rol's own fields (the roltype is checked against the zaaktype by the caller). */
export function validateRol(input: RolInput, field: string, problems: Invalid): void {
  if (!input || typeof input !== 'object') {
    problems.add(field, 'required', 'Geef de betrokkene op.');
    return;
  }
  if (!(BETROKKENE_TYPEN as readonly string[]).includes(input.betrokkeneType)) {
    problems.add(`${field}.betrokkeneType`, 'invalid_choice', `Kies een betrokkeneType uit: ${BETROKKENE_TYPEN.join(', ')}.`);
    return;
  }
  // With a URL of the betrokkene in its own register the identification may be left out (Zaken API).
  const byUrl = typeof input.betrokkene === 'string' && input.betrokkene !== '';
  const id = (input.betrokkeneIdentificatie ?? (byUrl ? {} : undefined)) as Record<string, unknown> | undefined;
  if (!id || typeof id !== 'object') {
    problems.add(`${field}.betrokkeneIdentificatie`, 'required', 'Geef de identificatie van de betrokkene op.');
    return;
  }
  const text = (name: string, max: number) => {
    const value = id[name];
    if (value !== undefined && value !== null && (typeof value !== 'string' || value.length > max)) {
      problems.add(`${field}.betrokkeneIdentificatie.${name}`, 'max_length', `Ten hoogste ${max} tekens.`);
    }
  };
  switch (input.betrokkeneType) {
    case 'natuurlijk_persoon': {
      const bsn = id.inpBsn;
      if (bsn !== undefined && bsn !== '' && (typeof bsn !== 'string' || !isValidBsn(bsn))) {
        problems.add(`${field}.betrokkeneIdentificatie.inpBsn`, 'invalid', 'Dit is geen geldig burgerservicenummer.');
      }
      if (!bsn && !id.anpIdentificatie && !id.geslachtsnaam && !byUrl) {
        problems.add(`${field}.betrokkeneIdentificatie`, 'required', 'Geef een BSN, een ANP-identificatie of een geslachtsnaam op.');
      }
      if (id.inpA_nummer !== undefined && id.inpA_nummer !== '' && !/^[1-9][0-9]{9}$/.test(String(id.inpA_nummer))) {
        problems.add(`${field}.betrokkeneIdentificatie.inpA_nummer`, 'invalid', 'Een A-nummer is 10 cijfers en begint niet met 0.');
      }
      text('geslachtsnaam', 200); text('voornamen', 200); text('voorletters', 20); text('voorvoegselGeslachtsnaam', 80); text('anpIdentificatie', 17);
      if (id.geslachtsaanduiding !== undefined && !['m', 'v', 'o', ''].includes(String(id.geslachtsaanduiding))) {
        problems.add(`${field}.betrokkeneIdentificatie.geslachtsaanduiding`, 'invalid_choice', 'Kies m, v of o.');
      }
      break;
    }
    case 'niet_natuurlijk_persoon':
      if (id.kvkNummer !== undefined && id.kvkNummer !== '' && !/^\d{8}$/.test(String(id.kvkNummer))) {
        problems.add(`${field}.betrokkeneIdentificatie.kvkNummer`, 'invalid', 'Een KVK-nummer is 8 cijfers.');
      }
      if (!id.innNnpId && !id.annIdentificatie && !id.kvkNummer && !id.statutaireNaam && !byUrl) {
        problems.add(`${field}.betrokkeneIdentificatie`, 'required', 'Geef een KVK-nummer, RSIN, ANN-identificatie of statutaire naam op.');
      }
      text('innNnpId', 9); text('annIdentificatie', 17); text('statutaireNaam', 500); text('bezoekadres', 1000);
      break;
    case 'vestiging':
      if (id.kvkNummer !== undefined && id.kvkNummer !== '' && !/^\d{8}$/.test(String(id.kvkNummer))) {
        problems.add(`${field}.betrokkeneIdentificatie.kvkNummer`, 'invalid', 'Een KVK-nummer is 8 cijfers.');
      }
      if (!id.vestigingsNummer && !id.kvkNummer && !byUrl) problems.add(`${field}.betrokkeneIdentificatie`, 'required', 'Geef een vestigingsnummer of KVK-nummer op.');
      text('vestigingsNummer', 24);
      break;
    case 'organisatorische_eenheid':
      if ((!id.identificatie || typeof id.identificatie !== 'string') && !byUrl) problems.add(`${field}.betrokkeneIdentificatie.identificatie`, 'required', 'Geef de identificatie van de eenheid op.');
      text('identificatie', 24); text('naam', 50); text('isGehuisvestIn', 24);
      break;
    case 'medewerker':
      if ((!id.identificatie || typeof id.identificatie !== 'string') && !byUrl) problems.add(`${field}.betrokkeneIdentificatie.identificatie`, 'required', 'Geef de identificatie van de medewerker op.');
      text('identificatie', 64); text('achternaam', 200); text('voorletters', 20); text('voorvoegselAchternaam', 10);
      break;
  }
  if (input.indicatieMachtiging !== undefined && !(INDICATIES_MACHTIGING as readonly string[]).includes(input.indicatieMachtiging)) {
    problems.add(`${field}.indicatieMachtiging`, 'invalid_choice', 'Kies gemachtigde of machtiginggever.');
  }
  if (input.roltoelichting !== undefined && (typeof input.roltoelichting !== 'string' || input.roltoelichting.length > 1000)) {
    problems.add(`${field}.roltoelichting`, 'max_length', 'Ten hoogste 1000 tekens.');
  }
  if (input.afwijkendeNaamBetrokkene !== undefined && (typeof input.afwijkendeNaamBetrokkene !== 'string' || input.afwijkendeNaamBetrokkene.length > 625)) {
    problems.add(`${field}.afwijkendeNaamBetrokkene`, 'max_length', 'Ten hoogste 625 tekens.');
  }
  if (input.contactpersoonRol && (typeof input.contactpersoonRol.naam !== 'string' || !input.contactpersoonRol.naam || input.contactpersoonRol.naam.length > 40)) {
    problems.add(`${field}.contactpersoonRol.naam`, 'required', 'Geef de naam van de contactpersoon op (ten hoogste 40 tekens).');
  }
}

/** The row for a rol: natural persons sealed, others plain; contact persons always sealed. */
export function rolRow(sealer: Sealer, id: string, zaakId: string, input: RolInput, roltype: Pick<Roltype, 'id' | 'omschrijving' | 'omschrijvingGeneriek'>): RolInsert {
  input = { ...input, betrokkeneIdentificatie: input.betrokkeneIdentificatie ?? {} } as RolInput;
  const base: RolInsert = {
    id, zaakId, betrokkeneType: input.betrokkeneType, roltype: roltype.id, omschrijving: roltype.omschrijving,
    omschrijvingGeneriek: roltype.omschrijvingGeneriek, roltoelichting: input.roltoelichting ?? '', indicatieMachtiging: input.indicatieMachtiging ?? '',
  };
  const contactpersoonRol = input.contactpersoonRol ?? null;
  if (input.betrokkeneType === 'natuurlijk_persoon') {
    const identificatie = clean(input.betrokkeneIdentificatie as Record<string, unknown>);
    const sealed: SealedPart = { betrokkene: input.betrokkene ?? '', betrokkeneIdentificatie: identificatie, afwijkendeNaamBetrokkene: input.afwijkendeNaamBetrokkene ?? '', contactpersoonRol };
    const bsn = input.betrokkeneIdentificatie.inpBsn;
    const lookups = [
      input.betrokkeneIdentificatie.anpIdentificatie ? npLookup(sealer, 'anp', input.betrokkeneIdentificatie.anpIdentificatie) : undefined,
      input.betrokkeneIdentificatie.inpA_nummer ? npLookup(sealer, 'anr', input.betrokkeneIdentificatie.inpA_nummer) : undefined,
    ].filter((v): v is string => !!v);
    return { ...base, sealed: sealer.sealJson(sealed, SEALED), inpBsnLookup: bsn ? bsnLookup(sealer, bsn) : null, npLookups: lookups.length ? lookups : null };
  }
  const identificatie = clean(input.betrokkeneIdentificatie as Record<string, unknown>);
  const key = (() => {
    switch (input.betrokkeneType) {
      case 'medewerker': return input.betrokkeneIdentificatie.identificatie;
      case 'organisatorische_eenheid': return input.betrokkeneIdentificatie.identificatie;
      case 'vestiging': return input.betrokkeneIdentificatie.vestigingsNummer || null;
      case 'niet_natuurlijk_persoon': return input.betrokkeneIdentificatie.innNnpId || input.betrokkeneIdentificatie.annIdentificatie || null;
    }
  })();
  const kvk = input.betrokkeneType === 'vestiging' || input.betrokkeneType === 'niet_natuurlijk_persoon' ? input.betrokkeneIdentificatie.kvkNummer || null : null;
  return {
    ...base, betrokkene: input.betrokkene ?? '', betrokkeneIdentificatie: identificatie, afwijkendeNaamBetrokkene: input.afwijkendeNaamBetrokkene ?? '',
    sealed: contactpersoonRol ? sealer.sealJson({ contactpersoonRol } satisfies SealedPart, SEALED) : null, identificatie: key ?? null, kvkNummer: kvk,
  };
}

/** A row back to the rol, unsealing what was sealed. */
export function rolFromRow(sealer: Sealer, row: RolRow): Rol {
  const sealed: SealedPart = row.sealed ? sealer.openJson<SealedPart>(row.sealed, SEALED) : {};
  const betrokkene = (row.betrokkeneType === 'natuurlijk_persoon'
    ? { betrokkeneType: row.betrokkeneType, betrokkeneIdentificatie: sealed.betrokkeneIdentificatie ?? {} }
    : { betrokkeneType: row.betrokkeneType, betrokkeneIdentificatie: row.betrokkeneIdentificatie ?? {} }) as Betrokkene;
  return {
    id: row.id, zaak: row.zaakId, roltype: row.roltype, omschrijving: row.omschrijving, omschrijvingGeneriek: row.omschrijvingGeneriek,
    roltoelichting: row.roltoelichting, registratiedatum: row.registratiedatum, indicatieMachtiging: row.indicatieMachtiging,
    betrokkene: row.betrokkeneType === 'natuurlijk_persoon' ? sealed.betrokkene ?? '' : row.betrokkene,
    afwijkendeNaamBetrokkene: row.betrokkeneType === 'natuurlijk_persoon' ? sealed.afwijkendeNaamBetrokkene ?? '' : row.afwijkendeNaamBetrokkene,
    contactpersoonRol: sealed.contactpersoonRol ?? null,
    ...betrokkene,
  };
}

/** What the audit trail keeps of a rol: no personal data of natural persons or contact persons. */
export function rolForAudit(row: RolInsert | RolRow): Record<string, unknown> {
  return {
    uuid: row.id, zaak: row.zaakId, betrokkeneType: row.betrokkeneType, roltype: row.roltype, omschrijving: row.omschrijving,
    omschrijvingGeneriek: row.omschrijvingGeneriek, roltoelichting: row.roltoelichting ?? '', indicatieMachtiging: row.indicatieMachtiging ?? '',
    betrokkeneIdentificatie: row.betrokkeneType === 'natuurlijk_persoon' ? '[versleuteld]' : row.betrokkeneIdentificatie ?? null,
    contactpersoonRol: row.sealed && row.betrokkeneType !== 'natuurlijk_persoon' ? '[versleuteld]' : null,
  };
}

/** A short, non-personal description of a rol ("Aanvrager (natuurlijk persoon)"). */
export function rolLabel(row: Pick<RolRow, 'omschrijving' | 'betrokkeneType'>): string {
  return `${row.omschrijving} (${row.betrokkeneType.replace(/_/g, ' ')})`;
}

/** The data subject of a rol for the processing log, if it has one. */
export function rolSubject(rol: Rol): { type: 'bsn' | 'kvk'; id: string } | undefined {
  if (rol.betrokkeneType === 'natuurlijk_persoon' && rol.betrokkeneIdentificatie.inpBsn) return { type: 'bsn', id: rol.betrokkeneIdentificatie.inpBsn };
  if ((rol.betrokkeneType === 'niet_natuurlijk_persoon' || rol.betrokkeneType === 'vestiging') && rol.betrokkeneIdentificatie.kvkNummer) {
    return { type: 'kvk', id: rol.betrokkeneIdentificatie.kvkNummer };
  }
  return undefined;
}

function clean(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
