/**
 * Set-up of the case scenarios of `npm run bench` (form-submission, work-queue) in the benchmark
 * municipality: the demo zaaktypecatalogus, one behandelaar, a small 3-step form, N existing zaken
 * inserted in bulk with SQL, a staff login through the embedded identity provider, and drafts of
 * the form prepared in advance (one per submission to measure).
 *
 * Nothing here imports test files (node:test): the HTTP client below is a small copy of the
 * harness' Visitor and loginAsStaff.
 */
import { createHash, randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { staffUsers } from '../src/platform/auth/schema.js';
import type { Database } from '../src/platform/db/database.js';
import type { Stadhuis } from '../src/platform/bootstrap.js';
import type { Tenant } from '../src/platform/tenancy/tenants.js';
import { currentZaaktype, type Zaaktype } from '../src/modules/catalogi/index.js';
import { seedCatalogiDemo } from '../src/modules/catalogi/demo/seed.js';
import { DEMO_PROFILES } from '../src/modules/catalogi/demo/zaaktypen.js';
import type { FormDefinition, Text } from '../src/modules/forms/definition.js';
import type { DraftData } from '../src/modules/forms/engine.js';
import { FormsService, type DraftOwner } from '../src/modules/forms/service.js';
import { accountIdFor } from '../src/modules/idp/accounts.js';
import { testStaff } from '../src/modules/idp/test-identities.js';
import { loginAsStaff, Visitor } from '../src/platform/testing/visitor.js';

const tx = (nl: string, en: string): Text => ({ nl, en });

/** The zaaktype of the benchmark form: anonymous submission, no address lookup, no upload. */
export const BENCH_ZAAKTYPE = 'MELDING-OPENBARE-RUIMTE';
/** The behandelaar who logs in for the work queue (embedded IdP test account). */
export const BENCH_BEHANDELAAR = 'bram.smit';

/**
 * A simple 3-step form: what (a choice and a description), where (a description of the place,
 * an eigenschap of the zaaktype) and contact details (name and e-mail, to the initiator's sealed
 * contactpersoon). Anonymous, with a declaration; the zaak gets the application PDF.
 */
export const BENCH_FORM: FormDefinition = {
  id: 'bench-melding',
  version: 1,
  title: tx('Melding openbare ruimte (benchmark)', 'Public space report (benchmark)'),
  summary: tx('Een eenvoudig formulier in drie stappen voor de benchmark.', 'A simple three-step form for the benchmark.'),
  zaaktype: BENCH_ZAAKTYPE,
  access: { anonymous: true, digid: 'basis' },
  steps: [
    {
      id: 'wat',
      title: tx('Wat wilt u melden?', 'What do you want to report?'),
      fields: [
        {
          key: 'soort', type: 'choice', display: 'radio', label: tx('Waar gaat uw melding over?', 'What is your report about?'), name: tx('waar uw melding over gaat', 'what your report is about'),
          options: [{ value: 'afval', label: tx('Afval', 'Waste') }, { value: 'verlichting', label: tx('Straatverlichting', 'Street lighting') }, { value: 'anders', label: tx('Iets anders', 'Something else') }],
        },
        { key: 'omschrijving', type: 'textarea', maxLength: 1000, label: tx('Wat is er aan de hand?', 'What is the problem?'), name: tx('wat er aan de hand is', 'what the problem is') },
      ],
    },
    {
      id: 'waar',
      title: tx('Waar is het?', 'Where is it?'),
      fields: [{ key: 'locatie', type: 'textarea', maxLength: 200, label: tx('Beschrijf de plek', 'Describe the place'), name: tx('de plek', 'the place'), eigenschap: 'locatie' }],
    },
    {
      id: 'contact',
      title: tx('Uw gegevens', 'Your details'),
      fields: [
        { key: 'naam', type: 'text', label: tx('Naam', 'Name'), name: tx('uw naam', 'your name'), autocomplete: 'name' },
        { key: 'email', type: 'email', label: tx('E-mailadres', 'Email address'), name: tx('uw e-mailadres', 'your email address') },
      ],
    },
  ],
  declaration: tx('Ik heb alles naar waarheid ingevuld.', 'I filled in everything truthfully.'),
  nextSteps: tx('Wij bekijken uw melding.', 'We look at your report.'),
};

/** What the benchmark visitor fills in, per step. */
export const BENCH_ANSWERS: { step: string; fields: Record<string, string> }[] = [
  { step: 'wat', fields: { soort: 'verlichting', omschrijving: 'De lantaarnpaal knippert al een week.' } },
  { step: 'waar', fields: { locatie: 'Voor Havenstraat 12, bij het bankje.' } },
  { step: 'contact', fields: { naam: 'Benchmark Bewoner', email: 'bewoner@voorbeeld.nl' } },
];

const SYSTEM = { kind: 'system' as const, process: 'benchmark' };

export interface ZakenSetup {
  zaaktype: Zaaktype;
  staffUserId: string;
  formVersion: number;
}

/**
 * The demo catalogus (of the Dijkwaard profile) published in the benchmark municipality, the
 * behandelaar as a known employee, and the benchmark form published.
 */
export async function setUpZaken(stadhuis: Stadhuis, tenant: Tenant): Promise<ZakenSetup> {
  const { platform } = stadhuis;
  await seedCatalogiDemo(platform, { ...tenant, slug: 'dijkwaard' });
  const account = testStaff.find((s) => s.id === BENCH_BEHANDELAAR)!;
  await platform.staff.seed(tenant.id, [{ subject: accountIdFor({ kind: 'medewerker', id: account.id }), name: account.name, email: account.email, roles: ['behandelaar'] }]);
  const forms = new FormsService(platform.database, platform.sealer);
  await forms.createForm(SYSTEM, tenant.id, BENCH_FORM);
  const published = await forms.publish(SYSTEM, tenant.id, BENCH_FORM.id);
  return stadhuis.database.withTenant(tenant.id, async (t) => {
    const zaaktype = await currentZaaktype(t, BENCH_ZAAKTYPE);
    if (!zaaktype) throw new Error(`zaaktype ${BENCH_ZAAKTYPE} is not published`);
    const [user] = await t.select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.subject, accountIdFor({ kind: 'medewerker', id: account.id })));
    return { zaaktype, staffUserId: user!.id, formVersion: published.version };
  });
}

