import { readFileSync } from "node:fs";
import path from "node:path";
import { type Random, seededRandom } from "../../../src/random.ts";

/*
 * An unlabelled corpus of ordinary 2010s-style tweets for the VADER-faithfulness
 * audit (audit/vader-audit.ts): several thousand generated from templates and
 * word lists (seeded, so every run sees the same texts), plus the hand-written
 * posts of hand-written.txt. No text is copied from an outside dataset; nothing
 * here is rated, so the audit only finds where Parley and vader-sentiment part.
 */

const PEOPLE = [
  "mom",
  "my sister",
  "my bf",
  "my gf",
  "the bestie",
  "my roommate",
  "grandma",
  "dad",
  "my little bro",
  "the kids",
  "my boss",
  "jess",
  "mike",
  "the twins",
  "my coworkers",
  "everyone",
];
const HANDLES = [
  "@jess_m",
  "@mikey22",
  "@sarahkate",
  "@dan_the_man",
  "@lilybee",
  "@tommo",
  "@katiexo",
  "@bigjoe",
  "@annaleigh",
  "@chris_p",
];
const PLACES = [
  "the beach",
  "the mall",
  "work",
  "school",
  "the gym",
  "starbucks",
  "the lake",
  "grandmas",
  "the city",
  "the game",
  "church",
  "the dentist",
  "class",
  "the airport",
  "target",
  "the movies",
  "the park",
  "the library",
];
const THINGS = [
  "this song",
  "the new album",
  "my new phone",
  "this weather",
  "pizza",
  "my hair today",
  "this episode",
  "the game last night",
  "that movie",
  "this coffee",
  "my new shoes",
  "summer",
  "mondays",
  "homework",
  "this traffic",
  "the finale",
  "my car",
  "the concert",
  "this book",
  "spring break",
  "the new iphone",
  "my job",
  "this town",
  "the season premiere",
  "tacos",
  "the sunset tonight",
  "my playlist",
  "twitter today",
  "finals week",
  "the snow",
];
const EVENTS = [
  "the weekend",
  "friday",
  "the concert",
  "vacation",
  "christmas",
  "my birthday",
  "the game tonight",
  "summer",
  "prom",
  "graduation",
  "the new season",
  "spring break",
  "thanksgiving",
  "the wedding",
  "the trip",
];
const POS_ADJ = [
  "good",
  "great",
  "awesome",
  "amazing",
  "fun",
  "perfect",
  "beautiful",
  "nice",
  "cool",
  "wonderful",
  "fantastic",
  "lovely",
  "sweet",
  "excellent",
  "cute",
  "funny",
  "happy",
  "best",
];
const NEG_ADJ = [
  "bad",
  "terrible",
  "awful",
  "horrible",
  "boring",
  "sad",
  "ugly",
  "stupid",
  "annoying",
  "lame",
  "gross",
  "worst",
  "depressing",
  "painful",
  "disappointing",
  "miserable",
  "sucky",
  "pathetic",
];
const POS_VERB = ["love", "like", "enjoy", "adore", "miss"];
const NEG_VERB = ["hate", "can't stand", "dislike", "despise"];
const FEEL_POS = [
  "happy",
  "excited",
  "so happy",
  "blessed",
  "thankful",
  "grateful",
  "proud",
  "relaxed",
  "pumped",
  "glad",
  "good",
  "great",
  "amazing",
  "better",
];
const FEEL_NEG = [
  "sad",
  "tired",
  "sick",
  "bored",
  "stressed",
  "lonely",
  "annoyed",
  "upset",
  "exhausted",
  "mad",
  "depressed",
  "hurt",
  "angry",
  "scared",
  "nervous",
  "sore",
  "miserable",
  "awful",
];
const MUNDANE = [
  "going to {place}",
  "at {place} with {person}",
  "just got home",
  "watching tv",
  "eating lunch",
  "on my way to {place}",
  "doing laundry",
  "cleaning my room",
  "waiting for the bus",
  "about to go to bed",
  "just woke up",
  "heading to {place}",
  "studying for my test",
  "making dinner",
  "walking the dog",
  "listening to {thing}",
  "at {place} again",
  "getting ready for {event}",
  "drinking coffee",
  "reading on the couch",
];
const POS_T = [
  "I {posverb} {thing}",
  "{thing} is {posadj}",
  "{thing} was so {posadj}",
  "had a {posadj} time at {place}",
  "feeling {feelpos} today",
  "so {feelpos} right now",
  "can't wait for {event}",
  "so excited for {event}",
  "best day ever",
  "{person} is the best",
  "thank you {handle}",
  "thanks {handle} for the {posadj} night",
  "{thing} made my day",
  "what a {posadj} day",
  "{posadj} night with {person}",
  "love u {person}",
  "happy birthday {handle}",
  "congrats {handle}",
  "yay for {event}",
  "I'm in love with {thing}",
  "{thing} never gets old",
  "really {posverb} {thing}",
  "{thing} is soooo {posadj}",
  "{thing} = {posadj}",
  "I'm so {feelpos} for {person}",
  "omg {thing} is {posadj}",
  "going to {place} with {person}, so {feelpos}",
  "finally done with {thing}, feeling {feelpos}",
  "good morning everyone",
  "haha {person} is so funny",
  "{person} just made me laugh so hard",
  "got an A on my test",
  "we won the game",
  "the sun is out finally",
  "beautiful day at {place}",
  "smiling all day because of {person}",
];
const NEG_T = [
  "I {negverb} {thing}",
  "{thing} is {negadj}",
  "{thing} was so {negadj}",
  "had a {negadj} day at {place}",
  "feeling {feelneg} today",
  "so {feelneg} right now",
  "can't believe {event} is over",
  "worst day ever",
  "{thing} sucks",
  "missing {person} so much",
  "my phone broke",
  "stuck in traffic again",
  "sick in bed",
  "{thing} is not {posadj}",
  "{thing} wasn't {posadj} at all",
  "I don't {posverb} {thing}",
  "not {feelpos} about {thing}",
  "ugh {thing}",
  "{thing} is killing me",
  "why is {thing} so {negadj}",
  "I miss {event}",
  "I'm so {feelneg} of {thing}",
  "so {feelneg} and it's only monday",
  "lost my keys again",
  "{person} is mad at me",
  "failed my test",
  "we lost the game",
  "it's raining again",
  "nobody came to {place}",
  "no one texted me back",
  "{thing} = {negadj}",
  "hate when {person} does that",
  "crying over {thing}",
  "my head hurts",
  "can't sleep",
  "worst {thing} ever",
];
const OPENERS = [
  "",
  "",
  "",
  "",
  "omg ",
  "ugh ",
  "lol ",
  "haha ",
  "so ",
  "wow ",
  "man ",
  "dude ",
  "aww ",
  "honestly ",
  "yay ",
  "OMG ",
  "well ",
  "ok ",
  "oh ",
  "{handle} ",
];
const CLOSERS = [
  "",
  "",
  "",
  "",
  ":)",
  ":(",
  ":D",
  "<3",
  "lol",
  "haha",
  "!!!",
  "!",
  "!!",
  "#{tag}",
  "http://t.co/x{n}",
  ":/",
  ";)",
  "xD",
  ":-)",
  "=)",
  ":P",
  "hahaha",
  "lmao",
  ":-(",
  "..",
  "?",
  "#fml",
  "#winning",
  "#blessed",
  "D:",
  ":'(",
  "-_-",
  "^_^",
  "smh",
  "ugh",
];
const TAGS = [
  "tgif",
  "summer",
  "mondays",
  "nofilter",
  "win",
  "fail",
  "love",
  "happy",
  "sad",
  "bored",
  "yolo",
  "family",
  "gameday",
  "finals",
  "work",
  "coffee",
  "throwback",
  "blessed",
  "ugh",
  "sunday",
];

