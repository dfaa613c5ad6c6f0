/**
 * The fictional addresses of the two demo municipalities, as the BAG (Basisregistratie Adressen en
 * Gebouwen) would hold them, with what the municipality itself adds to an address: the CBS wijk
 * and buurt, its own zones (e.g. parking permit zones) and a point for maps. Any likeness to a real
 * address is accidental; the municipality codes 9901 (Dijkwaard) and 9902 (Heuvelrode) are the
 * ones of the embedded BRP.
 *
 * Every address of a person in the embedded BRP (src/modules/persons/test-persons.ts) is here
 * with the same postcode and the same BAG identifications, so that a form pre-filled from the BRP
 * and a postcode lookup agree (a test checks this); so is every address of a company in the
 * embedded KVK (src/modules/persons/test-companies.ts).
 *
 * A street is written once as segments (a postcode for a range of odd, even or all numbers, as
 * PostNL assigns them) plus the numbers that have more than one address (3A and 3B, 27-1 to 27-3);
 * the addresses are generated from that.
 */

export interface Gebied {
  code: string;
  naam: string;
}

/** One address (nummeraanduiding) with its municipal areas. */
export interface DatasetAddress {
  /** nummeraanduidingIdentificatie: 16 digits, the municipality code first. */
  id: string;
  /** adresseerbaarObjectIdentificatie (verblijfsobject). */
  objectId: string;
  openbareRuimteId: string;
  straat: string;
  huisnummer: number;
  huisletter?: string;
  huisnummertoevoeging?: string;
  /** Without a space, as the BAG stores it: "4201AB". */
  postcode: string;
  woonplaats: string;
  woonplaatsId: string;
  gemeente: { code: string; naam: string };
  wijk: Gebied;
  buurt: Gebied;
  /** The municipality's own zones this address lies in, e.g. parking permit zones. */
  zones: string[];
  /** WGS84. */
  coordinates: { lat: number; lon: number };
}

interface Segment {
  postcode: string;
  from: number;
  to: number;
  /** Which numbers in [from, to] belong to this postcode. */
  parity: 'odd' | 'even' | 'all';
}

/** Another address on a number: a huisletter ("A") and/or a huisnummertoevoeging ("2", "bis"). */
interface Unit {
  huisletter?: string;
  huisnummertoevoeging?: string;
}

interface Street {
  naam: string;
  woonplaats: keyof typeof WOONPLAATSEN;
  wijk: Gebied;
  buurt: Gebied;
  zones: string[];
  segments: Segment[];
  /** Numbers with more than one address, or with a letter; each unit is an address of its own. */
  units?: Record<number, Unit[]>;
  /** Where number 1 is, and how far each next number lies (degrees). */
  start: [number, number];
  step: [number, number];
}

const GEMEENTEN = {
  dijkwaard: { code: '9901', naam: 'Dijkwaard' },
  heuvelrode: { code: '9902', naam: 'Heuvelrode' },
} as const;

const WOONPLAATSEN = {
  Dijkwaard: { id: '9801', gemeente: GEMEENTEN.dijkwaard },
  Oudewaard: { id: '9802', gemeente: GEMEENTEN.dijkwaard },
  Heuvelrode: { id: '9803', gemeente: GEMEENTEN.heuvelrode },
  Bergendaal: { id: '9804', gemeente: GEMEENTEN.heuvelrode },
} as const;

/**
 * The identification suffixes the embedded BRP uses for its persons' addresses (the last ten
 * digits of adresseerbaarObjectIdentificatie and nummeraanduidingIdentificatie).
 */
const BRP_IDS: Record<string, string> = {
  '9901|4201AB|14|': '0000000014',
  '9901|4202CD|3|A': '0000000031',
  '9901|4201EF|27|2': '0000000272',
  '9901|4203GH|40|': '0000000040',
  '9901|4202JK|88|': '0000000088',
  '9902|3941KL|31|': '0000000031',
  '9902|3942AB|2|': '0000000002',
  '9902|3941MN|5|bis': '0000000005',
};

const area = (code: string, naam: string): Gebied => ({ code, naam });
const odd = (postcode: string, from: number, to: number): Segment => ({ postcode, from, to, parity: 'odd' });
const even = (postcode: string, from: number, to: number): Segment => ({ postcode, from, to, parity: 'even' });
const all = (postcode: string, from: number, to: number): Segment => ({ postcode, from, to, parity: 'all' });

