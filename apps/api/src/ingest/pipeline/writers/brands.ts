import type pg from "pg";
import { Parameters, runStatement, type Statement } from "../../../db/statement.ts";
import { type BrandMatcher, compileBrandMatcher } from "../../../enrich/index.ts";
import type { BrandRecord } from "../../records/types.ts";
import { lastPerKey } from "../sql.ts";
import { type Row, settle, type WriteContext } from "./context.ts";

const brandKey = (row: Row<BrandRecord>) => row.record.name.toLowerCase();

/** Upserts brands by name; returns each changed brand with the terms it had before. */
export function brandUpsert(rows: Row<BrandRecord>[]): Statement {
  const params = new Parameters();
  const input = params.unnest("r", rows, [
    { name: "n", type: "text", value: (r) => r.record.name },
    { name: "k", type: "text", value: (r) => r.record.kind },
    { name: "t", type: "jsonb", value: (r) => JSON.stringify(r.record.terms ?? []) },
    { name: "s", type: "text", value: (r) => r.record.source },
    { name: "i", type: "text", value: (r) => r.record.id },
  ]);
  return params.statement(
    `WITH old AS (
       SELECT name, terms FROM "Brand" WHERE name = ANY(${input.array("n")})
     ), up AS (
       INSERT INTO "Brand" AS b (name, kind, terms, source, "sourceId")
       SELECT n, k::"BrandKind", ARRAY(SELECT jsonb_array_elements_text(t)), s, i
         FROM ${input.sql}
       ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, terms = EXCLUDED.terms
        WHERE (b.kind, b.terms) IS DISTINCT FROM (EXCLUDED.kind, EXCLUDED.terms)
       RETURNING b.id, b.name, b.terms, (b.xmax = 0) AS inserted
     )
     SELECT up.*, old.terms AS "oldTerms" FROM up LEFT JOIN old ON old.name = up.name`,
  );
}

/** Writes brand records; returns the brands added or changed, with every term they had or have. */
export async function writeBrands(
  ctx: WriteContext,
  all: Row<BrandRecord>[],
): Promise<Array<{ brandId: number; terms: string[] }>> {
  if (all.length === 0) return [];
  const { kept, superseded } = lastPerKey(all, brandKey);
  const { rows } = await runStatement<{
    id: number;
    name: string;
    terms: string[];
    oldTerms: string[] | null;
    inserted: boolean;
  }>(ctx.client, brandUpsert(kept));
  settle(
    ctx,
    kept,
    superseded,
    new Map(rows.map((row) => [row.name.toLowerCase(), row.inserted])),
    brandKey,
  );
  // A changed kind matters too: a term two brands share goes to the one the matcher lists first.
  return rows.map((row) => ({
    brandId: row.id,
    terms: [row.name, ...row.terms, ...(row.oldTerms ?? [])],
  }));
}

/** The Brand table as a matcher; loaded once per batch, after the batch's own brand records. */
export async function loadBrandMatcher(client: pg.PoolClient): Promise<BrandMatcher<number>> {
  const { rows } = await client.query<{
    id: number;
    name: string;
    kind: "own" | "competitor";
    terms: string[];
  }>(`SELECT id, name, kind, terms FROM "Brand" ORDER BY kind, id`);
  return compileBrandMatcher(rows);
}
