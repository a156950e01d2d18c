// The name signal: how much the names of two records say about them being one
// person. A match counts for less the more namesakes the name has; a record
// without a usable name may still be placed by a user name built from the
// other record's name, or told apart by the name its address spells out.
import type { ScoreSignal } from "./candidate.ts";
import type { CandidateFeatures } from "./features.ts";
import { compareNames, type NameComparison, type NameMatchLevel } from "./nameMatch.ts";
import {
  expectedNamesakes,
  expectedNamesakesOfEither,
  initialNamesakes,
  type NameStatistics,
  typoNamesakes,
} from "./namesakes.ts";
import { givenNamesMatch } from "./nicknames.ts";
import { type ParsedName, parseName } from "./personName.ts";
import { describeUsername, isWorkAddress, usernameFitsName } from "./usernames.ts";
import {
  ASSUMED_NAME_FREQUENCY,
  BASELINE_LOG_ODDS,
  NAME_LEVEL_LOG_ODDS,
  NAME_MATCH_FACTOR,
  SPLIT_PERSON_ODDS,
} from "./weights.ts";

export interface NameEvidence {
  signal: ScoreSignal;
  level: NameMatchLevel;
}

export function nameEvidence(
  fa: CandidateFeatures,
  fb: CandidateFeatures,
  statistics: NameStatistics,
): NameEvidence {
  const names = compareNames(fa.name, fb.name);
  switch (names.level) {
    case "exact":
    case "nickname":
    case "typo": {
      const namesakes =
        names.level === "exact"
          ? expectedNamesakes(fa, statistics)
          : names.level === "typo" && !names.familyExact
            ? typoNamesakes(fa, fb, statistics)
            : expectedNamesakesOfEither(fa, fb, statistics);
      const factor =
        NAME_MATCH_FACTOR[names.level] * (names.swapped ? NAME_MATCH_FACTOR.swapped : 1);
      const note = statistics.nameFrequency ? `; ${describeCommonness(namesakes)}` : "";
      return evidence(
        names.level,
        matchLogOdds(factor, namesakes),
        `${describeMatch(names)} (${fa.name.display} ≈ ${fb.name.display}${note})`,
      );
    }
    case "initial":
      return evidence(
        "initial",
        initialLogOdds([fa, fb], statistics),
        describeLevel("initial", fa, fb),
      );
    case "missing":
    case "partial":
    case "pseudonym":
      return evidenceWithoutFullNames(fa, fb, names.level, statistics);
    default:
      return evidence(
        names.level,
        NAME_LEVEL_LOG_ODDS[names.level],
        describeLevel(names.level, fa, fb),
      );
  }
}

/** When a side has no full name, user names and the name an address spells are the best name evidence. */
function evidenceWithoutFullNames(
  fa: CandidateFeatures,
  fb: CandidateFeatures,
  level: "missing" | "partial" | "pseudonym",
  statistics: NameStatistics,
): NameEvidence {
  const spelled = spelledNameEvidence(fa, fb, statistics);
  // "mary.jones@" or "ruthwalker" beside "Edward Jones" is a relative: that overrides weaker readings.
  if (spelled?.level === "given-conflict") return spelled;
  const relative = relativeByUsername(fa, fb) ?? relativeByUsername(fb, fa);
  if (relative) return evidence("given-conflict", NAME_LEVEL_LOG_ODDS["given-conflict"], relative);

  let best = evidence(level, NAME_LEVEL_LOG_ODDS[level], describeLevel(level, fa, fb));
  if (spelled && spelled.signal.weight > best.signal.weight) best = spelled;
  const fit = usernameFittingName(fa, fb) ?? usernameFittingName(fb, fa);
  if (fit) {
    const logOdds = fit.full
      ? matchLogOdds(NAME_MATCH_FACTOR.fromUsername, expectedNamesakes(fit.named, statistics))
      : initialLogOdds([fit.named], statistics);
    if (logOdds - BASELINE_LOG_ODDS > best.signal.weight) {
      best = evidence(
        level,
        logOdds,
        `user name ${fit.username} fits the name ${fit.name.display}`,
      );
    }
  }
  const address = givenNameAddress(fa, fb) ?? givenNameAddress(fb, fa);
  if (address && NAME_LEVEL_LOG_ODDS.partial - BASELINE_LOG_ODDS > best.signal.weight) {
    best = evidence(level, NAME_LEVEL_LOG_ODDS.partial, address);
  }
  return best;
}

/**
 * A nameless record writing from karen@acme.com or ashleya@acme.com beside
 * Karen Holenski or Ashley Allen: company address schemes build the local
 * part from the given name, alone or with the family initial. That states
 * the given name as a one-word name does; whether the address is at the
 * other record's organization is the organization signal's to weigh.
 */
function givenNameAddress(nameless: CandidateFeatures, named: CandidateFeatures): string | null {
  const { given, family } = named.name;
  if (
    nameless.name.tokens.length > 0 ||
    nameless.nameFromEmail ||
    !given ||
    !family ||
    given.length < 2
  )
    return null;
  for (const username of nameless.usernames) {
    if (!isWorkAddress(username)) continue;
    const { stem } = username;
    const withInitial = stem.endsWith(family[0]!) && givenNamesMatch(stem.slice(0, -1), given);
    if (givenNamesMatch(stem, given) || withInitial) {
      return `address ${describeUsername(username)} fits the given name of ${named.name.display}`;
    }
  }
  return null;
}

