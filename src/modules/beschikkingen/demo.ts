import type { Actor } from '../../platform/auth/access.js';
import type { Platform } from '../../platform/http/types.js';
import type { Tenant } from '../../platform/tenancy/tenants.js';
import { getZaaktype, listZaaktypen } from '../catalogi/index.js';
import { BeschikkingenService } from './service.js';

const DEMO_ACTOR: Actor = { kind: 'system', process: 'demo-gegevens' };

const POSITIEF = `Beste {{aanvrager.naam}},

U heeft ons gevraagd om: {{zaaktype.omschrijving}}. Dat was op {{zaak.registratiedatum}}. Uw zaaknummer is {{zaak.identificatie}}.

Ons besluit: u krijgt wat u heeft gevraagd.

Waarom?
{{besluit.toelichting}}

Het besluit gaat in op {{besluit.ingangsdatum}}. Het geldt tot: {{besluit.vervaldatum}}.

Bent u het niet eens met dit besluit?
Dan kunt u bezwaar maken. Dat moet binnen {{bezwaar.termijn}} na de datum van deze brief. Dus uiterlijk op {{bezwaar.datum}}. Schrijf in uw bezwaar:
- uw naam en adres;
- de datum;
- het zaaknummer {{zaak.identificatie}};
- waarom u het niet eens bent met het besluit.
Zet uw handtekening eronder. U kunt ook online bezwaar maken met DigiD op de website van de gemeente.

Heeft u vragen? Bel ons op 14 + het netnummer van de gemeente. Noem dan uw zaaknummer.`;

const NEGATIEF = `Beste {{aanvrager.naam}},

U heeft ons gevraagd om: {{zaaktype.omschrijving}}. Dat was op {{zaak.registratiedatum}}. Uw zaaknummer is {{zaak.identificatie}}.

Ons besluit: u krijgt niet wat u heeft gevraagd. Wij weten dat dit vervelend voor u is.

Waarom niet?
{{besluit.toelichting}}

Bent u het niet eens met dit besluit?
Dan kunt u bezwaar maken. Dat moet binnen {{bezwaar.termijn}} na de datum van deze brief. Dus uiterlijk op {{bezwaar.datum}}. Schrijf in uw bezwaar:
- uw naam en adres;
- de datum;
- het zaaknummer {{zaak.identificatie}};
- waarom u het niet eens bent met het besluit.
Zet uw handtekening eronder. U kunt ook online bezwaar maken met DigiD op de website van de gemeente.

Wilt u eerst met ons praten over het besluit? Bel ons dan op 14 + het netnummer van de gemeente. Noem dan uw zaaknummer.`;

const POSITIVE = /toegekend|verleend/i;
const NEGATIVE = /afgewezen|geweigerd/i;

/** Letter templates for the positive and negative results of every demo zaaktype with a besluittype. */
export async function seedBeschikkingenDemo(platform: Platform, tenant: Tenant): Promise<void> {
  const service = new BeschikkingenService(platform);
  await platform.database.withTenant(tenant.id, async (tx) => {
    const seen = new Set<string>();
    for (const summary of await listZaaktypen(tx, { status: 'published' })) {
      if (seen.has(summary.identificatie)) continue;
      const zaaktype = await getZaaktype(tx, summary.id);
      if (!zaaktype || !zaaktype.besluittypen.length) continue;
      seen.add(summary.identificatie);
      for (const r of zaaktype.resultaattypen) {
        if (!r.besluittypen.length || !(POSITIVE.test(r.omschrijving) || NEGATIVE.test(r.omschrijving))) continue;
        const positive = POSITIVE.test(r.omschrijving);
        await service.saveSjabloon(tx, DEMO_ACTOR, undefined, {
          zaaktypeIdentificatie: zaaktype.identificatie, sleutel: r.omschrijving,
          titel: positive ? `Uw aanvraag ${zaaktype.omschrijving.toLowerCase()} is ${r.omschrijving.toLowerCase()}` : `Besluit op uw aanvraag ${zaaktype.omschrijving.toLowerCase()}`,
          tekst: positive ? POSITIEF : NEGATIEF,
        }).catch(() => undefined);
      }
    }
  });
}