function fill(random: Random, template: string): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case "person":
        return random.pick(PEOPLE);
      case "handle":
        return random.pick(HANDLES);
      case "place":
        return random.pick(PLACES);
      case "thing":
        return random.pick(THINGS);
      case "event":
        return random.pick(EVENTS);
      case "posadj":
        return random.pick(POS_ADJ);
      case "negadj":
        return random.pick(NEG_ADJ);
      case "posverb":
        return random.pick(POS_VERB);
      case "negverb":
        return random.pick(NEG_VERB);
      case "feelpos":
        return random.pick(FEEL_POS);
      case "feelneg":
        return random.pick(FEEL_NEG);
      case "tag":
        return random.pick(TAGS);
      case "n":
        return String(random.int(1000, 9999));
      default:
        return slot;
    }
  });
}

/** The surface habits of tweets: "u", "2", stretched letters, one word or all in capitals. */
function restyle(random: Random, text: string): string {
  let out = text;
  const roll = random.next();
  if (roll < 0.08) out = out.toUpperCase();
  else if (roll < 0.25) {
    const words = out.split(" ");
    const k = random.int(0, words.length - 1);
    if (/^[a-z]{3,}$/.test(words[k]!)) words[k] = words[k]!.toUpperCase();
    out = words.join(" ");
  }
  if (random.chance(0.15)) out = out.replace(/\byou\b/g, "u").replace(/\bto\b/g, "2");
  if (random.chance(0.15)) out = out.replace(/\bso\b/, "soooo").replace(/\bgood\b/, "goood");
  if (random.chance(0.3)) out = out.charAt(0).toUpperCase() + out.slice(1);
  return out;
}

function one(random: Random): string {
  const kind = random.next();
  let body: string;
  if (kind < 0.36) body = fill(random, random.pick(POS_T));
  else if (kind < 0.72) body = fill(random, random.pick(NEG_T));
  else if (kind < 0.86) body = fill(random, random.pick(MUNDANE));
  else {
    // Two clauses, often of opposite feeling, joined the ways tweets join them.
    const first = fill(random, random.pick(random.chance(0.5) ? POS_T : NEG_T));
    const second = fill(
      random,
      random.pick(random.chance(0.5) ? POS_T : random.chance(0.5) ? NEG_T : MUNDANE),
    );
    body = `${first}${random.pick([". ", " but ", " and ", ", ", "... ", "! "])}${second}`;
  }
  const opener = fill(random, random.pick(OPENERS));
  const closer = fill(random, random.pick(CLOSERS));
  const text = restyle(random, `${opener}${body}`);
  return closer === "" ? text : `${text}${/^[!?.]/.test(closer) ? "" : " "}${closer}`;
}

export function generatedTweets(count: number, seed = 27): string[] {
  // The evaluation sets' one seeded generator, so the corpus is the same on every run.
  const random = seededRandom(seed);
  const seen = new Set<string>();
  const texts: string[] = [];
  for (let attempts = 0; texts.length < count && attempts < count * 20; attempts++) {
    const text = one(random);
    if (!seen.has(text)) {
      seen.add(text);
      texts.push(text);
    }
  }
  return texts;
}

/** The hand-written posts, one a line. */
export function handWrittenTweets(): string[] {
  return readFileSync(path.join(import.meta.dirname, "hand-written.txt"), "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}
