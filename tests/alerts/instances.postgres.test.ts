import { describe, expect, test } from "vitest";
import { COMPLAINT, maya, tweet } from "../support/alerts.ts";
import { ingestOverHttp, instancesOnOneDatabase } from "../support/api.ts";
import { redisAvailableForTests, redisTestUrl, slowPoll } from "../support/backends.ts";
import { graphql } from "../support/graphql/index.ts";
import { collect, type SubscriptionResults, untilLive, wsClient } from "../support/ws.ts";

const redisUp = await redisAvailableForTests();

const AlertRaised = graphql(`
  subscription AlertsInstancesRaised {
    alertRaised { ...AlertFields }
  }
`);

describe.runIf(redisUp)(
  "alerts with two API instances on one PostgreSQL database and Redis",
  () => {
    const instances = instancesOnOneDatabase();

    test("both evaluate, one alert is written, and it reaches a subscriber on the other instance", async () => {
      // Slow polls: only the signal through Redis can bring the alert in time.
      // (The alert evaluator shares the live tail's poll.)
      const writer = await instances.start({ redisUrl: redisTestUrl, live: slowPoll });
      const reader = await instances.start({ redisUrl: redisTestUrl, live: slowPoll });
      const client = wsClient(reader.wsUrl, await reader.keyFor("viewer"));
      let seen: SubscriptionResults<typeof AlertRaised> = [];
      let probes = 0;
      const arrived = (all: SubscriptionResults<typeof AlertRaised>) =>
        all.filter((r) => r.data?.alertRaised?.message?.text === COMPLAINT);
      const live = collect(client, AlertRaised, {}, (all) => arrived((seen = all)).length >= 2);
      await ingestOverHttp(writer, [maya]);
      await untilLive(
        () => seen.length,
        () =>
          ingestOverHttp(writer, [
            tweet(`probe-${probes++}`, "Awful, broken again", { conversation: `probe-${probes}` }),
          ]),
      );

      // The complaint through one instance, then a follow-up in the same thread through the other.
      await ingestOverHttp(writer, [tweet("c1", COMPLAINT, { conversation: "washer" })]);
      await ingestOverHttp(reader, [tweet("c2", COMPLAINT, { conversation: "washer" })]);
      const [first, second] = arrived(await live).map((r) => r.data!.alertRaised);
      expect(second.id).toBe(first.id);
      expect(second.messageCount).toBe(2);

      const { rows } = await writer.db.pool.query(
        `SELECT count(*)::int AS alerts, (SELECT count(*)::int FROM "Event" WHERE type = 'alert_raised' AND payload->>'alertId' = $1) AS events
         FROM "Alert" a JOIN "Message" m ON m.id = a."messageId" WHERE m."sourceId" IN ('c1', 'c2')`,
        [String(Buffer.from(first.id, "base64").toString().split(":")[1])],
      );
      expect(rows[0]).toEqual({ alerts: 1, events: 2 });
      await client.dispose();
    }, 60_000);
  },
);
