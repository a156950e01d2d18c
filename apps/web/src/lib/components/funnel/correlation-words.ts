import { humanize } from "$lib/format.ts";
import type { FunnelResultView } from "./funnel.ts";

export type FunnelCorrelation = FunnelResultView["correlations"][number];

/** What the people had in common, as the subject of a sentence ("People who asked a question"). */
const intentPhrases: Record<string, string> = {
  question: "asked a question",
  problem: "reported a problem",
  idea: "shared an idea",
  praise: "gave praise",
  other: "posted a message",
};

export function correlationSubject(correlation: Pick<FunnelCorrelation, "kind" | "label">): string {
  const label = correlation.label;
  switch (correlation.kind) {
    case "channel":
      return `People active on ${humanize(label)}`;
    case "campaign":
      return `People touched by the campaign “${label}”`;
    case "intent":
      return `People who ${intentPhrases[label.toLowerCase()] ?? `posted ${humanize(label)} messages`}`;
    case "source":
      return `People with activity from ${label}`;
    case "community":
      return `People who took part in ${label}`;
    case "organization":
      return `People at ${label}`;
    default:
      return `People with ${correlation.kind} ${label}`;
  }
}

const ratio = new Intl.NumberFormat("en", { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/**
 * The correlation as a sentence: "People who asked a question converted 3.1x as often" (the
 * conversion rate with it over the rate without it, which is what "as often" means; the odds ratio
 * the API ranks by is shown beside it).
 */
export function correlationSentence(correlation: FunnelCorrelation): string {
  const subject = correlationSubject(correlation);
  const withTotal = correlation.convertedWith + correlation.droppedWith;
  const withoutTotal = correlation.convertedWithout + correlation.droppedWithout;
  const rateWith = withTotal ? correlation.convertedWith / withTotal : 0;
  const rateWithout = withoutTotal ? correlation.convertedWithout / withoutTotal : 0;
  const counts = `${correlation.convertedWith} of ${withTotal}`;
  if (withoutTotal === 0) return `${subject} converted ${counts}; everyone who entered had it.`;
  if (rateWithout === 0) {
    return rateWith === 0
      ? `${subject}: no one converted, with it or without.`
      : `${subject} converted (${counts}); no one without it did.`;
  }
  if (rateWith === 0)
    return `${subject}: none of them converted (${counts}), against ${ratio.format(100 * rateWithout)}% of the others.`;
  const times = rateWith / rateWithout;
  if (times >= 1) return `${subject} converted ${ratio.format(times)}x as often (${counts}).`;
  return `${subject} converted ${ratio.format(1 / times)}x less often (${counts}).`;
}
