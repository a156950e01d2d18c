// Common English given-name nicknames, written for Parley. A nickname may
// stand for several names ("chris", "alex", "sam"); the first name listing it
// is the one canonicalGivenName picks, and givenNamesMatch accepts them all.

import { memoizeByString } from "./memo.ts";
import { singleEdit } from "./stringDistance.ts";

/** Formal name -> nicknames and short forms people go by. */
const NICKNAMES_BY_NAME: Record<string, readonly string[]> = {
  abigail: ["abby", "abbie", "gail"],
  abraham: ["abe", "bram"],
  adrian: ["ade"],
  albert: ["al", "bert", "bertie"],
  alan: ["al"],
  alexander: ["alex", "al", "alec", "xander", "sandy", "lex", "sasha"],
  alexis: ["lexi", "lexie", "alex"],
  alexandra: ["alex", "alexa", "lexi", "sandra", "sandy", "ali", "sasha"],
  alfred: ["al", "alf", "alfie", "fred", "freddie"],
  alice: ["allie", "ally"],
  allison: ["allie", "ally", "ali"],
  amanda: ["mandy", "manda"],
  andrew: ["andy", "drew"],
  andrea: ["andie"],
  angela: ["angie"],
  anne: ["annie", "nan", "nancy"],
  anthony: ["tony", "ant"],
  antonia: ["toni"],
  arthur: ["art", "artie"],
  barbara: ["barb", "babs", "barbie"],
  benjamin: ["ben", "benny", "benji"],
  bernard: ["bernie"],
  beverly: ["bev"],
  bradley: ["brad"],
  calvin: ["cal"],
  cameron: ["cam"],
  carolyn: ["carol", "carrie"],
  caroline: ["carrie", "caro"],
  charles: ["charlie", "chuck", "chas", "chaz", "chip"],
  charlotte: ["charlie", "lottie"],
  christina: ["chris", "tina", "chrissy"],
  christine: ["chris", "chrissy", "tina"],
  christopher: ["chris", "kit", "topher"],
  clifford: ["cliff"],
  cynthia: ["cindy"],
  daniel: ["dan", "danny"],
  danielle: ["dani", "elle"],
  david: ["dave", "davey"],
  deborah: ["deb", "debbie", "debby"],
  dennis: ["denny"],
  donald: ["don", "donnie"],
  dorothy: ["dot", "dottie", "dolly"],
  douglas: ["doug"],
  edmund: ["ed", "eddie", "ned"],
  edward: ["ed", "eddie", "eddy", "ted", "teddy", "ned"],
  eleanor: ["ellie", "nora", "nell"],
  elizabeth: [
    "liz",
    "lizzie",
    "lizzy",
    "beth",
    "betty",
    "betsy",
    "bess",
    "bessie",
    "eliza",
    "elsie",
    "libby",
    "lisa",
  ],
  emily: ["em", "emmy"],
  eugene: ["gene"],
  florence: ["flo"],
  frances: ["fran", "frannie"],
  francis: ["frank", "fran"],
  franklin: ["frank"],
  frederick: ["fred", "freddie", "fritz", "rick"],
  gabriel: ["gabe"],
  gabrielle: ["gabby", "gabi"],
  gerald: ["gerry", "jerry"],
  gregory: ["greg"],
  harold: ["harry", "hal"],
  harriet: ["hattie"],
  helen: ["nell", "nellie"],
  henry: ["hank", "harry", "hal"],
  isabella: ["bella", "izzy", "isa"],
  jacob: ["jake"],
  jacqueline: ["jackie", "jacqui"],
  james: ["jim", "jimmy", "jamie", "jimbo"],
  janet: ["jan"],
  jeffrey: ["jeff"],
  jennifer: ["jen", "jenny", "jenn"],
  jeremy: ["jerry", "jez"],
  jessica: ["jess", "jessie"],
  john: ["jack", "johnny", "jon"],
  jonathan: ["jon", "jonny", "nathan"],
  joseph: ["joe", "joey"],
  josephine: ["jo", "josie"],
  joshua: ["josh"],
  judith: ["judy", "judi"],
  julia: ["jules"],
  katherine: ["kate", "kathy", "cathy", "katie", "kat", "cat", "kit", "kitty", "kay"],
  kathleen: ["kathy", "kate", "kat"],
  kenneth: ["ken", "kenny"],
  kimberly: ["kim"],
  lawrence: ["larry", "laurie"],
  leonard: ["leo", "len", "lenny"],
  louis: ["lou", "louie"],
  louise: ["lou"],
  margaret: ["maggie", "meg", "peggy", "marge", "margie", "madge", "greta", "daisy"],
  mary: ["molly", "polly", "mae"],
  matthew: ["matt", "matty"],
  maximilian: ["max"],
  melissa: ["mel", "missy"],
  michael: ["mike", "mikey", "mick", "mickey"],
  michelle: ["shelly", "shelley"],
  nathaniel: ["nate", "nat", "nathan"],
  natalie: ["nat", "nattie"],
  nicholas: ["nick", "nicky", "nico"],
  nicole: ["nikki", "nic"],
  oliver: ["ollie"],
  pamela: ["pam"],
  penelope: ["penny"],
  patricia: ["pat", "patty", "trish", "tricia"],
  patrick: ["pat", "paddy"],
  peter: ["pete"],
  philip: ["phil", "pip"],
  raymond: ["ray"],
  rebecca: ["becky", "becca", "beck"],
  richard: ["rick", "ricky", "dick", "dickie", "rich", "richie"],
  robert: ["bob", "bobby", "rob", "robbie", "bert"],
  ronald: ["ron", "ronnie"],
  samantha: ["sam", "sammy"],
  samuel: ["sam", "sammy"],
  sandra: ["sandy"],
  stanley: ["stan"],
  stephanie: ["steph", "stephie", "stevie"],
  stephen: ["steve", "stevie"],
  susan: ["sue", "susie", "suzy"],
  terence: ["terry"],
  theodore: ["ted", "teddy", "theo"],
  theresa: ["terry", "tess", "tessa"],
  thomas: ["tom", "tommy", "thom"],
  timothy: ["tim", "timmy"],
  valerie: ["val"],
  veronica: ["ronnie", "vera"],
  virginia: ["ginny", "ginger"],
  victor: ["vic"],
  victoria: ["vicky", "vicki", "tori", "vic"],
  vincent: ["vince", "vinny"],
  walter: ["walt", "wally"],
  william: ["bill", "billy", "will", "willy", "wills", "liam"],
  zachary: ["zach", "zack"],
};

