// A second labelled set, with the errors registry and CRM exports carry: people known by name, a
// postal address (written into the free-text `location`, as many exports do) and a customer
// number, entered several times with typos, OCR slips and phonetic spellings in every field,
// missing values and swapped fields, and the variety real exports add: titles ("Mrs"), middle
// initials, units ("4/12 Smith St", "Unit 4, 12 Smith St"), and people who moved between two
// entries. Households (one address, one family name) and namesakes are the hard negatives.
// Seeded: a given (people, seed) pair always yields the same records.

import { byWeight, type Random, seededRandom } from "../../src/random.ts";
import type { EvalRecord } from "./generate.ts";
import { typo } from "./variations.ts";
import {
  COMMON_FAMILY_NAMES,
  FEMALE_GIVEN_NAMES,
  GENERATOR_NICKNAMES,
  MALE_GIVEN_NAMES,
  RARE_FAMILY_NAMES,
} from "./vocabulary.ts";

interface Resident {
  id: string;
  given: string;
  family: string;
  number: string;
  street: string;
  streetType: string;
  suburb: Suburb;
  /** The flat or unit number within the street number, for residents of apartments. */
  unit: string | null;
  /** The middle name's initial, which some entries write. */
  middle: string | null;
  customerNumber: string;
}

interface Suburb {
  name: string;
  postcode: string;
  state: string;
}

const STATES = ["VIC", "NSW", "QLD", "WA", "SA", "TAS"];
const SUBURB_STARTS = [
  "North",
  "South",
  "East",
  "West",
  "Mount",
  "Glen",
  "Port",
  "Upper",
  "Lower",
  "",
  "",
  "",
  "",
  "",
];
const SUBURB_STEMS = [
  "Richmond",
  "Brighton",
  "Kew",
  "Carlton",
  "Fitzroy",
  "Hawthorn",
  "Balwyn",
  "Malvern",
  "Preston",
  "Coburg",
  "Ringwood",
  "Box Hill",
  "Camberwell",
  "Footscray",
  "Sunshine",
  "Elwood",
  "Doncaster",
  "Epping",
  "Ryde",
  "Manly",
  "Chatswood",
  "Bondi",
  "Parramatta",
  "Penrith",
  "Toowong",
  "Ascot",
  "Clayfield",
  "Subiaco",
  "Fremantle",
  "Glenelg",
  "Norwood",
  "Sandy Bay",
  "Lindisfield",
  "Ashgrove",
  "Bayswater",
  "Clifton",
  "Eastwood",
  "Fairfield",
  "Greenvale",
  "Highett",
];
const STREET_WORDS = [
  "High",
  "Station",
  "Church",
  "Victoria",
  "Albert",
  "King",
  "Queen",
  "George",
  "Park",
  "Railway",
  "Main",
  "Bridge",
  "Mill",
  "School",
  "Hill",
  "Forest",
  "Lake",
  "River",
  "Spring",
  "Elizabeth",
  "Smith",
  "Wattle",
  "Banksia",
  "Acacia",
  "Ocean",
  "Beach",
  "Gordon",
  "Stanley",
  "Kent",
  "Hope",
  "Union",
  "Market",
  "Warrigal",
  "Burwood",
  "Canterbury",
  "Riversdale",
  "Whitehorse",
  "Mitcham",
  "Blackburn",
  "Springvale",
  "Heatherton",
  "Bluff",
  "Charman",
  "Balcombe",
];
const STREET_TYPES: ReadonlyArray<readonly [full: string, short: string]> = [
  ["Street", "St"],
  ["Road", "Rd"],
  ["Avenue", "Ave"],
  ["Drive", "Dr"],
  ["Court", "Ct"],
  ["Crescent", "Cres"],
  ["Place", "Pl"],
  ["Parade", "Pde"],
  ["Lane", "Ln"],
  ["Grove", "Gr"],
];

/** Letters an OCR pass confuses, and sounds spelled more than one way. */
const OCR_SLIPS: ReadonlyArray<readonly [string, string]> = [
  ["0", "O"],
  ["1", "l"],
  ["1", "I"],
  ["5", "S"],
  ["8", "B"],
  ["6", "G"],
  ["rn", "m"],
  ["cl", "d"],
  ["e", "c"],
  ["h", "b"],
];
const PHONETIC_SPELLINGS: ReadonlyArray<readonly [string, string]> = [
  ["ph", "f"],
  ["c", "k"],
  ["y", "i"],
  ["ee", "ea"],
  ["son", "sen"],
  ["ck", "k"],
  ["ll", "l"],
  ["th", "t"],
  ["ie", "y"],
  ["ou", "ow"],
  ["s", "z"],
  ["ai", "ay"],
  ["mm", "m"],
  ["tt", "t"],
];

