import { EMOJI_VALENCES } from "../../../src/enrich/emoji-valences.ts";
import { VADER_VALENCES, wordTableFor } from "../../../src/enrich/lexicon.ts";
import { scoreSentiment, scoreWithProfile } from "../../../src/enrich/sentiment.ts";
import {
  SENTIMENT_PROFILES,
  TEXT_KIND_OF_CHANNEL,
} from "../../../src/enrich/sentiment-profiles.ts";
import { CLAUSE_BREAK, tokenizeForSentiment } from "../../../src/enrich/sentiment-tokens.ts";
import { EXTRA_NEGATORS, FAILURE_ONLY_NEGATORS } from "../../../src/enrich/social-lexicon.ts";
import { pearsonCorrelation, vaderCompound } from "../eval-sets.ts";
import { generatedTweets, handWrittenTweets } from "./tweet-corpus.ts";

/*
 * `npx tsx apps/api/eval/enrich/audit/vader-audit.ts [--generated=N] [--show=K] [--flips]`:
 * scores the unlabelled tweet corpus with Parley (as ingest scores a tweet) and
 * with the vader-sentiment package, lists every text where they part (signs
 * differ, one is 0 and the other at least 0.3 from it, or they differ by 0.4
 * or more) and groups them by the Parley rule that makes the difference;
 * --flips lists every text VADER reads clearly polar that Parley zeroes or flips.
 * It also prints how closely the two scorers agree over the whole corpus (r,
 * share scored the same) and, on texts where no token only Parley reads
 * fires, the mean size of their difference and the K largest gaps.
 */
