// The ways sources write the same fact differently: what the resolver has to see through.
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { byWeight, type Random } from "../../src/random.ts";
import type { Person } from "./people.ts";
import { CITIES, type City, type Company } from "./vocabulary.ts";

export interface NameStyle {
  /** Probability of the nickname, for people who have one. */
  nickname: number;
  /** Probability of "Last, First", as CRMs and spreadsheets sort. */
  lastFirst: number;
  /** Probability of just the given name, as profiles often show. */
  givenOnly: number;
  /** Probability of "J. Smith". */
  initial: number;
}

const FORMAL: NameStyle = { nickname: 0.15, lastFirst: 0.12, givenOnly: 0, initial: 0.04 };
export const NAME_STYLES = {
  crm: FORMAL,
  zendesk: { nickname: 0.3, lastFirst: 0.03, givenOnly: 0.05, initial: 0.02 },
  mailchimp: { nickname: 0.35, lastFirst: 0, givenOnly: 0.12, initial: 0 },
  social: { nickname: 0.5, lastFirst: 0, givenOnly: 0.15, initial: 0.02 },
} satisfies Record<string, NameStyle>;

export function renderName(person: Person, style: NameStyle, random: Random): string {
  let given = person.nickname && random.chance(style.nickname) ? person.nickname : person.given;
  let family = person.family;
  if (random.chance(0.07)) {
    if (random.chance(0.5)) given = typo(given, random);
    else family = typo(family, random);
  }
  if (random.chance(0.5)) {
    given = stripAccents(given);
    family = stripAccents(family);
  }
  let name: string;
  if (random.chance(style.givenOnly)) name = given;
  else if (random.chance(style.initial)) name = `${given[0]}. ${family}`;
  else if (random.chance(style.lastFirst)) name = `${family}, ${given}`;
  // Swapped order without a comma: a form filled in the wrong boxes.
  else if (random.chance(0.015)) name = `${family} ${given}`;
  else if (person.middle && random.chance(0.15)) name = `${given} ${person.middle[0]}. ${family}`;
  else name = `${given} ${family}`;
  if (random.chance(0.01)) name = `Dr. ${name}`;
  if (random.chance(0.03)) name = name.toUpperCase();
  else if (random.chance(0.04)) name = name.toLowerCase();
  return name;
}

const KEYBOARD_NEIGHBOURS: Record<string, string> = {
  a: "qs",
  b: "vn",
  c: "xv",
  d: "sf",
  e: "wr",
  f: "dg",
  g: "fh",
  h: "gj",
  i: "uo",
  j: "hk",
  k: "jl",
  l: "k",
  m: "n",
  n: "bm",
  o: "ip",
  p: "o",
  q: "w",
  r: "et",
  s: "ad",
  t: "ry",
  u: "yi",
  v: "cb",
  w: "qe",
  x: "zc",
  y: "tu",
  z: "x",
};

/** One slip: a swapped, dropped, doubled or neighbouring-key letter. */
export function typo(word: string, random: Random): string {
  if (word.length < 4) return word;
  const at = random.int(1, word.length - 2);
  const letter = word[at]!.toLowerCase();
  switch (random.int(0, 3)) {
    case 0:
      return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    case 2:
      return word.slice(0, at) + word[at] + word.slice(at);
    default: {
      const neighbours = KEYBOARD_NEIGHBOURS[letter];
      return neighbours
        ? word.slice(0, at) + random.pick([...neighbours]) + word.slice(at + 1)
        : word;
    }
  }
}

function stripAccents(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "");
}

const PLUS_TAGS = ["news", "crm", "shop", "events", "work"];

/** Gmail dots and tags, plus-tags where providers allow them, stray case and spaces. */
export function renderEmail(email: string, random: Random): string {
  let [local, domain] = email.split("@") as [string, string];
  if (domain === "gmail.com" || domain === "googlemail.com") {
    if (random.chance(0.25))
      local = local.includes(".") ? local.replaceAll(".", "") : insertDot(local, random);
    if (random.chance(0.15)) local = `${local}+${random.pick(PLUS_TAGS)}`;
  } else if (
    ["outlook.com", "hotmail.com", "icloud.com", "fastmail.com", "protonmail.com"].includes(
      domain,
    ) &&
    random.chance(0.08)
  ) {
    local = `${local}+${random.pick(PLUS_TAGS)}`;
  }
  let rendered = `${local}@${domain}`;
  if (random.chance(0.08)) rendered = rendered[0]!.toUpperCase() + rendered.slice(1);
  if (random.chance(0.03)) rendered = ` ${rendered} `;
  return rendered;
}

function insertDot(local: string, random: Random): string {
  if (local.length < 3) return local;
  const at = random.int(1, local.length - 1);
  return `${local.slice(0, at)}.${local.slice(at)}`;
}

/** A phone number as people type it; national formats need the record's country to be read back. */
export function renderPhone(e164: string, random: Random): { text: string; national: boolean } {
  const parsed = parsePhoneNumberFromString(e164)!;
  const national = parsed.formatNational();
  return random.weighted<readonly [{ text: string; national: boolean }, number]>(
    [
      [{ text: e164, national: false }, 25],
      [{ text: parsed.formatInternational(), national: false }, 25],
      [{ text: national, national: true }, 30],
      [{ text: national.replace(/[()\s-]+/g, ".").replace(/^\.|\.$/g, ""), national: true }, 10],
      [{ text: `${parsed.formatInternational().replace(/\s/g, "-")}`, national: false }, 10],
    ],
    byWeight,
  )[0];
}

export function renderCity(city: City, random: Random): string {
  return random.chance(0.55) ? city.name : random.pick(city.aliases);
}

/** Where an IP address places someone: usually right, sometimes a different city. */
export function geolocatedCity(city: City, random: Random): City {
  return random.chance(0.85) ? city : random.pick(CITIES);
}

export function renderOrganization(company: Company, random: Random): string {
  return random.pick(company.aliases);
}