/**
 * `count` zaken of the benchmark zaaktype, inserted with generate_series in chunks (in the
 * municipality's transaction, so row-level security and the default tenant apply as in the
 * application). Spread over the last ~3 years; the older ones mostly closed (eindstatus, archive
 * dates), about a quarter open. Each zaak has its current status in zaak_statussen and a
 * behandelaar: the team (a third), the logged-in behandelaar (a third) or a colleague; a tenth of
 * the open ones has none yet. The zaak counters continue after the seeded numbers.
 */
export async function seedZaken(database: Database, tenantId: string, setup: ZakenSetup, count: number, chunk = 20_000): Promise<void> {
  const z = setup.zaaktype;
  const byVolgnummer = [...z.statustypen].sort((a, b) => a.volgnummer - b.volgnummer);
  const [ontvangen, ingepland] = byVolgnummer;
  const eind = byVolgnummer[byVolgnummer.length - 1]!;
  const behandelaarRoltype = z.roltypen.find((r) => r.omschrijvingGeneriek === 'behandelaar')!;
  const rsin = DEMO_PROFILES.dijkwaard!.rsin;
  const period = /^P(\d+)([DW])$/.exec(z.doorlooptijd ?? '');
  const days = period ? Number(period[1]) * (period[2] === 'W' ? 7 : 1) : 28;
  const seed = randomBytes(4).toString('hex');
  const topics = ['Lantaarnpaal kapot', 'Zwerfvuil bij de container', 'Losse stoeptegel', 'Overhangende takken', 'Kapotte schommel', 'Volle afvalbak', 'Gat in het fietspad', 'Graffiti op de muur'];
  const streets = ['Havenstraat', 'Dijkweg', 'Kerkplein', 'Molenlaan', 'Stationsweg', 'Schoolstraat', 'Parkweg', 'Brugstraat'];

  for (let start = 1; start <= count; start += chunk) {
    const end = Math.min(count, start + chunk - 1);
    await database.withTenant(tenantId, async (t) => {
      // Day 0 is today; zaak i is registered (i * 1100 / count) days ago: newest = highest number.
      await t.execute(sql`
        CREATE TEMP TABLE bench_zaken ON COMMIT DROP AS
        SELECT i,
          md5(${seed}::text || 'zaak' || i)::uuid AS id,
          md5(${seed}::text || 'status' || i)::uuid AS status_id,
          (current_date - ((${count}::int - i) * 1100 / ${count}::int))::date AS registratiedatum,
          CASE WHEN i % 4 = 0 OR (${count}::int - i) * 1100 / ${count}::int < 40 THEN false ELSE true END AS closed
        FROM generate_series(${start}::int, ${end}::int) AS i`);
      await t.execute(sql`
        INSERT INTO zaken (id, identificatie, bronorganisatie, verantwoordelijke_organisatie, omschrijving, zaaktype, zaaktype_identificatie,
          zaaktype_omschrijving, registratiedatum, startdatum, einddatum, einddatum_gepland, uiterlijke_einddatum_afdoening, communicatiekanaal,
          vertrouwelijkheidaanduiding, archiefnominatie, archiefactiedatum, startdatum_bewaartermijn, status, statustype, status_omschrijving, aangemaakt_door,
          created_at, updated_at)
        SELECT b.id, 'ZAAK-' || extract(year FROM b.registratiedatum)::int || '-' || lpad(b.i::text, 7, '0'), ${rsin}::text, ${rsin}::text,
          (${sql.raw(`ARRAY[${topics.map((s) => `'${s}'`).join(',')}]`)})[1 + b.i % ${topics.length}::int] || ' ' ||
            (${sql.raw(`ARRAY[${streets.map((s) => `'${s}'`).join(',')}]`)})[1 + (b.i / ${topics.length}::int) % ${streets.length}::int] || ' ' || (1 + b.i % 97),
          ${z.id}::uuid, ${z.identificatie}::text, ${z.omschrijving}::text, b.registratiedatum, b.registratiedatum,
          CASE WHEN b.closed THEN b.registratiedatum + (3 + b.i % 40) END,
          b.registratiedatum + ${days}::int, b.registratiedatum + ${days}::int, 'Internet', ${z.vertrouwelijkheidaanduiding}::text,
          CASE WHEN b.closed THEN 'vernietigen' END,
          CASE WHEN b.closed THEN b.registratiedatum + (3 + b.i % 40) + 365 END,
          CASE WHEN b.closed THEN b.registratiedatum + (3 + b.i % 40) END,
          b.status_id,
          CASE WHEN b.closed THEN ${eind.id}::uuid WHEN b.i % 3 = 0 THEN ${ingepland!.id}::uuid ELSE ${ontvangen!.id}::uuid END,
          CASE WHEN b.closed THEN ${eind.omschrijving}::text WHEN b.i % 3 = 0 THEN ${ingepland!.omschrijving}::text ELSE ${ontvangen!.omschrijving}::text END,
          'Benchmark', b.registratiedatum::timestamptz, b.registratiedatum::timestamptz
        FROM bench_zaken b`);
      await t.execute(sql`
        INSERT INTO zaak_statussen (id, zaak_id, statustype, datum_status_gezet, statustoelichting)
        SELECT b.status_id, b.id,
          CASE WHEN b.closed THEN ${eind.id}::uuid WHEN b.i % 3 = 0 THEN ${ingepland!.id}::uuid ELSE ${ontvangen!.id}::uuid END,
          (CASE WHEN b.closed THEN b.registratiedatum + (3 + b.i % 40) ELSE b.registratiedatum END)::timestamptz + interval '10 hours', ''
        FROM bench_zaken b`);
      await t.execute(sql`
        INSERT INTO zaak_rollen (zaak_id, betrokkene_type, roltype, omschrijving, omschrijving_generiek, registratiedatum, betrokkene_identificatie, identificatie)
        SELECT b.id, CASE WHEN b.i % 3 = 0 THEN 'organisatorische_eenheid' ELSE 'medewerker' END, ${behandelaarRoltype.id}::uuid,
          ${behandelaarRoltype.omschrijving}::text, 'behandelaar', b.registratiedatum::timestamptz,
          CASE WHEN b.i % 3 = 0 THEN jsonb_build_object('identificatie', 'buitenruimte', 'naam', 'Team Beheer Openbare Ruimte')
            WHEN b.i % 3 = 1 THEN jsonb_build_object('identificatie', ${setup.staffUserId}::text, 'achternaam', 'Bram Smit')
            ELSE jsonb_build_object('identificatie', 'collega-' || (b.i % 7), 'achternaam', 'Collega ' || (b.i % 7)) END,
          CASE WHEN b.i % 3 = 0 THEN 'buitenruimte' WHEN b.i % 3 = 1 THEN ${setup.staffUserId}::text ELSE 'collega-' || (b.i % 7) END
        FROM bench_zaken b
        WHERE b.closed OR b.i % 10 <> 5`);
    });
  }
  await database.withTenant(tenantId, (t) => t.execute(sql`
    INSERT INTO zaak_counters (jaar, laatste)
    SELECT split_part(identificatie, '-', 2)::int, max(split_part(identificatie, '-', 3)::int) FROM zaken GROUP BY 1
    ON CONFLICT (tenant_id, jaar) DO UPDATE SET laatste = GREATEST(zaak_counters.laatste, excluded.laatste)`));
}

