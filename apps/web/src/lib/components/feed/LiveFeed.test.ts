import { fireEvent, render, screen, within } from "@testing-library/svelte";
import { describe, expect, test } from "vitest";
import { mockClient } from "$lib/testing/graphql-client.ts";
import LiveFeed from "./LiveFeed.svelte";
import type { FeedMessage } from "./messages.ts";

function message(id: string, text: string, overrides: Partial<FeedMessage> = {}): FeedMessage {
  return {
    id,
    channel: "TWITTER",
    text,
    sentiment: -0.6,
    intent: "PROBLEM",
    postedAt: new Date().toISOString(),
    reach: 1_200_000,
    author: { id: `author-${id}`, displayName: "Maya" },
    ...overrides,
  };
}

const page = (...messages: FeedMessage[]) => ({
  messages: { totalCount: messages.length, edges: messages.map((node) => ({ node })) },
});

const rowTexts = () =>
  screen.queryAllByTestId("feed-row").map((row) => row.querySelector(".text")?.textContent);

describe("LiveFeed", () => {
  test("lists the latest messages, then puts a message that arrives live on top", async () => {
    const api = mockClient();
    render(LiveFeed, { props: { first: 8 }, context: api.context });
    expect(screen.getByRole("status").textContent).toContain("Loading messages…");
    api.latest("LatestMessages").respond(page(message("m1", "My washer broke again!!!")));
    await screen.findByText("My washer broke again!!!");
    expect(screen.getByTestId("feed-row").textContent).toContain("1.2M followers");

    const live = api.latest("MessageAdded");
    live.respond({ messageAdded: message("m2", "Still broken.") });
    await screen.findByText("Still broken.");
    expect(rowTexts()).toEqual(["Still broken.", "My washer broke again!!!"]);
  });

  test("a message that arrives live before the first page is kept, not duplicated", async () => {
    const api = mockClient();
    render(LiveFeed, { props: { first: 8 }, context: api.context });
    api.latest("MessageAdded").respond({ messageAdded: message("m2", "Newest") });
    api.latest("LatestMessages").respond(page(message("m2", "Newest"), message("m1", "Older")));
    await screen.findByText("Older");
    expect(rowTexts()).toEqual(["Newest", "Older"]);
  });

  test("the channel and negative-only filters go to both the query and the subscription", () => {
    const api = mockClient();
    render(LiveFeed, {
      props: { first: 30, channel: "FORUM", negativeOnly: true },
      context: api.context,
    });
    expect(api.latest("LatestMessages").variables).toEqual({
      first: 30,
      filter: { channel: "FORUM", sentimentBelow: -0.3 },
    });
    expect(api.latest("MessageAdded").variables).toEqual({
      filter: { channels: ["FORUM"], sentimentBelow: -0.3 },
    });
  });

  test("a failed load says why and Try again loads the feed afresh", async () => {
    const api = mockClient();
    render(LiveFeed, { props: {}, context: api.context });
    const firstSubscription = api.latest("MessageAdded");
    api.latest("LatestMessages").failNetwork("connection refused");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Could not load messages");
    expect(alert.textContent).toContain("Cannot reach the Parley API: connection refused");
    await fireEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(firstSubscription.closed).toBe(true);
    api.latest("LatestMessages").respond(page(message("m1", "Back again")));
    await screen.findByText("Back again");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  test("an empty feed says how to get data in, or that nothing matches the filters", async () => {
    const api = mockClient();
    const { unmount } = render(LiveFeed, { props: {}, context: api.context });
    api.latest("LatestMessages").respond(page());
    await screen.findByText(/No conversations yet/);
    unmount();
    render(LiveFeed, { props: { negativeOnly: true }, context: api.context });
    api.latest("LatestMessages").respond(page());
    await screen.findByText(/No messages match these filters yet/);
  });
});
