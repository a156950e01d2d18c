// The funnels' sequence index is built when the server starts, in the background: the first
// funnel query after a start reads no activity in bulk, and readiness does not wait for it.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { sequenceIndexOf } from "../../apps/api/src/funnels/sequence-index.ts";
import { startTestApi } from "../support/api.ts";
import { freshDatabase, type TestDatabase } from "../support/database.ts";
import { click, post } from "../support/funnels.ts";
import { graphql } from "../support/graphql/index.ts";

/** The build's statement: activities read in id order, every one of them. */
const BUILD_READ = /FROM \(SELECT \* FROM "Activity" WHERE id >/;
const statements: string[] = [];
let db: TestDatabase;
beforeAll(async () => {
  db = await freshDatabase({ onQuery: (sql) => void statements.push(sql) });
});
afterAll(async () => db?.close());

const FUNNEL = graphql(`
  query IndexAtStartFunnel {
    funnel(
      input: {
        windowSeconds: 604800
        steps: [
          { name: "Clicked", where: { touchpointKinds: [EMAIL_CLICK] } }
          { name: "Posted", where: { channels: [FORUM] } }
        ]
      }
    ) {
      steps { count }
    }
  }
`);
const INGEST = graphql(`
  mutation IndexAtStartIngest($records: [JSON!]!) {
    ingest(records: $records) { rejected { index reason } }
  }
`);

describe("the funnel index at start", () => {
  test("is built in the background when the server starts, so the first funnel reads no activity in bulk", async () => {
    const loader = await startTestApi({ db });
    const records = [
      click("ana", 1),
      post("ana", 2),
      click("ben", 3),
      click("cy", 4),
      post("cy", 20),
    ];
    const ingested = await loader.gql(INGEST, { records });
    expect(ingested.data!.ingest.rejected).toEqual([]);
    await loader.close();
    expect(statements.some((sql) => BUILD_READ.test(sql))).toBe(false);

    const api = await startTestApi({ db, funnelIndexAtStart: true });
    try {
      expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
      // Nobody has asked for a funnel: the server started the build on its own.
      while (!statements.some((sql) => BUILD_READ.test(sql)))
        await new Promise((resolve) => setTimeout(resolve, 20));
      await sequenceIndexOf(db.pool);
      statements.length = 0;
      const first = await api.gql(FUNNEL);
      expect(first.errors).toBeUndefined();
      expect(first.data!.funnel.steps.map((step) => step.count)).toEqual([3, 1]);
      expect(statements.filter((sql) => BUILD_READ.test(sql))).toEqual([]);

      // What is written after the build reaches the next funnel through the event log, not another build.
      const more = await api.gql(INGEST, { records: [post("ben", 5)] });
      expect(more.data!.ingest.rejected).toEqual([]);
      const second = await api.gql(FUNNEL);
      expect(second.data!.funnel.steps.map((step) => step.count)).toEqual([3, 2]);
      expect(statements.filter((sql) => BUILD_READ.test(sql))).toEqual([]);
    } finally {
      await api.close();
    }
  });
});
