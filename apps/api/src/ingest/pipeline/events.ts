import type pg from "pg";
import type { NewEvent } from "../../events/log.ts";
import type { EventType } from "../../generated/prisma/enums.ts";

/** Above this many events of one type in a batch, subscribers get one summary event instead of a flood. */
export const COALESCE_ABOVE = 50;
const COALESCED_TYPES = new Set<EventType>(["person_created", "touchpoint_recorded", "deal_stage_changed", "person_merged"]);

/**
 * Writes a batch's events in its transaction. `message_added` is always one event per message,
 * since integrators filter those one by one; the other kinds coalesce in big batches.
 */
export async function writeEvents(client: pg.PoolClient, events: NewEvent[]): Promise<void> {
  const counts = new Map<EventType, number>();
  for (const event of events) counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
  const written: NewEvent[] = [];
  const summarized = new Set<EventType>();
  for (const event of events) {
    const count = counts.get(event.type)!;
    if (!COALESCED_TYPES.has(event.type) || count <= COALESCE_ABOVE) written.push(event);
    else if (!summarized.has(event.type)) {
      summarized.add(event.type);
      written.push({ type: event.type, payload: { coalesced: true, count } });
    }
  }
  if (written.length === 0) return;
  await client.query(
    `INSERT INTO "Event" (type, "personId", "conversationId", "messageId", "dealId", payload)
     SELECT t::"EventType", p, c, m, d, j FROM unnest($1::text[], $2::int[], $3::int[], $4::int[], $5::int[], $6::jsonb[]) AS e(t, p, c, m, d, j)`,
    [
      written.map((e) => e.type),
      written.map((e) => e.personId ?? null),
      written.map((e) => e.conversationId ?? null),
      written.map((e) => e.messageId ?? null),
      written.map((e) => e.dealId ?? null),
      written.map((e) => JSON.stringify(e.payload ?? {})),
    ],
  );
}
