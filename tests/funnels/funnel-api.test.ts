import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApi, type TestApi } from "../support/api.ts";
import type { FunnelInput } from "../support/graphql/graphql.ts";
import { graphql } from "../support/graphql/index.ts";

let api: TestApi;

const day = (d: number, hour = 0) => new Date(Date.UTC(2026, 8, d, hour)).toISOString();

/** Three people: Ana goes all the way, Ben stops after the forum, Cy only clicked. */
const records = [
  ...["ana", "ben", "cy"].map((name) => ({
    type: "person",
    source: "crm",
    id: name,
    name: `${name} Example`,
    emails: [`${name}@x.example`],
    stage: "lead",
    at: day(1),
  })),
  ...["ana", "ben", "cy"].map((name, i) => ({
    type: "touchpoint",
    source: "mailchimp",
    id: `click-${name}`,
    person: { email: `${name}@x.example` },
    kind: "email_click",
    campaign: { id: "webinar", name: "Webinar invite", channel: "email" },
    at: day(2 + i),
  })),
  ...["ana", "ben"].map((name) => ({
    type: "message",
    source: "forum",
    id: `q-${name}`,
    channel: "forum",
    author: { email: `${name}@x.example` },
    text: "How do I connect the washer to the app?",
    at: day(6),
    community: { platform: "forum", id: "owners", name: "Owners" },
  })),
  {
    type: "person",
    source: "crm",
    id: "ana",
    name: "ana Example",
    emails: ["ana@x.example"],
    stage: "sql",
    at: day(8),
  },
  {
    type: "deal",
    source: "crm",
    id: "D1",
    name: "Ana's deal",
    contact: { email: "ana@x.example" },
    stage: "proposal",
    amount: 5000,
    at: day(9),
  },
];
/** The deal is won in a later import, which dates the change by its closing time. */
const won = { ...records.at(-1), stage: "closed won", status: "won", closedAt: day(12) };

const FUNNEL = graphql(`
  query FunnelApiFunnel($input: FunnelInput!) {
    funnel(input: $input) {
      steps {
        name count conversionFromFirst conversionFromPrevious droppedOff
        medianSecondsFromPrevious p90SecondsFromPrevious
      }
      breakdown { value label steps { count } }
      timeToConvert { fromSeconds toSeconds count }
      trend { weekStart entered converted conversion }
      correlations {
        kind label oddsRatio lower95 upper95
        convertedWith droppedWith convertedWithout droppedWithout
      }
    }
  }
`);
const PEOPLE = graphql(`
  query FunnelApiPeople($input: FunnelInput!) {
    funnel(input: $input) {
      steps {
        converted: people(first: 10) { edges { node { displayName } } }
        dropped: people(first: 10, outcome: DROPPED_OFF) {
          edges { node { displayName } }
          pageInfo { hasNextPage }
        }
      }
    }
  }
`);
const COUNTS = graphql(`
  query FunnelApiCounts($input: FunnelInput!) {
    funnel(input: $input) { steps { count } }
  }
`);
const STEP_PEOPLE = graphql(`
  query FunnelApiStepPeople($input: FunnelInput!) {
    funnel(input: $input) { steps { people(first: 5) { edges { node { id } } } } }
  }
`);
const INGEST = graphql(`
  mutation FunnelApiIngest($records: [JSON!]!) {
    ingest(records: $records) { created rejected { index reason } }
  }
`);

const input: FunnelInput = {
  steps: [
    { name: "Clicked the webinar email", where: { touchpointKinds: ["EMAIL_CLICK"] } },
    { name: "Asked in the forum", where: { channels: ["FORUM"], intents: ["QUESTION"] } },
    { name: "Became SQL", where: { lifecycleStages: ["SQL"] } },
    { name: "Won a deal", where: { dealStatuses: ["WON"] } },
  ],
  windowSeconds: 30 * 86_400,
  breakdown: { by: "FIRST_TOUCH_CAMPAIGN" },
};

beforeAll(async () => {
  api = await startTestApi();
  for (const batch of [records, [won]]) {
    const ingested = await api.gql(INGEST, { records: batch });
    expect(ingested.errors).toBeUndefined();
    expect(ingested.data!.ingest.rejected).toEqual([]);
  }
});
afterAll(async () => api?.close());

