import { scoreSentiment } from "./sentiment.ts";

/** The four post types of a customer support community, plus everything else. */
export const INTENTS = ["question", "problem", "idea", "praise", "other"] as const;
export type Intent = (typeof INTENTS)[number];

const pattern = (alternatives: readonly string[]): RegExp =>
  new RegExp(alternatives.join("|"), "u");

const NEGATION = String.raw`\b(?:(?:can|won|don|doesn|didn|isn|aren|wasn|weren|couldn|wouldn|haven|hasn)'?t|not|never|cannot|unable to|fail(?:s|ed)? to|stopped|no longer)\b`;
const SUCCESS_VERBS = String.raw`(?:work(?:s|ing|ed)?|load(?:s|ing)?|open(?:s|ing)?|start(?:s|ing)?|connect(?:s|ing)?|sync(?:s|ing)?|charg(?:e|es|ing)|pair(?:s|ing)?|unlock|respond(?:s|ing)?|turn(?:s)? on|show(?:s|ed)? up|arriv(?:e|ed|es)|let me|accept(?:s|ing)?|sav(?:e|es|ing)|send(?:s|ing)?|print(?:s|ing)?|install(?:s|ing)?|boot(?:s|ing)?|play(?:s|ing)?|log ?in|sign ?in|login|access|reset|return(?:s|ing)?|get through|go(?:es)? through|updat(?:e|es|ing))\b`;

/** Failure reports that make a post a problem whatever else it says. */
const FAILURE = pattern([
  String.raw`${NEGATION}\s+(?:\w+\s+){0,2}?${SUCCESS_VERBS}`,
  // "isn't cooling anymore", "stopped pairing": something that used to work no longer does.
  String.raw`${NEGATION}[^.!?]{0,30}\banymore\b|\bstopped \w+ing\b`,
  String.raw`\b(?:broken|broke|crash(?:es|ed|ing)?|freez(?:e|es|ing)|froze|frozen|errors?|bugs?|buggy|glitch(?:es|y)?|outage|lag(?:gy|ging)?|overheat(?:s|ed|ing)?|leak(?:s|ed|ing)?|defect(?:ive)?|faulty|damaged|shattered|cracked|dead on arrival|stuck|missing|hacked|locked out|declined|unusable|buffering|disconnect(?:s|ed|ing)?|dropp(?:ed|ing) (?:calls|connection)|drain(?:s|ed|ing)?|reboot(?:s|ing)|restart(?:s|ing) (?:itself|randomly|on its own)|shuts? down|messed up|messing up)\b`,
  String.raw`\b(?:wrong (?:item|order|size|colou?r|balance|amount|address|charge|one)|charged (?:me )?twice|double[- ]charged|billed (?:me )?twice|overcharged|still waiting|never (?:arrived|received|came|showed)|(?:hasn't|has not|haven't|have not) (?:arrived|received|been)|lost (?:my|our|the)|deleted (?:my|our|all)|(?:says|said|shows|showing|marked(?: as)?) delivered|(?:loud|weird|strange|grinding|banging|clicking|rattling) (?:noise|sound)|no (?:signal|service|internet|wifi|connection|response|reply|power|sound|hot water)|(?:want|need|get|getting) (?:a|my) (?:refund|money back)|waiting (?:on|for) (?:my|a|the) refund|does nothing|nothing happens)\b`,
]);

/** Weaker trouble signals that count only when the post is not upbeat. */
const TROUBLE = pattern([
  String.raw`\b(?:issues?|problems?|refund|anyone else (?:having|seeing|getting|experiencing)|help me|keeps? \w+ing|(?:charged|billed) (?:me|my|us)|(?:was|were|got|been|being) (?:charged|billed)|even though i (?:cancel+ed|returned|paid))\b`,
  String.raw`\bordered\b[^.!?]{0,40}\b(?:got|received|sent me|came with)\b`,
]);

/** "Thanks for fixing the sync bug": the failure is over, the post is praise. */
const RESOLVED =
  /\b(?:fixed|fixing|solved|resolved|sorted (?:\w+ )?out|came through|works? again|working again|replaced)\b/u;
