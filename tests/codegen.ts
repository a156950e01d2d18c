import type { CodegenConfig } from "@graphql-codegen/cli";
import { codegenConfig as dashboard } from "../apps/web/codegen.ts";

/**
 * Types the tests' GraphQL documents from the API's contract, as apps/web/codegen.ts does the
 * dashboard's: each `graphql(...)` call in a test is validated against packages/schema/schema.graphql
 * and gets its result and variables types, so `api.gql(document)` returns typed data and a document
 * that no longer fits the schema fails `pnpm --filter @parley/tests codegen` and the type check.
 * Documents that are wrong on purpose (hostile input, bad arguments, refused fields) stay plain
 * strings. The documents are sent as text (documentMode "string"): the tests speak GraphQL over
 * HTTP and websockets exactly as integrators do. Run it after changing a test's document or the
 * schema: `npx -y pnpm@10 --filter @parley/tests codegen`.
 */
const config = {
  schema: "../packages/schema/schema.graphql",
  documents: [
    "**/*.test.ts",
    "support/*.ts",
    "../apps/api/src/**/*.test.ts",
    "!**/node_modules/**",
    "!support/graphql/**",
  ],
  ignoreNoDocuments: false,
  errorsOnly: true,
  generates: {
    "support/graphql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      // The dashboard's types (scalars, enums, non-null fields), with documents as text.
      config: { ...dashboard.generates["src/lib/graphql/"].config, documentMode: "string" },
    },
  },
} satisfies CodegenConfig;

export default config;