describe("funnel over the API", () => {
  test("follows people from a click through the forum and their stage changes to a won deal", async () => {
    const result = await api.gql(FUNNEL, { input });
    expect(result.errors).toBeUndefined();
    const funnel = result.data!.funnel;
    expect(funnel.steps).toEqual([
      {
        name: "Clicked the webinar email",
        count: 3,
        conversionFromFirst: 1,
        conversionFromPrevious: 1,
        droppedOff: 0,
        medianSecondsFromPrevious: null,
        p90SecondsFromPrevious: null,
      },
      {
        name: "Asked in the forum",
        count: 2,
        conversionFromFirst: 2 / 3,
        conversionFromPrevious: 2 / 3,
        droppedOff: 1,
        medianSecondsFromPrevious: 3 * 86_400,
        p90SecondsFromPrevious: 4 * 86_400,
      },
      {
        name: "Became SQL",
        count: 1,
        conversionFromFirst: 1 / 3,
        conversionFromPrevious: 0.5,
        droppedOff: 1,
        medianSecondsFromPrevious: 2 * 86_400,
        p90SecondsFromPrevious: 2 * 86_400,
      },
      {
        name: "Won a deal",
        count: 1,
        conversionFromFirst: 1 / 3,
        conversionFromPrevious: 1,
        droppedOff: 0,
        medianSecondsFromPrevious: 4 * 86_400,
        p90SecondsFromPrevious: 4 * 86_400,
      },
    ]);
    expect(funnel.breakdown).toEqual([
      {
        value: expect.any(String),
        label: "Webinar invite",
        steps: [{ count: 3 }, { count: 2 }, { count: 1 }, { count: 1 }],
      },
    ]);
    // Ana converted in 10 days; the window's 30 days make ten bins of 3 days.
    expect(funnel.timeToConvert.map((bin) => bin.count)).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
    expect(funnel.timeToConvert[3]).toEqual({
      fromSeconds: 9 * 86_400,
      toSeconds: 12 * 86_400,
      count: 1,
    });
    expect(funnel.trend).toEqual([
      { weekStart: "2026-08-31T00:00:00.000Z", entered: 3, converted: 1, conversion: 1 / 3 },
    ]);
    // The forum community goes with converting; the forum channel and the question intent do too,
    // but only because step 2 selects them, so they are not listed.
    const kinds = funnel.correlations.map((c) => `${c.kind} ${c.label}`);
    expect(kinds).toContain("community Owners");
    expect(kinds).not.toContain("channel forum");
    expect(kinds).not.toContain("intent question");
    const owners = funnel.correlations.find((c) => c.kind === "community" && c.label === "Owners")!;
    expect(owners).toMatchObject({
      convertedWith: 1,
      droppedWith: 1,
      convertedWithout: 0,
      droppedWithout: 1,
    });
    expect(owners.oddsRatio).toBeCloseTo((1.5 * 1.5) / (1.5 * 0.5));
    expect(owners.lower95).toBeLessThan(owners.oddsRatio);
    expect(owners.upper95).toBeGreaterThan(owners.oddsRatio);
  });

  test("lists the people of a step and its drop-offs, for roles that see personal data", async () => {
    const result = await api.gql(PEOPLE, { input });
    expect(result.errors).toBeUndefined();
    const names = (connection: { edges: Array<{ node: { displayName: string } }> }) =>
      connection.edges.map((e) => e.node.displayName);
    const steps = result.data!.funnel.steps;
    expect(names(steps[1]!.dropped)).toEqual(["cy Example"]);
    expect(names(steps[2]!.converted)).toEqual(["ana Example"]);
    expect(names(steps[2]!.dropped)).toEqual(["ben Example"]);
  });

  test("viewers see the counts and not the people", async () => {
    const viewer = await api.keyFor("viewer");
    const counts = await api.gql(COUNTS, { input }, viewer);
    expect(counts.errors).toBeUndefined();
    expect(counts.data!.funnel.steps.map((s) => s.count)).toEqual([3, 2, 1, 1]);
    const people = await api.gql(STEP_PEOPLE, { input }, viewer);
    expect(people.errors?.[0]).toMatchObject({
      message: "The viewer role may not access FunnelStep.people",
      extensions: { code: "FORBIDDEN" },
    });
  });

  test("refuses a malformed funnel with the field and the reason", async () => {
    const one = await api.gql(FUNNEL, { input: { ...input, steps: input.steps.slice(0, 1) } });
    expect(one.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "steps",
      reason: "must list 2 to 20 steps, got 1",
    });
    const exclusion = await api.gql(FUNNEL, {
      input: { ...input, exclusions: [{ where: {}, afterStep: 3, beforeStep: 2 }] },
    });
    expect(exclusion.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "exclusions[0]",
    });
    const unordered = await api.gql(FUNNEL, {
      input: {
        ...input,
        order: "ANY_ORDER",
        exclusions: [{ where: {}, afterStep: 1, beforeStep: 2 }],
      },
    });
    expect(unordered.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "exclusions",
    });
    const wrongId = await api.gql(FUNNEL, {
      input: {
        ...input,
        steps: [
          { name: "a", where: { campaignIds: [Buffer.from("Person:1").toString("base64")] } },
          input.steps[1]!,
        ],
      },
    });
    expect(wrongId.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "steps[0].where.campaignIds[0]",
    });
  });
});