/** How many records one person leaves: most once, some several times (up to five). */
const COPIES: ReadonlyArray<readonly [number, number]> = [
  [1, 45],
  [2, 30],
  [3, 15],
  [4, 7],
  [5, 3],
];

export function generateRegistrySet({
  people: count,
  seed = 1,
}: {
  people: number;
  seed?: number;
}): { records: EvalRecord[] } {
  const random = seededRandom(seed ^ 0x5eed_a11);
  const suburbs = buildSuburbs(Math.max(60, Math.round(count / 40)), random);
  const usedNumbers = new Set<string>();
  const residents: Resident[] = [];
  const add = (resident: Omit<Resident, "id" | "customerNumber">): Resident => {
    let customerNumber: string;
    do customerNumber = `${random.int(1, 9)}${random.digits(7)}`;
    while (usedNumbers.has(customerNumber));
    usedNumbers.add(customerNumber);
    const withId = { ...resident, id: `r${residents.length + 1}`, customerNumber };
    residents.push(withId);
    return withId;
  };
  while (residents.length < count) {
    const person = add(newResident(random, suburbs));
    // Households: a partner or child at the same address with the same family name.
    if (residents.length < count && random.chance(0.12))
      add({ ...person, given: givenName(random) });
    // A neighbour in the same street.
    if (residents.length < count && random.chance(0.05))
      add({
        ...newResident(random, suburbs),
        street: person.street,
        streetType: person.streetType,
        suburb: person.suburb,
      });
    // A namesake elsewhere.
    if (residents.length < count && random.chance(0.04))
      add({ ...newResident(random, suburbs), given: person.given, family: person.family });
  }
  const records: EvalRecord[] = [];
  let nextId = 1;
  for (const resident of residents) {
    const copies = random.weighted(COPIES, byWeight)[0];
    // Some people move between entries: later ones give the new address.
    const moved = random.chance(0.06)
      ? { ...resident, ...pickAddress(newResident(random, suburbs)) }
      : resident;
    for (let copy = 0; copy < copies; copy++) {
      const at = copy > 0 && random.chance(0.5) ? moved : resident;
      records.push(renderRecord(at, copy === 0 ? 0.04 : 0.3, `reg-${nextId++}`, random));
    }
  }
  for (let i = records.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [records[i], records[j]] = [records[j]!, records[i]!];
  }
  return { records };
}

function pickAddress(resident: Omit<Resident, "id" | "customerNumber">) {
  const { number, street, streetType, suburb, unit } = resident;
  return { number, street, streetType, suburb, unit };
}

function buildSuburbs(count: number, random: Random): Suburb[] {
  const seen = new Set<string>();
  const suburbs: Suburb[] = [];
  while (suburbs.length < count) {
    const name = `${random.pick(SUBURB_STARTS)} ${random.pick(SUBURB_STEMS)}`.trim();
    const state = random.pick(STATES);
    if (seen.has(`${name}|${state}`)) {
      if (seen.size > SUBURB_STARTS.length * SUBURB_STEMS.length * 2) break;
      continue;
    }
    seen.add(`${name}|${state}`);
    suburbs.push({ name, state, postcode: String(random.int(2000, 7999)) });
  }
  return suburbs;
}

const TITLES = ["Mr", "Mrs", "Ms", "Dr", "Miss"];
const MIDDLE_INITIALS = "ABCDEFGHJKLMNPRSTW";

const givenName = (random: Random) =>
  random.zipf(random.chance(0.5) ? FEMALE_GIVEN_NAMES : MALE_GIVEN_NAMES, 0.6);

function newResident(random: Random, suburbs: Suburb[]): Omit<Resident, "id" | "customerNumber"> {
  const [streetType] = random.pick(STREET_TYPES);
  return {
    given: givenName(random),
    family: random.chance(0.35)
      ? random.zipf(COMMON_FAMILY_NAMES, 0.7)
      : random.pick(RARE_FAMILY_NAMES),
    number: String(random.chance(0.8) ? random.int(1, 180) : random.int(181, 1200)),
    street: random.pick(STREET_WORDS),
    streetType,
    suburb: random.zipf(suburbs, 0.5),
    unit: random.chance(0.15) ? String(random.int(1, 40)) : null,
    middle: random.chance(0.4) ? random.pick([...MIDDLE_INITIALS]) : null,
  };
}

