import { describe, expect, test } from "vitest";
import { useImportDatabase } from "../influence/testing.ts";
import { brandMetrics, brandRisingTerms } from "./metrics.ts";
import { placeBreakdown } from "./places.ts";

const database = useImportDatabase();
const pool = () => database.db().pool;

const brands = [
  { type: "brand", source: "setup", id: "lumen", name: "Lumen", kind: "own", terms: ["lumen"] },
  {
    type: "brand",
    source: "setup",
    id: "zephyr",
    name: "Zephyr",
    kind: "competitor",
    terms: ["zephyr"],
  },
  {
    type: "brand",
    source: "setup",
    id: "orbit",
    name: "Orbit",
    kind: "competitor",
    terms: ["orbit"],
  },
];

const ana = {
  name: "Ana",
  handles: [{ platform: "twitter", handle: "ana" }],
  followers: { twitter: 100 },
};
const ben = { name: "Ben", emails: ["ben@example.com"] };
const cleo = {
  name: "Cleo",
  handles: [{ platform: "twitter", handle: "cleo" }],
  followers: { twitter: 1000 },
};

const message = (
  id: string,
  channel: string,
  author: object,
  text: string,
  at: string,
  extra: object = {},
) => ({
  type: "message",
  source: "test",
  id,
  channel,
  author,
  text,
  at,
  ...extra,
});

async function idsOf(brandNames: string[]): Promise<number[]> {
  const { rows } = await pool().query<{ id: number; name: string }>(`SELECT id, name FROM "Brand"`);
  return brandNames.map((name) => rows.find((row) => row.name === name)!.id);
}

async function sentimentOf(id: string): Promise<number> {
  return (await pool().query(`SELECT sentiment FROM "Message" WHERE "sourceId" = $1`, [id])).rows[0]
    .sentiment;
}

