import { describe, expect, test } from "vitest";
import { carryOverCommunityIds, indexGraph, measureGraph, percentiles } from "./compute.ts";
import { planInfluencerPage } from "./influencers.ts";
import { influenceScore, influenceScoreSql, scoreComponents } from "./score.ts";

describe("an influence run's arithmetic", () => {
  test("percentiles: the share of the others ranked lower, ties alike", () => {
    expect([...percentiles(Float64Array.from([0.1, 0.5, 0.1, 0.3]))]).toEqual([0, 1, 0, 2 / 3]);
  });

  test("edges to unknown or merged-away people and self-loops are left out", () => {
    const graph = indexGraph({
      personIds: Int32Array.from([10, 20, 30]),
      from: Int32Array.from([10, 20, 99, 30]),
      to: Int32Array.from([20, 20, 10, 10]),
      weight: Float64Array.from([2, 5, 1, 1]),
    });
    expect([...graph.from]).toEqual([0, 2]);
    expect([...graph.to]).toEqual([1, 0]);
    expect([...graph.weight]).toEqual([2, 1]);
    expect(measureGraph(graph).edgeCount).toBe(2);
  });

  test("people with no interactions belong to no community", () => {
    const measures = measureGraph({
      nodeCount: 3,
      from: Int32Array.from([0]),
      to: Int32Array.from([1]),
      weight: Float64Array.from([1]),
    });
    expect([...measures.community]).toEqual([0, 0, -1]);
    expect(measures.communityCount).toBe(1);
  });

  test("a community keeps last run's id while more than half of its members were in it; the larger chooses first", () => {
    // Found: community 0 = people 0-3, community 1 = people 4-5. Before: 0-2 in 7, 3-5 in 8.
    const found = Int32Array.from([0, 0, 0, 0, 1, 1]);
    expect(carryOverCommunityIds(found, 2, [7, 7, 7, 8, 8, 8])).toEqual([7, 8]);
    // Half is not more than half: a new id.
    expect(carryOverCommunityIds(found, 2, [7, 7, 8, 8, 9, null])).toEqual([null, null]);
  });
});

describe("the score", () => {
  test("components add up to the score, each explained, and the SQL spells the same terms", () => {
    const measures = {
      pageRank: 0.002,
      pageRankPercentile: 0.97,
      reach: 1_200_000,
      engagement: 3400,
    };
    const components = scoreComponents(measures);
    expect(components.map((c) => [c.name, c.weight])).toEqual([
      ["network", 0.4],
      ["reach", 0.35],
      ["engagement", 0.25],
    ]);
    expect(components.reduce((sum, c) => sum + c.contribution, 0)).toBe(influenceScore(measures));
    expect(components[0]!.contribution).toBeCloseTo(38.8, 9);
    expect(components[1]!.explanation).toBe(
      "1.2M followers (87% of the way to 10M on a log scale)",
    );
    expect(components[2]!.explanation).toMatch(/^3\.4K replies, shares and likes received/);
    expect(
      influenceScore({ pageRank: 1, pageRankPercentile: 1, reach: 1e9, engagement: 1e9 }),
    ).toBeCloseTo(100, 9);
    expect(
      influenceScoreSql({ pageRankPercentile: "p.pct", reach: "p.reach", engagement: "p.e" }),
    ).toBe(
      "(100 * 0.4 * LEAST(1, GREATEST(0, p.pct)) + 100 * 0.35 * LEAST(1, ln(1 + GREATEST(0, p.reach)::float8) / ln(1 + 10000000))" +
        " + 100 * 0.25 * LEAST(1, ln(1 + GREATEST(0, p.e)::float8) / ln(1 + 100000)))",
    );
  });
});

describe("the influencers query", () => {
  test("binds every filter as a parameter and pages by (score, id) after the cursor's person", () => {
    const plan = planInfluencerPage(
      { minReach: 1000, sentimentBelow: -0.3, stage: "customer" },
      { take: 21, afterId: 42 },
    );
    expect(plan.values).toEqual([1000, -0.3, "customer", 42, 21]);
    expect(plan.text).toContain(`p.reach >= $1`);
    expect(plan.text).toContain(`p."sentimentSum" < $2::float8 * p."sentimentCount"`);
    expect(plan.text).toContain(
      `(p."influenceScore", p.id) < (SELECT "influenceScore", id FROM "Person" WHERE id = $4)`,
    );
    expect(plan.text).toMatch(/ORDER BY p."influenceScore" DESC, p.id DESC\n LIMIT \$5$/);
  });
});
