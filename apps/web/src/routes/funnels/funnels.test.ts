import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { describe, expect, test } from "vitest";
import type { FunnelResultView } from "$lib/components/funnel/funnel.ts";
import { mockClient } from "$lib/testing/graphql-client.ts";
import Funnels from "./+page.svelte";

function result(first: number, second: number): FunnelResultView {
  const step = (name: string, count: number, previous: number) => ({
    name,
    count,
    conversionFromFirst: count / first,
    conversionFromPrevious: count / previous,
    droppedOff: previous - count,
    medianSecondsFromPrevious: null,
  });
  return {
    steps: [step("Clicked", first, first), step("Asked in the forum", second, first)],
    breakdown: [],
    timeToConvert: [],
    trend: [],
    correlations: [],
  };
}

async function openPage() {
  const api = mockClient();
  render(Funnels, { context: api.context });
  api.latest("CampaignChoices").respond({ campaigns: { edges: [] } });
  api.latest("SavedFunnels").respond({
    funnels: { totalCount: 0, pageInfo: { endCursor: null, hasNextPage: false }, edges: [] },
  });
  await fireEvent.click(
    within(screen.getByRole("group", { name: "Step 1 Touchpoint" })).getByLabelText("email click"),
  );
  await fireEvent.click(
    within(screen.getByRole("group", { name: "Step 2 Channel" })).getByLabelText("forum"),
  );
  return api;
}

describe("the funnels page", () => {
  test("Show funnel asks for the built funnel and shows each step's count", async () => {
    const api = await openPage();
    await fireEvent.click(screen.getByRole("button", { name: "Show funnel" }));
    const request = api.latest("Funnel");
    expect(request.variables.input).toMatchObject({
      steps: [{ where: { touchpointKinds: ["EMAIL_CLICK"] } }, { where: { channels: ["FORUM"] } }],
      windowSeconds: 30 * 86_400,
      order: "ORDERED",
    });
    request.respond({ funnel: result(3, 1) });
    expect((await screen.findByTestId("step-count-2")).textContent).toBe("1");
  });

  test("a saved funnel is followed live: each funnelUpdated event replaces the counts", async () => {
    const api = await openPage();
    await fireEvent.input(screen.getByLabelText("Funnel name"), {
      target: { value: "Webinar to forum" },
    });
    await fireEvent.click(screen.getByRole("button", { name: "Save and follow live" }));
    api.latest("SaveFunnel").respond({
      saveFunnel: {
        id: "S1",
        name: "Webinar to forum",
        savedBy: "me",
        updatedAt: new Date().toISOString(),
      },
    });
    const live = await waitFor(() => api.latest("FunnelUpdated"));
    expect(live.variables).toEqual({ id: "S1" });
    live.respond({ funnelUpdated: result(3, 1) });
    expect((await screen.findByTestId("step-count-2")).textContent).toBe("1");
    live.respond({ funnelUpdated: result(3, 2) });
    await screen.findByText("Live, updated 1×");
    expect(screen.getByTestId("step-count-2").textContent).toBe("2");

    live.fail("The funnel was deleted");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Live updates stopped");
  });
});
