/**
 * The authorisation matrix: every route the application serves × every kind of user (nobody, a
 * resident, each staff role) × own and other municipality, allowed or denied as designed below.
 * The design table is written here, by hand, independently of the routes' own declarations: a
 * new route without a line in DESIGN fails this test, and so does a route whose rule or whose
 * roles' permissions drift from the design.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { STAFF_ROLES, type StaffRole } from './access.js';
import { engines, loginAsResident, loginAsStaff, startTestServer, TEST_STAFF, Visitor, type TestServer } from '../testing/harness.js';

/**
 * Who may use a route. `roles` lists the staff roles that may; residents: a logged-in resident;
 * `zgw`: only clients of the ZGW APIs with a JWT and autorisaties (no browser session gets in;
 * which client may do what is the ZGW authorisation matrix in src/modules/zgw).
 */
type Design = 'public' | 'resident' | 'zgw' | { roles: readonly StaffRole[] };

/** Every route of the ZGW APIs is for ZGW clients only, unless DESIGN names it. */
const ZGW_ROUTE = /^\/:gemeente\/(zaken|catalogi|documenten|besluiten|autorisaties|notificaties)\/api\/v1\//;

function designOf(route: { method: string; url: string }): Design | undefined {
  return DESIGN[`${route.method} ${route.url}`] ?? (ZGW_ROUTE.test(route.url) ? 'zgw' : undefined);
}

const ALL_STAFF: readonly StaffRole[] = STAFF_ROLES;
const CASES: readonly StaffRole[] = ['kcc-medewerker', 'behandelaar', 'teamleider', 'archivaris'];
const CATALOGUE: readonly StaffRole[] = ['functioneel-beheerder'];
const ADMIN: readonly StaffRole[] = ['admin'];

