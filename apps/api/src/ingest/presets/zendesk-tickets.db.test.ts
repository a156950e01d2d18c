import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readSource } from "../read/sources.ts";
import { importSample, ofType, samplePath } from "./testing.ts";

const dir = mkdtempSync(join(tmpdir(), "parley-zendesk-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("zendesk-tickets preset", () => {
  it("maps users to people and public comments to a threaded conversation", async () => {
    const { records, problems, preset } = await importSample("zendesk-tickets.json");
    expect(preset).toBe("zendesk-tickets");
    expect(problems).toEqual([]);
    expect(ofType(records, "person").map((p) => p.emails)).toEqual([
      ["sam.okafor@gridline.co"],
      ["priya@lumenhealth.com"],
      ["chloe.dubois@atelier-lumiere.fr"],
      ["lina@parley.example"],
    ]);
    const thread = ofType(records, "message").filter((m) => m.conversation === "4211");
    // The internal note (comment 880002) is left out.
    expect(thread.map((m) => [m.id, m.direction, m.inReplyTo])).toEqual([
      ["comment-880001", "inbound", undefined],
      ["comment-880003", "outbound", "comment-880001"],
      ["comment-880004", "inbound", "comment-880003"],
    ]);
    expect(thread[0]).toMatchObject({
      channel: "email",
      subject: "Salesforce opportunities import stops halfway",
      author: { by: "id", source: "zendesk", id: "9001" },
      url: "https://parley.zendesk.com/agent/tickets/4211",
    });
  });

  it("reads a user's address from an address user field, or from details that hold an address", async () => {
    const { records } = await importSample("zendesk-tickets.json");
    expect(ofType(records, "person").map((p) => [p.name, p.address])).toEqual([
      ["Sam Okafor", undefined],
      [
        "Priya Natarajan",
        { street: "500 W 2nd Street", city: "Austin", postcode: "78701", region: "TX" },
      ],
      // "Prefers email" in details is a note, not an address: the user field is used.
      [
        "Chloé Dubois",
        { street: "8 Rue De Rivoli", city: "Paris", postcode: "75001", country: "FR" },
      ],
      ["Lina Ortiz", undefined],
    ]);
  });

  it("maps a ticket without comments to one message from its description", async () => {
    const { records } = await importSample("zendesk-tickets.json");
    expect(ofType(records, "message").find((m) => m.conversation === "4212")).toMatchObject({
      id: "ticket-4212",
      channel: "support_ticket",
      direction: "inbound",
      text: expect.stringContaining("Lifecycle Stage"),
    });
  });

  it("reads the JSON export, one ticket per line, with --format", async () => {
    const { tickets } = JSON.parse(readFileSync(samplePath("zendesk-tickets.json"), "utf8")) as {
      tickets: unknown[];
    };
    const path = join(dir, "export.jsonl");
    writeFileSync(path, tickets.map((ticket) => JSON.stringify(ticket)).join("\n"));
    const lines: number[] = [];
    for await (const item of readSource(path, { format: "zendesk-tickets" })) lines.push(item.line);
    expect(lines).toEqual([1, 1, 1, 2, 3, 3]);
  });
});
