/**
 * Set-up of the ZGW scenarios of `npm run bench` (zgw-list, zgw-get, zgw-create, zgw-status-rol),
 * after Open Zaak's published performance test: 100 zaaktypen, N zaken, documenten and besluiten
 * (1,000,000 each by default, inserted in bulk with SQL), and a client that is not a superuser:
 * its autorisaties cover 10 of the 100 zaaktypen, up to vertrouwelijkheidaanduiding
 * "vertrouwelijk". Requests are made as real ZGW clients make them (JWT, Accept-Crs).
 */
import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { sql } from 'drizzle-orm';
import type { Stadhuis } from '../src/platform/bootstrap.js';
import type { Database } from '../src/platform/db/database.js';
import type { Tenant } from '../src/platform/tenancy/tenants.js';
import { createZaaktype, currentZaaktype, listBesluittypen, listInformatieobjecttypen, publishZaaktype, zaaktypeToInput, type Zaaktype } from '../src/modules/catalogi/index.js';
import { seedCatalogiDemo } from '../src/modules/catalogi/demo/seed.js';
import { DEMO_PROFILES } from '../src/modules/catalogi/demo/zaaktypen.js';
import { provisionZgwClient } from '../src/modules/zgw/index.js';
import { zakenService } from '../src/modules/zaken/index.js';

const SYSTEM = { kind: 'system' as const, process: 'benchmark' };
export const ZGW_CLIENT = { clientId: 'bench-zaaksysteem', secret: 'bench-zaaksysteem-geheim-0123456789' };
const VERTROUWELIJKHEID = ['openbaar', 'beperkt_openbaar', 'intern', 'zaakvertrouwelijk', 'vertrouwelijk', 'confidentieel', 'geheim', 'zeer_geheim'];

export interface ZgwSetup {
  zaaktypen: Zaaktype[];
  /** The 10 zaaktypen the benchmark client may use. */
  allowed: Zaaktype[];
  rsin: string;
}

/**
 * The demo catalogue plus 100 published zaaktypen (copies of the demo's melding openbare ruimte,
 * BENCH-ZT-001 … BENCH-ZT-100), and the benchmark client with autorisaties for the first 10.
 */
export async function setUpZgw(stadhuis: Stadhuis, tenant: Tenant, origin: string, slug: string, count = 100): Promise<ZgwSetup> {
  const { platform } = stadhuis;
  // The demo catalogue, unless the case scenarios' set-up made it already.
  const seeded = await platform.database.withTenant(tenant.id, (tx) => currentZaaktype(tx, 'MELDING-OPENBARE-RUIMTE'));
  if (!seeded) await seedCatalogiDemo(platform, { ...tenant, slug: 'dijkwaard' });
  const zaaktypen = await platform.database.withTenant(tenant.id, async (tx) => {
    const template = zaaktypeToInput((await currentZaaktype(tx, 'MELDING-OPENBARE-RUIMTE'))!);
    const out: Zaaktype[] = [];
    for (let i = 1; i <= count; i++) {
      const nr = String(i).padStart(3, '0');
      const created = await createZaaktype(tx, SYSTEM, { ...template, identificatie: `BENCH-ZT-${nr}`, omschrijving: `Benchmark zaaktype ${nr}` });
      out.push(await publishZaaktype(tx, SYSTEM, created.id));
    }
    return out;
  });
  const allowed = zaaktypen.slice(0, 10);
  await provisionZgwClient(platform, tenant.id, SYSTEM, {
    ...ZGW_CLIENT, label: 'Benchmark: zaaksysteem met 10 zaaktypen', heeftAlleAutorisaties: false,
    autorisaties: allowed.map((z) => ({
      component: 'zrc' as const, scopes: ['zaken.lezen', 'zaken.aanmaken', 'zaken.bijwerken', 'zaken.statussen.toevoegen'],
      zaaktype: `${origin}/${slug}/catalogi/api/v1/zaaktypen/${z.id}`, typeId: z.id, maxVertrouwelijkheidaanduiding: 'vertrouwelijk' as const,
    })),
  });
  return { zaaktypen, allowed, rsin: DEMO_PROFILES.dijkwaard!.rsin };
}

