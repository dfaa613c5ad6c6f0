/**
 * Realistic queries residents type into the catalogue search box, with the product
 * that must be found. Every `expect` slug exists in both demo municipalities
 * (Dijkwaard and Heuvelrode), so each case must hold in either catalogue.
 * `within: 1` = must be the first result; `within: 3` = must be in the top 3.
 */
export interface SearchCase {
  query: string;
  expect: string;
  within: 1 | 3;
  why: string;
}

export const searchCases: SearchCase[] = [
  // Plain words, plurals and capitals
  { query: 'paspoort', expect: 'paspoort-aanvragen', within: 1, why: 'Exact title word.' },
  { query: 'paspoorten', expect: 'paspoort-aanvragen', within: 1, why: 'Plural; stemming must reduce it to "paspoort".' },
  { query: 'Paspoort Aanvragen', expect: 'paspoort-aanvragen', within: 1, why: 'Capitalised input must match the lower-case index.' },
  { query: 'PARKEERVERGUNNING', expect: 'parkeervergunning-bewoners', within: 1, why: 'All caps.' },
  { query: 'rijbewijzen', expect: 'rijbewijs-aanvragen', within: 3, why: 'Plural; both driving licence products compete.' },

  // Prefixes and word fragments (typing in progress)
  { query: 'verhuis', expect: 'verhuizing-doorgeven', within: 1, why: 'Prefix of "verhuizing"/"verhuizen".' },
  { query: 'parkeerverg', expect: 'parkeervergunning-bewoners', within: 3, why: 'Prefix of "parkeervergunning".' },
  { query: 'identiteitsk', expect: 'identiteitskaart-aanvragen', within: 1, why: 'Prefix of "identiteitskaart".' },
  { query: 'kwijtsch', expect: 'kwijtschelding-gemeentelijke-belastingen', within: 1, why: 'Prefix of "kwijtschelding".' },
  { query: 'gehandicaptenpark', expect: 'gehandicaptenparkeerkaart', within: 3, why: 'Prefix shared by the parking card and the parking space.' },

  // Typos
  { query: 'rijbewjis', expect: 'rijbewijs-verlengen', within: 3, why: 'Swapped letters; trigram fallback must find the driving licence products.' },
  { query: 'paspoort aanvrgen', expect: 'paspoort-aanvragen', within: 1, why: 'Typo in the second word; the first word matches exactly.' },
  { query: 'identitijtskaart', expect: 'identiteitskaart-aanvragen', within: 3, why: 'Common spelling mistake; the lost-document product also has "identiteitskaart" in its title.' },
  { query: 'grofvuill', expect: 'grofvuil-laten-ophalen', within: 1, why: 'Extra letter at the end.' },
  { query: 'omgevingsvergunnig', expect: 'omgevingsvergunning-bouwen', within: 1, why: 'Missing letter in a long word.' },
  { query: 'hondebelasting', expect: 'hondenbelasting', within: 1, why: 'Missing "n" in the compound.' },

  // Synonyms, abbreviations and everyday words (supported through keywords)
  { query: 'id-kaart', expect: 'identiteitskaart-aanvragen', within: 1, why: 'Everyday abbreviation of identiteitskaart.' },
  { query: 'id kaart', expect: 'identiteitskaart-aanvragen', within: 1, why: 'Abbreviation written as two words.' },
  { query: 'adreswijziging', expect: 'verhuizing-doorgeven', within: 1, why: 'Synonym for reporting a move.' },
  { query: 'gba uittreksel', expect: 'uittreksel-brp-aanvragen', within: 1, why: 'Old name (GBA) of the BRP.' },
  { query: 'vuilnis', expect: 'afvalstoffenheffing', within: 3, why: 'Everyday word; several waste products compete.' },
  { query: 'kliko kapot', expect: 'minicontainer-aanvragen', within: 1, why: 'Colloquial word for the wheelie bin.' },
  { query: 'bankstel weggooien', expect: 'grofvuil-laten-ophalen', within: 3, why: 'Describes the task, not the product name.' },
  { query: 'uitkering', expect: 'bijstandsuitkering', within: 1, why: 'Everyday word for social assistance.' },
  { query: 'ozb', expect: 'onroerendezaakbelasting', within: 1, why: 'Common abbreviation.' },
  { query: 'woz', expect: 'woz-waarde-bezwaar', within: 3, why: 'Abbreviation; property tax also mentions WOZ.' },
  { query: 'bezwaar woz', expect: 'woz-waarde-bezwaar', within: 1, why: 'Multi-word, clear intent.' },
  { query: 'vog', expect: 'verklaring-omtrent-het-gedrag', within: 1, why: 'Common abbreviation.' },
  { query: 'bewijs van goed gedrag', expect: 'verklaring-omtrent-het-gedrag', within: 1, why: 'Everyday name of the VOG.' },
  { query: 'boom kappen', expect: 'kapvergunning', within: 1, why: 'Task description of the felling permit.' },
  { query: 'trouwen', expect: 'huwelijk-of-partnerschap', within: 1, why: 'Verb instead of the title noun.' },
  { query: 'verbouwen', expect: 'omgevingsvergunning-bouwen', within: 1, why: 'Task word; the permit is the answer.' },
  { query: 'bouwvergunning', expect: 'omgevingsvergunning-bouwen', within: 1, why: 'Old name of the building permit.' },
  { query: 'dakkapel plaatsen', expect: 'omgevingsvergunning-bouwen', within: 1, why: 'Concrete building project.' },
  { query: 'lantaarnpaal kapot', expect: 'melding-openbare-ruimte', within: 1, why: 'Typical report in public space.' },
  { query: 'zwerfafval', expect: 'melding-openbare-ruimte', within: 1, why: 'Litter is reported through the public space report.' },
  { query: 'schulden', expect: 'schuldhulp', within: 1, why: 'Plural everyday word.' },
  { query: 'huishoudelijke hulp', expect: 'hulp-bij-het-huishouden', within: 1, why: 'Common alternative name.' },
  { query: 'wmo', expect: 'hulp-bij-het-huishouden', within: 3, why: 'Abbreviation of the law; several care products compete.' },
  { query: 'Rolstoel', expect: 'hulpmiddelen-en-woningaanpassing', within: 1, why: 'Concrete aid, capitalised.' },
  { query: 'baby aangeven', expect: 'geboorte-aangeven', within: 1, why: 'Everyday wording of a birth registration.' },
  { query: 'ondertrouw', expect: 'huwelijk-of-partnerschap', within: 1, why: 'Old word for the notice of marriage.' },
  { query: 'stempas kwijt', expect: 'stemmen-bij-verkiezingen', within: 1, why: 'Lost polling card.' },
  { query: 'lintje', expect: 'koninklijke-onderscheiding', within: 1, why: 'Everyday name of a royal decoration.' },
  { query: 'paspoort kwijt', expect: 'reisdocument-kwijt', within: 3, why: 'Lost passport; the passport application competes.' },
  { query: 'verf en batterijen', expect: 'klein-chemisch-afval', within: 1, why: 'Examples of household hazardous waste.' },
  { query: 'bestemmingsplan', expect: 'omgevingsplan-inzien', within: 1, why: 'Old name of the environment plan.' },
  { query: 'asbest', expect: 'sloopmelding', within: 1, why: 'Asbestos removal requires a demolition report.' },
  { query: 'drankvergunning', expect: 'alcoholvergunning', within: 1, why: 'Old, everyday name of the alcohol licence.' },
  { query: 'terras', expect: 'terrasvergunning', within: 1, why: 'Prefix and keyword of the terrace permit.' },
  { query: 'evenement organiseren', expect: 'evenementenvergunning', within: 3, why: 'The small-event notification competes.' },
  { query: 'straatfeest', expect: 'melding-klein-evenement', within: 3, why: 'A street party is usually a small event.' },
  { query: 'speeltuin', expect: 'speelplek', within: 1, why: 'Everyday word for a play area.' },
  { query: 'nederlander worden', expect: 'naturalisatie', within: 1, why: 'Task description of naturalisation.' },
  { query: 'bezoek parkeren', expect: 'bezoekersparkeren', within: 3, why: 'Words in a different order and form than the title.' },
  { query: 'mantelzorger', expect: 'mantelzorgwaardering', within: 1, why: 'Person noun instead of the product name.' },
  { query: 'toeslag laag inkomen', expect: 'individuele-inkomenstoeslag', within: 3, why: 'Several income products compete.' },
  { query: 'eigen bedrijf starten', expect: 'ondernemersloket', within: 3, why: 'Starting entrepreneurs are sent to the business desk.' },
  { query: 'overlijden', expect: 'overlijden-aangeven', within: 1, why: 'Exact title word.' },
];
