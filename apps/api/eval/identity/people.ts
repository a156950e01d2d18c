// The ground truth of the evaluation set: people with their real identifiers,
// before any source writes them down imperfectly.
import {
  type CountryCode,
  getExampleNumber,
  parsePhoneNumberFromString,
} from "libphonenumber-js/max";
import mobileExamples from "libphonenumber-js/mobile/examples";
import { foldText, normalizeEmail } from "../../src/identity/normalize.ts";
import { byWeight, type Random } from "../../src/random.ts";
import {
  buildCompanies,
  CITIES,
  type City,
  COMMON_FAMILY_NAMES,
  type Company,
  FEMALE_GIVEN_NAMES,
  GENERATOR_NICKNAMES,
  MALE_GIVEN_NAMES,
  PERSONAL_MAIL_PROVIDERS,
  RARE_FAMILY_NAMES,
  SCREEN_NAME_WORDS,
} from "./vocabulary.ts";

export interface Person {
  id: string;
  given: string;
  middle?: string;
  family: string;
  /** The short form the person goes by in informal places, if any. */
  nickname?: string;
  company?: Company;
  /** An earlier employer whose address still sits in some systems. */
  previousCompany?: Company;
  city: City;
  workEmail?: string;
  previousWorkEmail?: string;
  personalEmail?: string;
  /** An address a household shares ("thesmiths@gmail.com"). */
  householdEmail?: string;
  mobile?: string;
  /** A landline every member of the household gives. */
  homePhone?: string;
  twitter?: string;
  forumName?: string;
}

const US_AREA_CODES = [
  "212",
  "415",
  "646",
  "312",
  "617",
  "206",
  "512",
  "303",
  "404",
  "305",
  "213",
  "718",
  "202",
  "614",
  "919",
];
const CA_AREA_CODES = ["416", "647", "604", "514", "403"];

/** Generates `count` people, including households and namesakes, which are the hard negatives. */
export function generatePeople(count: number, random: Random): Person[] {
  const companies = buildCompanies(Math.max(40, Math.round(count / 12)), random.pick);
  const used = { emails: new Set<string>(), phones: new Set<string>(), handles: new Set<string>() };
  const people: Person[] = [];
  const add = (person: Omit<Person, "id">): Person => {
    const withId = { ...person, id: `p${people.length + 1}` };
    people.push(withId);
    return withId;
  };
  while (people.length < count) {
    const person = add(newPerson(random, companies, used));
    if (people.length < count && random.chance(0.07))
      addHouseholdMember(person, random, companies, used, add);
    // Namesakes beyond chance: another person with a common name someone already has, elsewhere and at another company.
    if (people.length < count && random.chance(0.02)) {
      const given = random.pick(
        (random.chance(0.5) ? FEMALE_GIVEN_NAMES : MALE_GIVEN_NAMES).slice(0, 20),
      );
      const family = random.pick(COMMON_FAMILY_NAMES.slice(0, 50));
      add(newPerson(random, companies, used, { given, family }));
      add(newPerson(random, companies, used, { given, family }));
    }
  }
  return people;
}

type UsedIdentifiers = { emails: Set<string>; phones: Set<string>; handles: Set<string> };

function newPerson(
  random: Random,
  companies: Company[],
  used: UsedIdentifiers,
  fixed: { given?: string; family?: string; city?: City } = {},
): Omit<Person, "id"> {
  const female = random.chance(0.5);
  // Skews chosen to match real name statistics: the top given name is held by
  // about 5% of a gender, the top family name by about 1.3% of people, and
  // 70% carry a family name from the long tail. Two random people then share a
  // full name with probability ~6e-6, a bit above the US figure (~4e-6).
  const given = fixed.given ?? random.zipf(female ? FEMALE_GIVEN_NAMES : MALE_GIVEN_NAMES, 0.6);
  const family =
    fixed.family ??
    (random.chance(0.3) ? random.zipf(COMMON_FAMILY_NAMES, 0.7) : random.pick(RARE_FAMILY_NAMES));
  const nicknames = GENERATOR_NICKNAMES[given];
  const city = fixed.city ?? random.zipf(CITIES, 0.7);
  const company = random.chance(0.78) ? random.zipf(companies, 0.8) : undefined;
  const previousCompany = company && random.chance(0.1) ? random.pick(companies) : undefined;
  const person: Omit<Person, "id"> = {
    given,
    family,
    city,
    ...(random.chance(0.25)
      ? { middle: random.pick(random.chance(0.5) ? FEMALE_GIVEN_NAMES : MALE_GIVEN_NAMES) }
      : {}),
    ...(nicknames && random.chance(0.4) ? { nickname: random.pick(nicknames) } : {}),
    ...(company ? { company } : {}),
    ...(previousCompany && previousCompany !== company ? { previousCompany } : {}),
  };
  if (company) person.workEmail = workEmail(person, company, used.emails, random);
  if (person.previousCompany)
    person.previousWorkEmail = workEmail(person, person.previousCompany, used.emails, random);
  if (random.chance(0.85)) person.personalEmail = personalEmail(person, used.emails, random);
  if (random.chance(0.75)) person.mobile = uniquePhone(city.country, used.phones, random);
  if (random.chance(0.45))
    person.twitter = uniqueHandle(person, used.handles, random, "twitter", 15);
  if (random.chance(0.4))
    person.forumName = uniqueHandle(person, used.handles, random, "forum", 24);
  return person;
}

