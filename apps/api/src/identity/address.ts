// Postal addresses: the records format's `person.address`, normalized on the way in, and the same
// reading applied to a free-text `location` that holds an address ("12 Smith St, Richmond VIC
// 3121"), which is where many CRM and registry exports put it.
import { foldText } from "./normalize.ts";

export interface PostalAddress {
  street?: string;
  /** City, town or suburb. */
  city?: string;
  postcode?: string;
  /** State, province or county: a code where one is known ("VIC", "CA"). */
  region?: string;
  /** ISO 3166-1 alpha-2 where the country is known, else as given. */
  country?: string;
}

export const ADDRESS_FIELDS = ["street", "city", "postcode", "region", "country"] as const;

/** Street types as written in exports, by their full name; the full name is what is stored. */
const STREET_TYPES: Record<string, string[]> = {
  street: ["st", "str"],
  road: ["rd"],
  avenue: ["ave", "av", "avn"],
  drive: ["dr", "drv"],
  lane: ["ln"],
  court: ["ct", "crt"],
  place: ["pl"],
  crescent: ["cres", "cr", "cresc"],
  boulevard: ["blvd", "bvd"],
  highway: ["hwy"],
  parade: ["pde"],
  terrace: ["tce", "ter"],
  close: ["cl"],
  square: ["sq"],
  parkway: ["pkwy"],
  circle: ["cir"],
  grove: ["gr", "gv"],
  esplanade: ["esp"],
  way: ["wy"],
  circuit: ["cct"],
  alley: ["aly"],
  track: ["trk"],
  promenade: ["prom"],
  mews: [],
  row: [],
  walk: [],
};
const STREET_TYPE_OF = new Map<string, string>(
  Object.entries(STREET_TYPES).flatMap(([full, short]) => [
    [full, full] as const,
    ...short.map((s) => [s, full] as const),
  ]),
);
const UNIT_WORDS = new Map(
  Object.entries({
    unit: "Unit",
    u: "Unit",
    apt: "Apartment",
    apartment: "Apartment",
    flat: "Flat",
    suite: "Suite",
    ste: "Suite",
    level: "Level",
    lvl: "Level",
  }),
);

const DIRECTIONS = new Set([
  "n",
  "s",
  "e",
  "w",
  "ne",
  "nw",
  "se",
  "sw",
  "north",
  "south",
  "east",
  "west",
]);

/** States and territories whose codes exports use: Australia's, the United States' and Canada's. */
const REGIONS: Record<string, string> = {
  nsw: "new south wales",
  vic: "victoria",
  qld: "queensland",
  sa: "south australia",
  wa: "western australia",
  tas: "tasmania",
  nt: "northern territory",
  act: "australian capital territory",
  al: "alabama",
  ak: "alaska",
  az: "arizona",
  ar: "arkansas",
  ca: "california",
  co: "colorado",
  ct: "connecticut",
  de: "delaware",
  fl: "florida",
  ga: "georgia",
  hi: "hawaii",
  id: "idaho",
  il: "illinois",
  in: "indiana",
  ia: "iowa",
  ks: "kansas",
  ky: "kentucky",
  la: "louisiana",
  me: "maine",
  md: "maryland",
  ma: "massachusetts",
  mi: "michigan",
  mn: "minnesota",
  ms: "mississippi",
  mo: "missouri",
  mt: "montana",
  ne: "nebraska",
  nv: "nevada",
  nh: "new hampshire",
  nj: "new jersey",
  nm: "new mexico",
  ny: "new york",
  nc: "north carolina",
  nd: "north dakota",
  oh: "ohio",
  ok: "oklahoma",
  or: "oregon",
  pa: "pennsylvania",
  ri: "rhode island",
  sc: "south carolina",
  sd: "south dakota",
  tn: "tennessee",
  tx: "texas",
  ut: "utah",
  vt: "vermont",
  va: "virginia",
  wv: "west virginia",
  wi: "wisconsin",
  wy: "wyoming",
  dc: "district of columbia",
  on: "ontario",
  qc: "quebec",
  bc: "british columbia",
  ab: "alberta",
  mb: "manitoba",
  sk: "saskatchewan",
  ns: "nova scotia",
  nb: "new brunswick",
  nl: "newfoundland and labrador",
  pe: "prince edward island",
};
const REGION_CODE_OF = new Map<string, string>(
  Object.entries(REGIONS).flatMap(([code, name]) => [
    [code, code.toUpperCase()] as const,
    [name, code.toUpperCase()] as const,
  ]),
);

