// Saved funnels: a name and a definition, shared by everyone on the dashboard, and their live
// results. The definition is stored as the runner takes it (database ids, ISO dates).

import type pg from "pg";
import { NotFoundError, ValidationError } from "../errors.ts";
import type { Live } from "../events/live.ts";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { IncrementalFunnel, peopleChangedBy } from "./live.ts";
import { type FunnelQuery, type FunnelRun, validateFunnel } from "./service.ts";

export const MAX_NAME_LENGTH = 200;
/** At most one push a second, as the dashboard's other live numbers. */
export const PUSH_INTERVAL_MS = 1000;

export function definitionOf(query: FunnelQuery): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(query)) as Prisma.InputJsonValue;
}

export function queryOfDefinition(definition: unknown): FunnelQuery {
  const stored = definition as FunnelQuery & { from?: string | null; to?: string | null };
  return {
    ...stored,
    from: stored.from ? new Date(stored.from) : null,
    to: stored.to ? new Date(stored.to) : null,
  };
}

export async function saveFunnel(
  prisma: PrismaClient,
  input: { id?: number; name: string; query: FunnelQuery; savedBy: string },
): Promise<Awaited<ReturnType<PrismaClient["savedFunnel"]["create"]>>> {
  const name = input.name.trim();
  if (name.length === 0 || name.length > MAX_NAME_LENGTH) {
    throw new ValidationError(
      "name",
      `must be 1 to ${MAX_NAME_LENGTH} characters, got ${name.length}`,
      "SavedFunnel",
    );
  }
  validateFunnel(input.query);
  const data = { name, definition: definitionOf(input.query), savedBy: input.savedBy };
  if (input.id === undefined) return prisma.savedFunnel.create({ data });
  const existing = await prisma.savedFunnel.findUnique({
    where: { id: input.id },
    select: { id: true },
  });
  if (!existing) throw new NotFoundError("SavedFunnel", String(input.id));
  return prisma.savedFunnel.update({ where: { id: input.id }, data });
}

/** The funnel a saved one stands for, as the runner takes it. */
export async function savedFunnelQuery(prisma: PrismaClient, id: number): Promise<FunnelQuery> {
  const saved = await prisma.savedFunnel.findUnique({
    where: { id },
    select: { definition: true },
  });
  if (!saved) throw new NotFoundError("SavedFunnel", String(id));
  return queryOfDefinition(saved.definition);
}

export async function deleteFunnel(prisma: PrismaClient, id: number): Promise<void> {
  const { count } = await prisma.savedFunnel.deleteMany({ where: { id } });
  if (count === 0) throw new NotFoundError("SavedFunnel", String(id));
}

/** What the dashboard compares to tell whether a new result is worth pushing. */
const fingerprint = (run: FunnelRun) =>
  JSON.stringify([run.steps, run.breakdown, run.timeToConvert, run.trend]);

export interface FunnelUpdateOptions {
  /** The least time between two pushes (PUSH_INTERVAL_MS; tests take their own). */
  intervalMs?: number;
  /** Resolves after `ms` (setTimeout; tests hold it to see what waits for the interval). */
  sleep?: (ms: number) => Promise<void>;
  /** Told each result as soon as it is computed, before it waits for its push (the bench times the parts of a push's latency). */
  onComputed?: (run: FunnelRun) => void;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The saved funnel's result now, then again whenever new activities change it, recomputed for the
 * people the events name rather than from history. Every change is matched and the result computed
 * as soon as its events arrive, whether or not a push may go yet, so the push costs only its
 * delivery: the first change after a quiet interval is pushed at once; the changes during the
 * interval after a push are folded in as they arrive, and the newest result goes the moment the
 * interval ends, so coalescing adds no wait beyond the once-a-second limit itself (the initial
 * result is the subscription's answer, not an update, and starts no interval).
 */
export async function* funnelUpdates(
  services: { pool: pg.Pool; prisma: PrismaClient; live: Live },
  id: number,
  options: FunnelUpdateOptions = {},
): AsyncGenerator<FunnelRun> {
  const intervalMs = options.intervalMs ?? PUSH_INTERVAL_MS;
  const sleep = options.sleep ?? sleepFor;
  const query = await savedFunnelQuery(services.prisma, id);
  // Subscribed before the first load, so nothing that commits in between is missed.
  const events = services.live.subscribe({});
  const funnel = new IncrementalFunnel(services.pool, query);
  const pending = new Set<number>();
  let reloadAll = false;
  const signal: { wake: (() => void) | null; ended: boolean } = { wake: null, ended: false };
  const hasPending = () => reloadAll || pending.size > 0;
  const nextChange = () => new Promise<void>((resolve) => (signal.wake = resolve));
  const pump = (async () => {
    for await (const event of events) {
      const people = peopleChangedBy(event);
      if (people === "all") reloadAll = true;
      else for (const personId of people) pending.add(personId);
      if (hasPending()) signal.wake?.();
    }
  })().finally(() => {
    signal.ended = true;
    signal.wake?.();
  });
  /** Rematches the people named since the last call; the events arriving meanwhile wait for the next. */
  const applyPending = async () => {
    const people = [...pending];
    const all = reloadAll;
    pending.clear();
    reloadAll = false;
    await funnel.update(people, all);
  };
  // The interval's end after the last push, once a computed result waits for it: `open` when it
  // ended. A slot's generation is its own, so a sleep left from before a push cannot open the next.
  const slot = { generation: 0, waiting: false, open: false };
  const awaitSlot = (wait: number) => {
    const generation = ++slot.generation;
    slot.waiting = true;
    void sleep(wait).then(() => {
      if (generation !== slot.generation) return;
      slot.open = true;
      signal.wake?.();
    });
  };
  try {
    await funnel.loadAll();
    let ready = await funnel.result();
    yield ready;
    let [sentPrint, readyPrint] = [fingerprint(ready), fingerprint(ready)];
    let lastSent = -Infinity;
    while (!signal.ended) {
      if (hasPending()) {
        await applyPending();
        ready = await funnel.result();
        readyPrint = fingerprint(ready);
        options.onComputed?.(ready);
        continue;
      }
      if (readyPrint === sentPrint) {
        await nextChange();
        signal.wake = null;
        continue;
      }
      const wait = lastSent + intervalMs - Date.now();
      if (wait > 0 && !slot.open) {
        if (!slot.waiting) awaitSlot(wait);
        await nextChange();
        signal.wake = null;
        continue;
      }
      slot.generation++;
      slot.waiting = false;
      slot.open = false;
      sentPrint = readyPrint;
      lastSent = Date.now();
      yield ready;
    }
  } finally {
    await events.return?.();
    await pump.catch(() => {});
  }
}
