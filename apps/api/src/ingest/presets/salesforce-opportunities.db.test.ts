import { describe, expect, it } from "vitest";
import { importSample, ofType } from "./testing.ts";

describe("salesforce-opportunities preset", () => {
  it("maps opportunities to deals with status, amount, currency and contact", async () => {
    const { records, problems, preset } = await importSample("salesforce-opportunities.csv");
    expect(preset).toBe("salesforce-opportunities");
    expect(problems).toEqual([]);
    const deals = ofType(records, "deal");
    expect(deals.map((d) => [d.name, d.status, d.amount, d.currency])).toEqual([
      ["Brightwave - Enterprise Annual", "won", 48000, "USD"],
      ["Northpeak - Pilot", "open", 12500, "USD"],
      ["Gridline - Team Plan", "lost", 6000, "USD"],
      ["Kraftwerk Data - Expansion", "open", 22000, "EUR"],
    ]);
    expect(deals[0]).toMatchObject({
      organization: { name: "Brightwave" },
      closedAt: new Date("2024-03-28T00:00:00Z"),
      owner: "Jane Doe",
      // The Contact ID points at the person from the contacts report (same source).
      contact: {
        by: "inline",
        source: "salesforce",
        id: "0035g00000AbCdE1",
        emails: ["ana.souza@brightwave.io"],
      },
    });
    // An open deal's close date is a forecast, not a close.
    expect(deals[1]!.closedAt).toBeUndefined();
    expect(deals[1]!.contact).toMatchObject({
      by: "inline",
      name: "Marcus Chen",
      emails: ["marcus.chen@northpeak.com"],
    });
  });
});
