// Fellegi-Sunter weights for the address and customer-number comparisons, with m (how often one
// person's records agree at a level) and u (how often two different people's records do)
// estimated by expectation maximisation from the compared pairs themselves, as Splink and fastLink
// do. How often a street or postcode is mistyped, and how often two people in a block share a
// suburb, depend on the source and on the data set: fitted, the weights follow the data; set by
// hand, they would encode one data set. A prior (DEFAULT_MODEL, worth PRIOR_PAIRS pairs) keeps a
// small batch's fit close to sense, and the name comparison takes part only as the anchor that
// tells the two classes apart (its weight comes from the name model, which knows name frequencies).
// The anchor is held at the prior, not fitted: fitted, EM could call households (one address, two
// names) the matching class whenever the blocking keys brought more of them than of duplicates,
// and the weights then moved with every change to the blocking keys.
import type { AgreementLevel } from "./addressEvidence.ts";

export const COMPARISON_FIELDS = ["name", "street", "postcode", "city", "customerNumber"] as const;
export type ComparisonField = (typeof COMPARISON_FIELDS)[number];
export type ComparisonVector = Partial<Record<ComparisonField, AgreementLevel>>;

const LEVELS: readonly AgreementLevel[] = ["exact", "close", "different"];

type Distribution = Record<AgreementLevel, number>;

export interface ComparisonModel {
  /** Share of compared pairs that are one person. */
  matchShare: number;
  m: Record<ComparisonField, Distribution>;
  u: Record<ComparisonField, Distribution>;
}

/**
 * Starting point and prior: duplicates mostly agree, with a slip in one field in ten (m); two
 * different people sharing a blocking key share a suburb often and a street rarely, and mostly
 * differ in name (u). The name distributions stay fixed (the anchor).
 */
export const DEFAULT_MODEL: ComparisonModel = {
  matchShare: 0.3,
  m: {
    name: { exact: 0.6, close: 0.35, different: 0.05 },
    street: { exact: 0.8, close: 0.15, different: 0.05 },
    postcode: { exact: 0.85, close: 0.1, different: 0.05 },
    city: { exact: 0.85, close: 0.1, different: 0.05 },
    customerNumber: { exact: 0.01, close: 0.8, different: 0.19 },
  },
  u: {
    name: { exact: 0.1, close: 0.1, different: 0.8 },
    street: { exact: 0.05, close: 0.03, different: 0.92 },
    postcode: { exact: 0.2, close: 0.05, different: 0.75 },
    city: { exact: 0.25, close: 0.05, different: 0.7 },
    customerNumber: { exact: 0.001, close: 0.02, different: 0.979 },
  },
};

const PRIOR_PAIRS = 50;
const ITERATIONS = 25;
/** No level is ever impossible: a weight stays finite whatever a small batch shows. */
const FLOOR = 1e-4;

/** EM over the compared pairs' agreement levels; missing fields carry no information and are skipped. */
export function fitComparisonModel(
  vectors: readonly ComparisonVector[],
  prior: ComparisonModel = DEFAULT_MODEL,
): ComparisonModel {
  let model = prior;
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const mCounts = countsFrom(prior.m, PRIOR_PAIRS * prior.matchShare);
    const uCounts = countsFrom(prior.u, PRIOR_PAIRS * (1 - prior.matchShare));
    let matches = PRIOR_PAIRS * prior.matchShare;
    for (const vector of vectors) {
      const p = matchProbability(model, vector);
      matches += p;
      for (const field of COMPARISON_FIELDS) {
        const level = vector[field];
        if (!level) continue;
        mCounts[field][level] += p;
        uCounts[field][level] += 1 - p;
      }
    }
    model = {
      matchShare: Math.min(0.99, Math.max(0.01, matches / (vectors.length + PRIOR_PAIRS))),
      m: { ...normalized(mCounts), name: prior.m.name },
      u: { ...normalized(uCounts), name: prior.u.name },
    };
  }
  return model;
}

/** Posterior probability that a pair is one person, from the fields alone (used inside EM). */
function matchProbability(model: ComparisonModel, vector: ComparisonVector): number {
  let logOdds = Math.log(model.matchShare / (1 - model.matchShare));
  for (const field of COMPARISON_FIELDS) {
    const level = vector[field];
    if (level) logOdds += levelWeight(model, field, level);
  }
  return 1 / (1 + Math.exp(-logOdds));
}

/** log(m / u) of one field at one level: the weight of evidence the comparison adds. */
export function levelWeight(
  model: ComparisonModel,
  field: ComparisonField,
  level: AgreementLevel,
): number {
  return Math.log(Math.max(FLOOR, model.m[field][level]) / Math.max(FLOOR, model.u[field][level]));
}

function countsFrom(
  distributions: Record<ComparisonField, Distribution>,
  weight: number,
): Record<ComparisonField, Distribution> {
  const counts = {} as Record<ComparisonField, Distribution>;
  for (const field of COMPARISON_FIELDS) {
    counts[field] = { exact: 0, close: 0, different: 0 };
    for (const level of LEVELS) counts[field][level] = distributions[field][level] * weight;
  }
  return counts;
}

function normalized(
  counts: Record<ComparisonField, Distribution>,
): Record<ComparisonField, Distribution> {
  const result = {} as Record<ComparisonField, Distribution>;
  for (const field of COMPARISON_FIELDS) {
    const total = LEVELS.reduce((sum, level) => sum + counts[field][level], 0);
    result[field] = { exact: 0, close: 0, different: 0 };
    for (const level of LEVELS)
      result[field][level] = Math.max(FLOOR, counts[field][level] / total);
  }
  return result;
}
