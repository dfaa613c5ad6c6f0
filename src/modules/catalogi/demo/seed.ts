import type { Actor } from '../../../platform/auth/access.js';
import type { Platform } from '../../../platform/http/types.js';
import type { Tenant } from '../../../platform/tenancy/tenants.js';
import {
  createBesluittype, createCatalogus, createInformatieobjecttype, createZaaktype, createZaaktypeVersion, publishBesluittype,
  publishInformatieobjecttype, publishZaaktype, updateZaaktype,
} from '../service.js';
import { DEMO_PROFILES, demoBesluittypen, demoInformatieobjecttypen, demoZaaktypen } from './zaaktypen.js';

const DEMO_ACTOR: Actor = { kind: 'system', process: 'demo-gegevens' };

/** The demo zaaktypecatalogus of a demo municipality, published, in one transaction. */
export async function seedCatalogiDemo(platform: Platform, tenant: Tenant): Promise<void> {
  const profile = DEMO_PROFILES[tenant.slug];
  if (!profile) return;
  const productUrl = (productSlug: string) => `${platform.config.publicUrl}/${tenant.slug}/producten/${productSlug}`;
  await platform.database.withTenant(tenant.id, async (tx) => {
    await createCatalogus(tx, DEMO_ACTOR, {
      domein: profile.domein, rsin: profile.rsin, naam: `Zaaktypecatalogus Gemeente ${profile.name}`, versie: '2026', begindatumVersie: '2024-01-01',
      contactpersoonBeheerNaam: profile.contact.naam, contactpersoonBeheerTelefoonnummer: profile.contact.telefoon, contactpersoonBeheerEmailadres: profile.contact.email,
    });
    for (const input of demoInformatieobjecttypen) await publishInformatieobjecttype(tx, DEMO_ACTOR, (await createInformatieobjecttype(tx, DEMO_ACTOR, input)).id);
    for (const input of demoBesluittypen) await publishBesluittype(tx, DEMO_ACTOR, (await createBesluittype(tx, DEMO_ACTOR, input)).id);
    for (const { input, earlier = [] } of demoZaaktypen(profile, productUrl)) {
      if (!earlier.length) {
        await publishZaaktype(tx, DEMO_ACTOR, (await createZaaktype(tx, DEMO_ACTOR, input)).id);
        continue;
      }
      // Older versions first, then each next one as a new version of the previous.
      let previous = await publishZaaktype(tx, DEMO_ACTOR, (await createZaaktype(tx, DEMO_ACTOR, earlier[0]!)).id);
      for (const next of [...earlier.slice(1), input]) {
        const concept = await createZaaktypeVersion(tx, DEMO_ACTOR, previous.id, { beginGeldigheid: next.beginGeldigheid });
        await updateZaaktype(tx, DEMO_ACTOR, concept.id, next);
        previous = await publishZaaktype(tx, DEMO_ACTOR, concept.id);
      }
    }
  });
}
