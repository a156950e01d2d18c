// A saved funnel kept current: each person's outcome and the aggregates over them are held in
// memory, and an event that touches people (a new message, touchpoint or deal change, a stage
// change, a merge or unmerge) reloads and rematches only those people's sequences, taking their old
// outcomes out of the aggregates and their new ones in: an update costs its people, not the funnel.
import type pg from "pg";
import type { LoggedEvent } from "../events/log.ts";
import type { PersonOutcome } from "./aggregate.ts";
import { type SequenceIndex, sequenceIndexOf } from "./sequence-index.ts";
import {
  FunnelAggregates,
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
  private aggregates: FunnelAggregates;
  /** The sequence index's version the outcomes are current with; null when the funnel runs as SQL. */
  private indexVersion: number | null = null;

  constructor(
    private readonly pool: pg.Pool,
    readonly query: FunnelQuery,
  ) {
    this.aggregates = new FunnelAggregates(query);
  }

  async loadAll(): Promise<void> {
    // Read before matching: whatever the index reads meanwhile is matched again next time.
    this.indexVersion = runsOnIndex(this.pool, this.query)
      ? (await sequenceIndexOf(this.pool)).version
      : null;
    const matched = await matchPeople(this.pool, this.query);
    this.outcomes = new Map(matched.toOutcomes().map((o) => [o.personId, o]));
    this.aggregates = FunnelAggregates.of(this.query, matched);
  }

  /**
   * Rematches these people only: their sequences are read again, nobody else's. After events
   * that name no one (`unnamed`: an import's summary), also the people the sequence index read
   * again since the last update: an import of a few hundred records rematches them, not every
   * person. As SQL, or when the index was rebuilt meanwhile, everyone is matched again.
   */
  async update(personIds: number[], unnamed = false): Promise<void> {
    let index: SequenceIndex | undefined;
    if (unnamed) {
      if (this.indexVersion === null) return this.loadAll();
      index = await sequenceIndexOf(this.pool);
      const changed = index.changedSince(this.indexVersion);
      if (changed === "all") return this.loadAll();
      this.indexVersion = index.version;
      personIds = [...new Set([...personIds, ...changed])];
    }
    if (personIds.length === 0) return;
    const matched = await matchPeople(this.pool, this.query, { personIds, index });
    for (const id of personIds) {
      const old = this.outcomes.get(id);
      if (!old) continue;
      this.aggregates.remove(old);
      this.outcomes.delete(id);
    }
    for (const outcome of matched.toOutcomes()) {
      this.outcomes.set(outcome.personId, outcome);
      this.aggregates.add(outcome);
    }
  }

  /** The result of the held outcomes; they come in no particular order (people lists sort their own). */
  result(): Promise<FunnelRun> {
    return summarizeFunnel(
      this.pool,
      this.query,
      () => [...this.outcomes.values()],
      this.aggregates,
    );
  }
}