function addHouseholdMember(
  person: Person,
  random: Random,
  companies: Company[],
  used: UsedIdentifiers,
  add: (person: Omit<Person, "id">) => Person,
): void {
  const member = add(
    newPerson(random, companies, used, { family: person.family, city: person.city }),
  );
  if (random.chance(0.5)) {
    const landline = uniquePhone(person.city.country, used.phones, random);
    person.homePhone = landline;
    member.homePhone = landline;
  }
  if (random.chance(0.15)) {
    const shared = uniqueEmail(`the${ascii(person.family)}s`, "gmail.com", used.emails, random);
    person.householdEmail = shared;
    member.householdEmail = shared;
  }
}

export function ascii(text: string): string {
  return foldText(text).replace(/[^a-z]/g, "");
}

function workEmail(
  person: Omit<Person, "id">,
  company: Company,
  used: Set<string>,
  random: Random,
): string {
  const first = ascii(person.given);
  const last = ascii(person.family);
  const local = {
    "first.last": `${first}.${last}`,
    flast: `${first[0]}${last}`,
    first,
    firstl: `${first}${last[0]}`,
    first_last: `${first}_${last}`,
  }[company.emailPattern];
  return uniqueEmail(local, company.domain, used, random);
}

function personalEmail(person: Omit<Person, "id">, used: Set<string>, random: Random): string {
  const first = ascii(person.nickname && random.chance(0.3) ? person.nickname : person.given);
  const last = ascii(person.family);
  const year = String(random.int(60, 99) + (random.chance(0.3) ? 1900 : 0));
  const local = random.weighted<readonly [string, number]>(
    [
      [`${first}.${last}`, 30],
      [`${first}${last}`, 20],
      [`${first[0]}${last}`, 12],
      [`${first}.${last}${year}`, 10],
      [`${first}_${last}`, 6],
      [`${last}.${first}`, 4],
      [`${first}${random.digits(3)}`, 8],
      [`${random.pick(SCREEN_NAME_WORDS)}${random.pick(SCREEN_NAME_WORDS)}${random.digits(2)}`, 10],
    ],
    byWeight,
  )[0];
  return uniqueEmail(local, random.weighted(PERSONAL_MAIL_PROVIDERS, byWeight)[0], used, random);
}

function uniqueEmail(local: string, domain: string, used: Set<string>, random: Random): string {
  let candidate = `${local}@${domain}`;
  // Mailboxes are unique after the provider's own folding (gmail ignores dots, googlemail is gmail).
  const key = (address: string): string => normalizeEmail(address) ?? address;
  while (used.has(key(candidate))) candidate = `${local}${random.int(1, 99)}@${domain}`;
  used.add(key(candidate));
  return candidate;
}

function uniquePhone(country: string, used: Set<string>, random: Random): string {
  for (;;) {
    const number = randomPhone(country, random);
    if (number && !used.has(number)) {
      used.add(number);
      return number;
    }
  }
}

function randomPhone(country: string, random: Random): string | null {
  let e164: string;
  if (country === "US" || country === "CA") {
    const area = random.pick(country === "US" ? US_AREA_CODES : CA_AREA_CODES);
    e164 = `+1${area}${random.int(2, 9)}${random.digits(6)}`;
  } else {
    const example = getExampleNumber(country as CountryCode, mobileExamples);
    if (!example) return null;
    e164 = example.number.slice(0, -6) + random.digits(6);
  }
  const parsed = parsePhoneNumberFromString(e164);
  return parsed?.isValid() ? parsed.number : null;
}

function uniqueHandle(
  person: Omit<Person, "id">,
  used: Set<string>,
  random: Random,
  platform: string,
  maxLength: number,
): string {
  const first = ascii(person.nickname && random.chance(0.4) ? person.nickname : person.given);
  const last = ascii(person.family);
  const emailLocal = person.personalEmail?.split("@")[0]?.replace(/[^a-z0-9_]/g, "");
  let handle = random
    .weighted<readonly [string, number]>(
      [
        [`${first}${last}`, 25],
        [`${first}_${last}`, 12],
        [`${first[0]}${last}`, 15],
        [`${first}${last}${random.digits(2)}`, 10],
        [`${last}${first}`, 4],
        [`${first}${random.digits(3)}`, 8],
        [emailLocal ?? `${first}${last}`, 12],
        [
          `${random.pick(SCREEN_NAME_WORDS)}_${random.pick(SCREEN_NAME_WORDS)}${random.digits(2)}`,
          14,
        ],
      ],
      byWeight,
    )[0]
    .slice(0, maxLength);
  if (random.chance(0.3))
    handle = handle.replace(/(^|_)([a-z])/g, (_m, sep: string, c: string) => sep + c.toUpperCase());
  while (used.has(`${platform}:${handle.toLowerCase()}`))
    handle = `${handle.slice(0, maxLength - 2)}${random.digits(2)}`;
  used.add(`${platform}:${handle.toLowerCase()}`);
  return handle;
}