const localPath = (origin: string, location: string) => { const u = new URL(location, origin); return u.pathname + u.search; };

/** The staff login through the embedded IdP (the same as the tests'). */
export function loginStaff(origin: string, slug: string, account: string): Promise<Visitor> {
  return loginAsStaff({ url: origin }, `/${slug}`, account);
}

let nextAddress = 1;
/** A fresh client address (X-Forwarded-For, TRUST_PROXY=true): the per-address form limit is 60 posts a minute. */
export function freshAddress(): string {
  const n = nextAddress++;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

/**
 * Fills in the benchmark form through its HTTP routes (start, three steps, review) as an anonymous
 * visitor and sends it; checks that the receipt shows a zaak number. Returns the visitor's
 * cookies (CSRF) and the draft data as the steps left it, to prepare more drafts from.
 */
export async function submitThroughForm(origin: string, slug: string, forms: FormsService, tenantId: string): Promise<{ csrfCookie: string; csrfToken: string; data: DraftData; reference: string }> {
  const base = `/${slug}/formulieren/${BENCH_FORM.id}`;
  const visitor = new Visitor({ url: origin }, { 'x-forwarded-for': freshAddress() });
  const csrf = await visitor.csrfFrom(base);
  const expect = (res: Response, what: string, location?: string) => {
    if (res.status !== 303) throw new Error(`${what}: ${res.status}`);
    if (location && localPath(origin, res.headers.get('location')!) !== location) throw new Error(`${what} went to ${res.headers.get('location')}`);
  };
  expect(await visitor.post(`${base}/starten`, {}, { csrf }), 'starten', `${base}/stap/wat`);
  for (const [i, { step, fields }] of BENCH_ANSWERS.entries()) {
    const next = BENCH_ANSWERS[i + 1] ? `${base}/stap/${BENCH_ANSWERS[i + 1]!.step}` : `${base}/controleren`;
    const res = await visitor.post(`${base}/stap/${step}`, { ...fields, actie: 'volgende' }, { csrf });
    if (res.status !== 303) throw new Error(`step ${step}: ${res.status} ${(await res.text()).slice(0, 2000)}`);
    expect(res, `step ${step}`, next);
  }
  const review = await (await visitor.get(`${base}/controleren`)).text();
  const key = /<input type="hidden" name="sleutel" value="([^"]*)"/.exec(review)?.[1];
  if (!key) throw new Error('no sleutel on the review page');
  const token = visitor.cookie('stadhuis_formulieren')!;
  const draft = await forms.findDraft(tenantId, BENCH_FORM.id, browserOwner(token));
  if (!draft) throw new Error('no draft after the steps');
  const sent = await visitor.post(`${base}/versturen`, { sleutel: key, verklaring: 'ja' }, { csrf });
  expect(sent, 'versturen');
  const receipt = await (await visitor.get(localPath(origin, sent.headers.get('location')!))).text();
  const reference = /ZAAK-20\d\d-\d{7}/.exec(receipt)?.[0];
  if (!reference) throw new Error('the receipt shows no zaak number');
  return { csrfCookie: visitor.cookie('stadhuis_csrf')!, csrfToken: csrf, data: draft.data, reference };
}

