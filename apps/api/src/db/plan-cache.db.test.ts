// The plan cache in front of Prisma's compiler: a plan compiled for one request's values must
// answer every later request of the same shape with that request's own values. Each read below runs
// with many values through one cached plan and is checked against the rows worked out in memory
// from the whole table (random values from a seeded generator; every shape the API's filters send).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../../tests/support/database.ts";
import type { IdentityKind, LifecycleStage } from "../generated/prisma/enums.ts";
import { cachedPlanBytes, cachedPlanCount, maxPlanCacheBytes } from "./plan-cache.ts";

let db: TestDatabase;
const stages: LifecycleStage[] = ["lead", "customer", "evangelist"];
const kinds: IdentityKind[] = ["email", "handle", "phone"];
interface Row {
  id: number;
  displayName: string;
  reach: number;
  stage: LifecycleStage | null;
  lastSeenAt: Date | null;
  organizationId: number | null;
  identities: Array<{ id: number; kind: IdentityKind; value: string }>;
}
let people: Row[] = [];

/** A small deterministic generator, so a failure reproduces. */
function random(seed: number) {
  return () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
}
const next = random(16);
const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;

beforeAll(async () => {
  db = await freshDatabase();
  const organizations = await Promise.all(
    ["Acme", "Globex"].map((name, i) =>
      db.prisma.organization.create({ data: { name, domain: `org${i}.example` } }),
    ),
  );
  for (let i = 0; i < 40; i++) {
    await db.prisma.person.create({
      data: {
        displayName: `Person ${String.fromCharCode(65 + (i % 26))}${i}`,
        reach: Math.floor(next() * 1000),
        stage: i % 4 === 0 ? null : pick(stages),
        // Ties and nulls in the order, so cursors must break them by id.
        lastSeenAt: i % 5 === 0 ? null : new Date(Date.UTC(2026, 0, 1 + (i % 7))),
        organizationId: i % 3 === 0 ? null : organizations[i % 2]!.id,
        identities: {
          create: kinds
            .filter(() => next() < 0.7)
            .map((kind) => ({
              kind,
              platform: kind === "handle" ? "x" : "",
              value: `${kind}-${i}`,
            })),
        },
      },
    });
  }
  people = await db.prisma.person.findMany({
    orderBy: { id: "asc" },
    select: {
      id: true,
      displayName: true,
      reach: true,
      stage: true,
      lastSeenAt: true,
      organizationId: true,
      identities: { select: { id: true, kind: true, value: true }, orderBy: { id: "asc" } },
    },
  });
});
afterAll(async () => db?.close());

