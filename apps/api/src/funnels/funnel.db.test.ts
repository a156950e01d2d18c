// The whole funnel query on a real database against the brute-force reference: a random world of
// people, touchpoints, messages and stage changes, random funnels over it (every order,
// exclusions, windows, date ranges, breakdowns), and the same again after merges and unmerges.
import { encodeGlobalID } from "@pothos/plugin-relay";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../../tests/support/database.ts";
import { withTransaction } from "../db/transaction.ts";
import type { Channel, Intent, LifecycleStage, TouchpointKind } from "../generated/prisma/enums.ts";
import { mergePeople, unmergePerson } from "../identity/merge.ts";
import { quantile } from "./aggregate.ts";
import type { ActivityFilter } from "./filter.ts";
import type { FunnelOrder } from "./match.ts";
import { referenceMatch } from "./reference.ts";
import { type FunnelQuery, runFunnel } from "./service.ts";

interface WorldActivity {
  id: number;
  personId: number;
  t: number;
  kind: "touchpoint" | "message" | "stage_change";
  touchpointKind?: TouchpointKind;
  campaignId?: number;
  channel?: Channel;
  intent?: Intent;
  stage?: LifecycleStage;
  source: string;
}

const BASE = Date.UTC(2026, 5, 1);
const MINUTE = 60_000;

let db: TestDatabase;
const activities: WorldActivity[] = [];
const people: number[] = [];
let campaigns: number[] = [];

/** A deterministic random world: 24 people, ~250 activities over 90 minutes, many at the same minute. */
async function buildWorld() {
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
  const p = db.prisma;
  campaigns = [
    (
      await p.campaign.create({
        data: { source: "mc", sourceId: "c1", name: "Spring", channel: "email" },
      })
    ).id,
    (
      await p.campaign.create({
        data: { source: "ads", sourceId: "c2", name: "Search", channel: "ads" },
      })
    ).id,
  ];
  for (let i = 0; i < 24; i++)
    people.push((await p.person.create({ data: { displayName: `Person ${i}` } })).id);
  const conversation = await p.conversation.create({
    data: {
      source: "forum",
      sourceId: "t",
      channel: "forum",
      startedAt: new Date(BASE),
      lastMessageAt: new Date(BASE),
    },
  });
  for (const personId of people) {
    const count = Math.floor(random() * 20);
    for (let j = 0; j < count; j++) {
      const at = new Date(BASE + Math.floor(random() * 90) * MINUTE);
      const kind = pick([
        "touchpoint",
        "touchpoint",
        "message",
        "message",
        "stage_change",
      ] as const);
      if (kind === "touchpoint") {
        const campaignId = pick(campaigns);
        const touchpointKind = pick(["email_open", "email_click", "form_fill"] as const);
        const source = campaignId === campaigns[0] ? "mc" : "ads";
        const touchpoint = await p.touchpoint.create({
          data: {
            source,
            sourceId: `tp${personId}-${j}`,
            personId,
            campaignId,
            kind: touchpointKind,
            occurredAt: at,
          },
        });
        const activity = await p.activity.create({
          data: {
            personId,
            kind,
            department: "marketing",
            occurredAt: at,
            summary: "tp",
            touchpointId: touchpoint.id,
          },
        });
        activities.push({
          id: activity.id,
          personId,
          t: at.getTime(),
          kind,
          touchpointKind,
          campaignId,
          source,
        });
      } else if (kind === "message") {
        const channel = pick(["forum", "twitter", "email"] as const);
        const intent = pick(["question", "problem", "praise"] as const);
        const message = await p.message.create({
          data: {
            source: channel,
            sourceId: `m${personId}-${j}`,
            conversationId: conversation.id,
            authorId: personId,
            channel,
            intent,
            text: "x",
            postedAt: at,
          },
        });
        const activity = await p.activity.create({
          data: {
            personId,
            kind,
            department: "communications",
            occurredAt: at,
            summary: "m",
            messageId: message.id,
          },
        });
        activities.push({
          id: activity.id,
          personId,
          t: at.getTime(),
          kind,
          channel,
          intent,
          source: channel,
        });
      } else {
        const stage = pick(["lead", "mql", "sql"] as const);
        const activity = await p.activity.create({
          data: {
            personId,
            kind,
            department: "marketing",
            occurredAt: at,
            summary: "s",
            stage,
            stageKey: `test ${personId}-${j}`,
            source: "crm",
          },
        });
        activities.push({ id: activity.id, personId, t: at.getTime(), kind, stage, source: "crm" });
      }
    }
  }
}