describe("brandMetrics", () => {
  test("counts mentions, share of voice among every tracked brand, sentiment, negative share, reach and channels per day", async () => {
    await database.ingest([
      ...brands,
      message("m1", "twitter", ana, "Lumen washer is great, I love it", "2026-11-02T09:00:00Z"),
      message(
        "m2",
        "forum",
        ben,
        "Lumen support is terrible, the washer is broken again and nobody helps. Awful!",
        "2026-11-02T10:00:00Z",
      ),
      message("m3", "twitter", ana, "Zephyr is fine", "2026-11-02T11:00:00Z"),
      message("m4", "review", cleo, "Lumen and Zephyr are both okay", "2026-11-03T08:00:00Z"),
      message("m5", "blog", ben, "Orbit is nice", "2026-11-03T09:00:00Z"),
      // Outside the range: neither counted nor in the share.
      message("m6", "twitter", ana, "Lumen again", "2026-11-04T00:00:00Z"),
    ]);
    const [lumen, zephyr] = await idsOf(["Lumen", "Zephyr"]);
    // The negative share counts messages below -0.3: only m2 is.
    expect(await sentimentOf("m2")).toBeLessThan(-0.3);
    for (const id of ["m1", "m3", "m4"]) expect(await sentimentOf(id)).toBeGreaterThan(-0.3);
    const [s1, s2, s4] = [
      await sentimentOf("m1"),
      await sentimentOf("m2"),
      await sentimentOf("m4"),
    ];

    const metrics = await brandMetrics(pool(), {
      brandIds: [lumen!, zephyr!],
      from: new Date("2026-11-02T00:00:00Z"),
      to: new Date("2026-11-04T00:00:00Z"),
      interval: "day",
    });
    expect(metrics.periods).toEqual([
      new Date("2026-11-02T00:00:00Z"),
      new Date("2026-11-03T00:00:00Z"),
    ]);
    const [lumenSeries, zephyrSeries] = metrics.brands;
    // Day 1: Lumen 2 of 3 mentions (m1, m2; Zephyr m3). Day 2: 1 of 3 (m4 names Lumen and Zephyr, m5 Orbit).
    expect(lumenSeries!.periods.map((p) => [p.mentions, p.shareOfVoice])).toEqual([
      [2, 2 / 3],
      [1, 1 / 3],
    ]);
    expect(zephyrSeries!.periods.map((p) => [p.mentions, p.shareOfVoice])).toEqual([
      [1, 1 / 3],
      [1, 1 / 3],
    ]);
    expect(lumenSeries!.periods[0]).toMatchObject({
      negativeShare: 0.5,
      reachWeightedMentions: 100,
    });
    expect(lumenSeries!.periods[0]!.averageSentiment).toBeCloseTo((s1 + s2) / 2, 10);
    expect(lumenSeries!.periods[1]).toMatchObject({
      negativeShare: 0,
      reachWeightedMentions: 1000,
      channels: [{ channel: "review", mentions: 1 }],
    });
    // The whole range: 3 of the 6 mentions, one of them negative.
    expect(lumenSeries!.totals).toMatchObject({
      start: new Date("2026-11-02T00:00:00Z"),
      mentions: 3,
      shareOfVoice: 0.5,
      negativeShare: 1 / 3,
      reachWeightedMentions: 1100,
      channels: [
        { channel: "forum", mentions: 1 },
        { channel: "review", mentions: 1 },
        { channel: "twitter", mentions: 1 },
      ],
    });
    expect(lumenSeries!.totals.averageSentiment).toBeCloseTo((s1 + s2 + s4) / 3, 10);

    // By the hour, periods without mentions are there with zeros.
    const hourly = await brandMetrics(pool(), {
      brandIds: [lumen!],
      from: new Date("2026-11-02T09:00:00Z"),
      to: new Date("2026-11-02T12:00:00Z"),
      interval: "hour",
    });
    expect(
      hourly.brands[0]!.periods.map((p) => [
        p.mentions,
        p.shareOfVoice,
        p.averageSentiment === null,
      ]),
    ).toEqual([
      [1, 1, false],
      [1, 1, false],
      [0, 0, true],
    ]);
    // Weeks start on Monday: 2026-11-04 (a Wednesday) falls in the week of 2026-11-02.
    const weekly = await brandMetrics(pool(), {
      brandIds: [lumen!],
      from: new Date("2026-11-04T00:00:00Z"),
      to: new Date("2026-11-10T00:00:00Z"),
      interval: "week",
    });
    expect(weekly.periods).toEqual([
      new Date("2026-11-02T00:00:00Z"),
      new Date("2026-11-09T00:00:00Z"),
    ]);
    expect(weekly.brands[0]!.periods.map((p) => p.mentions)).toEqual([1, 0]);
  });

  test("refuses unbounded or meaningless requests, naming the argument", async () => {
    await database.ingest(brands);
    const [lumen] = await idsOf(["Lumen"]);
    const from = new Date("2026-01-01T00:00:00Z");
    await expect(
      brandMetrics(pool(), { brandIds: [lumen!], from, to: from, interval: "day" }),
    ).rejects.toMatchObject({ field: "to" });
    await expect(
      brandMetrics(pool(), {
        brandIds: [lumen!],
        from,
        to: new Date("2026-03-01T00:00:00Z"),
        interval: "hour",
      }),
    ).rejects.toMatchObject({
      field: "to",
      reason: expect.stringContaining("1416 periods"),
    });
    await expect(
      brandMetrics(pool(), {
        brandIds: [],
        from,
        to: new Date("2026-01-02T00:00:00Z"),
        interval: "day",
      }),
    ).rejects.toMatchObject({ field: "brandIds" });
    await expect(
      brandMetrics(pool(), {
        brandIds: [lumen!, 99_999],
        from,
        to: new Date("2026-01-02T00:00:00Z"),
        interval: "day",
      }),
    ).rejects.toMatchObject({
      field: "brandIds",
      reason: "names no tracked brand (id 99999)",
    });
  });
});