export function browserOwner(token: string): DraftOwner {
  return { kind: 'browser', hash: createHash('sha256').update(`browser:${token}`).digest('hex') };
}

export interface PreparedSubmission {
  method: 'POST';
  path: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * `count` drafts of the benchmark form, each of its own browser (cookie) and address, filled in
 * like the one sent through the steps, and the POST /versturen of each (with its `sleutel`).
 */
export async function prepareSubmissions(forms: FormsService, tenantId: string, slug: string, version: number, template: { csrfCookie: string; csrfToken: string; data: DraftData }, count: number, parallel = 8): Promise<PreparedSubmission[]> {
  const out: PreparedSubmission[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const token = randomBytes(32).toString('base64url');
      const draft = await forms.createDraft(tenantId, BENCH_FORM.id, version, browserOwner(token), structuredClone(template.data));
      out[i] = {
        method: 'POST', path: `/${slug}/formulieren/${BENCH_FORM.id}/versturen`,
        headers: {
          'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': freshAddress(),
          cookie: `stadhuis_csrf=${template.csrfCookie}; stadhuis_formulieren=${token}`,
        },
        body: new URLSearchParams({ _csrf: template.csrfToken, sleutel: draft.idempotencyKey, verklaring: 'ja' }).toString(),
      };
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return out;
}

/** Zaken and form submissions in the municipality now. */
export async function counts(database: Database, tenantId: string): Promise<{ zaken: number; submissions: number; drafts: number }> {
  return database.withTenant(tenantId, async (t) => {
    const r = await t.execute(sql`SELECT (SELECT count(*) FROM zaken)::int AS zaken, (SELECT count(*) FROM form_submissions)::int AS submissions, (SELECT count(*) FROM form_drafts)::int AS drafts`);
    const row = (r as unknown as { rows: { zaken: number; submissions: number; drafts: number }[] }).rows[0]!;
    return { zaken: Number(row.zaken), submissions: Number(row.submissions), drafts: Number(row.drafts) };
  });
}
