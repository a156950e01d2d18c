// Every number of the scoring model in one place. Weights are natural-log
// odds: +0.7 doubles the odds of "same person", -0.7 halves them. They are
// set from what each kind of evidence means in contact data, not fitted to
// the evaluation set, so the evaluation measures the model rather than echoes it.

/**
 * Odds that two records sharing a blocking key are one person before any
 * evidence is read: about 1 in 55. Name levels below are stated as log-odds
 * after reading the names; the name signal carries the difference from this.
 */
export const BASELINE_LOG_ODDS = -4;

/**
 * Odds that a record sharing a full name is the same person split in two,
 * rather than a namesake, when one namesake is expected by chance. A shared
 * name is then worth SPLIT_PERSON_ODDS / (namesakes expected), so rare names
 * count for much and common ones for little.
 */
export const SPLIT_PERSON_ODDS = 1;

/** Floor on expected namesakes: even a unique-looking name is sometimes shared (odds capped at 20:1). */
export const MIN_EXPECTED_NAMESAKES = 0.05;

/**
 * Namesakes counted for each further person holding the name beyond the two
 * compared: part of them are further splits of the same person, part are not.
 */
export const NAMESAKES_PER_EXTRA_HOLDER = 0.5;

/**
 * Floor on namesakes for a match that needs a typo in the family name: family
 * names one edit apart are common in every population (Hansen/Hanson,
 * Meyer/Meier), so a rare name with a slip is no rarer than a name with one
 * chance neighbour, unless one spelling is carried by nobody else (see
 * namesakes.typoNamesakes).
 */
export const TYPO_NAMESAKES_FLOOR = 1;

/**
 * Share of a family name's holders whose given name starts with a given
 * letter: the commonest initials (J, M, A) are each carried by about one
 * person in ten, so "J. Smith" has about a tenth as many namesakes as
 * there are Smiths.
 */
export const INITIAL_SHARE = 0.1;

/** Assumed when the pipeline supplies no name statistics: a moderately common name. */
export const ASSUMED_NAME_FREQUENCY = { holders: 2, expectedByChance: 1 } as const;

/** Odds multipliers for name matches less certain than an exact match. */
export const NAME_MATCH_FACTOR = {
  exact: 1,
  nickname: 0.6,
  typo: 0.4,
  swapped: 0.8,
  /** "J. Smith" may also be a relative with the same initial. */
  initial: 0.5,
  /** A user name built from the other record's full name ("johnsmith"), when one side lacks the name. */
  fromUsername: 0.5,
} as const;

/**
 * Log-odds after the names, for levels that do not depend on how common the
 * name is; "initial" applies only when the family name's frequency is unknown.
 */
export const NAME_LEVEL_LOG_ODDS = {
  initial: -3,
  partial: -3.5,
  missing: BASELINE_LOG_ODDS,
  pseudonym: -5,
  "family-conflict": -5.5,
  "given-conflict": -6,
  different: -8,
} as const;

export const EVIDENCE_WEIGHT = {
  /** A shared email, phone, handle or external id: it rarely happens between different people. */
  sharedIdentifier: 7,
  /** The same, between relatives: households share landlines and family mailboxes. */
  sharedIdentifierInHousehold: 1,
  extraSharedIdentifier: 0.5,
  /**
   * About log(0.8 / 0.03): most of a person's records name the same employer,
   * while two people in a contact list work at one place about 3 times in
   * 100, since lists cluster around a few large customers.
   */
  sameOrganization: 3.3,
  /** About log(0.15 / 0.97): people change jobs and keep old addresses in old systems. */
  differentOrganization: -1.9,
  /**
   * About log(0.8 / 0.1): a person's records name one city 8 times in 10
   * (IP geolocation misses some), and contact lists concentrate in a few
   * metropolitan areas, so two people share one about 1 time in 10.
   */
  sameCity: 2,
  /** About log(0.2 / 0.9): people move, and IP geolocation is often a city off. */
  differentCity: -1.5,
  /**
   * The same user name on two services, built from the person's own name:
   * namesakes pick "john.smith" almost as often (about 0.3 against 0.5).
   */
  sameUsernameFromName: 0.5,
  sameUsernameStem: 1.5,
  sameUsername: 2,
  /** Long user names are rarely picked by two people independently. */
  sameLongUsername: 4,
  /** Digits are added to make a user name unique ("jsmith84"): two people rarely pick the same one. */
  sameUsernameWithDigits: 5,
  /** About log(0.1): companies give a person one address (aliases and renames aside), so two are two colleagues. */
  differentAddressAtOrganization: -2.3,
  /** About log(0.4): most people use one personal mailbox, but many keep an old one and households share one. */
  differentPersonalAddress: -0.9,
  /** About log(0.3): people keep a mobile number for years, but change it too, and give work or home numbers. */
  differentPhone: -1.2,
} as const;