function evidence(level: NameMatchLevel, logOdds: number, detail: string): NameEvidence {
  return { level, signal: { signal: "name", weight: logOdds - BASELINE_LOG_ODDS, detail } };
}

/** Log-odds of "same person" from a shared name, given how many namesakes could share it. */
function matchLogOdds(factor: number, namesakes: number): number {
  return Math.log((factor * SPLIT_PERSON_ODDS) / namesakes);
}

/** "J. Smith" against John Smith (or "jsmith" against it): as strong as the family name is rare. */
function initialLogOdds(records: readonly CandidateFeatures[], statistics: NameStatistics): number {
  const namesakes = initialNamesakes(records, statistics);
  return namesakes === null
    ? NAME_LEVEL_LOG_ODDS.initial
    : matchLogOdds(NAME_MATCH_FACTOR.initial, namesakes);
}

function describeCommonness(namesakes: number): string {
  if (namesakes < 0.2) return "a rare name";
  if (namesakes < 1) return "an uncommon name";
  return `a common name, about ${Math.round(namesakes)} namesakes expected`;
}

function describeMatch(names: NameComparison): string {
  if (names.swapped) return "names match in swapped order";
  if (names.level === "exact") return "same name";
  return names.level === "nickname" ? "names match after nickname" : "names match allowing a typo";
}

function describeLevel(
  level: NameMatchLevel,
  fa: CandidateFeatures,
  fb: CandidateFeatures,
): string {
  const a = fa.name.display;
  const b = fb.name.display;
  switch (level) {
    case "initial":
      return `initials match (${a} ≈ ${b})`;
    case "partial":
      return `one-word name fits (${a} ≈ ${b})`;
    case "pseudonym":
      return `one-word name does not fit (${a} vs ${b})`;
    case "family-conflict":
      return `different family names (${a} vs ${b})`;
    case "given-conflict":
      return `different given names in one family name (${a} vs ${b})`;
    case "missing":
      return "no name to compare";
    default:
      return `names differ (${a} vs ${b})`;
  }
}

/** Compares the name a nameless record's address spells with the other record's name. */
function spelledNameEvidence(
  fa: CandidateFeatures,
  fb: CandidateFeatures,
  statistics: NameStatistics,
): NameEvidence | null {
  if (!fa.nameFromEmail && !fb.nameFromEmail) return null;
  const a = fa.nameFromEmail ?? fa.name;
  const b = fb.nameFromEmail ?? fb.name;
  if (a.tokens.length === 0 || b.tokens.length === 0) return null;
  const level = compareNames(a, b).level;
  const spelled = fa.nameFromEmail ? a : b;
  const other = fa.nameFromEmail ? b : a;
  const result = (logOdds: number, detail: string): NameEvidence =>
    evidence(level, logOdds, `address ${spelled.display} spells ${detail}`);
  switch (level) {
    case "exact":
    case "nickname":
    case "typo": {
      const named = !fa.nameFromEmail ? fa : !fb.nameFromEmail ? fb : null;
      const namesakes = named
        ? expectedNamesakes(named, statistics)
        : ASSUMED_NAME_FREQUENCY.expectedByChance;
      return result(
        matchLogOdds(NAME_MATCH_FACTOR.fromUsername * NAME_MATCH_FACTOR[level], namesakes),
        `the name ${other.display}`,
      );
    }
    case "initial":
      return result(
        initialLogOdds([fa, fb], statistics),
        `a name with the initials of ${other.display}`,
      );
    case "given-conflict":
      return result(
        NAME_LEVEL_LOG_ODDS["given-conflict"],
        `another member of the family of ${other.display}`,
      );
    default:
      return null;
  }
}

/** A nameless record whose user name is another given name plus this family name ("ruthwalker" beside Mark Walker). */
function relativeByUsername(nameless: CandidateFeatures, named: CandidateFeatures): string | null {
  const { given, family } = named.name;
  if (nameless.name.tokens.length > 0 || nameless.nameFromEmail || !given || !family) return null;
  for (const username of nameless.usernames) {
    const prefix = username.stem.endsWith(family) ? username.stem.slice(0, -family.length) : "";
    if (prefix.length < 3) continue;
    if (compareNames(parseName(`${prefix} ${family}`), named.name).level === "given-conflict") {
      return `user name ${username.compact} names another member of the ${family} family (${named.name.display})`;
    }
  }
  return null;
}

interface UsernameFit {
  username: string;
  named: CandidateFeatures;
  name: ParsedName;
  /** "johnsmith" fits one full name; "jsmith" fits every J. Smith. */
  full: boolean;
}

function usernameFittingName(
  withUsername: CandidateFeatures,
  withName: CandidateFeatures,
): UsernameFit | null {
  const name = withName.nameFromEmail ?? withName.name;
  if (!name.given || !name.family) return null;
  let fit: UsernameFit | null = null;
  for (const username of withUsername.usernames) {
    if (!usernameFitsName(username, withName.nameStems)) continue;
    const full = username.stem.length > name.family.length + 1;
    if (!fit || (full && !fit.full))
      fit = { username: username.compact, named: withName, name, full };
  }
  return fit;
}
