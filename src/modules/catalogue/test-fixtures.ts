import type { Tenant } from '../../platform/tenancy/tenants.js';
import type { StaffRole } from '../../platform/auth/access.js';
import { staffActor } from '../../platform/testing/actors.js';
import { startTestServer, type Engine, type TestServer } from '../../platform/testing/harness.js';
import { demoCategories } from './demo/categories.js';
import type { ProductInput } from './product-input.js';
import { CatalogueService, type Product } from './service.js';

export function productInput(overrides: Partial<ProductInput> = {}): ProductInput {
  return {
    slug: 'paspoort-aanvragen', title: 'Paspoort aanvragen', summary: 'U vraagt een paspoort aan bij de gemeente.',
    description: 'Een paspoort is een reisdocument.\n\nU hebt het nodig voor reizen buiten Europa.', forWhom: 'Voor Nederlanders.',
    conditions: ['U bent Nederlander'], bring: ['Een pasfoto', 'Uw oude paspoort'], leadTime: 'U krijgt het binnen 5 werkdagen.',
    leadTimeDays: 5, howTo: 'Maak een afspraak en kom langs.', audience: ['inwoner'], channels: ['appointment', 'desk'],
    keywords: ['reisdocument'], related: [], categories: ['burgerzaken'],
    prices: [{ year: 2026, label: 'Paspoort, 18 jaar en ouder', labelEn: 'Passport, 18 and over', amountCents: 8430 }, { year: 2027, label: 'Paspoort, 18 jaar en ouder', labelEn: 'Passport, 18 and over', amountCents: 8615 }],
    formSlug: null, zaaktypeIdentificatie: null, en: null, ...overrides,
  };
}

export interface TwoMunicipalities {
  a: Tenant;
  b: Tenant;
  /** A published product that only B has, with words that appear nowhere in A. */
  bOnly: Product;
  /** A draft of B. */
  bDraft: Product;
  aProduct: Product;
}

/** Municipality A and B with their own products, for isolation and behaviour tests. */
export async function seedTwoMunicipalities(server: TestServer): Promise<TwoMunicipalities> {
  const { tenants } = server.stadhuis.platform;
  const base = { theme: { primary: '#154273', primaryDark: '#0b2a4d', primaryLight: '#e8f0f8', accent: '#ffb612' }, contact: { phone: '14 0123', email: 'info@example.nl', address: 'Markt 1', website: 'https://example.nl' }, logoSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>' };
  const a = await tenants.create({ ...base, slug: 'alfadorp', name: 'Gemeente Alfadorp' });
  const b = await tenants.create({ ...base, slug: 'betastad', name: 'Gemeente Betastad' });
  const catalogue = new CatalogueService(server.stadhuis.database);
  await catalogue.upsertCategories(a.id, demoCategories);
  await catalogue.upsertCategories(b.id, demoCategories);
  const aProduct = await catalogue.createProduct(a.id, productInput(), staffActor(['functioneel-beheerder'], 'Fixture'), { publish: true });
  await catalogue.createProduct(b.id, productInput(), staffActor(['functioneel-beheerder'], 'Fixture'), { publish: true });
  const bOnly = await catalogue.createProduct(b.id, productInput({
    slug: 'zeehondenopvang-subsidie', title: 'Zeehondenopvang subsidie', summary: 'Subsidie voor de zeehondenopvang in Betastad.',
    description: 'Alleen Betastad kent deze zeehondenregeling.', keywords: ['zeehond'], categories: ['vrije-tijd-en-evenementen'],
  }), staffActor(['functioneel-beheerder'], 'Fixture'), { publish: true });
  const bDraft = await catalogue.createProduct(b.id, productInput({ slug: 'geheim-concept', title: 'Geheim concept van Betastad', summary: 'Nog niet klaar.' }), staffActor(['functioneel-beheerder'], 'Fixture'));
  // Employees of the embedded test IdP with roles in the fixture municipalities.
  const staff = (id: string, name: string, roles: StaffRole[]) => ({ subject: `medewerker:${id}`, name, roles });
  await server.stadhuis.platform.staff.seed(a.id, [staff('dennis.mulder', 'Dennis Mulder', ['functioneel-beheerder']), staff('gerda.hoekstra', 'Gerda Hoekstra', ['admin']), staff('bram.smit', 'Bram Smit', ['behandelaar'])]);
  await server.stadhuis.platform.staff.seed(b.id, [staff('karim.bakker', 'Karim Bakker', ['functioneel-beheerder']), staff('nadia.brouwer', 'Nadia Brouwer', ['admin'])]);
  return { a, b, bOnly, bDraft, aProduct };
}

/** A fresh server (no demo data) with municipalities A and B: the common start of a test suite. */
export async function startWithTwoMunicipalities(engine: Engine, env: Record<string, string> = {}): Promise<{ server: TestServer; data: TwoMunicipalities }> {
  const server = await startTestServer(engine, { demo: false, env });
  return { server, data: await seedTwoMunicipalities(server) };
}
