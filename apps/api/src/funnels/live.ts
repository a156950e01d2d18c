// A saved funnel kept current: each person's outcome is held in memory, and an event that touches
// people (a new message, touchpoint or deal change, a stage change, a merge or unmerge) reloads and
// rematches only those people's sequences; the aggregates are then recomputed from the held
// outcomes. A summary event of a big import (it names no people) reloads everything.
import type pg from "pg";
import type { LoggedEvent } from "../events/log.ts";
import type { PersonOutcome } from "./aggregate.ts";
import { sequenceIndexOf } from "./sequence-index.ts";
import {
  type FunnelQuery,
  type FunnelRun,
  matchPeople,
  runsOnIndex,
  summarizeFunnel,
} from "./service.ts";

/** The people an event changes the timelines of, or "all" when it does not say. */
export function peopleChangedBy(
  event: Pick<LoggedEvent, "type" | "personId" | "payload">,
): number[] | "all" {
  const payload = event.payload as Record<string, unknown>;
  if (payload.coalesced) return "all";
  const ids = [event.personId, payload.survivorId, payload.absorbedId, payload.restoredId];
  return [...new Set(ids.filter((id): id is number => typeof id === "number"))];
}

export class IncrementalFunnel {
  private outcomes = new Map<number, PersonOutcome>();
  /** The sequence index's version the outcomes are current with; null when the funnel runs as SQL. */
  private indexVersion: number | null = null;

  constructor(
    private readonly pool: pg.Pool,
    readonly query: FunnelQuery,
  ) {}

  async loadAll(): Promise<void> {
    // Read before matching: whatever the index reads meanwhile is matched again next time.
    this.indexVersion = runsOnIndex(this.pool, this.query)
      ? (await sequenceIndexOf(this.pool)).version
      : null;
    const matched = await matchPeople(this.pool, this.query);
    this.outcomes = new Map(matched.map((o) => [o.personId, o]));
  }

  /**
   * Rematches these people only: their sequences are read again, nobody else's. After events
   * that name no one (`unnamed`: an import's summary), also the people the sequence index read
   * again since the last update: an import of a few hundred records rematches them, not every
   * person. As SQL, or when the index was rebuilt meanwhile, everyone is matched again.
   */
  async update(personIds: number[], unnamed = false): Promise<void> {
    if (unnamed) {
      if (this.indexVersion === null) return this.loadAll();
      const index = await sequenceIndexOf(this.pool);
      const changed = index.changedSince(this.indexVersion);
      if (changed === "all") return this.loadAll();
      this.indexVersion = index.version;
      personIds = [...new Set([...personIds, ...changed])];
    }
    if (personIds.length === 0) return;
    const matched = await matchPeople(this.pool, this.query, { personIds });
    for (const id of personIds) this.outcomes.delete(id);
    for (const outcome of matched) this.outcomes.set(outcome.personId, outcome);
  }

  result(): Promise<FunnelRun> {
    const outcomes = [...this.outcomes.values()].sort((a, b) => a.personId - b.personId);
    return summarizeFunnel(this.pool, this.query, outcomes);
  }
}
