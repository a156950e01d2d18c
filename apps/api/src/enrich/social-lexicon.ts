/**
 * Word lists layered over VADER's lexicon for social and customer-support
 * text. VADER was rated on tweets and movie reviews: it misses the vocabulary of
 * complaints ("refund", "buffering", "on hold") and reads some words in the
 * wrong sense for product talk ("support" and "please" as praise, "insane" and
 * "obsessed" as negative). Valences use VADER's scale, about -4..4.
 */

/** Single words: new entries and domain overrides of VADER's values. */
export const SOCIAL_VALENCES: Readonly<Record<string, number>> = {
  // Words VADER scores as sentiment that are mostly neutral in support threads.
  please: 0, pls: 0, plz: 0, help: 0.3, support: 0, care: 1.0, free: 1.0,
  like: 0, credit: 0, kindly: 0.3, fan: 0.5, joke: -1.0, lol: 0.4,
  lmao: 0.6, lolol: 0.4, sigh: -1.0, no: 0, want: 0, sorry: 0, insane: 0,
  crazy: 0, fire: 0, hot: 0, dear: 0, wish: -0.6,
  // Slang and shorthand.
  meh: -1.2, ugh: -1.8, ughh: -1.8, smh: -1.6, ffs: -2.2, bleh: -1.2, yikes: -1.4,
  boo: -1.5, eww: -1.8, ew: -1.6, sucks: -2.2, suck: -1.8, sucked: -2.0,
  slaps: 2.2, legend: 2.4, legit: 1.5, dope: 2.0, goated: 2.5, lit: 1.5,
  vibe: 1.0, vibes: 1.0, obsessed: 2.0, addictive: 1.5, unreal: 1.4,
  lifesaver: 2.8, kudos: 2.2, props: 1.5, shoutout: 1.5, tysm: 2.6, ty: 1.5,
  thx: 1.5, thanx: 1.5, yum: 2.0, yummy: 2.4, comfy: 2.0, cozy: 1.8, beast: 1.2,
  // Praise for products and service.
  smooth: 1.6, smoothly: 1.5, seamless: 2.0, seamlessly: 2.0, flawless: 2.6,
  flawlessly: 2.6, intuitive: 1.8, reliable: 1.8, sturdy: 1.5, durable: 1.5,
  solid: 1.5, spotless: 2.0, sleek: 1.6, snappy: 1.6, snappier: 1.6, speedy: 1.4,
  fast: 1.0, faster: 1.2, quick: 1.0, quickly: 0.8, promptly: 1.2, prompt: 1.2,
  early: 0.8, painless: 1.8, effortless: 1.8, convenient: 1.5, responsive: 1.4,
  courteous: 1.8, polite: 1.6, knowledgeable: 1.6, attentive: 1.5,
  accommodating: 1.8, professional: 1.4, patient: 1.0, tasty: 2.0,
  affordable: 1.5, cheaper: 1.0, recommend: 2.0, recommended: 2.0,
  resolved: 1.8, solved: 1.8, sorted: 1.2, fixed: 1.5, waived: 1.5,
  refunded: 0.6, reimbursed: 1.0, upgraded: 1.2, improvement: 1.8,
  works: 1.0, working: 0.8, worked: 1.0, helped: 1.4, spacious: 1.2, roomy: 1.2,
  gorgeous: 3.0, stunning: 3.0, heavenly: 2.8, incredible: 3.0, phenomenal: 3.0,
  stellar: 2.8, exceptional: 2.8, impeccable: 2.8, breathtaking: 3.0, epic: 2.0,
  recommending: 1.8, liked: 1.6,
  // Complaints: failures, money, waiting, damage, service.
  broken: -2.2, crashes: -2.0, crashing: -2.0, crashed: -2.0, bug: -1.2,
  bugs: -1.4, buggy: -2.0, bugged: -1.6, glitch: -1.5, glitches: -1.5,
  glitchy: -2.0, laggy: -1.8, lag: -1.2, lagging: -1.5, freezes: -1.8,
  freezing: -1.5, froze: -1.6, frozen: -1.4, outage: -2.0, outages: -2.0, downtime: -1.5,
  unusable: -2.8, unwatchable: -2.5, unplayable: -2.5, inedible: -2.5,
  bricked: -2.6, malfunction: -2.0, malfunctioning: -2.0, defect: -1.8,
  defective: -2.4, faulty: -2.2, leaking: -1.6, leaks: -1.6, leak: -1.4,
  overheats: -2.0, overheating: -2.0, drains: -1.4, buffering: -1.8,
  disconnected: -1.2, disconnecting: -1.5, disconnects: -1.5, spotty: -1.5,
  patchy: -1.2, throttled: -1.5, stuck: -1.4, pending: -0.6, declined: -1.3,
  locked: -0.8, hacked: -2.4, unresponsive: -2.0, slow: -1.5, slower: -1.3,
  sluggish: -1.6, late: -1.0, overdue: -1.2, delays: -1.3, waiting: -0.6,
  refund: -0.6, cancelled: -1.0, canceled: -1.0, cancelling: -0.8,
  canceling: -0.8, charged: -0.6, billed: -0.6, fees: -0.6, overpriced: -2.0,
  pricey: -1.0, overcharged: -2.4, ripoff: -2.6, scammed: -2.8,
  fraudulent: -2.6, misleading: -2.0, shady: -1.8, sneaky: -1.5,
  damaged: -2.0, cracked: -1.8, shattered: -2.0, smashed: -2.0, crushed: -1.5,
  chipped: -1.5, dented: -1.0, scratched: -1.2, soggy: -1.6, stale: -1.6,
  bland: -1.5, burnt: -1.5, flimsy: -1.8, junk: -2.4, garbage: -2.5,
  trash: -2.2, cramped: -1.5, uncomfortable: -1.8, noisy: -1.2, rattles: -1.2,
  unreliable: -2.0, inconsistent: -1.2, rude: -2.2, unprofessional: -2.2,
  incompetent: -2.5, clueless: -1.6, dismissive: -1.8, condescending: -2.0,
  ignored: -1.8, ignoring: -1.6, ghosted: -2.0, unanswered: -1.5,
  stranded: -2.2, overbooked: -1.8, nightmare: -2.6, headache: -1.5,
  shambles: -2.2, absurd: -1.8, downgrade: -2.0, letdown: -2.0, fuming: -2.6,
  livid: -3.0, unacceptable: -2.6, nonexistent: -1.6, discontinued: -1.2,
  refused: -1.6, refuses: -1.6, unsafe: -2.2, spam: -1.5, spammy: -1.8,
  intrusive: -1.5, pointless: -1.8, regret: -2.0, expensive: -0.8,
  atrocious: -3.0, abysmal: -3.0, mediocre: -1.4, subpar: -1.6, unhelpful: -2.0,
  complicated: -1.0, fragile: -1.2, rubbish: -2.2, shoddy: -2.2, clunky: -1.5,
  janky: -1.6, sketchy: -1.5, loud: -0.5, rebooting: -1.2, restarting: -1.2,
  nope: -0.8, runaround: -1.8,
  // Physical defects and wear, described flatly in complaints.
  rusted: -1.6, rusty: -1.4, corroded: -1.6, peeling: -1.4, peeled: -1.4,
  faded: -1.0, fading: -1.0, torn: -1.5, ripped: -1.5, stained: -1.4,
  warped: -1.5, bent: -1.2, snapped: -1.6, wobbly: -1.2, wobbles: -1.2,
  loose: -0.8, jammed: -1.5, jams: -1.5, clogged: -1.5, sticky: -1.0,
  sticking: -1.2, squeaks: -1.2, squeaky: -1.2, squeaking: -1.2,
  crackles: -1.5, crackling: -1.5, buzzing: -1.2, humming: -0.8,
  distorted: -1.5, muffled: -1.4, tinny: -1.4, static: -1.0, flickering: -1.5,
  flickers: -1.5, blurry: -1.5, grainy: -1.2, pixelated: -1.4, drift: -1.2,
  drifting: -1.2, mouldy: -2.2, moldy: -2.2, rotten: -2.2, spoiled: -1.6,
  expired: -1.0, lukewarm: -1.2, undercooked: -1.8, overcooked: -1.5,
  greasy: -1.2, salty: -0.8, itchy: -1.2, blisters: -1.5, shrunk: -1.4, unravelled: -1.4,
  // Data and account failures.
  deleted: -1.2, wiped: -1.4, erased: -1.4, corrupted: -2.0, corrupts: -1.8, vanished: -1.4,
  disappeared: -1.4, failing: -2.0, fails: -2.0, timeout: -1.2,
  unreachable: -1.6, drops: -0.8, dropping: -1.0,
  // Product praise VADER lacks.
  quiet: 1.0, quieter: 1.0, crisp: 1.4, vibrant: 1.8, silky: 1.6,
  plush: 1.4, ergonomic: 1.2, lightweight: 0.8, handy: 1.4, nifty: 1.6,
  // Emoticons VADER's lexicon lacks.
  "^_^": 2.0, "-_-": -1.0,
};