/**
 * Spellings of one name that records mix up freely. They map to the spelling
 * used above so that "Kathryn" meets "Kate" through "katherine".
 */
const SPELLING_VARIANTS = new Map<string, string>(
  Object.entries({
    catherine: "katherine",
    kathryn: "katherine",
    katharine: "katherine",
    steven: "stephen",
    phillip: "philip",
    geoffrey: "jeffrey",
    jeffery: "jeffrey",
    ann: "anne",
    sarah: "sara",
    jonathon: "jonathan",
    isabel: "isabella",
    isabelle: "isabella",
    teresa: "theresa",
    lawrance: "lawrence",
    micheal: "michael",
    nicolas: "nicholas",
    zachariah: "zachary",
    zackary: "zachary",
    allyson: "allison",
    alison: "allison",
    kimberley: "kimberly",
    debra: "deborah",
    frederic: "frederick",
    fredrick: "frederick",
    mathew: "matthew",
    cristina: "christina",
  }),
);

// Short forms that are also given names in their own right: "Jack" is often
// just Jack. They canonicalize to themselves, yet still match the formal name.
const STANDALONE_NAMES = new Set([
  "jack",
  "harry",
  "nathan",
  "frank",
  "max",
  "nancy",
  "lisa",
  "greta",
  "molly",
  "nora",
  "nell",
  "tina",
  "terry",
  "jerry",
  "ray",
  "leo",
  "gene",
  "liam",
  "theo",
  "ali",
  "sandra",
  "tessa",
  "kay",
  "eliza",
  "bella",
  "carol",
  "daisy",
  "sasha",
  "vera",
  "penny",
  "ginger",
  "lexi",
  "elsie",
  "nellie",
]);

const NAMES_BY_NICKNAME = buildNicknameIndex();

/**
 * The table's formal names as a set: a lookup of a word cut from a user name (readFormally tries
 * every prefix) hashes it, where a property lookup first has to intern it.
 */
const FORMAL_NAMES = new Set(Object.keys(NICKNAMES_BY_NAME));

function buildNicknameIndex(): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const [name, nicknames] of Object.entries(NICKNAMES_BY_NAME)) {
    for (const nickname of nicknames) {
      const names = index.get(nickname) ?? [];
      names.push(name);
      index.set(nickname, names);
    }
  }
  return index;
}