export const DESIGN: Record<string, Design> = {
  // The platform itself, embedded stand-ins and assets.
  'GET /': 'public',
  'GET /taal': 'public',
  'GET /health/live': 'public',
  'GET /health/ready': 'public',
  'GET /assets/:file': 'public',
  'GET /api/v1/openapi.json': 'public',
  'GET /idp': 'public', 'GET /idp/taal': 'public', 'GET /idp/interaction/:uid': 'public', 'POST /idp/interaction/:uid': 'public',
  'POST /idp/interaction/:uid/afbreken': 'public',
  'GET /idp/*': 'public', 'POST /idp/*': 'public', 'OPTIONS /idp/*': 'public', 'PUT /idp/*': 'public', 'DELETE /idp/*': 'public',
  'POST /haalcentraal/api/brp/personen': 'public', 'GET /haalcentraal/api/brp/personen': 'public', 'PUT /haalcentraal/api/brp/personen': 'public',
  'PATCH /haalcentraal/api/brp/personen': 'public', 'DELETE /haalcentraal/api/brp/personen': 'public',
  'GET /kvk/api/v1/basisprofielen/:kvkNummer': 'public',
  'GET /bag/api/lvbag/individuelebevragingen/v2/adressen': 'public',
  'GET /bag/api/lvbag/individuelebevragingen/v2/adressen/zoek': 'public',
  'GET /bag/api/lvbag/individuelebevragingen/v2/adressen/:id': 'public',
  'GET /dev/mail': 'public', 'GET /dev/mail/:id': 'public', 'GET /dev/mail/:id/html': 'public', 'GET /dev/mail/:id/bijlagen/:position': 'public',
  // A municipality's public pages and API.
  'GET /:gemeente/taal': 'public',
  'GET /:gemeente/api/v1/openapi.json': 'public',
  'GET /:gemeente/theme.css': 'public',
  'GET /:gemeente/logo.svg': 'public',
  'GET /:gemeente': 'public', 'GET /:gemeente/': 'public',
  'GET /:gemeente/zoeken': 'public',
  'GET /:gemeente/producten': 'public',
  'GET /:gemeente/producten/:slug': 'public',
  'GET /:gemeente/onderwerpen/:slug': 'public',
  'GET /:gemeente/api/v1/products': 'public',
  'GET /:gemeente/api/v1/products/:product': 'public',
  'GET /:gemeente/api/v1/categories': 'public',
  'GET /:gemeente/api/v1/search': 'public',
  // Online forms: open to everyone; a form that needs DigiD or eHerkenning asks for it itself.
  'GET /:gemeente/adressen/opzoeken': 'public',
  'GET /:gemeente/formulieren': 'public', 'GET /:gemeente/formulieren/:slug': 'public', 'GET /:gemeente/formulieren/_assets/:file': 'public',
  'POST /:gemeente/formulieren/:slug/starten': 'public', 'POST /:gemeente/formulieren/:slug/opnieuw': 'public',
  'GET /:gemeente/formulieren/:slug/verder': 'public',
  'GET /:gemeente/formulieren/:slug/stap/:step': 'public', 'POST /:gemeente/formulieren/:slug/stap/:step': 'public',
  'GET /:gemeente/formulieren/:slug/controleren': 'public', 'POST /:gemeente/formulieren/:slug/versturen': 'public',
  'GET /:gemeente/formulieren/:slug/ontvangen/:id': 'public', 'GET /:gemeente/formulieren/:slug/ontvangen/:id/samenvatting.pdf': 'public',
  'GET /:gemeente/formulieren/:slug/opgeslagen': 'public', 'POST /:gemeente/formulieren/:slug/opslaan': 'public',
  'GET /:gemeente/formulieren/:slug/hervatten': 'public', 'POST /:gemeente/formulieren/:slug/hervatten': 'public',
  // Residents: logging in and "Mijn …".
  'GET /:gemeente/inloggen': 'public', 'POST /:gemeente/inloggen': 'public', 'GET /:gemeente/inloggen/terug': 'public',
  'POST /:gemeente/uitloggen': 'public', 'POST /:gemeente/uitloggen/overal': 'resident', 'GET /:gemeente/sessie-verlopen': 'public',
  'GET /:gemeente/sessie/verlengen': 'resident',
  'GET /:gemeente/mijn': 'resident',
  'GET /:gemeente/mijn-gegevens': 'resident',
  'GET /:gemeente/mijn-gegevens/inzage': 'resident',
  'GET /:gemeente/inlogsleutels/passkey.js': 'public',
  'GET /:gemeente/inlogsleutels': 'resident', 'GET /:gemeente/inlogsleutels/nieuw': 'resident', 'POST /:gemeente/inlogsleutels/nieuw/opties': 'resident',
  'POST /:gemeente/inlogsleutels/nieuw': 'resident', 'GET /:gemeente/inlogsleutels/naam': 'resident', 'POST /:gemeente/inlogsleutels/naam': 'resident',
  'GET /:gemeente/inlogsleutels/intrekken': 'resident', 'POST /:gemeente/inlogsleutels/intrekken': 'resident',
  'GET /:gemeente/inloggen/inlogsleutel': 'public', 'POST /:gemeente/inloggen/inlogsleutel/opties': 'public', 'POST /:gemeente/inloggen/inlogsleutel': 'public',
  // Residents and businesses: Mijn zaken, track and trace.
  'GET /:gemeente/mijn/zaken': 'resident', 'GET /:gemeente/mijn/zaken/:id': 'resident',
  'GET /:gemeente/mijn/zaken/:id/documenten/:document': 'resident',
  'POST /:gemeente/mijn/zaken/:id/vragen/:vraag': 'resident', 'POST /:gemeente/mijn/zaken/:id/beoordeling': 'resident',
  'GET /:gemeente/zaak-volgen/:token': 'public',
  // (end of Mijn zaken)
  // Staff: login and the back office.
  'GET /:gemeente/beheer/inloggen': 'public', 'POST /:gemeente/beheer/inloggen': 'public', 'GET /:gemeente/beheer/inloggen/terug': 'public',
  'POST /:gemeente/beheer/uitloggen': 'public', 'GET /:gemeente/beheer/sessie-verlopen': 'public',
  'GET /:gemeente/beheer/sessie/verlengen': { roles: ALL_STAFF },
  'GET /:gemeente/beheer': { roles: ALL_STAFF },
  'GET /:gemeente/beheer/producten': { roles: CATALOGUE },
  'GET /:gemeente/beheer/producten/nieuw': { roles: CATALOGUE },
  'POST /:gemeente/beheer/producten': { roles: CATALOGUE },
  'GET /:gemeente/beheer/producten/:id': { roles: CATALOGUE },
  'POST /:gemeente/beheer/producten/:id': { roles: CATALOGUE },
  'POST /:gemeente/beheer/producten/:id/publiceren': { roles: CATALOGUE },
  'POST /:gemeente/beheer/producten/:id/intrekken': { roles: CATALOGUE },
  'GET /:gemeente/beheer/producten/:id/voorbeeld': { roles: CATALOGUE },
  'GET /:gemeente/beheer/producten/:id/geschiedenis': { roles: CATALOGUE },
  'GET /:gemeente/beheer/formulieren': { roles: CATALOGUE },
  'GET /:gemeente/beheer/formulieren/nieuw': { roles: CATALOGUE },
  'POST /:gemeente/beheer/formulieren': { roles: CATALOGUE },
  'GET /:gemeente/beheer/formulieren/:slug': { roles: CATALOGUE },
  'POST /:gemeente/beheer/formulieren/:slug': { roles: CATALOGUE },
  'POST /:gemeente/beheer/formulieren/:slug/publiceren': { roles: CATALOGUE },
  'GET /:gemeente/beheer/formulieren/:slug/versies/:version': { roles: CATALOGUE },
  'GET /:gemeente/beheer/zaaktypen': { roles: CATALOGUE },
  'GET /:gemeente/beheer/zaaktypen/nieuw': { roles: CATALOGUE },
  'POST /:gemeente/beheer/zaaktypen': { roles: CATALOGUE },
  'GET /:gemeente/beheer/zaaktypen/:id': { roles: CATALOGUE },
  'GET /:gemeente/beheer/zaaktypen/:id/bewerken': { roles: CATALOGUE },
  'POST /:gemeente/beheer/zaaktypen/:id': { roles: CATALOGUE },
  'POST /:gemeente/beheer/zaaktypen/:id/publiceren': { roles: CATALOGUE },
  'POST /:gemeente/beheer/zaaktypen/:id/nieuwe-versie': { roles: CATALOGUE },
  'POST /:gemeente/beheer/zaaktypen/:id/verwijderen': { roles: CATALOGUE },
  // Back office: cases (werkvoorraad, case page, actions, decision letters).
  'GET /:gemeente/beheer/zaken': { roles: CASES },
  'POST /:gemeente/beheer/zaken/toewijzen': { roles: ['teamleider'] },
  'GET /:gemeente/beheer/zaken/:id': { roles: CASES },
  'GET /:gemeente/beheer/zaken/:id/documenten/:documentId': { roles: CASES },
  'POST /:gemeente/beheer/zaken/:id/documenten/:documentId/versie': { roles: ['behandelaar', 'teamleider'] },
  'POST /:gemeente/beheer/zaken/:id/oppakken': { roles: ['behandelaar', 'teamleider'] },
  'POST /:gemeente/beheer/zaken/:id/toewijzen': { roles: ['teamleider'] },
  'POST /:gemeente/beheer/zaken/:id/status': { roles: ['behandelaar', 'teamleider'] },
  'POST /:gemeente/beheer/zaken/:id/informatie': { roles: ['behandelaar', 'teamleider'] },
  'POST /:gemeente/beheer/zaken/:id/gesprek': { roles: ['behandelaar', 'teamleider'] },
  'POST /:gemeente/beheer/zaken/:id/gesprekken/:gesprekId/verslag': { roles: ['behandelaar', 'teamleider'] },
  'POST /:gemeente/beheer/zaken/:id/taken/:taakId/afronden': { roles: ['behandelaar', 'teamleider'] },
  'POST /:gemeente/beheer/zaken/:id/verlengen': { roles: ['behandelaar', 'teamleider'] },
  'POST /:gemeente/beheer/zaken/:id/resultaat': { roles: ['behandelaar', 'teamleider'] },
  'POST /:gemeente/beheer/zaken/:id/besluit': { roles: ['behandelaar', 'teamleider'] },
  'POST /:gemeente/beheer/zaken/:id/afsluiten': { roles: ['behandelaar', 'teamleider'] },
  'POST /:gemeente/beheer/zaken/:id/notitie': { roles: ['kcc-medewerker', 'behandelaar', 'teamleider'] },
  'GET /:gemeente/beheer/sjablonen': { roles: CATALOGUE },
  'GET /:gemeente/beheer/sjablonen/nieuw': { roles: CATALOGUE },
  'POST /:gemeente/beheer/sjablonen': { roles: CATALOGUE },
  'GET /:gemeente/beheer/sjablonen/:id': { roles: CATALOGUE },
  'POST /:gemeente/beheer/sjablonen/:id': { roles: CATALOGUE },
  'POST /:gemeente/beheer/sjablonen/:id/verwijderen': { roles: CATALOGUE },
  // (end of back-office cases)
  'GET /:gemeente/beheer/gebruikers': { roles: ADMIN },
  'GET /:gemeente/beheer/gebruikers/nieuw': { roles: ADMIN },
  'POST /:gemeente/beheer/gebruikers': { roles: ADMIN },
  'GET /:gemeente/beheer/gebruikers/:id': { roles: ADMIN },
  'POST /:gemeente/beheer/gebruikers/:id': { roles: ADMIN },
  'GET /:gemeente/beheer/rechtenlogboek': { roles: ADMIN },
  'GET /:gemeente/beheer/api-clients': { roles: ADMIN },
  'GET /:gemeente/beheer/api-clients/nieuw': { roles: ADMIN },
  'POST /:gemeente/beheer/api-clients': { roles: ADMIN },
  'POST /:gemeente/beheer/api-clients/:id/intrekken': { roles: ADMIN },
  'GET /:gemeente/beheer/notificaties': { roles: ADMIN }, 'POST /:gemeente/beheer/notificaties/:id/opnieuw': { roles: ADMIN },
};