/** One entry of the person; `errorRate` is the chance of each field's corruption. */
function renderRecord(person: Resident, errorRate: number, id: string, random: Random): EvalRecord {
  const slip = (text: string): string => (random.chance(errorRate) ? corrupt(text, random) : text);
  const missing = () => random.chance(errorRate * 0.35);
  let given = person.given;
  const nicknames = GENERATOR_NICKNAMES[given];
  if (nicknames && random.chance(errorRate * 0.3)) given = random.pick(nicknames);
  given = slip(given);
  const family = slip(person.family);
  // Swapped fields: family name first without a comma, or given name in initial only.
  // Some entries write the middle initial, some a title.
  const withMiddle = person.middle && random.chance(0.3) ? `${given} ${person.middle}.` : given;
  const title = random.chance(0.1) ? `${random.pick(TITLES)} ` : "";
  const name = random.chance(errorRate * 0.15)
    ? `${family} ${given}`
    : random.chance(errorRate * 0.1)
      ? `${given[0]}. ${family}`
      : random.chance(0.3)
        ? `${family.toUpperCase()}, ${withMiddle}`
        : `${title}${withMiddle} ${family}`;

  const [, shortType] = STREET_TYPES.find(([full]) => full === person.streetType)!;
  const type = random.chance(0.5) ? shortType : person.streetType;
  const number = slip(person.number);
  const house = !person.unit
    ? number
    : random.chance(0.6)
      ? `${person.unit}/${number}`
      : random.chance(0.5)
        ? `Unit ${person.unit}, ${number}`
        : number;
  const street = missing() ? undefined : `${house} ${slip(person.street)} ${type}`;
  const suburb = missing() ? undefined : slip(person.suburb.name);
  const postcode = missing() ? undefined : slip(person.suburb.postcode);
  const state = missing()
    ? undefined
    : random.chance(0.1)
      ? stateName(person.suburb.state)
      : person.suburb.state;
  const place = [suburb, state, postcode].filter(Boolean).join(" ");
  const parts = random.chance(errorRate * 0.1) ? [place, street] : [street, place];
  let location = parts.filter(Boolean).join(random.chance(0.7) ? ", " : " ");
  if (random.chance(0.15)) location = location.toUpperCase();

  const record: EvalRecord = { source: "crm", id, truthId: person.id, name };
  if (location) record.location = location;
  if (!missing()) record.externalIds = [{ source: "customer", id: slip(person.customerNumber) }];
  return record;
}

function stateName(code: string): string {
  return (
    {
      VIC: "Victoria",
      NSW: "New South Wales",
      QLD: "Queensland",
      WA: "Western Australia",
      SA: "South Australia",
      TAS: "Tasmania",
    }[code] ?? code
  );
}

/** A keyboard typo, an OCR slip or a phonetic spelling, whichever the text allows. */
export function corrupt(text: string, random: Random): string {
  const kind = random.int(0, 2);
  if (kind === 1) {
    const options = OCR_SLIPS.flatMap(
      ([a, b]) =>
        [
          [a, b],
          [b, a],
        ] as const,
    ).filter(([from]) => text.includes(from));
    if (options.length > 0) {
      const [from, to] = random.pick(options);
      return text.replace(from, to);
    }
  }
  if (kind === 2) {
    const lower = text.toLowerCase();
    const options = PHONETIC_SPELLINGS.flatMap(
      ([a, b]) =>
        [
          [a, b],
          [b, a],
        ] as const,
    ).filter(([from]) => lower.includes(from));
    if (options.length > 0) {
      const [from, to] = random.pick(options);
      const at = lower.indexOf(from);
      return (
        text.slice(0, at) +
        (at === 0 ? to[0]!.toUpperCase() + to.slice(1) : to) +
        text.slice(at + from.length)
      );
    }
  }
  if (/^\d+$/.test(text) && text.length >= 2) {
    // Digits: a transposition, a wrong digit or a dropped one.
    const at = random.int(0, text.length - 2);
    switch (random.int(0, 2)) {
      case 0:
        return text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2);
      case 1:
        return text.slice(0, at) + random.int(0, 9) + text.slice(at + 1);
      default:
        return text.length > 3 ? text.slice(0, at) + text.slice(at + 1) : text;
    }
  }
  return typo(text, random);
}