/** Country names and codes as exports write them, to ISO 3166-1 alpha-2. */
const COUNTRIES: Record<string, string[]> = {
  AU: ["australia", "aus"],
  NZ: ["new zealand", "nzl", "aotearoa"],
  US: ["united states", "united states of america", "usa", "u s a", "u s", "america"],
  CA: ["canada", "can"],
  GB: [
    "united kingdom",
    "uk",
    "u k",
    "great britain",
    "britain",
    "england",
    "scotland",
    "wales",
    "northern ireland",
    "gbr",
  ],
  IE: ["ireland", "irl", "eire"],
  DE: ["germany", "deutschland", "deu"],
  FR: ["france", "fra"],
  ES: ["spain", "espana", "esp"],
  IT: ["italy", "italia", "ita"],
  NL: ["netherlands", "the netherlands", "holland", "nederland", "nld"],
  BE: ["belgium", "bel"],
  CH: ["switzerland", "schweiz", "suisse", "che"],
  AT: ["austria", "osterreich", "aut"],
  SE: ["sweden", "sverige", "swe"],
  NO: ["norway", "norge", "nor"],
  DK: ["denmark", "danmark", "dnk"],
  FI: ["finland", "suomi", "fin"],
  PL: ["poland", "polska", "pol"],
  CZ: ["czech republic", "czechia", "cze"],
  PT: ["portugal", "prt"],
  GR: ["greece", "grc"],
  TR: ["turkey", "turkiye", "tur"],
  RU: ["russia", "russian federation", "rus"],
  IN: ["india", "ind"],
  CN: ["china", "chn"],
  JP: ["japan", "jpn"],
  KR: ["south korea", "korea", "kor"],
  SG: ["singapore", "sgp"],
  MY: ["malaysia", "mys"],
  ID: ["indonesia", "idn"],
  PH: ["philippines", "phl"],
  TH: ["thailand", "tha"],
  VN: ["vietnam", "viet nam", "vnm"],
  BR: ["brazil", "brasil", "bra"],
  MX: ["mexico", "mex"],
  AR: ["argentina", "arg"],
  CL: ["chile", "chl"],
  CO: ["colombia", "col"],
  ZA: ["south africa", "zaf"],
  NG: ["nigeria", "nga"],
  KE: ["kenya", "ken"],
  EG: ["egypt", "egy"],
  IL: ["israel", "isr"],
  AE: ["united arab emirates", "uae", "are"],
  SA: ["saudi arabia", "sau"],
  HK: ["hong kong", "hkg"],
  TW: ["taiwan", "twn"],
  UA: ["ukraine", "ukr"],
};
const COUNTRY_CODE_OF = new Map<string, string>(
  Object.entries(COUNTRIES).flatMap(([code, names]) => [
    [code.toLowerCase(), code] as const,
    ...names.map((n) => [n, code] as const),
  ]),
);

/** Postcodes as most countries write them: 3-6 digits, US ZIP+4, UK and Canadian forms. */
const POSTCODE = /^(\d{3,6}(-\d{4})?|[a-z]{1,2}\d[a-z\d]?\s?\d[a-z]{2}|[a-z]\d[a-z]\s?\d[a-z]\d)$/i;

