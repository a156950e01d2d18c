import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { backend, freshDatabase, type TestDatabase } from "../../../../tests/support/database.ts";
import type { AppServices } from "../context.ts";
import { type Database, openDatabase } from "../db/database.ts";
import type { Live } from "../events/live.ts";
import { ingestBatch } from "../ingest/pipeline/index.ts";
import { samplePath } from "../ingest/presets/testing.ts";
import { fetchFeed } from "./fetch.ts";
import { FeedPoller } from "./poller.ts";
import { addFeed } from "./service.ts";

/** A local HTTP server standing in for the web: fixture feeds, validators, redirects, failures. */
function feedServer() {
  const hits = new Map<string, number>();
  const seen: Array<{ path: string; ifNoneMatch?: string; ifModifiedSince?: string }> = [];
  let flakyFailures = 2;
  const blog = fs.readFileSync(samplePath("feed-blog.xml"));
  const alerts = fs.readFileSync(samplePath("feed-alerts.xml"));
  const server = http.createServer((request, response) => {
    const path = request.url ?? "/";
    hits.set(path, (hits.get(path) ?? 0) + 1);
    seen.push({
      path,
      ifNoneMatch: request.headers["if-none-match"],
      ifModifiedSince: request.headers["if-modified-since"],
    });
    const xml = (body: Buffer | string, headers: Record<string, string> = {}) =>
      response.writeHead(200, { "content-type": "application/rss+xml", ...headers }).end(body);
    switch (path) {
      case "/blog.xml":
        if (request.headers["if-none-match"] === '"v1"') return response.writeHead(304).end();
        return xml(blog, { etag: '"v1"' });
      case "/moved":
        return response.writeHead(301, { location: "/alerts.xml" }).end();
      case "/alerts.xml":
        if (request.headers["if-modified-since"] === "Mon, 02 Nov 2026 11:04:28 GMT")
          return response.writeHead(304).end();
        return xml(alerts, { "last-modified": "Mon, 02 Nov 2026 11:04:28 GMT" });
      case "/flaky.xml":
        if (flakyFailures-- > 0) return response.writeHead(500).end("upstream on fire");
        return xml(blog);
      case "/broken.xml":
        return xml(
          `<?xml version="1.0"?>\n<rss><channel>\n<item><title>cut</item>\n</channel></rss>`,
        );
      case "/slow.xml":
        return void setTimeout(() => xml(blog), 300);
      case "/loop":
        return response.writeHead(302, { location: "/loop" }).end();
      default:
        return response.writeHead(404).end();
    }
  });
  return {
    hits,
    seen,
    async start() {
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let db: TestDatabase;
let services: AppServices;
let server: ReturnType<typeof feedServer>;
let base: string;
let lumen: number;

beforeEach(async () => {
  db = await freshDatabase();
  services = { db, live: { notify: () => undefined } as unknown as Live };
  server = feedServer();
  base = await server.start();
  await ingestBatch(
    services,
    [{ type: "brand", source: "setup", id: "lumen", name: "Lumen", kind: "own", terms: ["lumen"] }],
    { actor: "test" },
  );
  lumen = (await db.prisma.brand.findFirstOrThrow()).id;
});
afterEach(async () => {
  await server.close();
  await db.close();
});

const feedRow = async (id: number) => db.prisma.feed.findUniqueOrThrow({ where: { id } });
/** Makes the feed due now, as the passing of its interval would. */
const makeDue = (id: number) =>
  db.pool.query(`UPDATE "Feed" SET "nextFetchAt" = now() WHERE id = $1`, [id]);
const minutesUntilNext = (feed: { nextFetchAt: Date; lastFetchedAt: Date | null }) =>
  Math.round((feed.nextFetchAt.getTime() - feed.lastFetchedAt!.getTime()) / 60_000);
const messageCount = async () =>
  (await db.pool.query(`SELECT count(*)::int AS n FROM "Message"`)).rows[0].n;

describe("the feed poller", () => {
  test("each entry becomes a message once; the next poll sends the ETag back and a 304 changes nothing", async () => {
    const feed = await addFeed(
      db.prisma,
      { url: `${base}/blog.xml`, brandIds: [lumen], intervalMinutes: 15 },
      true,
    );
    const poller = new FeedPoller(services, true, { pollIntervalMs: 0 });
    await poller.poke();
    let row = await feedRow(feed.id);
    expect(row).toMatchObject({
      lastStatus: 200,
      etag: '"v1"',
      entries: 2,
      title: "Laundry Lab",
      failures: 0,
      lastError: null,
    });
    expect(minutesUntilNext(row)).toBe(15);
    const { rows } = await db.pool.query(`SELECT channel, url FROM "Message" ORDER BY "postedAt"`);
    expect(rows).toEqual([
      { channel: "blog", url: "https://laundrylab.example/2026/10/zephyr-air-first-look" },
      { channel: "blog", url: "https://laundrylab.example/2026/11/lumen-w9-six-months" },
    ]);
    // The text names Lumen: the mention is found as for any message.
    expect(
      (
        await db.pool.query(`SELECT count(*)::int AS n FROM "BrandMention" WHERE "brandId" = $1`, [
          lumen,
        ])
      ).rows[0].n,
    ).toBe(1);

    await makeDue(feed.id);
    await poller.poke();
    expect(server.seen.at(-1)).toMatchObject({ path: "/blog.xml", ifNoneMatch: '"v1"' });
    row = await feedRow(feed.id);
    expect(row).toMatchObject({ lastStatus: 304, entries: 2, failures: 0 });
    expect(await messageCount()).toBe(2);
  });

  test("redirects are followed, Last-Modified is sent back, and an alert feed's entries arrive as they are", async () => {
    const feed = await addFeed(
      db.prisma,
      { url: `${base}/moved`, brandIds: [], intervalMinutes: 60 },
      true,
    );
    const poller = new FeedPoller(services, true, { pollIntervalMs: 0 });
    await poller.poke();
    expect(await feedRow(feed.id)).toMatchObject({
      lastStatus: 200,
      entries: 2,
      lastModified: "Mon, 02 Nov 2026 11:04:28 GMT",
    });
    expect((await db.pool.query(`SELECT DISTINCT channel FROM "Message"`)).rows).toEqual([
      { channel: "other" },
    ]);
    await makeDue(feed.id);
    await poller.poke();
    expect(server.seen.at(-1)).toMatchObject({
      path: "/alerts.xml",
      ifModifiedSince: "Mon, 02 Nov 2026 11:04:28 GMT",
    });
    expect(await feedRow(feed.id)).toMatchObject({ lastStatus: 304, entries: 2 });
  });

  test("a failing feed backs off, doubling its interval, shows its last error, and recovers", async () => {
    const feed = await addFeed(
      db.prisma,
      { url: `${base}/flaky.xml`, brandIds: [], intervalMinutes: 15 },
      true,
    );
    const poller = new FeedPoller(services, true, { pollIntervalMs: 0 });
    await poller.poke();
    let row = await feedRow(feed.id);
    expect(row).toMatchObject({
      lastStatus: 500,
      failures: 1,
      lastError: "HTTP 500: upstream on fire",
      lastSuccessAt: null,
    });
    expect(minutesUntilNext(row)).toBe(30);
    // Not due yet: a poke does not fetch it again.
    await poller.poke();
    expect(server.hits.get("/flaky.xml")).toBe(1);
    await makeDue(feed.id);
    await poller.poke();
    row = await feedRow(feed.id);
    expect([row.failures, minutesUntilNext(row)]).toEqual([2, 60]);
    await makeDue(feed.id);
    await poller.poke();
    row = await feedRow(feed.id);
    expect(row).toMatchObject({ lastStatus: 200, failures: 0, lastError: null, entries: 2 });
    expect(minutesUntilNext(row)).toBe(15);
  });

  test("broken XML and endless redirects are failures with their reason; nothing is imported", async () => {
    const broken = await addFeed(
      db.prisma,
      { url: `${base}/broken.xml`, brandIds: [], intervalMinutes: 15 },
      true,
    );
    const loop = await addFeed(
      db.prisma,
      { url: `${base}/loop`, brandIds: [], intervalMinutes: 15 },
      true,
    );
    await new FeedPoller(services, true, { pollIntervalMs: 0 }).poke();
    expect(await feedRow(broken.id)).toMatchObject({
      failures: 1,
      lastStatus: 200,
      lastError: expect.stringMatching(/^the feed is not well-formed XML: .*\(line 3\)$/),
    });
    expect(await feedRow(loop.id)).toMatchObject({
      failures: 1,
      lastError: "more than 5 redirects",
    });
    expect(server.hits.get("/loop")).toBe(6);
    expect(await messageCount()).toBe(0);
  });

  test("two instances sharing the database fetch a due feed once", async () => {
    // On PostgreSQL the second instance has its own connections; PGlite serves one process.
    const other: Database =
      backend === "postgres" ? await openDatabase({ databaseUrl: db.url }) : db;
    try {
      const feed = await addFeed(
        db.prisma,
        { url: `${base}/slow.xml`, brandIds: [], intervalMinutes: 15 },
        true,
      );
      const first = new FeedPoller(services, true, { pollIntervalMs: 0 });
      const second = new FeedPoller({ db: other, live: services.live }, true, {
        pollIntervalMs: 0,
      });
      await Promise.all([first.poke(), second.poke(), first.poke(), second.poke()]);
      expect(server.hits.get("/slow.xml")).toBe(1);
      expect(await feedRow(feed.id)).toMatchObject({ entries: 2, leasedUntil: null });
    } finally {
      if (other !== db) await other.close();
    }
  });
});

describe("feeds on this machine or a private network", () => {
  test("are refused when subscribing, naming the URL and the variable that allows them", async () => {
    const port = new URL(base).port;
    for (const url of [
      `${base}/blog.xml`,
      `http://localhost:${port}/blog.xml`,
      `http://[::1]:${port}/`,
      "http://10.1.2.3/feed",
      "http://0x7f000001/feed",
    ]) {
      await expect(
        addFeed(db.prisma, { url, brandIds: [], intervalMinutes: 15 }, false),
      ).rejects.toMatchObject({
        field: "url",
        record: "Feed",
        reason: expect.stringMatching(
          /a private or local address \(set PARLEY_FEEDS_ALLOW_PRIVATE=1 for on-premise feeds\)$/,
        ),
      });
    }
    await expect(
      addFeed(
        db.prisma,
        { url: "ftp://example.com/feed", brandIds: [], intervalMinutes: 15 },
        false,
      ),
    ).rejects.toMatchObject({ field: "url", reason: "must be http or https, got ftp:" });
    await expect(
      addFeed(db.prisma, { url: `${base}/blog.xml`, brandIds: [], intervalMinutes: 0 }, true),
    ).rejects.toMatchObject({ field: "intervalMinutes" });
    await expect(
      addFeed(
        db.prisma,
        { url: `${base}/blog.xml`, brandIds: [99_999], intervalMinutes: 15 },
        true,
      ),
    ).rejects.toMatchObject({ field: "brandIds" });
    expect(server.hits.size).toBe(0);
  });

  test("are refused when fetching, on the address DNS gives at connect time (a subscription made before DNS changed)", async () => {
    const port = new URL(base).port;
    const localhost = await fetchFeed(`http://localhost:${port}/blog.xml`, {
      allowPrivate: false,
      timeoutMs: 5_000,
    });
    expect(localhost).toMatchObject({
      kind: "failed",
      error: expect.stringMatching(/^localhost resolves to .*, a private or local address$/),
    });
    // A stored subscription is held to the same rule at every poll.
    const feed = await db.prisma.feed.create({
      data: { url: `http://localhost:${port}/blog.xml`, brandIds: [], intervalMinutes: 15 },
    });
    await new FeedPoller(services, false, { pollIntervalMs: 0 }).poke();
    expect(await feedRow(feed.id)).toMatchObject({
      failures: 1,
      lastError: expect.stringContaining("a private or local address"),
    });
    expect(server.hits.size).toBe(0);
  });
});
