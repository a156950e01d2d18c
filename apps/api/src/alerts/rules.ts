// Alert rules: three kinds, each with typed parameters. A stored rule keeps only the parameters
// that differ from its kind's defaults, which live here once.
import { ValidationError } from "../errors.ts";
import type { AlertRuleKind } from "../generated/prisma/enums.ts";
import { compact } from "../influence/score.ts";

/** An influential author: by followers or by influence score (0 to 100). */
export interface InfluentialAuthor {
  minFollowers: number;
  minInfluence: number;
}

export interface InfluentialUnhappyParams extends InfluentialAuthor {
  /** Sentiment at or below this is unhappy (-1 to 1). */
  sentimentBelow: number;
  /** Whether a message whose intent is a problem counts as unhappy whatever its sentiment. */
  problemIntent: boolean;
}

export interface CompetitorUnhappyParams extends InfluentialAuthor {
  /** Sentiment about the competitor at or below this. */
  sentimentBelow: number;
}

export interface CrisisRuleParams {
  /** Length of the window counted, ending at the newest negative mention. */
  windowMinutes: number;
  /** Robust z-score at or above which the count is a crisis. */
  threshold: number;
  /** Fewest negative mentions in the window for an alert. */
  minCount: number;
  /** Weeks of the same hour looked back at. */
  weeks: number;
  /** Same-hour-of-week samples needed for the seasonal baseline. */
  minWeeks: number;
  /** A mention at or below this sentiment is negative. */
  sentimentBelow: number;
}

export interface ParamsOf {
  influential_unhappy: InfluentialUnhappyParams;
  crisis: CrisisRuleParams;
  competitor_unhappy: CompetitorUnhappyParams;
}

export const defaultParams: { [K in AlertRuleKind]: ParamsOf[K] } = {
  influential_unhappy: {
    minFollowers: 100_000,
    minInfluence: 50,
    sentimentBelow: -0.3,
    problemIntent: true,
  },
  crisis: {
    windowMinutes: 60,
    threshold: 3.5,
    minCount: 10,
    weeks: 8,
    minWeeks: 4,
    sentimentBelow: -0.05,
  },
  competitor_unhappy: { minFollowers: 100_000, minInfluence: 50, sentimentBelow: -0.3 },
};

/** Bounds of each numeric parameter: the GraphQL input is refused outside them, naming the field. */
const bounds: Record<string, { min: number; max: number; integer?: boolean }> = {
  minFollowers: { min: 0, max: 2_000_000_000, integer: true },
  minInfluence: { min: 0, max: 100 },
  sentimentBelow: { min: -1, max: 1 },
  windowMinutes: { min: 5, max: 24 * 60, integer: true },
  threshold: { min: 0.5, max: 100 },
  minCount: { min: 1, max: 1_000_000, integer: true },
  weeks: { min: 1, max: 52, integer: true },
  minWeeks: { min: 1, max: 52, integer: true },
};

export type RuleParams = ParamsOf[AlertRuleKind];

export interface AlertRuleShape<K extends AlertRuleKind = AlertRuleKind> {
  id: number;
  name: string;
  kind: K;
  enabled: boolean;
  params: ParamsOf[K];
}

/** The rule's effective parameters: its stored overrides over the kind's defaults. */
export function paramsOf<K extends AlertRuleKind>(kind: K, stored: unknown): ParamsOf[K] {
  const overrides =
    stored && typeof stored === "object" && !Array.isArray(stored)
      ? (stored as Record<string, unknown>)
      : {};
  const defaults = defaultParams[kind] as unknown as Record<string, unknown>;
  const merged = { ...defaults };
  for (const name of Object.keys(defaults)) {
    if (typeof overrides[name] === typeof defaults[name]) merged[name] = overrides[name];
  }
  return merged as unknown as ParamsOf[K];
}

/**
 * Checks the parameters given for a kind and returns what to store: the given values that differ
 * from the defaults. `field` names the input object in errors ("input.crisis").
 */
export function overridesOf(
  kind: AlertRuleKind,
  given: Record<string, unknown>,
  field: string,
): Record<string, unknown> {
  const defaults = defaultParams[kind] as unknown as Record<string, unknown>;
  const overrides: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(given)) {
    if (value === null || value === undefined) continue;
    const bound = bounds[name];
    if (bound && typeof value === "number") {
      if (
        !Number.isFinite(value) ||
        value < bound.min ||
        value > bound.max ||
        (bound.integer && !Number.isInteger(value))
      ) {
        throw new ValidationError(
          `${field}.${name}`,
          `must be ${bound.integer ? "a whole number" : "a number"} from ${bound.min} to ${bound.max}, got ${value}`,
          "AlertRuleInput",
        );
      }
    }
    if (value !== defaults[name]) overrides[name] = value;
  }
  if (kind === "crisis") {
    const params = paramsOf("crisis", overrides);
    if (params.minWeeks > params.weeks) {
      throw new ValidationError(
        `${field}.minWeeks`,
        `must be at most weeks (${params.weeks}), got ${params.minWeeks}`,
        "AlertRuleInput",
      );
    }
  }
  return overrides;
}

/** What a rule watches for, in words, for the dashboard's rule list. */
export function describeRule(rule: AlertRuleShape): string {
  const who = (p: InfluentialAuthor) =>
    `${compact(p.minFollowers)}+ followers or influence ${p.minInfluence}+`;
  switch (rule.kind) {
    case "influential_unhappy": {
      const p = rule.params as InfluentialUnhappyParams;
      return `An author with ${who(p)} and sentiment at most ${p.sentimentBelow}${p.problemIntent ? " or a problem" : ""}`;
    }
    case "competitor_unhappy": {
      const p = rule.params as CompetitorUnhappyParams;
      return `An author with ${who(p)} and sentiment at most ${p.sentimentBelow} about a competitor brand`;
    }
    case "crisis": {
      const p = rule.params as CrisisRuleParams;
      return `At least ${p.minCount} negative mentions of an own brand in ${p.windowMinutes} minutes, robust z-score ${p.threshold}+ against the same hour of the last ${p.weeks} weeks`;
    }
  }
}
