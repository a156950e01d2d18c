import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readGroundTruth } from "./eval-sets.ts";

/** `pnpm bench enrich --ratings=<file>` reads outside ratings in VADER's ground-truth layout. */
describe("readGroundTruth", () => {
  const write = (content: string) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "parley-ratings-")), "ratings.txt");
    writeFileSync(file, content);
    return file;
  };

  it("reads id, mean rating and text a line, keeping a tab inside the text", () => {
    const file = write("1\t2.726315789\tSo lucky.\n2\t-1.36\tDamn, running late\tsucks.\n\n");
    expect(readGroundTruth(file)).toEqual([
      { id: "1", position: 1, rating: 2.726315789, text: "So lucky." },
      { id: "2", position: 2, rating: -1.36, text: "Damn, running late\tsucks." },
    ]);
  });

  it("names the line that does not fit the layout", () => {
    const file = write("1_1\t2.5\tfine\n1_2\tnot a number\toops\n");
    expect(() => readGroundTruth(file)).toThrow(/ratings\.txt:2: expected id<TAB>rating<TAB>text/);
    expect(() => readGroundTruth(write("3\t9\tout of scale\n"))).toThrow(/ratings\.txt:1:/);
  });
});
