/**
 * Never ask what is known: the fields of a form that declare `prefill` are filled from the BRP
 * (for a resident logged in with DigiD, or the person they act for) or the KVK (for a business with
 * eHerkenning), through PersonsService, which writes the Logboek Dataverwerkingen for every person
 * whose data is read. Only the BRP fields the form needs are asked for. An address is completed
 * by the addresses module (so it has its wijk, buurt and zones). When a register cannot answer,
 * nothing is filled in and the person types it.
 */
import type { Identity } from '../../platform/auth/identity.js';
import type { ProcessingLog, TraceContext } from '../../platform/processing-log/processing-log.js';
import type { Address, AddressesService } from '../addresses/index.js';
import { formatName, personsActivities, RegisterError, type Datum, type NaamGerelateerde, type PersonsService } from '../persons/index.js';
import type { AnswerField, FormDefinition, GroupField, PrefillSource } from './definition.js';
import type { Value } from './expressions.js';

const BRP_FIELDS: Record<string, string[]> = {
  'brp.naam': ['naam'],
  'brp.bsn': ['burgerservicenummer'],
  'brp.geboortedatum': ['geboorte.datum'],
  'brp.adres': ['verblijfplaats.verblijfadres', 'verblijfplaats.nummeraanduidingIdentificatie'],
  'brp.partner': ['partners.naam', 'partners.geboorte.datum', 'partners.burgerservicenummer', 'partners.ontbindingHuwelijkPartnerschap.datum'],
  'brp.kinderen': ['kinderen.naam', 'kinderen.geboorte.datum', 'kinderen.burgerservicenummer'],
};

export interface PrefillServices {
  persons: PersonsService;
  addresses: AddressesService;
  processingLog: ProcessingLog;
}

export interface PrefillResult {
  values: Record<string, Value>;
  /** A register could not answer: some fields are asked instead. */
  failed: boolean;
}

function iso(datum: Datum | undefined): string | undefined {
  return datum?.type === 'Datum' ? datum.datum : undefined;
}

function prefillFields(def: FormDefinition): AnswerField[] {
  return def.steps.flatMap((s) => s.fields).filter((f): f is AnswerField => f.type !== 'paragraph' && !!(f as AnswerField).prefill);
}

/** Completes a BRP or KVK address through the BAG; falls back to the register's own data. */
async function completeAddress(addresses: AddressesService, a: { postcode?: string | undefined; huisnummer?: number | undefined; huisletter?: string | undefined; toevoeging?: string | undefined; straat?: string | undefined; woonplaats?: string | undefined }): Promise<Address | undefined> {
  if (!a.postcode || !a.huisnummer) return undefined;
  const addition = `${a.huisletter ?? ''}${a.toevoeging ?? ''}`;
  try {
    const result = await addresses.lookupAddress(a.postcode, a.huisnummer, addition);
    if (result.status === 'found') return result.address;
  } catch { /* the BAG is down: keep what the register said */ }
  if (!a.straat || !a.woonplaats) return undefined;
  return { id: '', straat: a.straat, huisnummer: a.huisnummer, huisletter: a.huisletter, huisnummertoevoeging: a.toevoeging, postcode: a.postcode.replace(/\s+/g, ''), woonplaats: a.woonplaats, zones: [] };
}

function items(group: GroupField, people: { naam?: NaamGerelateerde; geboorte?: { datum?: Datum }; burgerservicenummer?: string }[]): Value {
  return people.map((p) => {
    const item: Record<string, Value> = {};
    for (const sub of group.fields) {
      if (sub.type === 'paragraph' || !('itemPrefill' in sub)) continue;
      const value = sub.itemPrefill === 'naam' ? formatName(p.naam) : sub.itemPrefill === 'geboortedatum' ? iso(p.geboorte?.datum) : sub.itemPrefill === 'bsn' ? p.burgerservicenummer : undefined;
      if (value) item[sub.key] = value;
    }
    return item;
  });
}

