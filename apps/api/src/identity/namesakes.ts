// How many other people a shared name could belong to: the denominator of
// every name match (Fellegi-Sunter term frequencies). Counts come from the
// data set's name statistics; without them a moderately common name is assumed.
import type { CandidateFeatures } from "./features.ts";
import { type NameFrequency, nameKeyWords } from "./identityKeys.ts";
import {
  ASSUMED_NAME_FREQUENCY,
  INITIAL_SHARE,
  MIN_EXPECTED_NAMESAKES,
  NAMESAKES_PER_EXTRA_HOLDER,
  TYPO_NAMESAKES_FLOOR,
} from "./weights.ts";

export interface NameStatistics {
  /** How common a name key is in the data set; see identityKeys.nameKey and nameFrequency. */
  nameFrequency?: (nameKey: string) => NameFrequency | undefined;
}

/** Namesakes a shared full name of this record may belong to. */
export function expectedNamesakes(features: CandidateFeatures, statistics: NameStatistics): number {
  const frequency = frequencyOf(features, statistics) ?? ASSUMED_NAME_FREQUENCY;
  const extraHolders = Math.max(0, frequency.holders - 2);
  return Math.max(
    MIN_EXPECTED_NAMESAKES,
    frequency.expectedByChance + NAMESAKES_PER_EXTRA_HOLDER * extraHolders,
  );
}

export function expectedNamesakesOfEither(
  fa: CandidateFeatures,
  fb: CandidateFeatures,
  statistics: NameStatistics,
): number {
  return Math.max(expectedNamesakes(fa, statistics), expectedNamesakes(fb, statistics));
}

/**
 * Namesakes for a match that needs a slip in the family name. Family names
 * one edit apart are common (Hansen/Hanson, Meyer/Meier), so such a match
 * is floored at one chance neighbour, unless one of the spellings is carried
 * by nobody else in the data set: a name written once is a slip of the
 * keyboard, not a second family.
 */
export function typoNamesakes(
  fa: CandidateFeatures,
  fb: CandidateFeatures,
  statistics: NameStatistics,
): number {
  const namesakes = expectedNamesakesOfEither(fa, fb, statistics);
  const slip = hasOneOffWord(fa, statistics) || hasOneOffWord(fb, statistics);
  return slip ? namesakes : Math.max(TYPO_NAMESAKES_FLOOR, namesakes);
}

/**
 * Namesakes for "J. Smith" against John Smith (or "jsmith" against it):
 * people who carry the family name and a given name with the same initial,
 * by the most common reading of the family name among the records. Null
 * when the data set's statistics do not know the family name.
 */
export function initialNamesakes(
  records: readonly CandidateFeatures[],
  statistics: NameStatistics,
): number | null {
  const holders = Math.max(
    0,
    ...records.map((features) => familyHolders(features, statistics) ?? 0),
  );
  return holders === 0 ? null : Math.max(MIN_EXPECTED_NAMESAKES, holders * INITIAL_SHARE);
}

function frequencyOf(
  features: CandidateFeatures,
  statistics: NameStatistics,
): NameFrequency | undefined {
  return (features.nameKey && statistics.nameFrequency?.(features.nameKey)) || undefined;
}

/** People carrying this record's family name, as given or family name. */
function familyHolders(features: CandidateFeatures, statistics: NameStatistics): number | null {
  const frequency = frequencyOf(features, statistics);
  const family = features.name.family;
  if (!frequency || !family) return null;
  const at = nameKeyWords(features.nameKey!).indexOf(family);
  return at === -1 ? null : frequency.wordHolders[at as 0 | 1];
}

function hasOneOffWord(features: CandidateFeatures, statistics: NameStatistics): boolean {
  return frequencyOf(features, statistics)?.wordHolders.some((holders) => holders <= 1) ?? false;
}
