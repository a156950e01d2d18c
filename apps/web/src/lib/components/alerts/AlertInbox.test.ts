import { fireEvent, render, screen } from "@testing-library/svelte";
import { describe, expect, test } from "vitest";
import { mockClient } from "$lib/testing/graphql-client.ts";
import AlertInbox from "./AlertInbox.svelte";
import type { AlertItem } from "./alerts.ts";

function alert(
  id: string,
  severity: AlertItem["severity"],
  reason: string,
  overrides: Partial<AlertItem> = {},
): AlertItem {
  const at = new Date().toISOString();
  return {
    id,
    severity,
    reason,
    messageCount: 1,
    raisedAt: at,
    updatedAt: at,
    acknowledgedAt: null,
    acknowledgedBy: null,
    rule: { id: "r1", name: "Influential and unhappy", kind: "INFLUENTIAL_UNHAPPY" },
    person: { id: "p1", displayName: "Maya Okafor" },
    message: { id: `m-${id}`, channel: "TWITTER", text: "My washer broke" },
    ...overrides,
  };
}

const page = (...alerts: AlertItem[]) => ({
  alerts: { totalCount: alerts.length, edges: alerts.map((node) => ({ node })) },
});
const reasons = () => screen.queryAllByTestId("alert-reason").map((row) => row.textContent);

describe("AlertInbox", () => {
  test("a live alert takes its place by severity, a grown one replaces its old state, an acknowledged one leaves", async () => {
    const api = mockClient();
    render(AlertInbox, {
      props: { minSeverity: "NORMAL", showAcknowledged: false, canAcknowledge: true },
      context: api.context,
    });
    expect(api.latest("AlertRaised").variables).toEqual({ minSeverity: "NORMAL" });
    api
      .latest("Alerts")
      .respond(
        page(
          alert("a1", "HIGH", "Maya: 1.2M followers"),
          alert("a2", "NORMAL", "Sam: 2K followers"),
        ),
      );
    await screen.findByText("Maya: 1.2M followers");

    const live = api.latest("AlertRaised");
    live.respond({
      alertRaised: alert("a3", "URGENT", "Ada: 3M followers, 40 replies in the last hour"),
    });
    await screen.findByText("Ada: 3M followers, 40 replies in the last hour");
    expect(reasons()).toEqual([
      "Ada: 3M followers, 40 replies in the last hour",
      "Maya: 1.2M followers",
      "Sam: 2K followers",
    ]);

    // Sam's conversation grew and became urgent: one row, moved up, newest state.
    live.respond({
      alertRaised: alert("a2", "URGENT", "Sam: 2K followers, 25 replies in the last hour", {
        messageCount: 4,
        updatedAt: new Date(Date.now() + 1000).toISOString(),
      }),
    });
    await screen.findByText("Sam: 2K followers, 25 replies in the last hour");
    expect(reasons()).toEqual([
      "Sam: 2K followers, 25 replies in the last hour",
      "Ada: 3M followers, 40 replies in the last hour",
      "Maya: 1.2M followers",
    ]);

    await fireEvent.click(screen.getAllByRole("button", { name: "Acknowledge" })[2]!);
    const acknowledge = api.latest("AcknowledgeAlert");
    expect(acknowledge.variables).toEqual({ id: "a1" });
    acknowledge.respond({
      acknowledgeAlert: alert("a1", "HIGH", "Maya: 1.2M followers", {
        acknowledgedAt: new Date().toISOString(),
        acknowledgedBy: "analyst",
      }),
    });
    await expect
      .poll(reasons)
      .toEqual([
        "Sam: 2K followers, 25 replies in the last hour",
        "Ada: 3M followers, 40 replies in the last hour",
      ]);
  });

  test("a viewer sees no acknowledge button", async () => {
    const api = mockClient();
    render(AlertInbox, {
      props: { minSeverity: "HIGH", showAcknowledged: true, canAcknowledge: false },
      context: api.context,
    });
    api.latest("Alerts").respond(page(alert("a1", "HIGH", "Maya: 1.2M followers")));
    await screen.findByText("Maya: 1.2M followers");
    expect(api.latest("Alerts").variables).toEqual({ first: 50, filter: { minSeverity: "HIGH" } });
    expect(screen.queryByRole("button", { name: "Acknowledge" })).toBeNull();
  });
});