/** The filters the random funnels use, with what each means, written again in plain code. */
const FILTERS: Array<{ filter: () => ActivityFilter; holds: (a: WorldActivity) => boolean }> = [
  { filter: () => ({}), holds: () => true },
  { filter: () => ({ kinds: ["touchpoint"] }), holds: (a) => a.kind === "touchpoint" },
  {
    filter: () => ({ touchpointKinds: ["email_click", "form_fill"] }),
    holds: (a) => a.touchpointKind === "email_click" || a.touchpointKind === "form_fill",
  },
  { filter: () => ({ campaignIds: [campaigns[1]!] }), holds: (a) => a.campaignId === campaigns[1] },
  { filter: () => ({ channels: ["forum"] }), holds: (a) => a.channel === "forum" },
  {
    filter: () => ({ intents: ["question"], channels: ["forum", "twitter"] }),
    holds: (a) => a.intent === "question" && a.channel !== "email" && a.channel !== undefined,
  },
  {
    filter: () => ({ kinds: ["message"], intents: ["problem"] }),
    holds: (a) => a.intent === "problem",
  },
  {
    filter: () => ({ lifecycleStages: ["mql", "sql"] }),
    holds: (a) => a.stage === "mql" || a.stage === "sql",
  },
  {
    filter: () => ({ sources: ["ads", "crm"] }),
    holds: (a) => a.source === "ads" || a.source === "crm",
  },
];

const funnelArbitrary = (order: FunnelOrder) =>
  fc.record({
    steps: fc.array(fc.nat(FILTERS.length - 1), { minLength: 2, maxLength: 4 }),
    windowMinutes: fc.integer({ min: 1, max: 60 }),
    from: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
    span: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
    exclusions: fc.array(fc.tuple(fc.nat(FILTERS.length - 1), fc.nat(3), fc.nat(3)), {
      maxLength: order === "any_order" ? 0 : 2,
    }),
    breakdown: fc.option(
      fc.record({
        by: fc.constantFrom("source" as const, "channel" as const, "campaign" as const),
        attribution: fc.constantFrom("first_step" as const, "last_step" as const, "step" as const),
        step: fc.nat(3),
      }),
      { nil: undefined },
    ),
  });

type FunnelCase = ReturnType<typeof funnelArbitrary> extends fc.Arbitrary<infer T> ? T : never;

function queryOf(order: FunnelOrder, c: FunnelCase): FunnelQuery {
  const n = c.steps.length;
  return {
    steps: c.steps.map((f, i) => ({ name: `step ${i + 1}`, where: FILTERS[f]!.filter() })),
    windowSeconds: c.windowMinutes * 60,
    order,
    from: c.from === undefined ? null : new Date(BASE + c.from * MINUTE),
    to:
      c.from === undefined || c.span === undefined
        ? null
        : new Date(BASE + (c.from + c.span) * MINUTE),
    exclusions: c.exclusions.map(([f, a, b]) => {
      const afterStep = 1 + (a % (n - 1));
      return {
        where: FILTERS[f]!.filter(),
        afterStep,
        beforeStep: afterStep + 1 + (b % (n - afterStep)),
      };
    }),
    breakdown: c.breakdown && { ...c.breakdown, step: 1 + (c.breakdown.step % n) },
  };
}

/** What the funnel should say, from the world in memory and the brute-force matcher. */
function expected(query: FunnelQuery, personOf: (id: number) => number) {
  const n = query.steps.length;
  const stepHolds = query.steps.map(
    (step) => FILTERS.find((f) => JSON.stringify(f.filter()) === JSON.stringify(step.where))!.holds,
  );
  const exclusionHolds = (query.exclusions ?? []).map(
    (e) => FILTERS.find((f) => JSON.stringify(f.filter()) === JSON.stringify(e.where))!.holds,
  );
  const byPerson = new Map<number, WorldActivity[]>();
  for (const a of activities)
    byPerson.set(personOf(a.personId), [...(byPerson.get(personOf(a.personId)) ?? []), a]);
  const outcomes = [...byPerson.entries()]
    .map(([personId, list]) => {
      const sorted = [...list].sort((x, y) => x.t - y.t || x.id - y.id);
      const events = sorted.map((a) => ({
        t: a.t,
        steps: stepHolds.reduce((mask, holds, i) => mask | (holds(a) ? 1 << i : 0), 0),
        exclusions: exclusionHolds.reduce((mask, holds, i) => mask | (holds(a) ? 1 << i : 0), 0),
      }));
      const match = referenceMatch(events, {
        stepCount: n,
        windowMs: query.windowSeconds * 1000,
        order: query.order,
        from: query.from?.getTime(),
        to: query.to?.getTime(),
        exclusions: query.exclusions ?? [],
      });
      const b = query.breakdown;
      const step =
        b?.attribution === "last_step"
          ? match.reached - 1
          : b?.attribution === "step"
            ? b.step! - 1
            : 0;
      const attributedActivity =
        step < match.reached
          ? sorted.find((a) => a.t === match.times[step] && stepHolds[step]!(a))
          : undefined;
      const value = !attributedActivity
        ? null
        : b?.by === "source"
          ? attributedActivity.source
          : b?.by === "channel"
            ? (attributedActivity.channel ??
              (attributedActivity.campaignId === undefined
                ? null
                : attributedActivity.campaignId === campaigns[0]
                  ? "email"
                  : "ads"))
            : attributedActivity.campaignId === undefined
              ? null
              : encodeGlobalID("Campaign", attributedActivity.campaignId);
      return { personId, ...match, value };
    })
    .filter((o) => o.reached > 0);
  const stepsOf = (list: typeof outcomes) =>
    query.steps.map((_, k) => {
      const gaps =
        k === 0
          ? []
          : list
              .filter((o) => o.reached > k)
              .map((o) => (o.times[k]! - o.times[k - 1]!) / 1000)
              .sort((x, y) => x - y);
      return {
        count: list.filter((o) => o.reached > k).length,
        median: k === 0 ? null : quantile(gaps, 0.5),
        p90: k === 0 ? null : quantile(gaps, 0.9),
      };
    });
  const values = [...new Set(outcomes.map((o) => o.value))];
  return {
    steps: stepsOf(outcomes),
    people: query.steps.map((_, k) =>
      outcomes
        .filter((o) => o.reached > k)
        .map((o) => o.personId)
        .sort((x, y) => x - y),
    ),
    breakdown: query.breakdown
      ? Object.fromEntries(
          values.map((v) => [
            String(v),
            stepsOf(outcomes.filter((o) => o.value === v)).map((s) => s.count),
          ]),
        )
      : {},
  };
}