/**
 * `count` zaken spread evenly over the zaaktypen (each with its current status and an initiator
 * that is an organisation, so no BSN needs encrypting), `count` documenten with one version each
 * (metadata, no content) and `count` besluiten, inserted with generate_series in chunks in the
 * municipality's transaction (row-level security and defaults apply as in the application).
 */
export async function seedZgwData(database: Database, tenantId: string, setup: ZgwSetup, count: number, chunk = 50_000): Promise<void> {
  const seed = randomBytes(4).toString('hex');
  const types = setup.zaaktypen;
  const { iot, besluittype } = await database.withTenant(tenantId, async (tx) => ({
    iot: (await listInformatieobjecttypen(tx, { status: 'published' }))[0]!,
    besluittype: (await listBesluittypen(tx, { status: 'published' }))[0]!,
  }));
  // One row per zaaktype with what a zaak of it needs (ordinal = position in the list).
  const zaaktypeRows = types.map((z, n) => {
    const statustypen = [...z.statustypen].sort((a, b) => a.volgnummer - b.volgnummer);
    const initiator = z.roltypen.find((r) => r.omschrijvingGeneriek === 'initiator')!;
    return sql`(${n}::int, ${z.id}::uuid, ${z.identificatie}::text, ${z.omschrijving}::text, ${statustypen[0]!.id}::uuid, ${statustypen[0]!.omschrijving}::text, ${initiator.id}::uuid, ${initiator.omschrijving}::text)`;
  });
  const levels = sql.raw(`ARRAY[${VERTROUWELIJKHEID.map((v) => `'${v}'`).join(',')}]`);
  for (let start = 1; start <= count; start += chunk) {
    const end = Math.min(count, start + chunk - 1);
    await database.withTenant(tenantId, async (t) => {
      await t.execute(sql`CREATE TEMP TABLE bench_types (n int, id uuid, identificatie text, omschrijving text, statustype uuid, status_omschrijving text, roltype uuid, rol_omschrijving text) ON COMMIT DROP`);
      await t.execute(sql`INSERT INTO bench_types VALUES ${sql.join(zaaktypeRows, sql`, `)}`);
      await t.execute(sql`
        CREATE TEMP TABLE bench_rows ON COMMIT DROP AS
        SELECT i, md5(${seed}::text || 'zaak' || i)::uuid AS id, md5(${seed}::text || 'status' || i)::uuid AS status_id,
          md5(${seed}::text || 'document' || i)::uuid AS document_id, md5(${seed}::text || 'besluit' || i)::uuid AS besluit_id,
          (current_date - (i % 1500))::date AS datum, i % ${types.length}::int AS type_n,
          (${levels})[1 + (i / ${types.length}::int) % 8] AS vertrouwelijkheid
        FROM generate_series(${start}::int, ${end}::int) AS i`);
      await t.execute(sql`
        INSERT INTO zaken (id, identificatie, bronorganisatie, verantwoordelijke_organisatie, omschrijving, zaaktype, zaaktype_identificatie, zaaktype_omschrijving,
          registratiedatum, startdatum, einddatum_gepland, uiterlijke_einddatum_afdoening, communicatiekanaal, vertrouwelijkheidaanduiding,
          status, statustype, status_omschrijving, aangemaakt_door, created_at, updated_at)
        SELECT r.id, 'ZGW-' || lpad(r.i::text, 9, '0'), ${setup.rsin}::text, ${setup.rsin}::text, 'Benchmarkzaak ' || r.i, t.id, t.identificatie, t.omschrijving,
          r.datum, r.datum, r.datum + 56, r.datum + 84, 'Internet', r.vertrouwelijkheid,
          r.status_id, t.statustype, t.status_omschrijving, 'Benchmark', r.datum::timestamptz, r.datum::timestamptz
        FROM bench_rows r JOIN bench_types t ON t.n = r.type_n`);
      await t.execute(sql`
        INSERT INTO zaak_statussen (id, zaak_id, statustype, datum_status_gezet, statustoelichting)
        SELECT r.status_id, r.id, t.statustype, r.datum::timestamptz + interval '9 hours', '' FROM bench_rows r JOIN bench_types t ON t.n = r.type_n`);
      await t.execute(sql`
        INSERT INTO zaak_rollen (zaak_id, betrokkene_type, roltype, omschrijving, omschrijving_generiek, registratiedatum, betrokkene_identificatie, kvk_nummer)
        SELECT r.id, 'niet_natuurlijk_persoon', t.roltype, t.rol_omschrijving, 'initiator', r.datum::timestamptz,
          jsonb_build_object('kvkNummer', lpad((10000000 + r.i % 89999999)::text, 8, '0'), 'statutaireNaam', 'Bedrijf ' || r.i), lpad((10000000 + r.i % 89999999)::text, 8, '0')
        FROM bench_rows r JOIN bench_types t ON t.n = r.type_n`);
      await t.execute(sql`
        INSERT INTO documenten (id, identificatie, bronorganisatie, versie, created_at)
        SELECT r.document_id, 'DOC-' || lpad(r.i::text, 9, '0'), ${setup.rsin}::text, 1, r.datum::timestamptz FROM bench_rows r`);
      await t.execute(sql`
        INSERT INTO document_versies (document_id, versie, begin_registratie, creatiedatum, titel, vertrouwelijkheidaanduiding, auteur, status, formaat, taal,
          bestandsnaam, informatieobjecttype, geregistreerd_door)
        SELECT r.document_id, 1, r.datum::timestamptz, r.datum, 'Benchmarkdocument ' || r.i, r.vertrouwelijkheid, 'Benchmark', 'definitief', 'application/pdf', 'dut',
          'document-' || r.i || '.pdf', ${iot.id}::uuid, 'Benchmark'
        FROM bench_rows r`);
      await t.execute(sql`
        INSERT INTO besluiten (id, identificatie, verantwoordelijke_organisatie, besluittype, zaak, datum, ingangsdatum, created_at, updated_at)
        SELECT r.besluit_id, 'BESLUIT-' || lpad(r.i::text, 9, '0'), ${setup.rsin}::text, ${besluittype.id}::uuid, r.id, r.datum, r.datum, r.datum::timestamptz, r.datum::timestamptz
        FROM bench_rows r`);
    });
  }
}

