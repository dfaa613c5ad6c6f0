/** Checks of zaak input against the standard's field rules and the zaaktype. */
import type { Eigenschap, Zaaktype } from '../catalogi/index.js';
import { VERTROUWELIJKHEIDAANDUIDINGEN } from '../catalogi/index.js';
import { isDuration, isIsoDate, parseDateValue } from './dates.js';
import { Invalid, isUuid, isValidRsin } from './errors.js';
import {
  AARD_RELATIES_ZAAK, BETALINGSINDICATIES, GEOMETRY_TYPES, ZAAKOBJECT_TYPEN,
  type GeoJsonGeometry, type RelevanteZaak, type ZaakKenmerk, type ZaakobjectInput,
} from './types.js';

export function checkText(problems: Invalid, name: string, value: unknown, max: number, options: { required?: boolean } = {}): void {
  if (value === undefined || value === null) {
    if (options.required) problems.add(name, 'required', 'Dit veld is verplicht.');
    return;
  }
  if (typeof value !== 'string') problems.add(name, 'invalid', 'Geef tekst op.');
  else if (options.required && !value.trim()) problems.add(name, 'required', 'Dit veld is verplicht.');
  else if (value.length > max) problems.add(name, 'max_length', `Ten hoogste ${max} tekens.`);
}

export function checkDate(problems: Invalid, name: string, value: unknown, options: { required?: boolean } = {}): void {
  if (value === undefined || value === null) {
    if (options.required) problems.add(name, 'required', 'Geef een datum op.');
    return;
  }
  if (!isIsoDate(value)) problems.add(name, 'invalid', 'Geef een datum als 2026-01-31.');
}

export function checkChoice(problems: Invalid, name: string, value: unknown, allowed: readonly string[]): void {
  if (value === undefined) return;
  if (typeof value !== 'string' || !allowed.includes(value)) problems.add(name, 'invalid_choice', `Kies uit: ${allowed.filter(Boolean).join(', ')}.`);
}

export function checkVertrouwelijkheid(problems: Invalid, name: string, value: unknown): void {
  checkChoice(problems, name, value, VERTROUWELIJKHEIDAANDUIDINGEN);
}

export function checkBetaling(problems: Invalid, betalingsindicatie: unknown, laatsteBetaaldatum: unknown, now: Date): void {
  checkChoice(problems, 'betalingsindicatie', betalingsindicatie, BETALINGSINDICATIES);
  if (laatsteBetaaldatum !== undefined && laatsteBetaaldatum !== null) {
    if (!(laatsteBetaaldatum instanceof Date) || Number.isNaN(laatsteBetaaldatum.getTime())) problems.add('laatsteBetaaldatum', 'invalid', 'Geef een datum en tijd.');
    else if (laatsteBetaaldatum.getTime() > now.getTime() + 60_000) problems.add('laatsteBetaaldatum', 'date-in-future', 'De laatste betaaldatum kan niet in de toekomst liggen.');
    if (betalingsindicatie === 'nvt') problems.add('laatsteBetaaldatum', 'betaling-nvt', 'Er is geen laatste betaaldatum als er niets te betalen is.');
  }
}

export function checkRsin(problems: Invalid, name: string, value: unknown): void {
  if (value === undefined) return;
  if (!isValidRsin(value)) problems.add(name, 'invalid', 'Dit is geen geldig RSIN (9 cijfers, elfproef).');
}

export function checkGeometry(problems: Invalid, name: string, value: unknown): void {
  if (value === undefined || value === null) return;
  const g = value as Partial<GeoJsonGeometry>;
  if (typeof value !== 'object' || !(GEOMETRY_TYPES as readonly string[]).includes(g.type ?? '')) {
    problems.add(name, 'invalid', `Geef een GeoJSON-geometrie (${GEOMETRY_TYPES.join(', ')}).`);
    return;
  }
  if (g.type === 'GeometryCollection') {
    if (!Array.isArray(g.geometries)) problems.add(name, 'invalid', 'Een GeometryCollection heeft geometries.');
    else g.geometries.forEach((child, i) => checkGeometry(problems, `${name}.geometries.${i}`, child));
  } else if (!Array.isArray(g.coordinates)) {
    problems.add(name, 'invalid', 'Een geometrie heeft coordinates.');
  } else if (g.type === 'Point' && (g.coordinates.length < 2 || !g.coordinates.every((c) => typeof c === 'number' && Number.isFinite(c)))) {
    problems.add(name, 'invalid', 'Een punt heeft twee getallen als coordinates.');
  }
}

export function checkKenmerken(problems: Invalid, value: unknown): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) {
    problems.add('kenmerken', 'invalid', 'Geef een lijst van kenmerken.');
    return;
  }
  (value as ZaakKenmerk[]).forEach((k, i) => {
    checkText(problems, `kenmerken.${i}.kenmerk`, k?.kenmerk, 40, { required: true });
    checkText(problems, `kenmerken.${i}.bron`, k?.bron, 40, { required: true });
  });
}

export function checkRelevanteZaken(problems: Invalid, value: unknown): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) {
    problems.add('relevanteAndereZaken', 'invalid', 'Geef een lijst van zaken.');
    return;
  }
  (value as RelevanteZaak[]).forEach((r, i) => checkRelevanteZaak(problems, `relevanteAndereZaken.${i}`, r));
}