describe("Prisma plans cached by shape", () => {
  it("answers a person by id with filtered identities for every id and kind list, from one plan", async () => {
    const read = (id: number, allowed: IdentityKind[]) =>
      db.prisma.person.findUnique({
        where: { id },
        select: {
          id: true,
          displayName: true,
          identities: {
            where: { kind: { in: allowed } },
            orderBy: [{ kind: "asc" }, { id: "asc" }],
            select: { kind: true, value: true },
          },
        },
      });
    await read(people[0]!.id, ["handle"]);
    const plansBefore = cachedPlanCount();
    for (let round = 0; round < 30; round++) {
      const person = pick(people);
      const allowed = [pick(kinds)];
      const expected = {
        id: person.id,
        displayName: person.displayName,
        identities: person.identities
          .filter((identity) => allowed.includes(identity.kind))
          .sort((a, b) => a.kind.localeCompare(b.kind) || a.id - b.id)
          .map(({ kind, value }) => ({ kind, value })),
      };
      expect(await read(person.id, allowed)).toEqual(expected);
    }
    expect(await read(2_000_000, ["handle"])).toBeNull();
    expect(cachedPlanCount()).toBe(plansBefore);
  });

  it("filters by equality, ranges, enums and relations with each request's own values", async () => {
    for (let round = 0; round < 30; round++) {
      const minReach = Math.floor(next() * 1000);
      const stage = pick(stages);
      const value = `handle-${Math.floor(next() * 40)}`;
      const rows = await db.prisma.person.findMany({
        where: {
          mergedIntoId: null,
          OR: [{ reach: { gte: minReach }, stage }, { identities: { some: { value } } }],
        },
        orderBy: { id: "asc" },
        select: { id: true },
      });
      const expected = people
        .filter(
          (p) =>
            (p.reach >= minReach && p.stage === stage) ||
            p.identities.some((i) => i.value === value),
        )
        .map((p) => p.id);
      expect(rows.map((row) => row.id)).toEqual(expected);
    }
  });

  it("pages by cursor through ties and nulls exactly as the whole ordered list reads", async () => {
    const ordered = [...people].sort((a, b) => {
      if (a.lastSeenAt === null || b.lastSeenAt === null)
        return (a.lastSeenAt === null ? 1 : 0) - (b.lastSeenAt === null ? 1 : 0) || a.id - b.id;
      return b.lastSeenAt.getTime() - a.lastSeenAt.getTime() || a.id - b.id;
    });
    const seen: number[] = [];
    let cursor: number | undefined;
    for (;;) {
      const page = await db.prisma.person.findMany({
        ...(cursor === undefined ? {} : { cursor: { id: cursor }, skip: 1 }),
        take: 7,
        orderBy: [{ lastSeenAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
        select: { id: true, organization: { select: { name: true } } },
      });
      if (page.length === 0) break;
      seen.push(...page.map((row) => row.id));
      cursor = page.at(-1)!.id;
    }
    expect(seen).toEqual(ordered.map((p) => p.id));
  });

  it("keeps null apart from values: `IS NULL` and `= $1` are different plans", async () => {
    const withOrganization = people.find((p) => p.organizationId !== null)!;
    const byNull = await db.prisma.person.findMany({
      where: { organizationId: null },
      select: { id: true },
      orderBy: { id: "asc" },
    });
    const byValue = await db.prisma.person.findMany({
      where: { organizationId: withOrganization.organizationId },
      select: { id: true },
      orderBy: { id: "asc" },
    });
    expect(byNull.map((r) => r.id)).toEqual(
      people.filter((p) => p.organizationId === null).map((p) => p.id),
    );
    expect(byValue.map((r) => r.id)).toEqual(
      people.filter((p) => p.organizationId === withOrganization.organizationId).map((p) => p.id),
    );
  });

  it("reads contains-filters with their own pattern (patterns stay in the plan's key)", async () => {
    for (const letter of ["A", "b", "Q"]) {
      const rows = await db.prisma.person.findMany({
        where: { displayName: { contains: letter, mode: "insensitive" } },
        select: { id: true },
        orderBy: { id: "asc" },
      });
      expect(rows.map((r) => r.id)).toEqual(
        people
          .filter((p) => p.displayName.toLowerCase().includes(letter.toLowerCase()))
          .map((p) => p.id),
      );
    }
  });

  it("keeps distinct search terms within the cache's byte budget, and long terms out of it", async () => {
    // Each term is a shape of its own: 300 of 14,000 characters are about 17 MB by the cache's
    // estimate, over its budget, so the oldest must go; one of 40,000 characters is never kept.
    for (let i = 0; i < 300; i++) {
      const term = `${i}-`.padEnd(14_000, "z");
      const rows = await db.prisma.person.findMany({
        where: { displayName: { contains: term } },
        select: { id: true },
      });
      expect(rows).toEqual([]);
    }
    expect(cachedPlanBytes()).toBeGreaterThan(maxPlanCacheBytes * 0.9);
    expect(cachedPlanBytes()).toBeLessThanOrEqual(maxPlanCacheBytes);
    const plans = cachedPlanCount();
    const rows = await db.prisma.person.findMany({
      where: { displayName: { contains: "P".padEnd(40_000, "z") } },
      select: { id: true },
    });
    expect(rows).toEqual([]);
    expect(cachedPlanCount()).toBe(plans);
    expect(cachedPlanBytes()).toBeLessThanOrEqual(maxPlanCacheBytes);
  });
});
