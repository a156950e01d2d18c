import { describe, expect, it } from "vitest";
import { importSample, ofType } from "./testing.ts";

describe("mailchimp-activity preset", () => {
  it("maps sends, opens and clicks to touchpoints and leaves bounces out", async () => {
    const { records, problems, preset, encoding } = await importSample("mailchimp-activity.csv");
    expect(preset).toBe("mailchimp-activity");
    expect(encoding).toBe("utf-8-bom");
    expect(problems).toEqual([]);
    const touchpoints = ofType(records, "touchpoint");
    expect(touchpoints.map((t) => t.kind)).toEqual([
      "email_sent",
      "email_open",
      "email_click",
      "email_sent",
      "email_open",
      "email_sent",
      "email_sent",
      "email_open",
    ]);
    expect(touchpoints[2]).toMatchObject({
      source: "mailchimp",
      person: { by: "inline", name: "Ana Souza", emails: ["ana.souza@brightwave.io"] },
      campaign: { id: "8d3f1a2b9c", name: "March Product Update", channel: "email" },
      at: new Date("2024-03-12T15:22:40Z"),
      properties: { url: "https://parley.example/blog/graph-insights" },
    });
  });

  it("gives each activity the same id on every import", async () => {
    const first = await importSample("mailchimp-activity.csv");
    const second = await importSample("mailchimp-activity.csv");
    const ids = first.records.map((r) => r.id);
    expect(second.records.map((r) => r.id)).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