export async function prefillFor(def: FormDefinition, identity: Identity | undefined, tenantId: string, trace: TraceContext, services: PrefillServices): Promise<PrefillResult> {
  const fields = prefillFields(def);
  const values: Record<string, Value> = {};
  if (!identity || !fields.length) return { values, failed: false };
  let failed = false;

  if (identity.kind === 'resident') {
    const wanted = fields.filter((f) => f.prefill!.startsWith('brp.'));
    if (!wanted.length) return { values, failed };
    const bsn = identity.actingFor?.bsn ?? identity.bsn;
    const brpFields = [...new Set(wanted.flatMap((f) => BRP_FIELDS[f.prefill!] ?? []))];
    try {
      const persoon = await services.persons.getPerson(tenantId, bsn, brpFields, {
        actor: { type: 'resident', id: services.processingLog.subjectKey({ type: 'bsn', id: identity.bsn }) },
        trace,
        activity: personsActivities['formulier-vooraf-invullen/1'],
      });
      if (!persoon) return { values, failed: true };
      for (const field of wanted) {
        const source = field.prefill as PrefillSource;
        switch (source) {
          case 'brp.naam': { const name = formatName(persoon.naam); if (name) values[field.key] = name; break; }
          case 'brp.bsn': if (persoon.burgerservicenummer) values[field.key] = persoon.burgerservicenummer; break;
          case 'brp.geboortedatum': { const d = iso(persoon.geboorte?.datum); if (d) values[field.key] = d; break; }
          case 'brp.adres': {
            const a = persoon.verblijfplaats?.type === 'Adres' ? persoon.verblijfplaats.verblijfadres : undefined;
            const address = a ? await completeAddress(services.addresses, {
              postcode: a.postcode, huisnummer: a.huisnummer, huisletter: a.huisletter, toevoeging: a.huisnummertoevoeging, straat: a.korteStraatnaam ?? a.officieleStraatnaam, woonplaats: a.woonplaats,
            }) : undefined;
            if (address) values[field.key] = address as unknown as Value;
            break;
          }
          case 'brp.partner':
            if (field.type === 'group') values[field.key] = items(field, (persoon.partners ?? []).filter((p) => !p.ontbindingHuwelijkPartnerschap?.datum));
            break;
          case 'brp.kinderen':
            if (field.type === 'group') values[field.key] = items(field, persoon.kinderen ?? []);
            break;
          default: break;
        }
      }
    } catch (error) {
      if (!(error instanceof RegisterError)) throw error;
      failed = true;
    }
    return { values, failed };
  }

  const wanted = fields.filter((f) => f.prefill!.startsWith('kvk.'));
  if (!wanted.length) return { values, failed };
  try {
    const profiel = await services.persons.getCompany(tenantId, identity.kvk, {
      actor: { type: 'business', id: services.processingLog.subjectKey({ type: 'kvk', id: identity.kvk }) },
      trace,
      activity: personsActivities['formulier-vooraf-invullen/1'],
    });
    if (!profiel) return { values, failed: true };
    for (const field of wanted) {
      if (field.prefill === 'kvk.naam' && profiel.naam) values[field.key] = profiel.naam;
      if (field.prefill === 'kvk.nummer') values[field.key] = profiel.kvkNummer;
      if (field.prefill === 'kvk.adres') {
        const vestiging = profiel._embedded?.hoofdvestiging;
        const a = vestiging?.adressen?.find((x) => x.type === 'bezoekadres' && x.indAfgeschermd !== 'Ja');
        const address = a ? await completeAddress(services.addresses, {
          postcode: a.postcode, huisnummer: a.huisnummer, huisletter: a.huisletter, toevoeging: a.huisnummerToevoeging, straat: a.straatnaam, woonplaats: a.plaats,
        }) : undefined;
        if (address) values[field.key] = address as unknown as Value;
      }
    }
  } catch (error) {
    if (!(error instanceof RegisterError)) throw error;
    failed = true;
  }
  return { values, failed };
}