describe("brandRisingTerms", () => {
  test("ranks the words and phrases a brand's messages use more than in its own history by G², with examples", async () => {
    const day = (d: number, h = 9) =>
      `2026-11-${String(d).padStart(2, "0")}T${String(h).padStart(2, "0")}:00:00Z`;
    await database.ingest([
      ...brands,
      // The baseline: four messages in the week before.
      message("b1", "twitter", ana, "Lumen washer works", day(3)),
      message("b2", "twitter", ana, "Lumen dryer fine", day(4)),
      message("b3", "twitter", ana, "Lumen washer quiet", day(5)),
      message("b4", "twitter", ana, "Lumen service ok", day(6)),
      // The period: three of four say "leaking", two "leaking water".
      message("p1", "twitter", ana, "Lumen washer leaking water", day(10)),
      message("p2", "forum", ben, "Lumen leaking water again", day(10, 10)),
      message("p3", "twitter", cleo, "Lumen dryer leaking badly", day(10, 11)),
      message("p4", "twitter", ana, "Lumen nice", day(10, 12)),
      // Another brand's messages are not its history.
      message("z1", "twitter", ana, "Zephyr leaking water leaking water", day(4)),
    ]);
    const [lumen] = await idsOf(["Lumen"]);
    const terms = await brandRisingTerms(pool(), {
      brandId: lumen!,
      from: new Date(day(10, 0)),
      to: new Date(day(11, 0)),
      baselineDays: 7,
      first: 10,
    });
    // G² of 3 of 4 against 0 of 4: 2(3 ln 2 + 1 ln 0.4 + 4 ln 1.6) = 6.0863; of 2 of 4 against 0 of 4:
    // 2(2 ln 2 + 2 ln(2/3) + 4 ln(4/3)) = 3.4522. Terms used by one message only ("dryer") are left out.
    expect(
      terms.map((t) => [
        t.term,
        t.phrase,
        t.count,
        t.baselineCount,
        t.ratio,
        Number(t.score.toFixed(4)),
      ]),
    ).toEqual([
      ["leaking", false, 3, 0, null, 6.0863],
      ["leaking water", true, 2, 0, null, 3.4522],
      ["water", false, 2, 0, null, 3.4522],
    ]);
    const { rows } = await pool().query<{ id: number; sourceId: string }>(
      `SELECT id, "sourceId" FROM "Message"`,
    );
    const sourceIdOf = (id: number) => rows.find((row) => row.id === id)!.sourceId;
    // Widest reach first: Cleo (1,000), Ana (100), Ben (0).
    expect(terms[0]!.exampleIds.map(sourceIdOf)).toEqual(["p3", "p1", "p2"]);

    // "washer" was said as often before (2 of 4) as now (1 of 4 is less): not rising.
    expect(terms.some((t) => t.term === "washer")).toBe(false);
  });
});

describe("placeBreakdown", () => {
  test("counts messages per country and city, optionally of some brands", async () => {
    await database.ingest([
      ...brands,
      message("l1", "twitter", ana, "Lumen in Lisbon", "2026-11-02T09:00:00Z", {
        place: {
          name: "Time Out Market",
          city: "Lisbon",
          country: "Portugal",
          lat: 38.707,
          lng: -9.146,
        },
      }),
      message("l2", "twitter", ben, "Zephyr in Lisbon", "2026-11-02T10:00:00Z", {
        place: { city: "Lisbon", country: "Portugal" },
      }),
      message("l3", "twitter", cleo, "Lumen in Porto", "2026-11-02T11:00:00Z", {
        place: { city: "Porto", country: "Portugal" },
      }),
      message("l4", "twitter", cleo, "Lumen somewhere", "2026-11-02T12:00:00Z", {
        place: { lat: 1, lng: 2 },
      }),
      message("l5", "twitter", cleo, "Lumen nowhere", "2026-11-02T12:00:00Z"),
    ]);
    const range = {
      from: new Date("2026-11-01T00:00:00Z"),
      to: new Date("2026-11-03T00:00:00Z"),
      first: 10,
    };
    const all = await placeBreakdown(pool(), { ...range, brandIds: [] });
    expect(all.map((p) => [p.country, p.city, p.messages])).toEqual([
      ["Portugal", "Lisbon", 2],
      ["Portugal", "Porto", 1],
    ]);
    const [lumen] = await idsOf(["Lumen"]);
    const ofLumen = await placeBreakdown(pool(), { ...range, brandIds: [lumen!] });
    expect(ofLumen.map((p) => [p.city, p.messages])).toEqual([
      ["Lisbon", 1],
      ["Porto", 1],
    ]);
  });
});
