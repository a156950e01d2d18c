import { describe, expect, test } from "vitest";
import { useImportDatabase } from "../influence/testing.ts";
import { activeSuperuserIds, communityMetrics, communityRetention } from "./metrics.ts";

const database = useImportDatabase();
const pool = () => database.db().pool;

const community = { platform: "forum", id: "owners", name: "Lumen owners" };
const member = (who: string, joinedAt: string, lastActiveAt?: string) => ({
  type: "membership",
  source: "forum",
  id: `m-${who}`,
  person: { email: `${who}@example.com`, name: who.toUpperCase() },
  community,
  joinedAt,
  lastActiveAt,
});
const post = (id: string, who: string, at: string, conversation: string, inReplyTo?: string) => ({
  type: "message",
  source: "forum",
  id,
  channel: "forum",
  author: { email: `${who}@example.com` },
  text: `post ${id}`,
  at,
  conversation,
  inReplyTo,
  community,
});

/**
 * The community, month by month (activity = posts and lastActiveAt):
 *   M (moderator) joined 2025-12, posts in Dec and Jan.
 *   A joined 2026-01-10: opens thread t1 (answered by M an hour later), posts in Jan, Feb and Mar.
 *   B joined 2026-01-20: opens t2 (answered by A's reply two hours later); Jan only.
 *   C joined 2026-02-05: opens t3, never answered; Feb only.
 *   D joined 2026-02-10: never posts, last active 2026-03-15.
 */
const world = [
  member("m", "2025-12-01T00:00:00Z"),
  member("a", "2026-01-10T00:00:00Z"),
  member("b", "2026-01-20T00:00:00Z"),
  member("c", "2026-02-05T00:00:00Z"),
  member("d", "2026-02-10T00:00:00Z", "2026-03-15T00:00:00Z"),
  post("p0", "m", "2025-12-05T10:00:00Z", "t0"),
  post("p1", "a", "2026-01-10T10:00:00Z", "t1"),
  post("p2", "m", "2026-01-10T11:00:00Z", "t1"),
  post("p3", "b", "2026-01-20T10:00:00Z", "t2"),
  post("p4", "a", "2026-01-20T12:00:00Z", "t2", "p3"),
  post("p5", "c", "2026-02-05T09:00:00Z", "t3"),
  post("p6", "a", "2026-02-15T09:00:00Z", "t0"),
  post("p7", "a", "2026-03-03T09:00:00Z", "t0"),
];

async function ids(): Promise<{ community: number; person: (who: string) => number }> {
  const { rows: communities } = await pool().query(`SELECT id FROM "Community"`);
  const { rows: people } = await pool().query<{ id: number; displayName: string }>(
    `SELECT id, "displayName" FROM "Person"`,
  );
  return {
    community: communities[0].id,
    person: (who) => people.find((p) => p.displayName === who.toUpperCase())!.id,
  };
}

describe("communityMetrics", () => {
  test("members over time, active and lapsed per month, and how long new members' first posts waited for an answer", async () => {
    await database.ingest(world);
    const { community: id } = await ids();
    const metrics = await communityMetrics(
      pool(),
      id,
      new Date("2026-01-01T00:00:00Z"),
      new Date("2026-04-01T00:00:00Z"),
    );
    expect(
      metrics.months.map(({ start, members, joined, active, lapsed }) => [
        start.toISOString().slice(0, 7),
        members,
        joined,
        active,
        lapsed,
      ]),
    ).toEqual([
      // Jan: M, A, B members and active; none of December's active (M) lapsed.
      ["2026-01", 3, 2, 3, 0],
      // Feb: C and D join; A and C active; M and B, active in January, lapsed.
      ["2026-02", 5, 2, 2, 2],
      // Mar: A posts, D is active (lastActiveAt); C lapsed.
      ["2026-03", 5, 0, 2, 1],
    ]);
    // A waited 3,600 s (M in the thread A opened), B 7,200 s (A's reply), C is still waiting; D never posted.
    expect(metrics.firstAnswer).toEqual({
      newMembersWhoPosted: 3,
      answered: 2,
      medianSeconds: 3600,
      p90Seconds: 7200,
    });
  });

  test("refuses a range it cannot bound and a community that does not exist", async () => {
    await database.ingest(world);
    const { community: id } = await ids();
    await expect(
      communityMetrics(
        pool(),
        id,
        new Date("2000-01-01T00:00:00Z"),
        new Date("2026-01-01T00:00:00Z"),
      ),
    ).rejects.toMatchObject({ field: "to", reason: "spans 313 months; at most 120" });
    await expect(
      communityMetrics(
        pool(),
        99_999,
        new Date("2026-01-01T00:00:00Z"),
        new Date("2026-02-01T00:00:00Z"),
      ),
    ).rejects.toMatchObject({ field: "communityId" });
  });

  test("superusers are the most influential members active in the range", async () => {
    await database.ingest(world);
    const { community: id, person } = await ids();
    // Scores as an influence run would leave them: M and B rank high but were not active in Feb-Mar.
    for (const [who, score] of [
      ["m", 80],
      ["a", 50],
      ["b", 70],
      ["c", 10],
    ] as const) {
      await pool().query(
        `INSERT INTO "ScopedInfluence" (scope, "scopeId", "personId", score, "pageRank", "pageRankPercentile", engagement, messages) VALUES ('community', $1, $2, $3, 0, 0, 0, 1)`,
        [id, person(who), score],
      );
    }
    expect(
      await activeSuperuserIds(
        pool(),
        id,
        new Date("2026-02-01T00:00:00Z"),
        new Date("2026-04-01T00:00:00Z"),
        10,
      ),
    ).toEqual([person("a"), person("c")]);
    expect(
      await activeSuperuserIds(
        pool(),
        id,
        new Date("2026-01-01T00:00:00Z"),
        new Date("2026-02-01T00:00:00Z"),
        2,
      ),
    ).toEqual([person("m"), person("b")]);
  });
});

describe("communityRetention", () => {
  test("cohorts by join month with the share still active 1, 2, 3... months later", async () => {
    await database.ingest(world);
    const { community: id } = await ids();
    const cohorts = await communityRetention(
      pool(),
      id,
      "month",
      4,
      new Date("2026-04-15T00:00:00Z"),
    );
    expect(
      cohorts.map((c) => [
        c.start.toISOString().slice(0, 7),
        c.size,
        c.retention.map((r) => r.share),
      ]),
    ).toEqual([
      // December: M, active in January only. April has begun (0); May has not (null).
      ["2025-12", 1, [1, 0, 0, 0]],
      // January: A and B; A stays through March.
      ["2026-01", 2, [0.5, 0.5, 0, null]],
      // February: C and D; D is active in March.
      ["2026-02", 2, [0.5, 0, null, null]],
    ]);
    expect(cohorts[1]!.retention[0]).toEqual({ offset: 1, active: 1, share: 0.5 });
  });

  test("cohorts by join week", async () => {
    await database.ingest(world);
    const { community: id } = await ids();
    const cohorts = await communityRetention(
      pool(),
      id,
      "week",
      2,
      new Date("2026-04-15T00:00:00Z"),
    );
    // A joined in the week of Monday 2026-01-05 and posted again in the week of 2026-01-19 (two later).
    const a = cohorts.find((c) => c.start.toISOString().startsWith("2026-01-05"))!;
    expect([a.size, a.retention.map((r) => r.active)]).toEqual([1, [0, 1]]);
    await expect(communityRetention(pool(), id, "week", 25)).rejects.toMatchObject({
      field: "periods",
    });
  });
});
