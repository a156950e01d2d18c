// The name a record gives for its person, completed from its own email
// address where the written name is only partial: "J. Johnson" with
// james.johnson@acme.com is James Johnson. Blocking, scoring and the name
// keys all read the name through here so they agree on it.
import type { PersonCandidate } from "./candidate";
import { givenNamesMatch } from "./nicknames";
import { emailLocalPart, isRoleLocalPart, nameTokens, normalizeEmail } from "./normalize";

export interface ParsedName {
  /** The name as the record wrote it (and the address that completed it), for explanations. */
  display: string;
  tokens: string[];
  /** First and last word of a name with at least two words. */
  given: string | null;
  family: string | null;
  /** The only word of a one-word name, which may be a given name, a family name or a pseudonym. */
  single: string | null;
}

const personNames = new WeakMap<PersonCandidate, ParsedName>();

export function personName(candidate: PersonCandidate): ParsedName {
  let name = personNames.get(candidate);
  if (!name) {
    const written = parseName(candidate.name ?? "");
    const spelled = nameSpelledByEmail(candidate);
    name = spelled && written.tokens.length > 0 ? completeName(written, spelled) : written;
    if (name.given?.length === 1) name = completeInitial(name, candidate) ?? name;
    personNames.set(candidate, name);
  }
  return name;
}

export function parseName(raw: string, display = raw.trim().replace(/\s+/g, " ")): ParsedName {
  const tokens = nameTokens(raw);
  if (tokens.length === 1) return { display, tokens, given: null, family: null, single: tokens[0]! };
  return { display, tokens, given: tokens[0] ?? null, family: tokens[tokens.length - 1] ?? null, single: null };
}

/** "mary.jones@..." -> Mary Jones; only addresses with a separator spell a name reliably. */
export function nameSpelledByEmail(candidate: PersonCandidate): ParsedName | null {
  for (const raw of candidate.emails ?? []) {
    const email = normalizeEmail(raw);
    if (!email) continue;
    const local = emailLocalPart(email);
    const parts = /^([a-z]{2,})[._-]([a-z]{2,})$/.exec(local);
    if (!parts || isRoleLocalPart(local)) continue;
    const spelled = parseName(`${parts[1]} ${parts[2]}`, `${local}@`);
    // "dr.smith@" loses its title and no longer spells two names.
    if (spelled.tokens.length === 2) return spelled;
  }
  return null;
}

/**
 * "S. James" writing from susan@redport.com is Susan James: an address that
 * is one plain word starting with the initial is the given name in the
 * first-name address pattern companies use. Words carrying the family name or
 * its initial ("sjames", "susanj") follow other patterns and are left alone.
 */
function completeInitial(name: ParsedName, candidate: PersonCandidate): ParsedName | null {
  const family = name.family!;
  for (const raw of candidate.emails ?? []) {
    const email = normalizeEmail(raw);
    const local = email ? emailLocalPart(email) : "";
    const firstNamePattern = /^[a-z]{3,}$/.test(local) && !local.includes(family) && !local.endsWith(family[0]!);
    if (firstNamePattern && local.startsWith(name.given!) && !isRoleLocalPart(local)) {
      return parseName([local, ...name.tokens.slice(1)].join(" "), `${name.display} (${local}@)`);
    }
  }
  return null;
}

function completeName(written: ParsedName, spelled: ParsedName): ParsedName {
  const [x, y] = spelled.tokens as [string, string];
  const display = `${written.display} (${spelled.display})`;
  if (written.single !== null) {
    const word = written.single;
    if (word === x || givenNamesMatch(word, x)) return parseName(`${word} ${y}`, display);
    if (word === y) return parseName(`${x} ${word}`, display);
    return written;
  }
  const { given, family } = written;
  if (given?.length === 1 && family !== null) {
    const other = family === y ? x : family === x ? y : null;
    if (other?.startsWith(given)) return parseName([other, ...written.tokens.slice(1)].join(" "), display);
  }
  return written;
}