const UNRESOLVED = /\bstill\b|(?:n't|\bnot)\s+(?:been\s+)?(?:fixed|solved|resolved)\b/u;

const IDEA = pattern([
  String.raw`\bwould (?:help|be (?:great|nice|cool|awesome|amazing|helpful|useful|handy|good)|love|like to (?:see|have))\b`,
  String.raw`\bit'?d be (?:great|nice|cool|awesome|amazing|helpful|useful|handy|good|really)\b`,
  String.raw`\b(?:feature request|suggestion|idea|proposal)\s*[:\-]`,
  String.raw`\bsuggest(?:ion|ing)?\b`,
  String.raw`\bplease (?:add|make|consider|allow|let|bring|support|include|offer|implement|introduce|give)\b`,
  String.raw`\b(?:can|could|would|will) (?:you|u|y'all|they)(?: guys)?(?: please)? (?:add|make|consider|allow|let|bring|implement|introduce|offer|include|give|build|create)\b`,
  String.raw`\bshould (?:add|make|let|offer|bring|consider|have|allow|support|include|build|create|introduce|implement)\b`,
  String.raw`\bwish (?:it|there|you|the|they|i could|we could|this)\b`,
  String.raw`\bhop(?:e|ing) (?:you|they)(?: guys)? (?:will |can |could )?(?:add|bring|make|release|support|introduce)\b`,
  String.raw`\bhow about (?:adding|making|letting|a|an|some)\b`,
  String.raw`\bwhy not (?:add|let|make|offer|allow|have|bring|support)\b`,
  String.raw`\bwhat if (?:you|the|we|it|they|there)\b`,
  String.raw`\bimagine if\b`,
  String.raw`\bi'?d (?:pay (?:extra|more|for)|love (?:a|an|to see|to have|it if|if|the option))\b`,
  String.raw`\bneeds? (?:a way|an option|to add|to support|to allow|to let)\b`,
  String.raw`\bneeds? (?:a|an) (?:\w+ )?(?:mode|option|setting|button|feature|view|toggle|filter|version|shortcut)\b`,
  String.raw`^(?:please |pls |plz )?(?:add|bring back|let us|allow us|give us|introduce|include)\b`,
]);

const QUESTION = pattern([
  String.raw`\?`,
  String.raw`^(?:how|where|when|which|who|why)\b`,
  String.raw`^what(?:'s)?\b(?! an?\b)`,
  String.raw`^(?:is|are|can|could|does|do|did|will|would|should|has|have|any|anyone|anybody|was|were)\b`,
  String.raw`\b(?:anyone know|does anyone|do you know|is there (?:a|any) way|how (?:do|can|to|does|long|much|many)|wondering (?:if|whether|how|why)|curious (?:if|whether|how|about)|any tips|any advice)\b`,
]);

/** Greetings read as positive but are small talk, not praise. */
const GREETING =
  /^(?:good (?:morning|afternoon|evening|night)|happy (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|holidays|new year)|hello|hi|hey)\b/u;

const PROBLEM_SENTIMENT = -0.4;
const COMPLAINT_SENTIMENT = -0.1;
const TROUBLE_SENTIMENT = 0.1;
/*
 * Social posts and reviews pool their sentiment words (sentiment.ts), so a
 * thank-you that names the bug it fixed scores lower than a plain sum made it:
 * 0.25 keeps those praise (intent set 0.913 at 0.3 with the plain sum, 0.924
 * at 0.25 with pooling).
 */
const RESOLVED_SENTIMENT = 0.25;
const PRAISE_SENTIMENT = 0.25;

/**
 * Classifies a post by what its author wants. A failure report wins over
 * everything, so "my washer is broken, how do I get a refund?" is a problem,
 * not a question; a suggestion wins over the question or praise it is phrased
 * as ("would be great if you added dark mode"); a clearly negative post is a
 * problem even when phrased as a question; then questions, milder complaints,
 * praise, and everything else.
 *
 * @param sentiment the post's scoreSentiment, when the caller already has it
 */
export function classifyIntent(text: string, sentiment?: number): Intent {
  if (!text) return "other";
  const lower = text.toLowerCase().replaceAll("’", "'").trim();
  const tone = sentiment ?? scoreSentiment(text);

  const failureIsOver =
    tone > RESOLVED_SENTIMENT && RESOLVED.test(lower) && !UNRESOLVED.test(lower);
  if (FAILURE.test(lower) && !failureIsOver) return "problem";
  if (IDEA.test(lower)) return "idea";
  if (tone <= PROBLEM_SENTIMENT) return "problem";
  if (QUESTION.test(lower)) return "question";
  // Negative, yet neither a question nor a suggestion: the author is reporting something wrong.
  if (tone < COMPLAINT_SENTIMENT) return "problem";
  if (tone <= TROUBLE_SENTIMENT && TROUBLE.test(lower)) return "problem";
  if (tone >= PRAISE_SENTIMENT && !GREETING.test(lower)) return "praise";
  return "other";
}