// Wijken and buurten with CBS-style codes: WK + gemeente + wijk, BU + gemeente + wijk + buurt.
const DW_CENTRUM = area('WK990101', 'Centrum');
const DW_HAVEN = area('BU99010101', 'Havenkwartier');
const DW_BINNENSTAD = area('BU99010102', 'Binnenstad');
const DW_STATION = area('BU99010103', 'Stationsbuurt');
const DW_NOORD = area('WK990102', 'Dijkwaard-Noord');
const DW_LINDEN = area('BU99010201', 'Lindenhof');
const DW_MOLEN = area('BU99010202', 'Molenkwartier');
const OW = area('WK990103', 'Oudewaard');
const OW_DORP = area('BU99010301', 'Oudewaard-Dorp');
const HR_KERN = area('WK990201', 'Heuvelrode-Kern');
const HR_DORP = area('BU99020101', 'Dorpskern');
const HR_BOS = area('BU99020102', 'Boswijk');
const HR_HOEVE = area('BU99020103', 'Bedrijventerrein De Hoeve');
const HR_BERG = area('WK990202', 'Bergendaal');
const HR_BERG_DORP = area('BU99020201', 'Bergendaal-Dorp');

const streets: Street[] = [
  // Dijkwaard, centre: parking permit zone "centrum".
  { naam: 'Havenplein', woonplaats: 'Dijkwaard', wijk: DW_CENTRUM, buurt: DW_HAVEN, zones: ['centrum'], segments: [all('4201AA', 1, 12)], start: [51.8231, 4.9712], step: [0.00004, 0.00006] },
  {
    naam: 'Dijkstraat', woonplaats: 'Dijkwaard', wijk: DW_CENTRUM, buurt: DW_BINNENSTAD, zones: ['centrum'],
    segments: [even('4201AB', 2, 40), odd('4201AD', 1, 39)], units: { 21: [{ huisletter: 'A' }, { huisletter: 'B' }] },
    start: [51.8236, 4.9701], step: [0.00003, -0.00009],
  },
  {
    naam: 'Havenkade', woonplaats: 'Dijkwaard', wijk: DW_CENTRUM, buurt: DW_HAVEN, zones: ['centrum'],
    segments: [odd('4201EF', 1, 45), even('4201EG', 2, 44)],
    units: { 27: [{ huisnummertoevoeging: '1' }, { huisnummertoevoeging: '2' }, { huisnummertoevoeging: '3' }], 12: [{}, { huisnummertoevoeging: 'A' }] },
    start: [51.8225, 4.9720], step: [-0.00002, 0.0001],
  },
  { naam: 'Kerkstraat', woonplaats: 'Dijkwaard', wijk: DW_CENTRUM, buurt: DW_BINNENSTAD, zones: ['centrum'], segments: [odd('4201GC', 1, 31), even('4201GB', 2, 30)], start: [51.8242, 4.9690], step: [0.00008, 0.00002] },
  { naam: 'Voorstraat', woonplaats: 'Dijkwaard', wijk: DW_CENTRUM, buurt: DW_BINNENSTAD, zones: ['centrum'], segments: [even('4201AC', 2, 30), odd('4201AE', 1, 29)], start: [51.8238, 4.9684], step: [0.00002, 0.00008] },
  { naam: 'Kade', woonplaats: 'Dijkwaard', wijk: DW_CENTRUM, buurt: DW_HAVEN, zones: ['centrum'], segments: [all('4201GA', 1, 20)], start: [51.8221, 4.9731], step: [0.00003, 0.00007] },
  { naam: 'Veerweg', woonplaats: 'Dijkwaard', wijk: DW_CENTRUM, buurt: DW_HAVEN, zones: ['centrum'], segments: [all('4201ZZ', 1, 9)], start: [51.8214, 4.9745], step: [-0.00003, 0.00004] },
  { naam: 'Marktplein', woonplaats: 'Dijkwaard', wijk: DW_CENTRUM, buurt: DW_BINNENSTAD, zones: ['centrum'], segments: [all('4201HA', 1, 16)], start: [51.8240, 4.9705], step: [0.00003, 0.00003] },
  {
    naam: 'Molenweg', woonplaats: 'Dijkwaard', wijk: DW_NOORD, buurt: DW_MOLEN, zones: ['centrum'],
    segments: [odd('4202CD', 1, 25), even('4202CE', 2, 24)], units: { 3: [{ huisletter: 'A' }, { huisletter: 'B' }] },
    start: [51.8262, 4.9680], step: [0.00009, 0.00001],
  },
  // Around the station: parking permit zone "stationsgebied".
  {
    naam: 'Stationsweg', woonplaats: 'Dijkwaard', wijk: DW_CENTRUM, buurt: DW_STATION, zones: ['stationsgebied'],
    segments: [odd('4202JM', 1, 99), even('4202JL', 2, 58), even('4202JK', 60, 120)], units: { 41: [{}, { huisnummertoevoeging: 'bis' }] },
    start: [51.8250, 4.9760], step: [0.00002, 0.00011],
  },
  { naam: 'Stationsplein', woonplaats: 'Dijkwaard', wijk: DW_CENTRUM, buurt: DW_STATION, zones: ['stationsgebied'], segments: [all('4202JN', 1, 10)], start: [51.8254, 4.9812], step: [0.00002, 0.00003] },
  // Dijkwaard-Noord: no permit zone (free parking).
  { naam: 'Lindelaan', woonplaats: 'Dijkwaard', wijk: DW_NOORD, buurt: DW_LINDEN, zones: [], segments: [even('4203GH', 2, 60), odd('4203GJ', 1, 59)], start: [51.8290, 4.9650], step: [0.00007, 0.00004] },
  { naam: 'Populierenlaan', woonplaats: 'Dijkwaard', wijk: DW_NOORD, buurt: DW_LINDEN, zones: [], segments: [all('4203HA', 1, 36)], start: [51.8301, 4.9662], step: [0.00004, 0.00007] },
  { naam: 'Schoolstraat', woonplaats: 'Dijkwaard', wijk: DW_NOORD, buurt: DW_MOLEN, zones: [], segments: [odd('4203JA', 1, 23), even('4203JB', 2, 22)], start: [51.8275, 4.9668], step: [0.00005, -0.00003] },
  // Oudewaard, the village of the municipality of Dijkwaard.
  { naam: 'Dorpsstraat', woonplaats: 'Oudewaard', wijk: OW, buurt: OW_DORP, zones: [], segments: [odd('4205AB', 1, 49), even('4205AC', 2, 48)], start: [51.8102, 4.9320], step: [0.00005, 0.00008] },
  { naam: 'Waaldijk', woonplaats: 'Oudewaard', wijk: OW, buurt: OW_DORP, zones: [], segments: [all('4205BA', 1, 30)], start: [51.8080, 4.9301], step: [-0.00002, 0.00012] },

  // Heuvelrode, the village centre: parking permit zone "dorpskern".
  { naam: 'Kerkpad', woonplaats: 'Heuvelrode', wijk: HR_KERN, buurt: HR_DORP, zones: ['dorpskern'], segments: [all('3942AB', 1, 12)], start: [52.0521, 5.4302], step: [0.00003, 0.00004] },
  {
    naam: 'Julianastraat', woonplaats: 'Heuvelrode', wijk: HR_KERN, buurt: HR_DORP, zones: ['dorpskern'],
    segments: [odd('3941MN', 1, 29), even('3941MP', 2, 28)], units: { 5: [{}, { huisnummertoevoeging: 'bis' }] },
    start: [52.0515, 5.4315], step: [0.00006, 0.00002],
  },
  {
    naam: 'Dorpsstraat', woonplaats: 'Heuvelrode', wijk: HR_KERN, buurt: HR_DORP, zones: ['dorpskern'],
    segments: [odd('3941AD', 1, 41), even('3941AE', 2, 40)], units: { 21: [{ huisletter: 'A' }, { huisletter: 'B' }] },
    start: [52.0518, 5.4288], step: [0.00004, 0.00007],
  },
  { naam: 'Dorpsplein', woonplaats: 'Heuvelrode', wijk: HR_KERN, buurt: HR_DORP, zones: ['dorpskern'], segments: [all('3942AA', 1, 14)], start: [52.0525, 5.4295], step: [0.00002, 0.00003] },
  { naam: 'Bergweg', woonplaats: 'Heuvelrode', wijk: HR_KERN, buurt: HR_DORP, zones: ['dorpskern'], segments: [all('3942CD', 1, 40)], start: [52.0532, 5.4330], step: [0.00005, 0.00006] },
  // Heuvelrode, Boswijk: no zone. The town hall is Boslaan 12.
  { naam: 'Boslaan', woonplaats: 'Heuvelrode', wijk: HR_KERN, buurt: HR_BOS, zones: [], segments: [odd('3941KL', 1, 49), even('3941BK', 2, 30)], start: [52.0490, 5.4260], step: [-0.00004, 0.00009] },
  { naam: 'Heidelaan', woonplaats: 'Heuvelrode', wijk: HR_KERN, buurt: HR_BOS, zones: [], segments: [odd('3941NA', 1, 35), even('3941NB', 2, 34)], start: [52.0480, 5.4240], step: [0.00006, 0.00005] },
  { naam: 'Beukenlaan', woonplaats: 'Heuvelrode', wijk: HR_KERN, buurt: HR_BOS, zones: [], segments: [all('3941PA', 1, 28)], units: { 9: [{ huisletter: 'A' }, { huisletter: 'B' }, { huisletter: 'C' }] }, start: [52.0470, 5.4275], step: [0.00003, -0.00006] },
  { naam: 'Industrieweg', woonplaats: 'Heuvelrode', wijk: HR_KERN, buurt: HR_HOEVE, zones: [], segments: [all('3943RT', 1, 30)], start: [52.0440, 5.4380], step: [0.00005, 0.00006] },
  // Bergendaal, the hamlet of Heuvelrode.
  { naam: 'Zandweg', woonplaats: 'Bergendaal', wijk: HR_BERG, buurt: HR_BERG_DORP, zones: [], segments: [all('3945AB', 1, 40)], start: [52.0701, 5.4602], step: [0.00008, 0.00003] },
  { naam: 'Hoeveweg', woonplaats: 'Bergendaal', wijk: HR_BERG, buurt: HR_BERG_DORP, zones: [], segments: [odd('3945BA', 1, 21), even('3945BB', 2, 20)], start: [52.0712, 5.4580], step: [0.00004, 0.00007] },
];

