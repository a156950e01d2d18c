import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  computeRemovalEffects,
  removalEffectsFor,
} from "../../apps/api/src/attribution/service.ts";
import { startTestApi, type TestApi } from "../support/api.ts";
import type { AttributionInput } from "../support/graphql/graphql.ts";
import { graphql } from "../support/graphql/index.ts";

const INGEST = graphql(`
  mutation AttributionApiIngest($records: [JSON!]!) {
    ingest(records: $records) { rejected { index reason } }
  }
`);

let api: TestApi;
const day = (d: number) => new Date(Date.UTC(2026, 8, d)).toISOString();

const person = (name: string) => ({
  type: "person",
  source: "crm",
  id: name,
  name: `${name} Example`,
  emails: [`${name}@x.example`],
});
const deal = (id: string, name: string, at: string, amount: number, currency: string) => ({
  type: "deal",
  source: "crm",
  id,
  name: `${name}'s deal`,
  contact: { email: `${name}@x.example` },
  stage: "proposal",
  amount,
  currency,
  at,
});
const anaDeal = deal("D-ana", "ana", day(8), 1000, "USD");
const benDeal = deal("D-ben", "ben", day(4), 500, "EUR");

/**
 * Ana: an email click (day 1), a forum question (day 5), her deal opened (day 8), won on day 15.
 * Ben: an ad click (day 3), his deal opened (day 4), won on day 10. Cy clicked an email and no more.
 */
const opening = [
  person("ana"),
  person("ben"),
  person("cy"),
  {
    type: "touchpoint",
    source: "mailchimp",
    id: "t1",
    person: { email: "ana@x.example" },
    kind: "email_click",
    campaign: { id: "web", name: "Webinar", channel: "email" },
    at: day(1),
  },
  {
    type: "touchpoint",
    source: "mailchimp",
    id: "t2",
    person: { email: "cy@x.example" },
    kind: "email_click",
    campaign: { id: "web", name: "Webinar", channel: "email" },
    at: day(2),
  },
  {
    type: "touchpoint",
    source: "adwords",
    id: "t3",
    person: { email: "ben@x.example" },
    kind: "ad_click",
    campaign: { id: "search", name: "Search", channel: "ads" },
    at: day(3),
  },
  {
    type: "message",
    source: "forum",
    id: "m1",
    channel: "forum",
    author: { email: "ana@x.example" },
    text: "Does it work with solar?",
    at: day(5),
  },
  anaDeal,
  benDeal,
];
const winning = [
  { ...anaDeal, status: "won", stage: "closed won", closedAt: day(15) },
  { ...benDeal, status: "won", stage: "closed won", closedAt: day(10) },
];

beforeAll(async () => {
  api = await startTestApi();
  for (const records of [opening, winning]) {
    const result = await api.gql(INGEST, { records });
    expect(result.errors).toBeUndefined();
    expect(result.data!.ingest.rejected).toEqual([]);
  }
});
afterAll(async () => api?.close());

const ATTRIBUTION = graphql(`
  query AttributionApiAttribution($input: AttributionInput!) {
    attribution(input: $input) {
      conversions
      revenue { currency amount }
      rows { label credits { model conversions revenue { currency amount } } }
    }
  }
`);
const DEAL_TOUCHES = graphql(`
  query AttributionApiDealTouches {
    deals(first: 5, filter: { status: WON }) {
      edges {
        node {
          name
          attribution { channel activity { kind occurredAt } credits { model credit } }
        }
      }
    }
  }
`);

