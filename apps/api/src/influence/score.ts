// The influence score: three components, each a measure scaled to 0..1 and weighted, whose
// contributions add up to the score (0 to 100). Each component is described once here, as the
// TypeScript that explains it and as the SQL the database sorts by, so the two cannot drift.

export interface InfluenceMeasures {
  /** Share of people whose PageRank is lower, 0 to 1. */
  pageRankPercentile: number;
  pageRank: number;
  /** Largest follower count. */
  reach: number;
  /** Replies, shares and likes received. */
  engagement: number;
}

export interface ScoreComponent {
  name: "network" | "reach" | "engagement";
  /** The measure behind the component, as stored. */
  value: number;
  weight: number;
  /** weight × the measure scaled to 0..1 × 100: what the component adds to the score. */
  contribution: number;
  explanation: string;
}

/** Reach saturates at 10 million followers and engagement at 100,000 interactions (log scale). */
const REACH_CEILING = 10_000_000;
const ENGAGEMENT_CEILING = 100_000;

interface ComponentRule {
  name: ScoreComponent["name"];
  weight: number;
  value(measures: InfluenceMeasures): number;
  scaled(measures: InfluenceMeasures): number;
  /** The same scaling in SQL over a row with the columns of Person (or ScopedInfluence). */
  scaledSql(columns: SqlColumns): string;
  explain(measures: InfluenceMeasures, scaled: number): string;
}

export interface SqlColumns {
  pageRankPercentile: string;
  reach: string;
  engagement: string;
}

const logScale = (value: number, ceiling: number) =>
  Math.min(1, Math.log1p(Math.max(0, value)) / Math.log1p(ceiling));
const logScaleSql = (column: string, ceiling: number) =>
  `LEAST(1, ln(1 + GREATEST(0, ${column})::float8) / ln(1 + ${ceiling}))`;

const RULES: readonly ComponentRule[] = [
  {
    name: "network",
    weight: 0.4,
    value: (m) => m.pageRank,
    scaled: (m) => Math.min(1, Math.max(0, m.pageRankPercentile)),
    scaledSql: (c) => `LEAST(1, GREATEST(0, ${c.pageRankPercentile}))`,
    explain: (m) =>
      `PageRank ${m.pageRank.toPrecision(3)}: more central in the conversation than ${percent(m.pageRankPercentile)} of people`,
  },
  {
    name: "reach",
    weight: 0.35,
    value: (m) => m.reach,
    scaled: (m) => logScale(m.reach, REACH_CEILING),
    scaledSql: (c) => logScaleSql(c.reach, REACH_CEILING),
    explain: (m, scaled) =>
      `${compact(m.reach)} followers (${percent(scaled)} of the way to ${compact(REACH_CEILING)} on a log scale)`,
  },
  {
    name: "engagement",
    weight: 0.25,
    value: (m) => m.engagement,
    scaled: (m) => logScale(m.engagement, ENGAGEMENT_CEILING),
    scaledSql: (c) => logScaleSql(c.engagement, ENGAGEMENT_CEILING),
    explain: (m, scaled) =>
      `${compact(m.engagement)} replies, shares and likes received (${percent(scaled)} of the way to ${compact(ENGAGEMENT_CEILING)})`,
  },
];

export function scoreComponents(measures: InfluenceMeasures): ScoreComponent[] {
  return RULES.map((rule) => {
    const scaled = rule.scaled(measures);
    return {
      name: rule.name,
      value: rule.value(measures),
      weight: rule.weight,
      contribution: 100 * rule.weight * scaled,
      explanation: rule.explain(measures, scaled),
    };
  });
}

export function influenceScore(measures: InfluenceMeasures): number {
  return scoreComponents(measures).reduce((sum, component) => sum + component.contribution, 0);
}

/** The score as a SQL expression over the given columns, term for term what influenceScore adds. */
export function influenceScoreSql(columns: SqlColumns): string {
  return `(${RULES.map((rule) => `100 * ${rule.weight} * ${rule.scaledSql(columns)}`).join(" + ")})`;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** 1200 → "1.2K", 1200000 → "1.2M": how people say follower counts. */
export function compact(value: number): string {
  const units: Array<[number, string]> = [
    [1e9, "B"],
    [1e6, "M"],
    [1e3, "K"],
  ];
  for (const [size, unit] of units) {
    if (Math.abs(value) >= size) return `${Number((value / size).toFixed(1))}${unit}`;
  }
  return String(Math.round(value));
}
