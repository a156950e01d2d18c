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
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The saved funnel's result now, then again whenever new activities change it, recomputed for the
 * people the events name rather than from history. The first change after a quiet interval is
 * pushed at once; changes during the interval after a push are folded in as they arrive and
 * pushed together when it ends, so coalescing adds no wait beyond the once-a-second limit itself
 * (the initial result is the subscription's answer, not an update, and starts no interval).
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
  try {
    await funnel.loadAll();
    let last = await funnel.result();
    yield last;
    let lastSent = -Infinity;
    while (!signal.ended) {
      if (!hasPending()) await nextChange();
      signal.wake = null;
      if (signal.ended) break;
      await applyPending();
      const wait = lastSent + intervalMs - Date.now();
      if (wait > 0) {
        let open = false;
        void sleep(wait).then(() => {
          open = true;
          signal.wake?.();
        });
        while (!open && !signal.ended) {
          if (!hasPending()) await nextChange();
          signal.wake = null;
          if (hasPending()) await applyPending();
        }
        if (signal.ended) break;
      }
      const next = await funnel.result();
      if (fingerprint(next) === fingerprint(last)) continue;
      last = next;
      lastSent = Date.now();
      yield next;
    }
  } finally {
    await events.return?.();
    await pump.catch(() => {});
  }
}
