// Two API instances importing into the same conversations at once: the database decides, so each
// conversation gets exactly one case, and its clock sees every message whichever instance ran last.
import { describe, expect, test } from "vitest";
import { instancesOnOneDatabase } from "../support/api.ts";
import { graphql } from "../support/graphql/index.ts";

const Ingest = graphql(`
  mutation CasesTwoInstancesIngest($records: [JSON!]!) {
    ingest(records: $records) { rejected { reason } }
  }
`);
const Cases = graphql(`
  query CasesTwoInstancesCases {
    cases(first: 100) { totalCount edges { node { status openedAt firstResponseAt conversation { sourceId } } } }
  }
`);

describe("cases with two API instances on one database", () => {
  const instances = instancesOnOneDatabase();

  test("concurrent complaints and replies on both instances: one case per conversation, every response counted", async () => {
    const a = await instances.start();
    const b = await instances.start();
    const base = Date.now() - 3_600_000;
    const at = (minutes: number) => new Date(base + minutes * 60_000).toISOString();
    const record = (
      conversation: string,
      id: string,
      minutes: number,
      direction: "inbound" | "outbound",
      text: string,
    ) => ({
      type: "message",
      source: "shared",
      id,
      channel: "support_ticket",
      conversation,
      direction,
      at: at(minutes),
      author: {
        source: "shared",
        id: direction === "inbound" ? `customer-${conversation}` : "agent",
        name: direction === "inbound" ? "Kai Moreno" : "Agent",
      },
      text,
    });
    const ingest = (api: typeof a, records: unknown[]) => api.gql(Ingest, { records });

    const conversations = Array.from({ length: 12 }, (_, i) => `t${i}`);
    await Promise.all(
      conversations.flatMap((c) => [
        ingest(a, [record(c, `${c}-a`, 0, "inbound", "The heater is broken and nobody came.")]),
        ingest(b, [record(c, `${c}-b`, 1, "inbound", "Still broken, the error code is E4.")]),
        ingest(a, [record(c, `${c}-reply`, 5, "outbound", "A technician is on the way.")]),
      ]),
    );

    const { data } = await a.gql(Cases);
    expect(data!.cases.totalCount).toBe(conversations.length);
    const bySource = new Map(data!.cases.edges.map((e) => [e.node.conversation.sourceId, e.node]));
    for (const c of conversations) {
      // Whatever order the three imports committed in, the case opened at the first problem and was answered at minute 5.
      expect(bySource.get(c), c).toMatchObject({
        status: "PENDING",
        openedAt: at(0),
        firstResponseAt: at(5),
      });
    }
  }, 120_000);
});
