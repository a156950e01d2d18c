import { lexicographicSortSchema, printSchema } from "graphql";
import { builder } from "./builder.ts";
import "./auth/schema.ts";
import "./people/schema.ts";
import "./identity/schema.ts";
import "./organizations/schema.ts";
import "./communities/schema.ts";
import "./conversations/schema.ts";
import "./brands/schema.ts";
import "./campaigns/schema.ts";
import "./deals/schema.ts";
import "./timeline/schema.ts";
import "./overview/schema.ts";
import "./events/schema.ts";
import "./ingest/schema.ts";
import "./funnels/schema.ts";
import "./attribution/schema.ts";
import "./influence/schema.ts";
import "./webhooks/schema.ts";
import "./alerts/schema.ts";
import "./cases/schema.ts";
import "./listening/schema.ts";
import "./feeds/schema.ts";
import "./operations/schema.ts";

export const schema = builder.toSchema();

/** The contract clients generate types from: packages/schema/schema.graphql. */
export function printSchemaSdl(): string {
  return printSchema(lexicographicSortSchema(schema)) + "\n";
}
