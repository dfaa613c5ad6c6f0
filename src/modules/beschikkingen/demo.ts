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

/**
 * The notice of an intended marriage or partnership is handled by the ambtenaar van de burgerlijke
 * stand under Book 1 of the Civil Code: a refusal is not open to objection (bezwaar) but to a
 * request to the court (artikel 1:27 BW). So this zaaktype has its own letters.
 */
const HUWELIJK_AANVAARD = `Beste {{aanvrager.naam}},

Op {{zaak.registratiedatum}} heeft u gemeld dat u wilt trouwen of een geregistreerd partnerschap wilt aangaan. Uw zaaknummer is {{zaak.identificatie}}.

Wij hebben uw gegevens en die van uw partner en uw getuigen gecontroleerd. Alles is in orde. Wij hebben de akte van melding opgemaakt.

Wat betekent dit voor u?
U kunt trouwen of uw partnerschap laten registreren vanaf {{besluit.ingangsdatum}} tot en met {{besluit.vervaldatum}}. Trouwt u niet in die tijd? Dan vervalt de melding en moet u opnieuw melden.

{{besluit.toelichting}}

Wat moet u nog doen?
- Heeft u nog geen datum, tijd en locatie gereserveerd? Doe dat dan zo snel mogelijk.
- Betaal de kosten van de ceremonie vóór de dag zelf.
- Neem op de dag zelf uw paspoort of identiteitskaart mee. Uw getuigen doen dat ook.

Heeft u vragen? Bel ons op 14 + het netnummer van de gemeente. Noem dan uw zaaknummer.`;

const HUWELIJK_GEWEIGERD = `Beste {{aanvrager.naam}},

Op {{zaak.registratiedatum}} heeft u gemeld dat u wilt trouwen of een geregistreerd partnerschap wilt aangaan. Uw zaaknummer is {{zaak.identificatie}}.

Wij hebben uw melding bekeken. Wij kunnen de akte van melding niet opmaken. U kunt dus nu niet in {{gemeente.naam}} trouwen of uw partnerschap laten registreren. Wij weten dat dit vervelend voor u is.

Waarom niet?
{{besluit.toelichting}}

Bent u het niet eens met deze beslissing?
Dan kunt u de rechtbank vragen om de akte toch te laten opmaken. Dat doet u met een verzoekschrift. Daarvoor heeft u een advocaat nodig. U kunt geen bezwaar maken bij de gemeente.

Heeft u de gegevens die ontbraken nu wel? Of is er iets veranderd? Dan kunt u opnieuw een melding doen.

Wilt u eerst met ons praten over deze beslissing? Bel ons dan op 14 + het netnummer van de gemeente. Noem dan uw zaaknummer.`;

/** Letters for zaaktypen whose results need their own words; these get no generic letters. */
const OWN_LETTERS: Record<string, { sleutel: string; titel: string; tekst: string }[]> = {
  'HUWELIJK-MELDING': [
    { sleutel: 'Aanvaard', titel: 'Uw melding voorgenomen huwelijk of partnerschap is in orde', tekst: HUWELIJK_AANVAARD },
    { sleutel: 'Geweigerd', titel: 'Beslissing op uw melding voorgenomen huwelijk of partnerschap', tekst: HUWELIJK_GEWEIGERD },
  ],
};

const POSITIVE = /toegekend|verleend/i;
const NEGATIVE = /afgewezen|geweigerd/i;

/**
 * Letter templates for the positive and negative results of every demo zaaktype with a besluittype,
 * and the own letters of the zaaktypen in OWN_LETTERS.
 */
export async function seedBeschikkingenDemo(platform: Platform, tenant: Tenant): Promise<void> {
  const service = new BeschikkingenService(platform);
  await platform.database.withTenant(tenant.id, async (tx) => {
    const seen = new Set<string>();
    for (const summary of await listZaaktypen(tx, { status: 'published' })) {
      if (seen.has(summary.identificatie)) continue;
      const zaaktype = await getZaaktype(tx, summary.id);
      if (!zaaktype || !zaaktype.besluittypen.length) continue;
      seen.add(summary.identificatie);
      const own = OWN_LETTERS[zaaktype.identificatie];
      if (own) {
        for (const letter of own) {
          if (!zaaktype.resultaattypen.some((r) => r.omschrijving === letter.sleutel)) continue;
          await service.saveSjabloon(tx, DEMO_ACTOR, undefined, { zaaktypeIdentificatie: zaaktype.identificatie, ...letter }).catch(() => undefined);
        }
        continue;
      }
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