/** A JWT as ZGW clients build it (valid for the API_TOKEN_MAX_AGE of an hour). */
export async function zgwBenchToken(): Promise<string> {
  return new SignJWT({ client_id: ZGW_CLIENT.clientId, user_id: 'bench', user_representation: 'Benchmark' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuer(ZGW_CLIENT.clientId).setIssuedAt()
    .sign(new TextEncoder().encode(ZGW_CLIENT.secret));
}

export function zgwHeaders(token: string, body = false): Record<string, string> {
  return {
    authorization: `Bearer ${token}`, accept: 'application/json', 'accept-crs': 'EPSG:4326',
    ...(body ? { 'content-type': 'application/json', 'content-crs': 'EPSG:4326' } : {}),
  };
}

/** Paths of filtered, paginated list requests: each allowed zaaktype, its first `pages` pages (at most five). */
export function zgwListPaths(origin: string, slug: string, setup: ZgwSetup, pages = 5): string[] {
  const out: string[] = [];
  for (const z of setup.allowed) {
    const zaaktype = encodeURIComponent(`${origin}/${slug}/catalogi/api/v1/zaaktypen/${z.id}`);
    for (let page = 1; page <= Math.min(5, pages); page++) out.push(`/${slug}/zaken/api/v1/zaken?zaaktype=${zaaktype}&page=${page}`);
  }
  return out;
}

/** Paths of single zaken the client may read (allowed zaaktype, vertrouwelijkheid at most "vertrouwelijk"). */
export async function zgwGetPaths(database: Database, tenantId: string, slug: string, setup: ZgwSetup, count = 2000): Promise<string[]> {
  const ids = setup.allowed.map((z) => z.id);
  return database.withTenant(tenantId, async (tx) => {
    const rows = ((await tx.execute(sql`SELECT id FROM zaken WHERE zaaktype IN (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})
      AND vertrouwelijkheidaanduiding IN ('openbaar', 'beperkt_openbaar', 'intern', 'zaakvertrouwelijk', 'vertrouwelijk') ORDER BY md5(id::text) LIMIT ${count}`)) as unknown as { rows: { id: string }[] }).rows;
    return rows.map((r) => `/${slug}/zaken/api/v1/zaken/${r.id}`);
  });
}

/** `count` POST /zaken requests (an allowed zaaktype each, in turn). */
export function zgwCreateRequests(origin: string, slug: string, setup: ZgwSetup, token: string, count: number) {
  const today = new Date().toISOString().slice(0, 10);
  return Array.from({ length: count }, (_, i) => {
    const z = setup.allowed[i % setup.allowed.length]!;
    return {
      method: 'POST' as const, path: `/${slug}/zaken/api/v1/zaken`, headers: zgwHeaders(token, true),
      body: JSON.stringify({
        bronorganisatie: setup.rsin, verantwoordelijkeOrganisatie: setup.rsin, zaaktype: `${origin}/${slug}/catalogi/api/v1/zaaktypen/${z.id}`,
        startdatum: today, omschrijving: `Benchmark ${i}`, vertrouwelijkheidaanduiding: 'openbaar',
      }),
    };
  });
}

/**
 * For `count` fresh zaken (made through the service beforehand), a POST /statussen and a POST
 * /rollen each: the second half of "create a zaak with status and rol".
 */
export async function zgwStatusRolRequests(stadhuis: Stadhuis, tenantId: string, origin: string, slug: string, setup: ZgwSetup, token: string, count: number) {
  const zaken = zakenService(stadhuis.platform);
  const today = new Date().toISOString().slice(0, 10);
  const created = await stadhuis.database.withTenant(tenantId, async (tx) => {
    const out: { id: string; zaaktype: Zaaktype }[] = [];
    for (let i = 0; i < count; i++) {
      const z = setup.allowed[i % setup.allowed.length]!;
      const zaak = await zaken.createZaak(tx, SYSTEM, { zaaktype: z.id, omschrijving: `Benchmark status en rol ${i}`, startdatum: today } as Parameters<typeof zaken.createZaak>[2]);
      out.push({ id: zaak.id, zaaktype: z });
    }
    return out;
  });
  const root = `${origin}/${slug}`;
  return created.flatMap(({ id, zaaktype }) => {
    const statustype = [...zaaktype.statustypen].sort((a, b) => a.volgnummer - b.volgnummer)[1] ?? zaaktype.statustypen[0]!;
    const roltype = zaaktype.roltypen.find((r) => r.omschrijvingGeneriek === 'behandelaar') ?? zaaktype.roltypen[0]!;
    const zaakUrl = `${root}/zaken/api/v1/zaken/${id}`;
    return [
      { method: 'POST' as const, path: `/${slug}/zaken/api/v1/statussen`, headers: zgwHeaders(token, true),
        body: JSON.stringify({ zaak: zaakUrl, statustype: `${root}/catalogi/api/v1/statustypen/${statustype.id}`, datumStatusGezet: new Date().toISOString() }) },
      { method: 'POST' as const, path: `/${slug}/zaken/api/v1/rollen`, headers: zgwHeaders(token, true),
        body: JSON.stringify({ zaak: zaakUrl, betrokkeneType: 'medewerker', roltype: `${root}/catalogi/api/v1/roltypen/${roltype.id}`, roltoelichting: 'Behandelaar',
          betrokkeneIdentificatie: { identificatie: 'bench-medewerker', achternaam: 'Benchmark', voorletters: 'B', voorvoegselAchternaam: '' } }) },
    ];
  });
}
