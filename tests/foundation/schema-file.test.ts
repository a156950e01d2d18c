import fs from "node:fs";
import { expect, test } from "vitest";
import { schemaFile } from "../../apps/api/src/cli/commands.ts";
import { printSchemaSdl } from "../../apps/api/src/schema.ts";

test("packages/schema/schema.graphql is exactly the schema the server serves", () => {
  const onDisk = fs.readFileSync(schemaFile, "utf8");
  // When this fails: run `pnpm parley schema` and commit the file, so clients see the change.
  expect(onDisk).toBe(printSchemaSdl());
});
