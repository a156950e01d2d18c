import { fireEvent, render, screen } from "@testing-library/svelte";
import { describe, expect, test } from "vitest";
import { mockClient } from "$lib/testing/graphql-client.ts";
import PersonTimeline from "./PersonTimeline.svelte";
import type { Activity } from "./person.ts";

const activity = (summary: string): Activity => ({
  kind: "MESSAGE",
  department: "COMMUNICATIONS",
  summary,
  occurredAt: new Date().toISOString(),
});

function timelinePage(
  summaries: string[],
  endCursor: string | null,
  hasNextPage: boolean,
  totalCount: number,
) {
  return {
    node: {
      id: "p1",
      timeline: {
        totalCount,
        pageInfo: { endCursor, hasNextPage },
        edges: summaries.map((summary, index) => ({
          cursor: `${summary}-${index}`,
          node: activity(summary),
        })),
      },
    },
  };
}

const summaries = () =>
  [...document.querySelectorAll('[data-testid="timeline"] .summary')].map(
    (node) => node.textContent,
  );

describe("PersonTimeline", () => {
  test("lists the first page, and Load more appends the page after its cursor", async () => {
    const api = mockClient();
    render(PersonTimeline, { props: { personId: "p1" }, context: api.context });
    expect(api.latest("PersonTimeline").variables).toEqual({ id: "p1", first: 30, after: null });
    api
      .latest("PersonTimeline")
      .respond(timelinePage(["Opened email", "Posted on the forum"], "cursor-2", true, 3));
    await screen.findByText("Posted on the forum");
    expect(screen.getByText("2 of 3")).toBeTruthy();

    await fireEvent.click(screen.getByRole("button", { name: "Load more" }));
    expect(api.latest("PersonTimeline").variables).toEqual({
      id: "p1",
      first: 30,
      after: "cursor-2",
    });
    api.latest("PersonTimeline").respond(timelinePage(["Deal won"], "cursor-3", false, 3));
    await screen.findByText("Deal won");
    expect(summaries()).toEqual(["Opened email", "Posted on the forum", "Deal won"]);
    expect(screen.getByText("3 of 3")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Load more" })).toBeNull();
  });

  test("a failed next page keeps the rows shown and Try again asks for that page again", async () => {
    const api = mockClient();
    render(PersonTimeline, { props: { personId: "p1" }, context: api.context });
    api.latest("PersonTimeline").respond(timelinePage(["Opened email"], "cursor-1", true, 2));
    await fireEvent.click(await screen.findByRole("button", { name: "Load more" }));
    api.latest("PersonTimeline").fail("Query cost 30000 exceeds the limit");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Could not load the timeline");
    expect(summaries()).toEqual(["Opened email"]);
    await fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(api.latest("PersonTimeline").variables).toEqual({
      id: "p1",
      first: 30,
      after: "cursor-1",
    });
  });

  test("the answer for a previous person that arrives late is dropped", async () => {
    const api = mockClient();
    const { rerender } = render(PersonTimeline, {
      props: { personId: "p1" },
      context: api.context,
    });
    const previous = api.latest("PersonTimeline");
    await rerender({ personId: "p2" });
    api.latest("PersonTimeline").respond(timelinePage(["Second person's email"], null, false, 1));
    await screen.findByText("Second person's email");
    previous.respond(timelinePage(["First person's email"], "cursor-1", true, 5));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(summaries()).toEqual(["Second person's email"]);
    expect(screen.queryByRole("button", { name: "Load more" })).toBeNull();
  });

  test("a person with no activity says so", async () => {
    const api = mockClient();
    render(PersonTimeline, { props: { personId: "p1" }, context: api.context });
    api.latest("PersonTimeline").respond(timelinePage([], null, false, 0));
    await screen.findByText("Nothing has happened with this person yet.");
  });
});