const kind = TEXT_KIND_OF_CHANNEL.twitter;
const profile = SENTIMENT_PROFILES[kind];
const table = wordTableFor(profile);
/** Parley's negators beyond VADER's list (social-lexicon.ts). */
const extraNegators = new Set([...EXTRA_NEGATORS, ...FAILURE_ONLY_NEGATORS]);

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) =>
  Number(args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const texts = [...handWrittenTweets(), ...generatedTweets(arg("generated", 6000))];

/** The tokens of `text` that Parley reads and VADER does not, or reads otherwise. */
function parleyOnlyTokens(text: string): string[] {
  const rules: string[] = [];
  const t = tokenizeForSentiment(text, table);
  for (let i = 0; i < t.words.length; i++) {
    const w = t.words[i]!;
    const info = t.infos[i];
    if (w === CLAUSE_BREAK) continue;
    if (EMOJI_VALENCES[w] !== undefined) rules.push(`emoji ${w}`);
    if (info?.phrases) {
      for (const p of info.phrases) {
        if (p.rest.every((r, k) => t.words[i + 1 + k] === r)) {
          rules.push(`phrase "${[w, ...p.rest].join(" ")}"`);
          break;
        }
      }
    }
    if (info?.overwhelm) rules.push(`overwhelm ${w}`);
    if (info?.ironicAlone) rules.push(`ironic-alone? ${w}`);
    if (w === "like" && info === undefined) rules.push("like-not-verb");
    if (t.stretched[i]) rules.push(`stretched ${w}`);
    if (t.hashtag[i] && info?.valence) rules.push(`hashtag #${w}`);
    const v = VADER_VALENCES.get(w);
    const pv = info?.valence ?? 0;
    if (info && v === undefined && pv !== 0 && info.booster === 0)
      rules.push(`word-not-in-vader ${w}`);
    if (v !== undefined && info && Math.abs(pv - v) > 1e-9 && info.booster === 0 && !info.phrases)
      rules.push(`re-rated ${w} ${v}->${pv}`);
    if (info?.booster && v !== undefined) rules.push(`booster-not-word ${w}`);
    if (info?.negator && !VADER_VALENCES.has(w) && extraNegators.has(w))
      rules.push(`extra-negator ${w}`);
    if (info?.subjectNegator) rules.push(`subject-negator ${w}`);
  }
  return rules;
}

function rulesOf(text: string, parley: number, vader: number): string[] {
  const rules: string[] = [];
  const flip = (name: keyof typeof profile) =>
    scoreWithProfile(text, { ...profile, [name]: !profile[name] });
  for (const name of [
    "complaintPhrases",
    "extraNegators",
    "namedDepartments",
    "poolWords",
  ] as const) {
    const other = flip(name);
    if (
      Math.abs(other - parley) > 1e-9 &&
      Math.abs(other - vader) < Math.abs(parley - vader) - 0.05
    )
      rules.push(name);
  }
  rules.push(...parleyOnlyTokens(text));
  // Negation VADER reads across punctuation.
  if (/\b(not|no|never|don'?t|can'?t|isn'?t|won'?t|didn'?t)\b[,.!?]/i.test(text))
    rules.push("negation-stops-at-punct");
  if (/(^|\s)[A-Z]{2,}(\s|$)/.test(text) && text === text.toUpperCase()) rules.push("all-caps");
  if (/(^|\s)(@\w+|https?:\/\/\S+|#\w+)/.test(text)) rules.push("handle/url/hashtag");
  if (rules.length === 0) rules.push("other");
  return rules;
}

interface Part {
  text: string;
  parley: number;
  vader: number;
  rules: string[];
}
const lineOf = (p: Part) =>
  `   P ${p.parley.toFixed(2).padStart(5)} V ${p.vader.toFixed(2).padStart(5)}  ${p.text}   [${p.rules.join(", ")}]`;
/** VADER reads the text clearly polar (|compound| >= 0.3) and Parley reads it 0 or the other way. */
const zeroedOrFlipped = ({ parley, vader }: { parley: number; vader: number }) =>
  Math.abs(vader) >= 0.3 && (parley === 0 || Math.sign(parley) !== Math.sign(vader));
const parts: Part[] = [];
const scored = texts.map((text) => ({
  text,
  parley: scoreSentiment(text, kind),
  vader: vaderCompound(text),
}));
for (const { text, parley, vader } of scored) {
  const signDiffers = parley !== 0 && vader !== 0 && Math.sign(parley) !== Math.sign(vader);
  const oneZero =
    (parley === 0 && Math.abs(vader) >= 0.3) || (vader === 0 && Math.abs(parley) >= 0.3);
  if (signDiffers || oneZero || Math.abs(parley - vader) >= 0.4) {
    parts.push({ text, parley, vader, rules: rulesOf(text, parley, vader) });
  }
}
console.log(
  `texts ${texts.length}, parting ${parts.length}, VADER clearly polar but Parley 0 or opposite ${parts.filter(zeroedOrFlipped).length}`,
);
/*
 * How far Parley drifts from VADER in size as well as sign: over texts where no
 * token Parley alone reads fires, any difference comes from the rules (negation
 * reach, pooling, irony, emoticons never negated), not from what VADER lacks.
 */
const sameTokens = scored.filter(({ text }) => parleyOnlyTokens(text).length === 0);
const gap = ({ parley, vader }: { parley: number; vader: number }) => Math.abs(parley - vader);
console.log(
  `Parley vs VADER: r ${pearsonCorrelation(
    scored.map((s) => s.parley),
    scored.map((s) => s.vader),
  ).toFixed(3)}, scored the same (to 0.005) ${(
    scored.filter((s) => gap(s) < 0.005).length / scored.length
  ).toFixed(
    3,
  )}; on the ${sameTokens.length} texts no Parley-only token fires in: r ${pearsonCorrelation(
    sameTokens.map((s) => s.parley),
    sameTokens.map((s) => s.vader),
  ).toFixed(3)}, mean |difference| ${(
    sameTokens.reduce((sum, s) => sum + gap(s), 0) / sameTokens.length
  ).toFixed(3)}, the same ${(
    sameTokens.filter((s) => gap(s) < 0.005).length / sameTokens.length
  ).toFixed(3)}`,
);
const groups = new Map<string, Part[]>();
for (const part of parts) {
  for (const rule of new Set(part.rules.map((r) => r.replace(/ .*$/, "")))) {
    groups.set(rule, [...(groups.get(rule) ?? []), part]);
  }
}
const show = arg("show", 8);
for (const [rule, list] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
  const flips = list.filter(zeroedOrFlipped).length;
  console.log(`\n## ${rule}: ${list.length} parting, ${flips} of them zeroed or flipped`);
  const detail = new Map<string, number>();
  for (const p of list)
    for (const r of p.rules) if (r.startsWith(rule)) detail.set(r, (detail.get(r) ?? 0) + 1);
  console.log(
    `   ${[...detail]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([r, n]) => `${r} (${n})`)
      .join("; ")}`,
  );
  for (const p of list.slice(0, show)) console.log(lineOf(p));
}

const largestGaps = [...sameTokens].sort((a, b) => gap(b) - gap(a)).slice(0, show);
console.log(`\n# The ${show} largest gaps where no Parley-only token fires`);
for (const s of largestGaps)
  console.log(lineOf({ ...s, rules: rulesOf(s.text, s.parley, s.vader) }));

if (args.includes("--flips")) {
  console.log("\n# VADER clearly polar (|compound| >= 0.3), Parley 0 or opposite");
  for (const p of parts.filter(zeroedOrFlipped)) console.log(lineOf(p));
}
