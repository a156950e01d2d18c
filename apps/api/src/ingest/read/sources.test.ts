import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { samplePath } from "../presets/testing.ts";
import { detectPreset, type ReadSourceOptions, readSource, SourceFormatError } from "./sources.ts";

const dir = mkdtempSync(join(tmpdir(), "parley-sources-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function readAll(path: string, options?: ReadSourceOptions) {
  const items = [];
  for await (const item of readSource(path, options)) items.push(item);
  return items;
}

describe("detectPreset", () => {
  it.each([
    ["salesforce-contacts.csv", "salesforce-contacts"],
    ["salesforce-leads.csv", "salesforce-contacts"],
    ["salesforce-opportunities.csv", "salesforce-opportunities"],
    ["hubspot-contacts.csv", "hubspot-contacts"],
    ["mailchimp-activity.csv", "mailchimp-activity"],
    ["generic.csv", "generic-csv"],
    ["twitter-search.json", "twitter-v2"],
    ["zendesk-tickets.json", "zendesk-tickets"],
    ["parley-records.jsonl", undefined],
  ])("recognizes %s as %s", async (sample, preset) => {
    expect(await detectPreset(samplePath(sample))).toBe(preset);
  });

  it("recognizes a .jsonl file of documents by its first line", async () => {
    const path = file(
      "tickets.jsonl",
      '{"id":1,"requester_id":5,"subject":"Help","description":"Broken","created_at":"2024-03-01T00:00:00Z"}\n',
    );
    expect(await detectPreset(path)).toBe("zendesk-tickets");
  });
});

describe("readSource", () => {
  it("passes Parley records in .jsonl through as they are", async () => {
    const reader = readSource(samplePath("parley-records.jsonl"));
    const items = [];
    for await (const item of reader) items.push(item);
    expect(items).toHaveLength(8);
    expect(items[0]).toEqual({
      line: 1,
      raw: expect.objectContaining({ type: "brand", name: "Parley" }),
    });
    expect(reader.preset).toBeUndefined();
    expect(reader.progress().bytesRead).toBe(reader.progress().totalBytes);
  });

  it("refuses a CSV no preset recognizes, pointing at generic-csv", async () => {
    const path = file("unknown.csv", "Foo,Bar\n1,2\n");
    await expect(readAll(path)).rejects.toThrow(SourceFormatError);
    await expect(readAll(path)).rejects.toThrow(/generic-csv/);
    expect(await detectPreset(path)).toBeUndefined();
  });

  it("says which columns a chosen preset misses", async () => {
    const path = file("contacts.csv", "Name,Email\nAna,ana@brightwave.io\n");
    await expect(readAll(path, { format: "hubspot-contacts" })).rejects.toThrow(
      /hubspot-contacts: missing column "Record ID"/,
    );
  });

  it("refuses a preset for the wrong kind of file and an unknown preset", async () => {
    await expect(
      readAll(samplePath("twitter-search.json"), { format: "hubspot-contacts" }),
    ).rejects.toThrow(/hubspot-contacts reads csv files, not \.json/);
    await expect(readAll(samplePath("generic.csv"), { format: "linkedin" })).rejects.toThrow(
      /unknown format "linkedin"/,
    );
  });

  it("refuses a .json document no preset recognizes", async () => {
    await expect(readAll(file("records.json", '[{"type":"person"}]'))).rejects.toThrow(
      /Parley records go in a \.jsonl file/,
    );
  });

  it("reports a broken .json document as an item", async () => {
    expect(await readAll(file("broken.json", '{"data": ['))).toEqual([
      { line: 1, error: expect.stringMatching(/^invalid JSON/) },
    ]);
  });

  it("refuses a file whose extension it cannot read", async () => {
    await expect(readAll(file("export.xlsx", ""))).rejects.toThrow(
      /use \.jsonl, \.csv, \.json or \.xml/,
    );
  });
});