/** Routes that end the visitor's session: requested last (everywhere, then here). */
const endsSession = (url: string) => (url.endsWith('/uitloggen/overal') ? 1 : url.endsWith('/uitloggen') ? 2 : 0);

type Outcome = 'allowed' | 'denied';

/** Denied: 401/403, or a redirect to a login or "session expired" page. Anything else passed the access check. */
function outcomeOf(res: Response): Outcome {
  if (res.status === 401 || res.status === 403) return 'denied';
  const location = res.headers.get('location') ?? '';
  if (res.status === 303 && /\/(beheer\/)?(inloggen|sessie-verlopen)(\?|$)/.test(new URL(location, 'http://x').pathname + '?')) return 'denied';
  return 'allowed';
}

for (const engine of engines()) {
  describe(`authorisation matrix (${engine})`, () => {
    let server: TestServer;
    let address = 0;
    before(async () => {
      // Every request comes "from" another address, so the per-address form limit stays out of the way.
      server = await startTestServer(engine, { env: { TRUST_PROXY: 'true' } });
    });
    after(() => server.close());

    /** A visitor at an address of its own. */
    function browser(): Visitor {
      return new Visitor(server, { 'x-forwarded-for': nextAddress() });
    }

    function nextAddress(): string {
      address++;
      return `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`;
    }

    /** A request as a browser would send it (with this visitor's CSRF token on posts). */
    async function request(visitor: Visitor, csrf: string, method: string, path: string): Promise<Response> {
      const headers = { 'x-forwarded-for': nextAddress() };
      if (method === 'GET') return visitor.request(path, { method, headers });
      return visitor.request(path, { method, body: new URLSearchParams({ _csrf: csrf }).toString(), headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' } });
    }

    function concrete(url: string, slug: string): string {
      return url.replace(':gemeente', slug).replace(':file', 'stadhuis.css').replace(/:(id|uid)\b/g, randomUUID())
        .replace(/:\w+/g, 'onbekend').replace('/*', '/.well-known/openid-configuration');
    }

    it('has a designed rule for every route, and every route declares one', () => {
      const missing = server.stadhuis.platform.routes.filter((r) => !designOf(r)).map((r) => `${r.method} ${r.url}`);
      assert.deepEqual(missing, [], 'routes without a line in DESIGN');
      for (const route of server.stadhuis.platform.routes) {
        const design = designOf(route)!;
        const declared = route.access;
        if (design === 'public') assert.equal(declared, 'public', `${route.method} ${route.url}`);
        else if (design === 'zgw') assert.ok(typeof declared === 'object' && 'zgw' in declared, `${route.method} ${route.url} is for ZGW clients`);
        else if (design === 'resident') assert.ok(typeof declared === 'object' && 'resident' in declared, `${route.method} ${route.url} is for residents`);
        else assert.ok(typeof declared === 'object' && 'staff' in declared, `${route.method} ${route.url} is for staff`);
      }
    });

    it('allows and denies every municipality route as designed, for everyone, in their own and another municipality', async () => {
      type Who = { name: string; role?: StaffRole; resident?: boolean; own: boolean; visitor: Visitor };
      const people: Who[] = [{ name: 'nobody', own: true, visitor: browser() }];
      people.push({ name: 'resident of Dijkwaard', resident: true, own: true, visitor: await loginAsResident(server, '/dijkwaard', '999993653', 'substantieel', browser()) });
      people.push({ name: 'resident logged in at Heuvelrode', resident: true, own: false, visitor: await loginAsResident(server, '/heuvelrode', '999993653', 'substantieel', browser()) });
      for (const role of STAFF_ROLES) {
        people.push({ name: `${role} of Dijkwaard`, role, own: true, visitor: await loginAsStaff(server, '/dijkwaard', TEST_STAFF.dijkwaard[role], browser()) });
        people.push({ name: `${role} of Heuvelrode`, role, own: false, visitor: await loginAsStaff(server, '/heuvelrode', TEST_STAFF.heuvelrode[role], browser()) });
      }
      const routes = server.stadhuis.platform.routes.filter((r) => r.url.startsWith('/:gemeente'))
        .sort((a, b) => endsSession(a.url) - endsSession(b.url));
      const wrong: string[] = [];
      let checked = 0;
      for (const who of people) {
        // A page with a form for this visitor (logged-in visitors are sent on from the login page).
        const csrf = await who.visitor.csrfFrom(who.own && who.resident ? '/dijkwaard/mijn' : who.own && who.role ? '/dijkwaard/beheer' : '/dijkwaard/inloggen');
        for (const route of routes) {
          const design = designOf(route)!;
          const expected: Outcome = design === 'public' ? 'allowed' : design === 'zgw' ? 'denied'
            : design === 'resident' ? (who.resident && who.own ? 'allowed' : 'denied')
              : (who.role && who.own && design.roles.includes(who.role) ? 'allowed' : 'denied');
          const path = concrete(route.url, 'dijkwaard');
          const res = await request(who.visitor, csrf, route.method, path);
          await res.arrayBuffer();
          assert.ok(res.status < 500, `${who.name}: ${route.method} ${path} → ${res.status}`);
          const got = outcomeOf(res);
          if (got !== expected) wrong.push(`${who.name}: ${route.method} ${route.url} → ${res.status} (${got}, designed ${expected})`);
          checked++;
        }
      }
      assert.deepEqual(wrong, []);
      assert.ok(checked >= routes.length * 16);
    });

    it('gives an employee the roles of the municipality they are in: Olga de Wit handles cases in Dijkwaard, answers the phone in Heuvelrode', async () => {
      const dijkwaard = await loginAsStaff(server, '/dijkwaard', 'olga.dewit', browser());
      const heuvelrode = await loginAsStaff(server, '/heuvelrode', 'olga.dewit', browser());
      const home = await (await dijkwaard.get('/dijkwaard/beheer')).text();
      assert.match(home, /Uw rollen bij Gemeente Dijkwaard: Behandelaar\./);
      const other = await (await heuvelrode.get('/heuvelrode/beheer')).text();
      assert.match(other, /Uw rollen bij Gemeente Heuvelrode: KCC-medewerker\./);
      // The Dijkwaard session is not a Heuvelrode session.
      assert.equal((await dijkwaard.get('/heuvelrode/beheer')).status, 303);
    });
  });
}
