// `pnpm parley import` as a user runs it, in its own process: the probe's hostile values used to
// abort the whole file without a rejects file.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { backend, freshDatabase, type TestDatabase } from "../support/database.ts";
import { goodRecords, hostileCases } from "../support/hostile-records.ts";

const root = path.resolve(import.meta.dirname, "../..");
let dir: string;
let db: TestDatabase | undefined;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "parley-cli-import-"));
  if (backend === "postgres") db = await freshDatabase();
});
afterAll(async () => {
  await db?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

it("pnpm parley import writes each hostile record to <file>.rejects.jsonl with line, field and reason, and imports the rest", async () => {
  const cases = hostileCases("cli-process");
  const good = goodRecords("cli-process");
  const file = path.join(dir, "probe.jsonl");
  fs.writeFileSync(
    file,
    [good[0], ...cases.map((c) => c.record), good[1], good[2]]
      .map((record) => JSON.stringify(record))
      .join("\n") + "\n",
  );
  const env = {
    ...process.env,
    PARLEY_LOG_LEVEL: "error",
    ...(db ? { DATABASE_URL: db.url! } : { PARLEY_DATA_DIR: path.join(dir, "data") }),
  };
  const { stdout } = await promisify(execFile)(
    path.join(root, "node_modules/.bin/tsx"),
    ["apps/api/src/cli/index.ts", "import", file, "--batch-size", "8"],
    { cwd: root, env },
  );
  expect(stdout).toContain(
    `${cases.length + good.length} records: ${good.length} created, 0 updated, 0 merged, 0 unchanged, ${cases.length} rejected, 0 unreadable`,
  );
  expect(stdout).toContain(`Rejected records and reasons: ${file}.rejects.jsonl`);
  const rejects = fs
    .readFileSync(`${file}.rejects.jsonl`, "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
  expect(rejects.map((r) => [r.line, r.field])).toEqual(cases.map((c, i) => [i + 2, c.field]));
  for (const [i, reject] of rejects.entries()) expect(reject.reason).toMatch(cases[i]!.reason);
});