/**
 * Multi-word expressions whose meaning is not the sum of their words. Keys are
 * token sequences as the tokenizer emits them (lowercase, apostrophes kept;
 * apostrophe-free spellings are added automatically).
 */
export const PHRASE_VALENCES: Readonly<Record<string, number>> = {
  // Gratitude intensified after the word, where boosters cannot see it.
  "thank you": 2.0, "thanks so much": 2.6, "thank you so much": 2.8,
  "thanks a lot": 2.2, "thanks a ton": 2.4, "thanks a million": 2.6,
  "thank you very much": 2.6, "thanks very much": 2.4,
  "above and beyond": 3.0, "extra mile": 2.6, "customer for life": 3.0,
  "class act": 2.6, "top notch": 2.8, "rock solid": 2.6, "like a charm": 2.8,
  "just works": 2.2, "no questions asked": 2.0, "made my day": 2.8,
  "make my day": 2.4, "you rock": 2.6, "this rocks": 2.4, "game changer": 2.6,
  "worth every penny": 3.0, "worth it": 1.8, "well done": 2.4, "nailed it": 2.6,
  "killing it": 2.6, "crushing it": 2.4, "spot on": 2.0, "on point": 2.0,
  "life saver": 2.8, "hats off": 2.2, "big fan": 2.2, "keep it up": 2.0,
  "blown away": 2.8, "can't wait": 2.0, "a breeze": 2.0, "hassle free": 2.0, "stress free": 2.0, "worry free": 2.0,
  "on time": 1.4, "same day": 1.0, "as described": 1.0, "as advertised": 1.0,
  "like new": 1.5, "lasts forever": 2.0, "not looking back": 2.2,
  "good morning": 1.2, "good night": 1.2, "kind regards": 0.5, "customer care": 0, "customer support": 0,
  "credit card": 0, "smart tv": 0, "smart tvs": 0, "smart home": 0,
  "smart watch": 0, "smart speaker": 0, "thanks in advance": 0.4,
  "5 stars": 2.6, "five stars": 2.6, "4 stars": 1.5, "3 stars": 0,
  "2 stars": -1.5, "1 star": -2.6, "one star": -2.6, "zero stars": -3.0,
  "0 stars": -3.0, "no stars": -3.0,
  "still waiting": -2.0, "still broken": -2.6, "on hold": -1.8, "hung up": -2.2,
  "hold music": -1.0, "let me down": -2.2, "let us down": -2.2,
  "let down": -2.0, "fell apart": -2.4, "falling apart": -2.4,
  "rip off": -2.6, "ripped off": -2.6, "waste of money": -2.8,
  "waste of time": -2.6, "a joke": -2.2, "thanks for nothing": -2.6,
  "charged twice": -2.4, "charged me twice": -2.4, "double charged": -2.4,
  "billed twice": -2.4, "hidden fees": -2.4, "do not buy": -3.0,
  "don't buy": -3.0, "stay away": -2.6, "never again": -2.6, "fed up": -2.4,
  "sick of": -2.4, "tired of": -1.8, "takes forever": -2.0,
  "took forever": -2.0, "taking forever": -2.0, "non existent": -1.6,
  "out of stock": -0.8, "price hike": -1.5, "false advertising": -2.6,
  "bait and switch": -2.6, "run around": -1.8,
  "is down": -1.5, "was down": -1.5, "went down": -1.5, "goes down": -1.5,
  "stopped working": -2.4, "quit working": -2.4, "stopped charging": -2.2,
  "come on": -1.2, "timed out": -1.4, "under review": -1.0, "went dead": -1.8, "next level": 2.4,
  "gone downhill": -2.2, "went downhill": -2.2, "been down": -1.5,
  "nowhere to be found": -2.0, "at best": -0.5, "expected better": -1.5,
  "expected more": -1.2, "don't waste": -2.4, "do not waste": -2.4,
  "don't bother": -2.0, "please fix": -1.2, "fix this": -1.0, "fix it": -0.8,
  "life changing": 2.6, "i like": 1.8, "we like": 1.8, "really like": 2.0,
  "don't like": -1.8, "didn't like": -1.8, "do not like": -1.8,
  "too long": -1.2, "too small": -1.2, "too big": -1.0, "too much": -1.0,
  "too many": -1.0, "too short": -1.0, "too late": -1.2, "too hard": -1.2,
  "too heavy": -1.0, "too complicated": -1.5, "too sweet": -1.0, "too salty": -1.2,
  // VADER's own idioms, which its scorer applies outside the lexicon.
  "the shit": 3.0, "the bomb": 3.0, "bad ass": 1.5, "yeah right": -2.0,
  "cut the mustard": 2.0, "kiss of death": -1.5, "hand to mouth": -2.0,
  "oh no": -1.5, "wish me luck": 0.8,
  // Which option suits, not whether something functions: "let me know what works best".
  "works best": 0.6,
  // Speed of a message, not of a service.
  "quick question": 0, "quick reminder": 0, "quick heads up": 0, "quick note": 0,
  // Not negation: "at least it works" ("least" alone negates: "the least helpful").
  "at least": 0, "very least": 0,
  // Not negation: "can't believe how bad" is still bad.
  "can't believe": 0, "cannot believe": 0, "no charge": 1.5, "free of charge": 2.0,
  "can't describe": 0, "cannot describe": 0, "can't stop": 0, "cannot stop": 0,
  // Praise built on a negator: "nothing better than a hot shower".
  "nothing better than": 2.2, "nothing beats": 2.2,
  // Mood and closures that VADER's "down" (unrated) misses.
  "feeling down": -1.8, "feel down": -1.6, "closed down": -1.2, "shut down": -1.2,
};