describe("attribution over the API, credits worked out by hand", () => {
  test("won deals credited to email, forum, ads and the sales activity, per model and currency", async () => {
    const result = await api.gql(ATTRIBUTION, {
      input: {
        groupBy: "CHANNEL",
        models: ["FIRST_TOUCH", "LAST_TOUCH", "LINEAR", "POSITION_BASED", "DATA_DRIVEN"],
      },
    });
    expect(result.errors).toBeUndefined();
    const { conversions, revenue, rows } = result.data!.attribution;
    expect(conversions).toBe(2);
    expect(revenue).toEqual([
      { currency: "EUR", amount: 500 },
      { currency: "USD", amount: 1000 },
    ]);
    const credit = (label: string, model: string) =>
      rows.find((r) => r.label === label)?.credits.find((c) => c.model === model);
    expect(credit("email", "FIRST_TOUCH")).toEqual({
      model: "FIRST_TOUCH",
      conversions: 1,
      revenue: [{ currency: "USD", amount: 1000 }],
    });
    expect(credit("ads", "FIRST_TOUCH")).toEqual({
      model: "FIRST_TOUCH",
      conversions: 1,
      revenue: [{ currency: "EUR", amount: 500 }],
    });
    expect(credit("deal_change", "LAST_TOUCH")).toEqual({
      model: "LAST_TOUCH",
      conversions: 2,
      revenue: [
        { currency: "EUR", amount: 500 },
        { currency: "USD", amount: 1000 },
      ],
    });
    // Linear: Ana's three touches a third each, Ben's two a half each.
    expect(credit("forum", "LINEAR")!.conversions).toBeCloseTo(1 / 3, 12);
    expect(credit("deal_change", "LINEAR")!.conversions).toBeCloseTo(1 / 3 + 1 / 2, 12);
    expect(credit("deal_change", "LINEAR")!.revenue[1]!.amount).toBeCloseTo(1000 / 3, 9);
    // Position-based: Ana 40/20/40, Ben 50/50.
    expect(credit("forum", "POSITION_BASED")!.conversions).toBeCloseTo(0.2, 12);
    expect(credit("deal_change", "POSITION_BASED")!.conversions).toBeCloseTo(0.9, 12);
    // Every model hands out exactly the two conversions.
    for (const model of [
      "FIRST_TOUCH",
      "LAST_TOUCH",
      "LINEAR",
      "POSITION_BASED",
      "DATA_DRIVEN",
    ] as const) {
      const total = rows.reduce(
        (sum, row) => sum + row.credits.find((c) => c.model === model)!.conversions,
        0,
      );
      expect(total, model).toBeCloseTo(2, 12);
    }
  });

  test("Deal.attribution lists the touches behind one deal and each model's credit", async () => {
    const deals = await api.gql(DEAL_TOUCHES);
    expect(deals.errors).toBeUndefined();
    const ana = deals.data!.deals.edges.map((e) => e.node).find((d) => d.name === "ana's deal")!;
    expect(ana.attribution.map((t) => [t.channel, t.activity.occurredAt])).toEqual([
      ["email", day(1)],
      ["forum", day(5)],
      ["deal_change", day(8)],
    ]);
    const credits = (model: string) =>
      ana.attribution.map((t) => t.credits.find((c) => c.model === model)!.credit);
    expect(credits("FIRST_TOUCH")).toEqual([1, 0, 0]);
    expect(credits("LAST_TOUCH")).toEqual([0, 0, 1]);
    expect(credits("POSITION_BASED")).toEqual([0.4, 0.2, 0.4]);
    // Time decay: 14, 10 and 7 days before the win.
    const w = [2 ** -2, 2 ** (-10 / 7), 2 ** -1];
    const total = w[0]! + w[1]! + w[2]!;
    credits("TIME_DECAY").forEach((credit, i) => expect(credit).toBeCloseTo(w[i]! / total, 12));
    expect(credits("DATA_DRIVEN").reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  test("a funnel step can be the conversion", async () => {
    const input: AttributionInput = {
      groupBy: "CAMPAIGN",
      models: ["FIRST_TOUCH"],
      conversion: {
        funnel: {
          windowSeconds: 30 * 86_400,
          steps: [
            { name: "clicked", where: { kinds: ["TOUCHPOINT"] } },
            { name: "asked", where: { channels: ["FORUM"] } },
          ],
        },
      },
    };
    const result = await api.gql(ATTRIBUTION, { input });
    expect(result.errors).toBeUndefined();
    expect(result.data!.attribution.conversions).toBe(1);
    expect(result.data!.attribution.rows).toEqual([
      { label: "Webinar", credits: [{ model: "FIRST_TOUCH", conversions: 1, revenue: [] }] },
    ]);
  });

  test("refuses a lookback out of range, naming the field", async () => {
    const result = await api.gql(ATTRIBUTION, { input: { groupBy: "SOURCE", lookbackDays: 0 } });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "lookbackDays",
    });
  });
  // Last: it adds an activity.
  test("Deal.attribution computes the data-driven weights once for all deals, equal to computing them per deal, until a new activity", async () => {
    const query = { lookbackDays: 90, groupBy: "channel" as const };
    const dataDriven = async (): Promise<Record<string, Array<[string, number]>>> => {
      const deals = await api.gql(DEAL_TOUCHES);
      expect(deals.errors).toBeUndefined();
      return Object.fromEntries(
        deals.data!.deals.edges.map(({ node }) => [
          node.name,
          node.attribution.map((t): [string, number] => [
            t.channel,
            t.credits.find((c) => c.model === "DATA_DRIVEN")!.credit,
          ]),
        ]),
      );
    };
    /** Each deal's data-driven credits from weights computed afresh: each touch's removal effect over the deal's total. */
    const perDeal = async (shown: Record<string, Array<[string, number]>>) => {
      const effects = await computeRemovalEffects(api.db.pool, query);
      return Object.fromEntries(
        Object.entries(shown).map(([name, touches]) => {
          const total = touches.reduce((sum, [channel]) => sum + (effects.get(channel) ?? 0), 0);
          return [name, touches.map(([channel]) => [channel, (effects.get(channel) ?? 0) / total])];
        }),
      );
    };
    const before = await dataDriven();
    const cached = await removalEffectsFor(api.db.pool, query);
    expect(await removalEffectsFor(api.db.pool, query)).toBe(cached);
    const expected = await perDeal(before);
    for (const name of Object.keys(before))
      before[name]!.forEach(([, credit], i) =>
        expect(credit).toBeCloseTo(expected[name]![i]![1] as number, 12),
      );

    // Cy, who never converted, asks in the forum: the forum's removal effect changes for everyone.
    const more = [
      {
        type: "message",
        source: "forum",
        id: "m-cy",
        channel: "forum",
        author: { email: "cy@x.example" },
        text: "Is there a trial?",
        at: day(6),
      },
    ];
    expect((await api.gql(INGEST, { records: more })).errors).toBeUndefined();
    const after = await dataDriven();
    expect(await removalEffectsFor(api.db.pool, query)).not.toBe(cached);
    const recomputed = await perDeal(after);
    for (const name of Object.keys(after))
      after[name]!.forEach(([, credit], i) =>
        expect(credit).toBeCloseTo(recomputed[name]![i]![1] as number, 12),
      );
  });
});