/** Both engines, the sequence index (the default) and the SQL statement, against the reference. */
async function agreeOnRandomFunnels(personOf: (id: number) => number, runs: number) {
  for (const [order, engine] of [
    ["ordered", "index"],
    ["strict", "index"],
    ["any_order", "index"],
    ["ordered", "sql"],
    ["strict", "sql"],
    ["any_order", "sql"],
  ] as const) {
    await fc.assert(
      fc.asyncProperty(funnelArbitrary(order), async (c) => {
        const query = queryOf(order, c);
        const run = await runFunnel(db.pool, query, { engine });
        const want = expected(query, personOf);
        expect(
          run.steps.map((s) => ({
            count: s.count,
            median: s.medianSecondsFromPrevious,
            p90: s.p90SecondsFromPrevious,
          })),
        ).toEqual(want.steps);
        expect(query.steps.map((_, k) => run.people(k + 1, "converted"))).toEqual(want.people);
        expect(
          Object.fromEntries(
            run.breakdown.map((row) => [String(row.value), row.steps.map((s) => s.count)]),
          ),
        ).toEqual(want.breakdown);
      }),
      { numRuns: engine === "index" ? runs : Math.ceil(runs / 2), seed: 42 },
    );
  }
}

beforeAll(async () => {
  db = await freshDatabase();
  await buildWorld();
});
afterAll(async () => db.close());

describe("funnel on the database agrees with the brute-force reference", () => {
  it("for every order, with exclusions, windows, date ranges and breakdowns", async () => {
    await agreeOnRandomFunnels((id) => id, 40);
  });

  it("refuses a funnel that would read more activities than a SQL query may", async () => {
    const everything: FunnelQuery = {
      steps: [
        { name: "a", where: {} },
        { name: "b", where: {} },
      ],
      windowSeconds: 60,
      order: "ordered",
    };
    await expect(
      runFunnel(db.pool, everything, { engine: "sql", maxRows: activities.length - 1 }),
    ).rejects.toThrow(
      `from the funnel would read more than ${activities.length - 1} activities: narrow from and to, or the steps`,
    );
    expect(
      (await runFunnel(db.pool, everything, { engine: "sql", maxRows: activities.length }))
        .steps[0]!.count,
    ).toBeGreaterThan(0);
  });

  it("after merges (a merged person counts once) and after their unmerge", async () => {
    const pairs = [
      [people[0]!, people[1]!],
      [people[2]!, people[3]!],
      [people[0]!, people[4]!],
    ] as const;
    const survivorOf = new Map<number, number>();
    const merges: number[] = [];
    for (const [survivorId, absorbedId] of pairs) {
      const { mergeId } = await withTransaction(db.pool, (client) =>
        mergePeople(client, { survivorId, absorbedId, actor: "test", reason: "test" }),
      );
      merges.push(mergeId);
      survivorOf.set(absorbedId, survivorId);
    }
    await agreeOnRandomFunnels((id) => survivorOf.get(id) ?? id, 15);
    // Undo the last merge only: person 4 is themselves again, 1 stays with 0.
    await withTransaction(db.pool, (client) =>
      unmergePerson(client, { mergeId: merges.at(-1)!, actor: "test" }),
    );
    survivorOf.delete(people[4]!);
    await agreeOnRandomFunnels((id) => survivorOf.get(id) ?? id, 15);
  });
});