/** Four digits of which OCR read one as the letter it looks like ("755O", "39B8"). */
const MISREAD_POSTCODE = /^(?=(?:\D*\d){3})[\dOoIlSBZG]{4}$/;

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();
const titleCase = (text: string) =>
  collapse(text)
    .toLowerCase()
    .replace(
      /(^|[\s\-'/])(\p{L})/gu,
      (_m, before: string, letter: string) => before + letter.toUpperCase(),
    );
const key = (text: string) =>
  collapse(
    foldText(text)
      .replace(/[.'’]/g, "")
      .replace(/[^a-z0-9]+/g, " "),
  );

/** The ISO code of a country name or code, or null when it is not one this table knows. */
export function countryCode(text: string): string | null {
  return COUNTRY_CODE_OF.get(key(text)) ?? null;
}

function regionCode(text: string): string | null {
  return REGION_CODE_OF.get(key(text)) ?? null;
}

/** "12 smith st." -> "12 Smith Street": street types written out, "St" before a name read as Saint. */
export function normalizeStreet(raw: string): string {
  const words = collapse(raw.replace(/,/g, " ")).split(" ");
  return words
    .map((word, i) => {
      const bare = key(word);
      const unit = UNIT_WORDS.get(bare);
      if (unit && i < words.length - 1) return unit;
      const type = STREET_TYPE_OF.get(bare);
      // "St Kilda Road": an abbreviation followed by a name is Saint, not Street.
      const afterNumber = i === 0 || /\d/.test(words[i - 1]!);
      if (
        bare === "st" &&
        afterNumber &&
        i < words.length - 1 &&
        !STREET_TYPE_OF.has(key(words[i + 1]!))
      )
        return "Saint";
      if (type && i > 0) return titleCase(type);
      if (DIRECTIONS.has(bare) && bare.length <= 2 && i > 0) return bare.toUpperCase();
      // "12a" is a house number (12A), "2nd" an ordinal.
      if (/\d/.test(word))
        return /^\d+(st|nd|rd|th)$/i.test(word) ? word.toLowerCase() : word.toUpperCase();
      return titleCase(word.replace(/\.$/, ""));
    })
    .join(" ");
}

/** Each field trimmed, cased and written out; empty fields left out; undefined when nothing is left. */
export function normalizeAddress(given: PostalAddress): PostalAddress | undefined {
  const address: PostalAddress = {};
  if (given.street && collapse(given.street)) address.street = normalizeStreet(given.street);
  if (given.city && collapse(given.city)) address.city = titleCase(given.city);
  if (given.postcode && collapse(given.postcode))
    address.postcode = collapse(given.postcode).toUpperCase();
  if (given.region && collapse(given.region))
    address.region = regionCode(given.region) ?? titleCase(given.region);
  if (given.country && collapse(given.country)) {
    address.country = countryCode(given.country) ?? titleCase(given.country);
  }
  return Object.keys(address).length > 0 ? address : undefined;
}

/**
 * Reads an address written as one string: "Unit 4, 12 Smith St, Richmond VIC 3121, Australia" or
 * "12 Smith Street Richmond 3121". Parts are told apart by their shape (a postcode, a known
 * region or country, a house number, a street type); what is left after the street is the city.
 */
export function parseAddress(raw: string): PostalAddress | undefined {
  const parts = collapse(raw)
    .split(/\s*[,;\n]\s*/)
    .filter((part) => part !== "");
  const found: PostalAddress = {};
  const last = parts[parts.length - 1];
  if (parts.length > 1 && last && countryCode(last)) {
    found.country = last;
    parts.pop();
  }
  // Words in order, remembering which part each came from, so a comma still separates street from city.
  const words: Array<{ text: string; part: number }> = parts.flatMap((part, index) =>
    part.split(" ").map((text) => ({ text, part: index })),
  );
  // Postcode and region from the end ("Richmond VIC 3121", "Austin, TX 78701", "3121 VIC").
  for (let round = 0; round < 2 && words.length > 1; round++) {
    const tail = words[words.length - 1]!.text;
    if (!found.postcode && (POSTCODE.test(tail) || MISREAD_POSTCODE.test(tail))) {
      found.postcode = tail;
      words.pop();
    } else if (!found.region && regionCode(tail)) {
      found.region = tail;
      words.pop();
    } else if (
      !found.region &&
      words.length > 2 &&
      regionCode(`${words[words.length - 2]!.text} ${tail}`)
    ) {
      found.region = `${words[words.length - 2]!.text} ${tail}`;
      words.splice(-2);
    }
  }
  // A street type after a house number is the street's, though it spells a country code too
  // ("27 Canterbury Pl, TAS 249": Pl is Place, not Poland).
  const lastWord = words[words.length - 1]?.text ?? "";
  const endsStreet =
    STREET_TYPE_OF.has(key(lastWord)) && words.slice(0, -1).some((word) => /\d/.test(word.text));
  if (
    !found.country &&
    words.length > 1 &&
    countryCode(lastWord) &&
    found.postcode &&
    !endsStreet
  ) {
    found.country = words.pop()!.text;
  }
  // The street ends at its last street-type word, or at the end of the first part that holds a house number.
  const numbered = words.findIndex((word) => /\d/.test(word.text));
  let streetEnd = -1;
  words.forEach((word, i) => {
    const next = words[i + 1];
    const saint =
      key(word.text) === "st" &&
      next?.part === word.part &&
      !STREET_TYPE_OF.has(key(next.text)) &&
      (i === numbered + 1 || words[i - 1]!.part !== word.part);
    if (
      numbered >= 0 &&
      i > numbered &&
      word.part <= words[numbered]!.part + 1 &&
      STREET_TYPE_OF.has(key(word.text)) &&
      !saint
    ) {
      streetEnd = i;
    }
  });
  // A direction after the street type is part of the street ("Pennsylvania Ave NW"), unless it is
  // spelled out and more words of the same part follow: then it begins the suburb, as in an
  // address written without commas ("53 Hill Court South Norwood").
  while (streetEnd >= 0) {
    const next = words[streetEnd + 1];
    if (!next || next.part !== words[streetEnd]!.part || !DIRECTIONS.has(key(next.text))) break;
    const after = words[streetEnd + 2];
    if (key(next.text).length > 2 && after?.part === next.part) break;
    streetEnd++;
  }
  if (streetEnd < 0 && /^\d/.test(words[0]?.text ?? "") && parts.length > 1) {
    streetEnd = words.filter((word) => word.part === words[0]!.part).length - 1;
  }
  if (streetEnd >= 0) {
    // A unit written as its own part ("Unit 4, 12 Smith St") belongs to the street.
    found.street = words
      .slice(0, streetEnd + 1)
      .map((w) => w.text)
      .join(" ");
    const city = words
      .slice(streetEnd + 1)
      .map((w) => w.text)
      .join(" ");
    if (city) found.city = city;
  } else if (words.length > 0) {
    found.city = words.map((w) => w.text).join(" ");
  }
  return normalizeAddress(found);
}

/**
 * The address a free-text location states, when it states one: a street with a house number, or a
 * postcode. "Berlin, Germany" and "Austin, TX" are places, not addresses, and give null.
 */
export function addressInLocation(location: string): PostalAddress | null {
  const parsed = parseAddress(streetFirst(location));
  if (!parsed) return null;
  const hasStreet = parsed.street !== undefined && /\d/.test(parsed.street);
  return hasStreet || parsed.postcode !== undefined ? parsed : null;
}

/**
 * Exports that swap their fields put the place before the street ("Richmond VIC 3121, 12 Smith
 * St", "RICHMOND VIC 3121 12 SMITH ST"): a location that ends in a street type after a house
 * number, and does not start with a number, is read street first.
 */
function streetFirst(location: string): string {
  const words = collapse(location).split(" ");
  if (words.length < 3 || /\d/.test(words[0]!)) return location;
  if (!STREET_TYPE_OF.has(key(words[words.length - 1]!.replace(/[,;.]$/, "")))) return location;
  let number = -1;
  for (let i = words.length - 2; i > 0; i--) {
    if (/\d/.test(words[i]!)) {
      number = i;
      break;
    }
  }
  if (number < 0) return location;
  const place = words.slice(0, number).join(" ").replace(/[,;]$/, "");
  return `${words.slice(number).join(" ")}, ${place}`;
}

/** One line for display and explanations: "12 Smith Street, Richmond VIC 3121, AU". */
export function formatAddress(address: PostalAddress): string {
  const place = [address.city, address.region, address.postcode].filter(Boolean).join(" ");
  return [address.street, place, address.country].filter(Boolean).join(", ");
}
