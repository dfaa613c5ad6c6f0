/**
 * Which demo products link to an online form (the demo forms of the forms module have the same
 * slugs) and to a zaaktype (by identificatie). The same in every demo municipality.
 */
const LINKS: Record<string, { formSlug?: string; zaaktypeIdentificatie: string }> = {
  'parkeervergunning-bewoners': { formSlug: 'parkeervergunning-bewoners', zaaktypeIdentificatie: 'PARKEERVERGUNNING-BEWONERS' },
  'melding-openbare-ruimte': { formSlug: 'melding-openbare-ruimte', zaaktypeIdentificatie: 'MELDING-OPENBARE-RUIMTE' },
  'evenementenvergunning': { formSlug: 'evenementenvergunning', zaaktypeIdentificatie: 'EVENEMENTENVERGUNNING' },
  'bijzondere-bijstand': { formSlug: 'bijzondere-bijstand', zaaktypeIdentificatie: 'BIJZONDERE-BIJSTAND' },
  'kapvergunning': { formSlug: 'kapvergunning', zaaktypeIdentificatie: 'KAPVERGUNNING' },
  'grofvuil-laten-ophalen': { zaaktypeIdentificatie: 'GROFVUIL-OPHALEN' },
  'verhuizing-doorgeven': { formSlug: 'verhuizing-doorgeven', zaaktypeIdentificatie: 'VERHUIZING-DOORGEVEN' },
  'huwelijk-of-partnerschap': { formSlug: 'melding-voorgenomen-huwelijk', zaaktypeIdentificatie: 'HUWELIJK-MELDING' },
};

/** The form and zaaktype of a demo product; null for both when it has none. */
export function demoProductLinks(slug: string): { formSlug: string | null; zaaktypeIdentificatie: string | null } {
  const links = LINKS[slug];
  return { formSlug: links?.formSlug ?? null, zaaktypeIdentificatie: links?.zaaktypeIdentificatie ?? null };
}
