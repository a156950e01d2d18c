import { render, screen } from "@testing-library/svelte";
import { describe, expect, test } from "vitest";
import { mockClient } from "$lib/testing/graphql-client.ts";
import PersonInfluence from "./PersonInfluence.svelte";

const components = [
  {
    name: "network",
    value: 0.18,
    weight: 0.4,
    contribution: 40,
    explanation: "PageRank 0.180: more central in the conversation than 100% of people",
  },
  {
    name: "reach",
    value: 1_200_000,
    weight: 0.35,
    contribution: 30.4,
    explanation: "1.2M followers (87% of the way to 10M on a log scale)",
  },
  {
    name: "engagement",
    value: 0,
    weight: 0.25,
    contribution: 0,
    explanation: "0 replies, shares and likes received (0% of the way to 100K)",
  },
];

function answer(scoped: unknown[]) {
  return {
    node: {
      __typename: "Person",
      id: "p1",
      influence: {
        score: 70.4,
        components,
        pageRank: 0.18,
        pageRankPercentile: 1,
        reach: 1_200_000,
        engagement: 0,
        networkCommunity: {
          id: "n1",
          label: "Lumen on Twitter, around Maya Okafor (4 people)",
          size: 4,
        },
      },
      scopedInfluence: scoped,
    },
  };
}

describe("PersonInfluence", () => {
  test("shows the score, every component's explanation, the network community and the scoped scores", async () => {
    const api = mockClient();
    render(PersonInfluence, { props: { personId: "p1" }, context: api.context });
    expect(api.latest("PersonInfluence").variables).toEqual({ id: "p1" });
    api.latest("PersonInfluence").respond(
      answer([
        {
          community: null,
          brand: { id: "b1", name: "Lumen" },
          influence: { score: 55.5, components, pageRankPercentile: 0.5 },
        },
        {
          community: { id: "c1", name: "#washers" },
          brand: null,
          influence: { score: 12, components, pageRankPercentile: 0.25 },
        },
      ]),
    );
    expect((await screen.findByTestId("person-influence-score")).textContent).toContain("70.4");
    const explanations = screen
      .getAllByTestId("person-influence-component")
      .map((item) => item.textContent!.replace(/\s+/g, " ").trim());
    expect(explanations).toHaveLength(3);
    expect(explanations[1]).toContain("30.4 points (weight 35%). 1.2M followers");
    expect(screen.getByTestId("person-network-community").textContent).toContain(
      "around Maya Okafor",
    );
    const scoped = screen.getByTestId("person-scoped-influence").textContent;
    expect(scoped).toContain("About Lumen");
    expect(scoped).toContain("55.5");
    expect(scoped).toContain("In #washers");
  });

  test("says so when the person has no influence in any community or brand, and names the failure when the API fails", async () => {
    const api = mockClient();
    render(PersonInfluence, { props: { personId: "p1" }, context: api.context });
    api.latest("PersonInfluence").respond(answer([]));
    expect(
      await screen.findByText("No influence within a community or about a brand yet."),
    ).toBeTruthy();

    const failing = mockClient();
    render(PersonInfluence, { props: { personId: "p2" }, context: failing.context });
    failing.latest("PersonInfluence").fail("The API is down");
    expect(await screen.findByText("Could not load this person's influence")).toBeTruthy();
  });
});