/**
 * Phrasal verbs that say nothing on their own but report a failure when
 * negated: "won't turn on", "never showed up", "can't log in".
 */
export const NEGATED_PHRASE_VALENCES: Readonly<Record<string, number>> = {
  "turn on": -1.8, "turns on": -1.8, "show up": -1.6, "showed up": -1.6,
  "pick up": -1.4, "picks up": -1.4, "picked up": -1.4, "go through": -1.2,
  "went through": -1.2, "goes through": -1.2, "log in": -1.6, "sign in": -1.6,
  "get back": -1.2, "got back": -1.2, "come back": -0.8, "call back": -1.4,
  "called back": -1.4,
};

/**
 * What a word means when negated ("won't charge", "no signal", "never
 * arrived"), where simply flipping its usual valence would be wrong: a success
 * verb or a service noun is neutral on its own, but its absence is a failure
 * report.
 */
export const NEGATED_VALENCES: Readonly<Record<string, number>> = {
  work: -2.0, works: -2.0, working: -2.0, worked: -1.8, function: -1.8,
  charge: -1.6, charging: -1.6, connect: -1.6, connecting: -1.6, pair: -1.6,
  sync: -1.6, syncing: -1.6, load: -1.6, loading: -1.6, open: -1.4,
  opens: -1.4, start: -1.4, boot: -1.6, respond: -1.6, responding: -1.6,
  responded: -1.6, answer: -1.6, answered: -1.6, reply: -1.6, replied: -1.6,
  arrive: -1.6, arrived: -1.6, arrives: -1.6, received: -1.4, showed: -1.6,
  fix: -1.6, fixed: -1.8, fixing: -1.6, solve: -1.6, solved: -1.8, solving: -1.6,
  resolved: -1.8, resolving: -1.6, help: -1.6, helped: -1.6, helping: -1.6,
  answers: -1.6, answering: -1.6, replies: -1.6, replying: -1.6, responds: -1.6,
  charges: -1.4, loads: -1.4, connects: -1.4, arriving: -1.4, helpful: -1.8, refund: -1.8, refunded: -1.8,
  signal: -1.8, service: -1.6, coverage: -1.6, internet: -1.8, wifi: -1.6,
  power: -1.4, water: -1.2, response: -1.8, explanation: -1.4,
  apology: -1.4, warning: -1.0, notice: -1.0, reminder: -1.0, updates: -1.2,
  communication: -1.6, idea: -0.8, clue: -1.0, reason: -0.6,
  complaints: 1.8, complaint: 1.6, issues: 1.6, issue: 1.4, problems: 1.6,
  problem: 1.4, regrets: 1.8, hassle: 1.6, worries: 1.4,
};

