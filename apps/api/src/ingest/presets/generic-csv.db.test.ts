import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readSource } from "../read/sources.ts";
import { parseCsvMapping } from "./generic-csv-mapping.ts";
import { importSample, ofType } from "./testing.ts";

const dir = mkdtempSync(join(tmpdir(), "parley-generic-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("generic-csv preset", () => {
  it("maps each row to a person and a touchpoint through generic.mapping.json", async () => {
    const { records, problems, preset } = await importSample("generic.csv");
    expect(preset).toBe("generic-csv");
    expect(problems).toEqual([]);
    const [marcus] = ofType(records, "person");
    expect(marcus).toEqual({
      type: "person",
      source: "saastr-europa-2024-badges",
      id: "TS24-0107",
      name: "Marcus Chen",
      emails: ["marcus.chen@northpeak.com"],
      organization: { name: "Northpeak Analytics", domain: "northpeak.com" },
      title: "Head of Data",
      handles: [{ platform: "twitter", handle: "mchen_data" }],
      stage: "sql",
      // "14/03/2024 10:42" read day-first, as the mapping's dateOrder says.
      at: new Date("2024-03-14T10:42:00Z"),
    });
    expect(ofType(records, "person").map((p) => p.stage)).toEqual(["sql", "mql", "lead"]);
    expect(ofType(records, "touchpoint")[0]).toMatchObject({
      person: { by: "email", email: "marcus.chen@northpeak.com" },
      campaign: { id: "saastr-europa-2024", channel: "event" },
      kind: "event",
      properties: { interest: "Hot" },
    });
  });

  it("refuses a mapping that names a field the record type does not have", () => {
    expect(() =>
      parseCsvMapping({ records: [{ type: "person", fields: { emial: "Email" } }] }, "m.json"),
    ).toThrow(/"emial" is not a field of person records/);
  });

  it("refuses a mapping whose columns are not in the CSV", async () => {
    writeFileSync(join(dir, "list.csv"), "Name,Email\nAna,ana@brightwave.io\n");
    writeFileSync(
      join(dir, "list.mapping.json"),
      JSON.stringify({ records: [{ type: "person", id: "Email", fields: { emails: "E-mail" } }] }),
    );
    const read = async () => {
      for await (const _item of readSource(join(dir, "list.csv")));
    };
    await expect(read()).rejects.toThrow(
      /the mapping names columns not in the CSV header: "E-mail"/,
    );
  });
});