function inSegment(segment: Segment, n: number): boolean {
  if (n < segment.from || n > segment.to) return false;
  return segment.parity === 'all' || (segment.parity === 'odd' ? n % 2 === 1 : n % 2 === 0);
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

function build(): DatasetAddress[] {
  const out: DatasetAddress[] = [];
  const counters = new Map<string, number>();
  const nextId = (gemeente: string) => {
    const n = (counters.get(gemeente) ?? 1000) + 1;
    counters.set(gemeente, n);
    return String(n).padStart(10, '0');
  };
  streets.forEach((street, streetIndex) => {
    const woonplaats = WOONPLAATSEN[street.woonplaats];
    const gemeente = woonplaats.gemeente;
    const openbareRuimteId = `${gemeente.code}30${String(streetIndex + 1).padStart(10, '0')}`;
    const max = Math.max(...street.segments.map((s) => s.to));
    for (let n = 1; n <= max; n++) {
      const segment = street.segments.find((s) => inSegment(s, n));
      if (!segment) continue;
      for (const unit of street.units?.[n] ?? [{}]) {
        const brpKey = `${gemeente.code}|${segment.postcode}|${n}|${unit.huisletter ?? unit.huisnummertoevoeging ?? ''}`;
        const suffix = BRP_IDS[brpKey] ?? nextId(gemeente.code);
        out.push({
          id: `${gemeente.code}20${suffix}`,
          objectId: `${gemeente.code}01${suffix}`,
          openbareRuimteId,
          straat: street.naam,
          huisnummer: n,
          ...(unit.huisletter ? { huisletter: unit.huisletter } : {}),
          ...(unit.huisnummertoevoeging ? { huisnummertoevoeging: unit.huisnummertoevoeging } : {}),
          postcode: segment.postcode,
          woonplaats: street.woonplaats,
          woonplaatsId: woonplaats.id,
          gemeente: { ...gemeente },
          wijk: street.wijk,
          buurt: street.buurt,
          zones: [...street.zones],
          coordinates: { lat: round(street.start[0] + street.step[0] * (n - 1)), lon: round(street.start[1] + street.step[1] * (n - 1)) },
        });
      }
    }
  });
  return out;
}

let cache: DatasetAddress[] | undefined;

/** Every address of the embedded dataset. */
export function datasetAddresses(): readonly DatasetAddress[] {
  cache ??= build();
  return cache;
}

/** The zones the dataset knows, per municipality code, with a description for people. */
export const ZONES: Record<string, { nl: string; en: string }> = {
  centrum: { nl: 'Vergunninggebied Centrum', en: 'Permit area Centre' },
  stationsgebied: { nl: 'Vergunninggebied Stationsgebied', en: 'Permit area Station district' },
  dorpskern: { nl: 'Vergunninggebied Dorpskern', en: 'Permit area Village centre' },
};