export function checkRelevanteZaak(problems: Invalid, name: string, r: RelevanteZaak): void {
  checkChoice(problems, `${name}.aardRelatie`, r?.aardRelatie ?? '', AARD_RELATIES_ZAAK);
  const hasZaak = r?.zaak !== undefined && r.zaak !== null;
  const hasUrl = r?.url !== undefined && r.url !== null;
  if (hasZaak === hasUrl) problems.add(name, 'invalid', 'Geef een zaak van deze gemeente (zaak) of van elders (url).');
  if (hasZaak && !isUuid(r.zaak)) problems.add(`${name}.zaak`, 'bad-url', 'Deze zaak bestaat niet.');
  if (hasUrl && (typeof r.url !== 'string' || !/^https?:\/\/\S+$/.test(r.url) || r.url.length > 1000)) problems.add(`${name}.url`, 'invalid', 'Geef een URL.');
}

export function checkZaakobject(problems: Invalid, name: string, input: ZaakobjectInput): void {
  if (!input || typeof input !== 'object') {
    problems.add(name, 'required', 'Geef het zaakobject op.');
    return;
  }
  checkChoice(problems, `${name}.objectType`, input.objectType ?? '', ZAAKOBJECT_TYPEN);
  if (input.objectType === 'overige' && !input.objectTypeOverige) problems.add(`${name}.objectTypeOverige`, 'required', 'Beschrijf het soort object.');
  if (input.objectTypeOverige !== undefined && !/^[a-z_]{0,100}$/.test(input.objectTypeOverige)) problems.add(`${name}.objectTypeOverige`, 'invalid', 'Alleen kleine letters en _.');
  if (input.object !== undefined && input.object !== '' && (typeof input.object !== 'string' || !/^https?:\/\/\S+$/.test(input.object) || input.object.length > 1000)) {
    problems.add(`${name}.object`, 'invalid', 'Geef een URL.');
  }
  checkText(problems, `${name}.relatieomschrijving`, input.relatieomschrijving, 80);
  if (!input.object && (!input.objectIdentificatie || typeof input.objectIdentificatie !== 'object')) {
    problems.add(name, 'required', 'Geef de URL van het object of de identificerende gegevens (objectIdentificatie).');
  }
  if (input.objectType === 'natuurlijk_persoon' && input.object) {
    problems.add(`${name}.object`, 'invalid', 'Verwijs naar een persoon met objectIdentificatie, niet met een URL.');
  }
}

/** The productenOfDiensten of a zaak must be among the zaaktype's. */
export function checkProducten(problems: Invalid, value: unknown, zaaktype: Pick<Zaaktype, 'productenOfDiensten'>): void {
  if (value === undefined) return;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.length > 1000)) {
    problems.add('productenOfDiensten', 'invalid', 'Geef een lijst van URLs.');
    return;
  }
  for (const [i, p] of (value as string[]).entries()) {
    if (!zaaktype.productenOfDiensten.includes(p)) problems.add(`productenOfDiensten.${i}`, 'invalid-products-services', 'Dit product hoort niet bij het zaaktype.');
  }
}

/** A value of a zaakeigenschap against the eigenschap's specificatie; the reason when it does not fit. */
export function eigenschapProblem(eigenschap: Pick<Eigenschap, 'naam' | 'specificatie'>, waarde: unknown): string | undefined {
  if (typeof waarde !== 'string') return 'Geef de waarde als tekst.';
  const spec = eigenschap.specificatie;
  if (spec.waardenverzameling.length && !spec.waardenverzameling.includes(waarde)) return `Kies uit: ${spec.waardenverzameling.join(', ')}.`;
  switch (spec.formaat) {
    case 'tekst': {
      const max = Number(spec.lengte);
      if (Number.isInteger(max) && max > 0 && waarde.length > max) return `Ten hoogste ${max} tekens.`;
      return undefined;
    }
    case 'getal':
      return /^-?\d+([.,]\d+)?$/.test(waarde) ? undefined : 'Geef een getal.';
    case 'datum':
      return parseDateValue(waarde) && !waarde.includes('T') ? undefined : 'Geef een datum (2026-01-31 of 20260131).';
    case 'datum_tijd':
      return /^\d{14}$/.test(waarde) || (/^\d{4}-\d{2}-\d{2}T/.test(waarde) && !Number.isNaN(new Date(waarde).getTime())) ? undefined : 'Geef een datum en tijd.';
  }
  return undefined;
}

/** How many values a zaak may have for this eigenschap (Infinity for 'N'). */
export function kardinaliteit(eigenschap: Pick<Eigenschap, 'specificatie'>): number {
  const k = eigenschap.specificatie.kardinaliteit;
  if (!k || k.toUpperCase() === 'N') return Infinity;
  const n = Number(k);
  return Number.isInteger(n) && n > 0 ? n : 1;
}

export function checkDuration(problems: Invalid, name: string, value: unknown): void {
  if (!isDuration(value)) problems.add(name, 'invalid', 'Geef een ISO 8601-duur, bijvoorbeeld P14D of P2W.');
}
