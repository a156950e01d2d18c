import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApi, type TestApi } from "../support/api.ts";
import { graphql } from "../support/graphql/index.ts";

const Ingest = graphql(`
  mutation ListeningIngest($records: [JSON!]!) {
    ingest(records: $records) { created }
  }
`);
const Brands = graphql(`
  query ListeningBrands {
    brands { id name }
  }
`);
const AddFeed = graphql(`
  mutation ListeningAddFeed($url: String!, $brandIds: [ID!]!) {
    addFeed(url: $url, brandIds: $brandIds, intervalMinutes: 15) { id url intervalMinutes brands { name } }
  }
`);
const Feeds = graphql(`
  query ListeningFeeds {
    feeds { id title entries lastStatus lastError failures lastSuccessAt }
  }
`);
const BrandMetrics = graphql(`
  query ListeningBrandMetrics($ids: [ID!]!) {
    brandMetrics(brandIds: $ids, from: "2026-10-26T00:00:00Z", to: "2026-11-09T00:00:00Z", interval: WEEK) {
      periods
      brands {
        brand { name }
        totals { mentions shareOfVoice channels { channel mentions } }
        periods { start mentions }
        risingTerms(first: 5) { term count examples { url } }
      }
    }
  }
`);
const PlacedMessages = graphql(`
  query ListeningPlacedMessages {
    messages(first: 5, filter: { city: "nowhere" }) { totalCount }
    all: messages(first: 5, filter: { channel: BLOG }) { edges { node { place { lat lng } } } }
  }
`);
const MessagesOfBrand = graphql(`
  query ListeningMessagesOfBrand($id: ID!) {
    messages(first: 5, filter: { brandId: $id }) { totalCount }
  }
`);
const RemoveFeed = graphql(`
  mutation ListeningRemoveFeed($id: ID!) {
    removeFeed(id: $id)
  }
`);
const HourlyForAYear = graphql(`
  query ListeningHourlyForAYear($ids: [ID!]!) {
    brandMetrics(brandIds: $ids, from: "2026-01-01T00:00:00Z", to: "2026-12-01T00:00:00Z", interval: HOUR) { periods }
  }
`);
const AddBadFeed = graphql(`
  mutation ListeningAddBadFeed {
    addFeed(url: "not a url", brandIds: []) { id }
  }
`);

/** The API over HTTP, as the dashboard uses it: feeds subscribed and polled, then the listening queries over their messages. */
let api: TestApi;
let feedServer: http.Server;
let feedUrl: string;

beforeAll(async () => {
  api = await startTestApi({ feedsAllowPrivate: true });
  const blog = fs.readFileSync(new URL("../../docs/samples/feed-blog.xml", import.meta.url));
  feedServer = http.createServer((_request, response) =>
    response.writeHead(200, { "content-type": "application/rss+xml" }).end(blog),
  );
  await new Promise<void>((resolve) => feedServer.listen(0, "127.0.0.1", resolve));
  feedUrl = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}/blog.xml`;
  const brands = await api.gql(Ingest, {
    records: [
      { type: "brand", source: "setup", id: "lumen", name: "Lumen", kind: "own", terms: [] },
      {
        type: "brand",
        source: "setup",
        id: "zephyr",
        name: "Zephyr",
        kind: "competitor",
        terms: [],
      },
    ],
  });
  expect(brands.errors).toBeUndefined();
});
afterAll(async () => {
  await api?.close();
  await new Promise((resolve) => feedServer?.close(resolve));
});

async function brandIds(): Promise<Record<string, string>> {
  const { data } = await api.gql(Brands);
  return Object.fromEntries(data!.brands.map((b) => [b.name, b.id]));
}

describe("feeds and listening over GraphQL", () => {
  test("addFeed fetches at once; feeds shows its state; brandMetrics and the message filters read its entries; removeFeed ends it", async () => {
    const { Lumen, Zephyr } = await brandIds();
    const added = await api.gql(AddFeed, { url: feedUrl, brandIds: [Lumen] });
    expect(added.errors).toBeUndefined();
    expect(added.data!.addFeed).toMatchObject({
      url: feedUrl,
      intervalMinutes: 15,
      brands: [{ name: "Lumen" }],
    });
    let feeds: ResultOf<typeof Feeds>["feeds"] = [];
    for (let tries = 0; tries < 100 && !((feeds[0]?.entries ?? 0) > 0); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      feeds = (await api.gql(Feeds)).data!.feeds;
    }
    expect(feeds).toEqual([
      expect.objectContaining({
        title: "Laundry Lab",
        entries: 2,
        lastStatus: 200,
        lastError: null,
        failures: 0,
      }),
    ]);

    const metrics = await api.gql(BrandMetrics, { ids: [Lumen, Zephyr] });
    expect(metrics.errors).toBeUndefined();
    const [lumen, zephyr] = metrics.data!.brandMetrics.brands;
    // Lumen: the Lumen post; Zephyr: that post (it names Zephyr too) and the Zephyr post.
    expect(lumen).toMatchObject({
      brand: { name: "Lumen" },
      totals: { mentions: 1, shareOfVoice: 1 / 3, channels: [{ channel: "BLOG", mentions: 1 }] },
    });
    expect(zephyr.periods).toEqual([
      { start: "2026-10-26T00:00:00.000Z", mentions: 1 },
      { start: "2026-11-02T00:00:00.000Z", mentions: 1 },
    ]);
    expect(lumen.risingTerms).toEqual([]);

    const placed = await api.gql(PlacedMessages);
    expect(placed.data!.messages.totalCount).toBe(0);
    expect(placed.data!.all.edges.map((e) => e.node.place)).toContainEqual({
      lat: 38.7223,
      lng: -9.1393,
    });
    const ofLumen = await api.gql(MessagesOfBrand, { id: Lumen });
    expect(ofLumen.data!.messages.totalCount).toBe(1);

    const removed = await api.gql(RemoveFeed, { id: added.data!.addFeed.id });
    expect(removed.data!.removeFeed).toBe(added.data!.addFeed.id);
    expect((await api.gql(Feeds)).data!.feeds).toEqual([]);
  });

  test("bad arguments are answered with the argument and the reason", async () => {
    const { Lumen } = await brandIds();
    const tooLong = await api.gql(HourlyForAYear, { ids: [Lumen] });
    expect(tooLong.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "to" });
    const badFeed = await api.gql(AddBadFeed);
    expect(badFeed.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "url",
      record: "Feed",
    });
  });
});
