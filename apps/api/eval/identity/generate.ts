// A labelled evaluation set: generated people (the truth) written down by the
// sources Parley ingests, each in its own imperfect way. Seeded, so a given
// (people, seed) pair always produces the same records.
import type { ExternalIdRef, HandleRef, PersonCandidate } from "../../src/identity/candidate.ts";
import { byWeight, type Random, seededRandom } from "../../src/random.ts";
import { generatePeople, type Person } from "./people.ts";
import {
  geolocatedCity,
  NAME_STYLES,
  renderCity,
  renderEmail,
  renderName,
  renderOrganization,
  renderPhone,
} from "./variations.ts";

export type EvalSource = "crm" | "mailchimp" | "twitter" | "zendesk" | "forum";

export interface EvalRecord extends PersonCandidate {
  source: EvalSource;
  id: string;
  /** The generated person this record describes; never read by the resolver. */
  truthId: string;
}

export interface EvaluationSet {
  records: EvalRecord[];
}

export interface GenerateOptions {
  people: number;
  seed?: number;
}

// How many records a person leaves behind: many appear once, few in every system.
const APPEARANCES: ReadonlyArray<readonly [number, number]> = [
  [1, 35],
  [2, 30],
  [3, 20],
  [4, 15],
];

export function generateEvaluationSet({ people: count, seed = 1 }: GenerateOptions): EvaluationSet {
  const random = seededRandom(seed);
  const people = generatePeople(count, random);
  const records: EvalRecord[] = [];
  let nextId = 1;
  for (const person of people) {
    const sources = chooseSources(person, random);
    const written: EvalRecord[] = [];
    for (const source of sources) {
      const record = renderRecord(person, source, written, random);
      record.id = `${source}-${nextId++}`;
      written.push(record);
    }
    records.push(...written);
  }
  shuffle(records, random);
  return { records };
}

function chooseSources(person: Person, random: Random): EvalSource[] {
  const appearances = random.weighted(APPEARANCES, byWeight)[0];
  const available: Array<readonly [EvalSource, number]> = [["crm", 30]];
  // Newsletter and helpdesk accounts exist only for people with an address.
  if (person.personalEmail || person.workEmail) available.push(["mailchimp", 25], ["zendesk", 15]);
  if (person.twitter) available.push(["twitter", 18]);
  if (person.forumName) available.push(["forum", 15]);
  const sources: EvalSource[] = [];
  while (sources.length < appearances && available.length > 0) {
    const source = random.weighted(available, byWeight)[0];
    sources.push(source);
    // A second CRM record for the same person is a classic duplicate; other sources hold one account each.
    if (source !== "crm" || random.chance(0.85))
      available.splice(
        available.findIndex(([s]) => s === source),
        1,
      );
  }
  // CRM first, so that helpdesk records can carry the CRM contact id.
  return sources.sort((a, b) => Number(b === "crm") - Number(a === "crm"));
}

function renderRecord(
  person: Person,
  source: EvalSource,
  earlier: EvalRecord[],
  random: Random,
): EvalRecord {
  const record: EvalRecord = { source, id: "", truthId: person.id };
  const setEmails = (...emails: Array<string | undefined>): void => {
    const present = emails
      .filter((e): e is string => e !== undefined)
      .map((e) => renderEmail(e, random));
    if (present.length > 0) record.emails = present;
  };
  const setPhones = (...phones: Array<string | undefined>): void => {
    const present = phones
      .filter((p): p is string => p !== undefined)
      .map((p) => renderPhone(p, random));
    if (present.length === 0) return;
    record.phones = present.map((p) => p.text);
    // Systems with an address form know the country; without it national numbers stay unreadable abroad.
    if (present.some((p) => p.national) && random.chance(0.8)) record.country = person.city.country;
  };
  const company =
    person.previousCompany && random.chance(0.4) ? person.previousCompany : person.company;
  const workEmail =
    company === person.previousCompany ? person.previousWorkEmail : person.workEmail;

  switch (source) {
    case "crm":
      if (random.chance(0.98)) record.name = renderName(person, NAME_STYLES.crm, random);
      setEmails(
        workEmail && random.chance(0.75) ? workEmail : person.personalEmail,
        random.chance(0.15) ? person.personalEmail : undefined,
      );
      setPhones(
        random.chance(0.55) ? person.mobile : undefined,
        random.chance(0.5) ? person.homePhone : undefined,
      );
      if (company && random.chance(0.9)) record.organization = renderOrganization(company, random);
      if (company && random.chance(0.3))
        record.domain = random.chance(0.5) ? company.domain : `https://www.${company.domain}/`;
      if (random.chance(0.65)) record.location = renderCity(person.city, random);
      break;
    case "mailchimp":
      setEmails(
        person.householdEmail && random.chance(0.3)
          ? person.householdEmail
          : workEmail && random.chance(0.4)
            ? workEmail
            : (person.personalEmail ?? workEmail),
      );
      if (random.chance(0.65)) record.name = renderName(person, NAME_STYLES.mailchimp, random);
      if (random.chance(0.25)) record.location = geolocatedCity(person.city, random).name;
      break;
    case "twitter":
      record.handles = [
        {
          platform: random.chance(0.3) ? "x" : "twitter",
          handle: twitterHandle(person.twitter!, random),
        },
      ];
      if (random.chance(0.85)) record.name = socialDisplayName(person, random);
      if (random.chance(0.55))
        record.location = random.chance(0.05) ? "Earth" : renderCity(person.city, random);
      break;
    case "zendesk": {
      if (random.chance(0.92)) record.name = renderName(person, NAME_STYLES.zendesk, random);
      setEmails(workEmail && random.chance(0.5) ? workEmail : (person.personalEmail ?? workEmail));
      setPhones(random.chance(0.25) ? person.mobile : undefined);
      if (company && random.chance(0.35)) record.organization = renderOrganization(company, random);
      const crm = earlier.find((r) => r.source === "crm");
      if (crm && random.chance(0.15))
        record.externalIds = [{ source: "crm", id: crm.id } satisfies ExternalIdRef];
      break;
    }
    case "forum":
      record.handles = [{ platform: "forum", handle: person.forumName! } satisfies HandleRef];
      if (random.chance(0.45)) record.name = renderName(person, NAME_STYLES.social, random);
      // Forums require an address to sign up; exports occasionally lack it.
      if (random.chance(0.95)) setEmails(person.personalEmail ?? workEmail);
      if (random.chance(0.25)) record.location = renderCity(person.city, random);
      break;
  }
  return record;
}

function twitterHandle(handle: string, random: Random): string {
  return random.weighted<readonly [string, number]>(
    [
      [handle, 60],
      [`@${handle}`, 25],
      [`https://twitter.com/${handle}`, 8],
      [`https://x.com/${handle.toLowerCase()}`, 7],
    ],
    byWeight,
  )[0];
}

function socialDisplayName(person: Person, random: Random): string {
  const name = renderName(person, NAME_STYLES.social, random);
  if (person.company && random.chance(0.08)) return `${name} | ${person.company.name}`;
  return name;
}

function shuffle<T>(items: T[], random: Random): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}
