/**
 * The applications (applicaties) of the Autorisaties API 1.0.0: reading their request bodies
 * with the rules ac-001 … ac-003, and changing them with a notification on kanaal autorisaties
 * in the same transaction — through the API and through `npm run cli -- zgw-client`.
 */
import type { InvalidParam } from '../../../platform/http/problem.js';
import { VERTROUWELIJKHEID, zgwApplicaties, type Vertrouwelijkheid, type ZgwApplicatie, type ZgwAutorisatie, type ZgwComponent } from '../../../platform/auth/zgw.js';
import type { Tx } from '../../../platform/db/database.js';
import { notify, zgwRef } from '../../notificaties/publish.js';
import { validatieFout } from '../core/errors.js';
import { Fields } from '../core/fields.js';
import { parseResourceUrl } from '../core/urls.js';

/** The components the Autorisaties API 1.0.0 knows. */
export const AC_COMPONENTS = ['ac', 'nrc', 'zrc', 'ztc', 'drc', 'brc'] as const satisfies readonly ZgwComponent[];

export const COMPONENT_WEERGAVE: Record<string, string> = {
  ac: 'Autorisaties API', nrc: 'Notificaties API', zrc: 'Zaken API', ztc: 'Catalogi API', drc: 'Documenten API', brc: 'Besluiten API',
  cmc: 'Contactmomenten API', kc: 'Klanten API', vrc: 'Verzoeken API',
};

/** Per component: the field with its type, where that type lives, and the scopes that need it (ac-003). */
const TYPED: Partial<Record<ZgwComponent, { field: 'zaaktype' | 'informatieobjecttype' | 'besluittype'; resource: string; prefix: string; vertrouwelijkheid: boolean }>> = {
  zrc: { field: 'zaaktype', resource: 'zaaktypen', prefix: 'zaken.', vertrouwelijkheid: true },
  drc: { field: 'informatieobjecttype', resource: 'informatieobjecttypen', prefix: 'documenten.', vertrouwelijkheid: true },
  brc: { field: 'besluittype', resource: 'besluittypen', prefix: 'besluiten.', vertrouwelijkheid: false },
};

const AUTORISATIE_FIELDS = ['component', 'componentWeergave', 'scopes', 'zaaktype', 'informatieobjecttype', 'besluittype', 'maxVertrouwelijkheidaanduiding'];
export const APPLICATIE_FIELDS = ['url', 'clientIds', 'label', 'heeftAlleAutorisaties', 'autorisaties'];

/**
 * Reads a list of autorisaties as the standard writes them. The type is an absolute URL; its
 * uuid becomes `typeId` when it is a type of this municipality (either URL form), so that the
 * checks of the other APIs work whichever form the client used. ac-003: with scopes of the
 * component's main resource, the type (and for zrc/drc the maxVertrouwelijkheidaanduiding) is required.
 */
export function readAutorisaties(f: Fields, field = 'autorisaties'): ZgwAutorisatie[] | undefined {
  const list = f.array(field, { max: 1000 });
  if (!list) return undefined;
  const out: ZgwAutorisatie[] = [];
  list.forEach((item, index) => {
    const name = `${field}.${index}`;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      f.add(name, 'invalid', 'Ongeldige gegevens. Verwacht een object (dictionary).');
      return;
    }
    const a = new Fields(item, f.slug, { prefix: name });
    const component = a.choice('component', AC_COMPONENTS, { required: true });
    const scopes = a.strings('scopes', { required: true, max: 100 });
    const typed = component ? TYPED[component] : undefined;
    const autorisatie: ZgwAutorisatie = { component: component ?? 'ac', scopes: scopes ?? [] };
    if (typed) {
      const url = a.url(typed.field, { max: 1000, blank: true, nullable: true });
      const max = typed.vertrouwelijkheid ? a.choice('maxVertrouwelijkheidaanduiding', VERTROUWELIJKHEID, { blank: true, nullable: true }) : undefined;
      const needsType = (scopes ?? []).some((s) => s.startsWith(typed.prefix)) && a.ok;
      if (needsType && !url) a.add(typed.field, 'required', `Dit veld is verplicht als component ${component} is.`);
      if (needsType && typed.vertrouwelijkheid && !max) a.add('maxVertrouwelijkheidaanduiding', 'required', `Dit veld is verplicht als component ${component} is.`);
      if (url) {
        autorisatie[typed.field] = url;
        const parsed = parseResourceUrl(f.slug, url, 'catalogi', typed.resource);
        autorisatie.typeId = parsed.ok ? parsed.id : null;
      }
      if (typed.vertrouwelijkheid) autorisatie.maxVertrouwelijkheidaanduiding = (max ?? '') as Vertrouwelijkheid | '';
    }
    a.unknown(AUTORISATIE_FIELDS);
    f.absorb(a);
    out.push(autorisatie);
  });
  return out;
}

