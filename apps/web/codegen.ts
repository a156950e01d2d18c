import { type CodegenConfig, generate } from "@graphql-codegen/cli";
import type { Plugin } from "vite";

/**
 * Types every GraphQL document of the dashboard from the API's contract. The documents are the
 * `graphql(...)` calls in src/**\/*.ts; each is validated against packages/schema/schema.graphql
 * with graphql-js' own rules, so a document that no longer fits the schema stops `vite build`
 * (through the plugin below) and tests/foundation/dashboard-documents.test.ts.
 */
export const codegenConfig = {
  schema: "../../packages/schema/schema.graphql",
  documents: ["src/**/*.ts", "!src/lib/graphql/**", "!src/**/*.test.ts"],
  ignoreNoDocuments: false,
  silent: true,
  generates: {
    "src/lib/graphql/": {
      preset: "client",
      // Components read the fields their parent selected for them; masking would add an unwrap
      // call at every use for no safety the exact document types don't already give.
      // persistedDocuments: each document carries its SHA-256 (document.__meta__.hash), which the
      // client sends instead of the text, and persisted-documents.json lists them for the API, which
      // runs only those (and registered ones) under PARLEY_PERSISTED_OPERATIONS=1.
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { mode: "embedHashInDocument", hashAlgorithm: "sha256" },
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        strictScalars: true,
        scalars: { DateTime: "string", Decimal: "string", JSON: "unknown" },
      },
    },
  },
} satisfies CodegenConfig;

export default codegenConfig;

/** The generated files (written when `save`); rejects, naming the document and the field, when a document does not fit. */
export function generateDocumentTypes(config: CodegenConfig = codegenConfig, save = true) {
  return generate({ ...config, cwd: import.meta.dirname }, save);
}

/** Writes src/lib/graphql/ before anything is built, and fails the build when a document does not fit. */
export function graphqlDocuments(config: CodegenConfig = codegenConfig): Plugin {
  return {
    name: "parley:graphql-documents",
    async buildStart() {
      await generateDocumentTypes(config);
    },
  };
}
