import type pg from "pg";
import { recordEvents, type NewEvent } from "../../events/log.ts";
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
  await recordEvents(client, written);
}