/** Degree adverbs and how much they raise (or, negative, lower) the next sentiment word. */
export const BOOSTERS: Readonly<Record<string, number>> = {
  absolutely: 0.293, amazingly: 0.293, awfully: 0.293, completely: 0.293,
  deeply: 0.293, especially: 0.293, extremely: 0.293, entirely: 0.293,
  exceptionally: 0.293, fully: 0.293, greatly: 0.293, highly: 0.293,
  hugely: 0.293, incredibly: 0.293, insanely: 0.293, intensely: 0.293,
  majorly: 0.293, more: 0.293, most: 0.293, particularly: 0.293, purely: 0.293,
  quite: 0.293, really: 0.293, realy: 0.293, remarkably: 0.293, so: 0.293,
  soo: 0.293, such: 0.293, super: 0.293, too: 0.293, totally: 0.293,
  tremendously: 0.293, truly: 0.293, genuinely: 0.293, seriously: 0.293,
  unbelievably: 0.293, utterly: 0.293, very: 0.293, way: 0.293, hella: 0.293,
  mega: 0.293, ridiculously: 0.293, still: 0.2, damn: 0.293, dang: 0.293,
  freaking: 0.293, fricking: 0.293, effing: 0.293, fucking: 0.293,
  bloody: 0.293, uber: 0.293, thoroughly: 0.293,
  almost: -0.293, bit: -0.293, kinda: -0.293, sorta: -0.293, somewhat: -0.293,
  slightly: -0.293, little: -0.293, fairly: -0.2, marginally: -0.293,
  partly: -0.293, occasionally: -0.293, pretty: -0.1, mostly: -0.2,
};

/**
 * Words that negate the sentiment word after them. VADER's list (with
 * "least", which its scorer checks apart) and, beyond it "used to" (a state
 * that is over: "support used to be great"), and
 * "no" and "zero" ("no complaints", "zero issues"), "stopped", and
 * "barely"/"hardly", which VADER only dampens but which mean "not" in
 * "barely works".
 */
export const NEGATORS: readonly string[] = [
  "not", "no", "never", "none", "nobody", "nothing", "nowhere", "neither",
  "nor", "without", "zero", "nope", "cannot", "barely", "hardly", "scarcely", "least",
  "rarely", "seldom", "stopped", "lack", "lacks", "lacking", "used to",
  "isnt", "arent", "wasnt", "werent", "dont", "doesnt", "didnt", "cant",
  "couldnt", "wont", "wouldnt", "shouldnt", "havent", "hasnt", "hadnt", "aint",
];

/** Negators that, with "enough" later in the clause, intensify instead ("can't thank them enough"). */
export const INABILITY_NEGATORS: readonly string[] = ["can't", "cant", "cannot", "couldn't", "couldnt"];
