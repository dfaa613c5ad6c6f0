import type { CategorySlug } from './types.js';

/** The topics residents know from every Dutch municipality's website. */
export const demoCategories: { slug: CategorySlug; name: string; nameEn: string; description: string; descriptionEn: string }[] = [
  { slug: 'burgerzaken', name: 'Burgerzaken', nameEn: 'Civil affairs', description: 'Paspoort, identiteitskaart, rijbewijs, uittreksels, geboorte, huwelijk en overlijden.', descriptionEn: 'Passport, ID card, driving licence, extracts, birth, marriage and death.' },
  { slug: 'wonen-en-verhuizen', name: 'Wonen en verhuizen', nameEn: 'Housing and moving', description: 'Verhuizing doorgeven, woonruimte en uw woning.', descriptionEn: 'Reporting a move, housing and your home.' },
  { slug: 'parkeren-en-verkeer', name: 'Parkeren en verkeer', nameEn: 'Parking and traffic', description: 'Parkeervergunningen, bezoekersparkeren en ontheffingen.', descriptionEn: 'Parking permits, visitor parking and exemptions.' },
  { slug: 'belastingen', name: 'Belastingen', nameEn: 'Taxes', description: 'Gemeentelijke belastingen, WOZ-waarde en kwijtschelding.', descriptionEn: 'Municipal taxes, property valuation (WOZ) and remission.' },
  { slug: 'zorg-en-welzijn', name: 'Zorg en welzijn', nameEn: 'Care and wellbeing', description: 'Hulp bij het huishouden, hulpmiddelen, mantelzorg en jeugdhulp.', descriptionEn: 'Help with housekeeping, aids, informal care and youth support.' },
  { slug: 'werk-en-inkomen', name: 'Werk en inkomen', nameEn: 'Work and income', description: 'Uitkering, bijzondere bijstand, schuldhulp en werk zoeken.', descriptionEn: 'Benefits, special assistance, debt support and finding work.' },
  { slug: 'ondernemen', name: 'Ondernemen', nameEn: 'Business', description: 'Vergunningen en regels voor ondernemers.', descriptionEn: 'Permits and rules for businesses.' },
  { slug: 'afval', name: 'Afval', nameEn: 'Waste', description: 'Grofvuil, containers, afvalpas en afval scheiden.', descriptionEn: 'Bulky waste, bins, waste pass and sorting waste.' },
  { slug: 'bouwen-en-verbouwen', name: 'Bouwen en verbouwen', nameEn: 'Building and renovating', description: 'Omgevingsvergunning, bomen kappen en regels voor uw huis.', descriptionEn: 'Environmental permit, felling trees and rules for your home.' },
  { slug: 'openbare-ruimte', name: 'Openbare ruimte', nameEn: 'Public space', description: 'Meldingen over straat, groen, verlichting en speelplekken.', descriptionEn: 'Reports about streets, greenery, lighting and playgrounds.' },
  { slug: 'vrije-tijd-en-evenementen', name: 'Vrije tijd en evenementen', nameEn: 'Leisure and events', description: 'Evenementen, sport, cultuur en recreatie.', descriptionEn: 'Events, sport, culture and recreation.' },
];
