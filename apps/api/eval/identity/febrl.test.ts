import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate.ts";
import { readFebrl } from "./febrl.ts";

const HEADER =
  "rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode, state, date_of_birth, soc_sec_id";

/** `pnpm bench identity --febrl=<file>` reads outside sets in FEBRL's layout. */
describe("readFebrl", () => {
  const write = (rows: string[]) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "parley-febrl-")), "set.csv");
    writeFileSync(file, `${[HEADER, ...rows].join("\n")}\n`);
    return file;
  };

  it("sends the name, the address as a location and the number as an external id, the truth kept apart", () => {
    const file = write([
      "rec-7-org, nadia, querelle, 14, banksia crescent, rosehill park, tallowood, 2871, nsw, 19640212, 4417203",
      "rec-7-dup-0, nadia, qurelle, 14, banksia cresent, , tallowood, 2871, , 19640212, 4417230",
    ]);
    const [original, duplicate] = readFebrl(file);
    expect(original).toEqual({
      source: "crm",
      id: "row-1",
      truthId: "7",
      name: "nadia querelle",
      location: "14 banksia crescent, rosehill park, tallowood, 2871 nsw",
      externalIds: [{ source: "ssn", id: "4417203" }],
    });
    // Missing fields leave no empty parts, and the entity number never reaches a record's fields.
    expect(duplicate).toMatchObject({
      id: "row-2",
      truthId: "7",
      location: "14 banksia cresent, tallowood, 2871",
    });
    expect(JSON.stringify({ ...duplicate, truthId: undefined })).not.toContain("rec-7");
  });

  it("finds a person's typo-ridden duplicates and keeps a namesake at another address apart", () => {
    const file = write([
      "rec-7-org, nadia, querelle, 14, banksia crescent, rosehill park, tallowood, 2871, nsw, 19640212, 4417203",
      "rec-7-dup-0, nadia, qurelle, 14, banksia cresent, , tallowood, 2871, , 19640212, 4417230",
      "rec-7-dup-1, nadai, querelle, 41, banksia crescent, rosehill park, talowood, 2871, nsw, 19640212, 4417203",
      "rec-8-org, nadia, querelle, 3, gidgee place, , mount ossa, 4741, qld, 19910730, 8820516",
    ]);
    const report = evaluate(readFebrl(file));
    expect(report.combinedRecall).toBe(1);
    expect(report.combinedPrecision).toBe(1);
  });

  it("names the line that does not fit the layout", () => {
    expect(() => readFebrl(write(["rec-1-org, ada, lovell"]))).toThrow(
      /set\.csv:2: expected 11 fields/,
    );
    const noHeader = path.join(mkdtempSync(path.join(tmpdir(), "parley-febrl-")), "plain.csv");
    writeFileSync(noHeader, "id,name\n1,ada\n");
    expect(() => readFebrl(noHeader)).toThrow(/plain\.csv:1: not a FEBRL header, missing rec_id/);
  });
});
