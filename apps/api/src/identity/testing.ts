// Records and counts the identity tests share.
import type { Database } from "../db/database.ts";

/** The same person as a CRM contact and a Twitter profile: nothing links them, so they are a suggestion. */
export const taraTwice = [
  {
    type: "person",
    source: "crm",
    id: "1",
    name: "Tara Novak",
    organization: { name: "Northwind Laundry", domain: "northwind-laundry.com" },
    emails: ["tara@northwind-laundry.com"],
  },
  {
    type: "person",
    source: "twitter",
    id: "7",
    name: "Tara Novak",
    organization: { name: "Northwind Laundry" },
    handles: [{ platform: "twitter", handle: "taranovak" }],
  },
];

/** What the candidate-refresh tests count, on whichever database `dbOf` returns when they run. */
export function candidateCounts(dbOf: () => Pick<Database, "pool">) {
  const count = async (sql: string) => Number((await dbOf().pool.query(sql)).rows[0].n);
  return {
    count,
    /** People still waiting for their candidates' refresh. */
    queued: () => count(`SELECT count(*)::int AS n FROM "CandidateRefresh"`),
    /** Merge suggestions waiting for a reviewer. */
    suggestions: () =>
      count(`SELECT count(*)::int AS n FROM "MergeSuggestion" WHERE status = 'pending'`),
  };
}
