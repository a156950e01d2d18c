const whole = new Intl.NumberFormat("en", { maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 });

export function formatCount(value: number | null | undefined): string {
  return value == null ? "–" : whole.format(value);
}

/** Money arrives as an exact decimal string; the overview carries no currency, so none is shown. */
export function formatAmount(value: string | null | undefined): string {
  if (value == null || value === "") return "–";
  const amount = Number(value);
  return Number.isFinite(amount) ? whole.format(amount) : value;
}

export function formatSentiment(value: number | null | undefined): string {
  if (value == null) return "–";
  const rounded = value.toFixed(2);
  if (Number(rounded) === 0) return "0.00";
  return value > 0 ? `+${rounded}` : rounded.replace("-", "−");
}

/** Large amounts shortened for a tile ("458K"); the exact amount goes in the tile's tooltip. */
export function formatAmountShort(value: string | null | undefined): string {
  if (value == null || value === "") return "–";
  const amount = Number(value);
  return Number.isFinite(amount) ? compact.format(amount) : value;
}

const stageLabels: Record<string, string> = { MQL: "MQL", SQL: "SQL" };

/** LEAD → "Lead", MQL → "MQL". */
export function formatStage(stage: string | null | undefined): string {
  if (!stage) return "–";
  return stageLabels[stage] ?? stage.charAt(0) + stage.slice(1).toLowerCase();
}

/** "1.2M followers"; a reach of 1 reads "1 follower". */
export function formatReach(reach: number | null | undefined): string {
  if (reach == null) return "reach unknown";
  return `${compact.format(reach)} ${reach === 1 ? "follower" : "followers"}`;
}

export type SentimentTone = "negative" | "neutral" | "positive" | "unknown";

/** Clearly negative below this; the feed's "negative only" filter uses the same line. */
export const negativeBelow = -0.3;
const positiveAbove = 0.3;

/** The tone a sentiment score is coloured with. */
export function sentimentTone(value: number | null | undefined): SentimentTone {
  if (value == null) return "unknown";
  if (value < negativeBelow) return "negative";
  if (value > positiveAbove) return "positive";
  return "neutral";
}

/** SUPPORT_TICKET → "support ticket". */
export function humanize(value: string | null | undefined): string {
  return value ? value.toLowerCase().replaceAll("_", " ") : "–";
}

const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
const absolute = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

export function formatAbsolute(iso: string | null | undefined): string {
  return iso ? absolute.format(new Date(iso)) : "–";
}

export function formatRelative(iso: string | null | undefined, now: number): string {
  if (!iso) return "–";
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return "just now";
  if (abs < 3600) return relative.format(Math.round(seconds / 60), "minute");
  if (abs < 86400) return relative.format(Math.round(seconds / 3600), "hour");
  if (abs < 86400 * 30) return relative.format(Math.round(seconds / 86400), "day");
  return absolute.format(new Date(iso));
}
