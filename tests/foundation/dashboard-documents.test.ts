import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { codegenConfig, generateDocumentTypes, graphqlDocuments } from "../../apps/web/codegen.ts";

const root = path.resolve(import.meta.dirname, "../..");
const webDir = path.join(root, "apps/web");
const schemaFile = path.join(root, "packages/schema/schema.graphql");
const scratch = mkdtempSync(path.join(tmpdir(), "parley-documents-"));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the build's own plugin with the schema or documents swapped, writing into a scratch folder. */
async function buildWith(overrides: { schema?: string; documents?: string[] }) {
  const plugin = graphqlDocuments({
    ...codegenConfig,
    ...overrides,
    generates: { [path.join(scratch, "out/")]: codegenConfig.generates["src/lib/graphql/"] },
  });
  const buildStart = plugin.buildStart as () => Promise<void>;
  await buildStart.call({});
}

describe("the dashboard's GraphQL documents", () => {
  test("the generated types in src/lib/graphql match the documents and packages/schema/schema.graphql", async () => {
    const outputs = await generateDocumentTypes(codegenConfig, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const file = path.resolve(webDir, output.filename);
      expect(
        readFileSync(file, "utf8"),
        `${path.relative(webDir, file)} is stale: run \`pnpm --filter @parley/web codegen\``,
      ).toBe(output.content);
    }
  });

  test("a field the dashboard selects that leaves the schema fails the build, naming the field", async () => {
    const schema = readFileSync(schemaFile, "utf8");
    const withoutField = schema.replace(/^\s*pendingMergeSuggestions: Int!?\n/m, "");
    expect(withoutField).not.toBe(schema);
    const brokenSchema = path.join(scratch, "schema.graphql");
    writeFileSync(brokenSchema, withoutField);
    await expect(buildWith({ schema: brokenSchema })).rejects.toThrow(
      /Cannot query field "pendingMergeSuggestions" on type "Overview"/,
    );
  });

  test("a document with an argument of the wrong type fails the build", async () => {
    const document = path.join(scratch, "wrong-argument.ts");
    writeFileSync(
      document,
      'graphql(`query WrongArgument { messages(first: "ten") { totalCount } }`);\n',
    );
    await expect(buildWith({ documents: [document] })).rejects.toThrow(
      /Int cannot represent non-integer value: "ten"/,
    );
  });
});