/** Every (nickname, formal name) pair in the table; exposed for tests and docs. */
export function nicknamePairs(): Array<[nickname: string, name: string]> {
  return Object.entries(NICKNAMES_BY_NAME).flatMap(([name, nicknames]) =>
    nicknames.map((nickname): [string, string] => [nickname, name]),
  );
}

/**
 * The formal names a lowercase given-name token may stand for, most likely first.
 * A formal name stands for itself; an unknown token stands for itself.
 */
// Given names repeat endlessly across records; comparisons ask for the same few thousand.
export const givenNameCandidates: (token: string) => readonly string[] = memoizeByString((token) =>
  lookUpCandidates(token),
);

function lookUpCandidates(token: string): readonly string[] {
  const spelled = SPELLING_VARIANTS.get(token) ?? token;
  if (FORMAL_NAMES.has(spelled)) return [spelled];
  const names = NAMES_BY_NICKNAME.get(spelled);
  if (!names) return [spelled];
  return STANDALONE_NAMES.has(spelled) ? [spelled, ...names] : names;
}

/** One canonical form per given name: "bob" -> "robert", "kathryn" -> "katherine". */
export function canonicalGivenName(token: string): string {
  return givenNameCandidates(token)[0]!;
}

/** True when two given-name tokens can name the same person through a nickname or spelling. */
export function givenNamesMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const namesOfB = givenNameCandidates(b);
  return givenNameCandidates(a).some((name) => namesOfB.includes(name));
}

/**
 * Every form a given name may be written in: "alexander" -> alexander,
 * alex, al, alec, sasha...; "cathy" -> cathy, katherine, catherine, kate...
 */
export function givenNameForms(token: string): string[] {
  const forms = new Set([token]);
  for (const name of givenNameCandidates(token)) {
    forms.add(name);
    for (const form of [...(NICKNAMES_BY_NAME[name] ?? []), ...(SPELLINGS_BY_NAME.get(name) ?? [])])
      forms.add(form);
  }
  return [...forms];
}

const SPELLINGS_BY_NAME = new Map<string, string[]>();
for (const [spelling, name] of SPELLING_VARIANTS)
  SPELLINGS_BY_NAME.set(name, [...(SPELLINGS_BY_NAME.get(name) ?? []), spelling]);

/**
 * The formal names a nickname or variant spelling stands for ("jim" ->
 * james, "steven" -> stephen), or null for a formal name or a word the
 * table does not know.
 */
export function formalNamesOf(token: string): readonly string[] | null {
  if (!NAMES_BY_NICKNAME.has(token) && !SPELLING_VARIANTS.has(token)) return null;
  const names = givenNameCandidates(token).filter((name) => name !== token);
  return names.length > 0 ? names : null;
}

/** True for a name the table lists nicknames for ("james"), as opposed to a nickname ("jim") or an unknown word. */
export function isFormalGivenName(token: string): boolean {
  return FORMAL_NAMES.has(token);
}

/** True for any spelling the table knows: a formal name, a nickname or a variant spelling. */
export function isKnownGivenName(token: string): boolean {
  return KNOWN_GIVEN_NAMES.has(token);
}

const KNOWN_GIVEN_NAMES = new Set([
  ...Object.keys(NICKNAMES_BY_NAME),
  ...NAMES_BY_NICKNAME.keys(),
  ...SPELLING_VARIANTS.keys(),
]);

/**
 * The given name the table knows one slip of the keyboard away from a token
 * it does not know ("michaeel", "reebecca"), when only one name is;
 * otherwise the token itself. Tokens of four letters or fewer are left
 * alone: there a slip usually makes another real name (Mary/Mark).
 */
export const correctedGivenName: (token: string) => string = memoizeByString((token) =>
  lookUpCorrection(token),
);
const MIN_CORRECTED_LENGTH = 5;

function lookUpCorrection(token: string): string {
  if (token.length < MIN_CORRECTED_LENGTH || KNOWN_GIVEN_NAMES.has(token)) return token;
  const near = [...KNOWN_GIVEN_NAMES].filter((name) => singleEdit(token, name) !== null);
  // Spellings of one name ("jeffery", "jeffrey") are one candidate, not two.
  return new Set(near.map(canonicalGivenName)).size === 1 ? near[0]! : token;
}
