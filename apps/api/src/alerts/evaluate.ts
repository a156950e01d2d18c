// What an alert rule makes of new messages: pure decisions over signals the evaluator read, each
// with its reason in words and numbers. The evaluator (evaluator.ts) reads and writes.
import type { Priority } from "../influence/priority.ts";
import { compact } from "../influence/score.ts";
import type { CrisisVerdict } from "./crisis.ts";
import type {
  AlertRuleShape,
  CompetitorUnhappyParams,
  InfluentialAuthor,
  InfluentialUnhappyParams,
} from "./rules.ts";

export const priorities: readonly Priority[] = ["low", "normal", "high", "urgent"];
export const severityRank = (severity: Priority) => priorities.indexOf(severity);

export interface MentionedBrand {
  brandId: number;
  name: string;
  kind: "own" | "competitor";
  sentiment: number | null;
}

/** One new inbound message, with what the rules look at. */
export interface MessageSignals {
  messageId: number;
  conversationId: number;
  personId: number;
  displayName: string;
  followers: number;
  influence: number;
  sentiment: number | null;
  intent: string | null;
  priority: Priority;
  postedAt: Date;
  /** Other messages of the conversation in the hour up to this one. */
  recentReplies: number;
  brands: MentionedBrand[];
}

/** An alert to write: a new one, or the growth of the one with the same rule and key. */
export interface AlertDraft {
  ruleId: number;
  key: string;
  severity: Priority;
  reason: string;
  personId: number | null;
  messageId: number | null;
  conversationId: number | null;
  brandId: number | null;
  /** Messages of this batch that matched. */
  messageCount: number;
  details: Record<string, unknown>;
  postedAt: Date;
}

const influential = (p: InfluentialAuthor, m: MessageSignals) =>
  m.followers >= p.minFollowers || m.influence >= p.minInfluence;
const signed = (value: number) => (Math.round(value * 100) / 100).toString();
const replies = (n: number) => `${n} ${n === 1 ? "reply" : "replies"} in the last hour`;

function authorReason(m: MessageSignals, about: string[]): string {
  return [
    `${m.displayName}: ${compact(m.followers)} followers`,
    `influence ${Math.round(m.influence)}`,
    ...about,
    replies(m.recentReplies),
  ].join(", ");
}

function personDraft(
  rule: AlertRuleShape,
  m: MessageSignals,
  reason: string,
  extra: Record<string, unknown> = {},
): AlertDraft {
  return {
    ruleId: rule.id,
    key: `conversation:${m.conversationId}`,
    // The message's priority: the same signals, channel-blind, so a phone call and a tweet rank alike.
    severity: m.priority,
    reason,
    personId: m.personId,
    messageId: m.messageId,
    conversationId: m.conversationId,
    brandId: null,
    messageCount: 1,
    details: {
      followers: m.followers,
      influence: m.influence,
      sentiment: m.sentiment,
      intent: m.intent,
      recentReplies: m.recentReplies,
      ...extra,
    },
    postedAt: m.postedAt,
  };
}

/** Influential and unhappy: an influential author, negative or with a problem. */
export function influentialUnhappy(
  rule: AlertRuleShape<"influential_unhappy">,
  m: MessageSignals,
): AlertDraft | null {
  const p: InfluentialUnhappyParams = rule.params;
  const negative = m.sentiment !== null && m.sentiment <= p.sentimentBelow;
  const problem = p.problemIntent && m.intent === "problem";
  if (!influential(p, m) || !(negative || problem)) return null;
  const about = [
    ...(m.sentiment !== null ? [`sentiment ${signed(m.sentiment)}`] : []),
    ...(problem ? ["a problem"] : []),
  ];
  return personDraft(rule, m, authorReason(m, about));
}

/** A competitor's unhappy customer: an influential author negative about a competitor brand. */
export function competitorUnhappy(
  rule: AlertRuleShape<"competitor_unhappy">,
  m: MessageSignals,
): AlertDraft | null {
  const p: CompetitorUnhappyParams = rule.params;
  if (!influential(p, m)) return null;
  const brand = m.brands.find(
    (b) => b.kind === "competitor" && (b.sentiment ?? m.sentiment ?? 0) <= p.sentimentBelow,
  );
  if (!brand) return null;
  const sentiment = brand.sentiment ?? m.sentiment ?? 0;
  const draft = personDraft(
    rule,
    m,
    authorReason(m, [`sentiment ${signed(sentiment)} about ${brand.name} (a competitor)`]),
    { competitor: brand.name },
  );
  return { ...draft, brandId: brand.brandId };
}

/** A crisis of an own brand, from the verdict on its window (crisis.ts). */
export function crisisDraft(
  rule: AlertRuleShape<"crisis">,
  brand: { brandId: number; name: string },
  latest: MessageSignals,
  newMentions: number,
  current: number,
  verdict: CrisisVerdict,
): AlertDraft {
  const p = rule.params;
  const usual =
    verdict.method === "seasonal"
      ? `usually ${signed(verdict.baseline)} at this hour of the week (median of ${verdict.samples} weeks)`
      : verdict.method === "recent"
        ? `usually ${signed(verdict.baseline)} an hour (median of the last ${verdict.samples} hours; under ${p.minWeeks} weeks of history)`
        : "no history yet";
  const window = p.windowMinutes === 60 ? "the last hour" : `the last ${p.windowMinutes} minutes`;
  return {
    ruleId: rule.id,
    // One crisis alert per brand and day (UTC), growing while the spike lasts.
    key: `brand:${brand.brandId}:${latest.postedAt.toISOString().slice(0, 10)}`,
    severity: verdict.z >= 2 * p.threshold || current >= 5 * p.minCount ? "urgent" : "high",
    reason: `${brand.name}: ${current} negative mentions in ${window}, ${usual}, robust z ${verdict.z.toFixed(1)}`,
    personId: latest.personId,
    messageId: latest.messageId,
    conversationId: latest.conversationId,
    brandId: brand.brandId,
    messageCount: newMentions,
    details: {
      brand: brand.name,
      count: current,
      baseline: verdict.baseline,
      scale: verdict.scale,
      z: verdict.z,
      method: verdict.method,
      samples: verdict.samples,
    },
    postedAt: latest.postedAt,
  };
}

/**
 * One draft per rule and key: a batch may bring several messages of one conversation. The most
 * severe wins the severity, the newest message gives the reason, the counts add up.
 */
export function combineDrafts(drafts: AlertDraft[]): AlertDraft[] {
  const byKey = new Map<string, AlertDraft>();
  for (const draft of drafts) {
    const id = `${draft.ruleId}/${draft.key}`;
    const held = byKey.get(id);
    if (!held) {
      byKey.set(id, draft);
      continue;
    }
    const newer =
      draft.postedAt > held.postedAt ||
      (draft.postedAt.getTime() === held.postedAt.getTime() &&
        (draft.messageId ?? 0) > (held.messageId ?? 0));
    const base = newer ? draft : held;
    byKey.set(id, {
      ...base,
      severity:
        severityRank(draft.severity) > severityRank(held.severity) ? draft.severity : held.severity,
      messageCount: held.messageCount + draft.messageCount,
    });
  }
  return [...byKey.values()];
}