/** ac-002: either heeftAlleAutorisaties, or autorisaties — not both, not neither. */
export function checkAutorisatiesSpec(heeftAlleAutorisaties: boolean, autorisaties: ZgwAutorisatie[]): InvalidParam | undefined {
  if (heeftAlleAutorisaties && autorisaties.length) {
    return { name: 'nonFieldErrors', code: 'ambiguous-authorizations-specified', reason: 'Geef óf autorisaties óf heeftAlleAutorisaties op, niet allebei.' };
  }
  if (!heeftAlleAutorisaties && !autorisaties.length) {
    return { name: 'nonFieldErrors', code: 'missing-authorizations', reason: 'Geef autorisaties op, of zet heeftAlleAutorisaties op true.' };
  }
  return undefined;
}

/**
 * Reads an Applicatie body (create, PUT or PATCH, over `existing` when updating) and checks
 * ac-001 … ac-003; throws the ValidatieFout before anything is written.
 */
export async function readApplicatie(tx: Tx, body: unknown, slug: string, options: { partial: boolean; existing?: ZgwApplicatie }): Promise<Omit<ZgwApplicatie, 'id'>> {
  const f = new Fields(body, slug, { partial: options.partial });
  const clientIds = f.strings('clientIds', { required: true, max: 50 });
  if (clientIds && (!clientIds.length || clientIds.some((c) => c.trim() === ''))) f.add('clientIds', clientIds.length ? 'blank' : 'empty', 'Geef een of meer client ids op.');
  const label = f.string('label', { required: true, max: 100 });
  const heeftAlleAutorisaties = f.boolean('heeftAlleAutorisaties');
  const autorisaties = readAutorisaties(f);
  f.done(APPLICATIE_FIELDS);
  const next = {
    clientIds: [...new Set(clientIds ?? options.existing?.clientIds ?? [])],
    label: label ?? options.existing?.label ?? '',
    heeftAlleAutorisaties: heeftAlleAutorisaties ?? options.existing?.heeftAlleAutorisaties ?? false,
    autorisaties: autorisaties ?? options.existing?.autorisaties ?? [],
  };
  const problem = checkAutorisatiesSpec(next.heeftAlleAutorisaties, next.autorisaties);
  if (problem) throw validatieFout([problem]);
  if (clientIds) {
    const taken = await zgwApplicaties.clientIdsTaken(tx, next.clientIds, options.existing?.id);
    if (taken.length) throw validatieFout([{ name: 'clientIds', code: 'clientId-exists', reason: `De client id(s) ${taken.join(', ')} horen al bij een andere applicatie.` }]);
  }
  return next;
}

async function notifyApplicatie(tx: Tx, id: string, actie: string): Promise<void> {
  const ref = zgwRef('autorisaties', 'applicaties', id);
  await notify(tx, { kanaal: 'autorisaties', hoofdObject: ref, resource: 'applicatie', resourceUrl: ref, actie, kenmerken: {} });
}

/** The applications store, with a notification for every change (kanaal autorisaties). */
export const applicaties = {
  async create(tx: Tx, input: Omit<ZgwApplicatie, 'id'>): Promise<ZgwApplicatie> {
    const created = await zgwApplicaties.create(tx, input);
    await notifyApplicatie(tx, created.id, 'create');
    return created;
  },
  async update(tx: Tx, id: string, input: Omit<ZgwApplicatie, 'id'>, actie: 'update' | 'partial_update' = 'update'): Promise<ZgwApplicatie | undefined> {
    const updated = await zgwApplicaties.update(tx, id, input);
    if (updated) await notifyApplicatie(tx, id, actie);
    return updated;
  },
  async delete(tx: Tx, id: string): Promise<boolean> {
    const deleted = await zgwApplicaties.delete(tx, id);
    if (deleted) await notifyApplicatie(tx, id, 'destroy');
    return deleted;
  },
};
