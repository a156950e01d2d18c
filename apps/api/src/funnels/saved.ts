// Saved funnels: a name and a definition, shared by everyone on the dashboard, and their live
// results. The definition is stored as the runner takes it (database ids, ISO dates).
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import type { Live } from "../events/live.ts";
import type pg from "pg";
import { IncrementalFunnel, peopleChangedBy } from "./live.ts";
import { validateFunnel, type FunnelQuery, type FunnelRun } from "./service.ts";

export const MAX_NAME_LENGTH = 200;
/** At most one push a second, as the dashboard's other live numbers. */
export const PUSH_INTERVAL_MS = 1000;

export function definitionOf(query: FunnelQuery): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(query)) as Prisma.InputJsonValue;
}

export function queryOfDefinition(definition: unknown): FunnelQuery {
  const stored = definition as FunnelQuery & { from?: string | null; to?: string | null };
  return { ...stored, from: stored.from ? new Date(stored.from) : null, to: stored.to ? new Date(stored.to) : null };
}

export async function saveFunnel(
  prisma: PrismaClient,
  input: { id?: number; name: string; query: FunnelQuery; savedBy: string },
): Promise<Awaited<ReturnType<PrismaClient["savedFunnel"]["create"]>>> {
  const name = input.name.trim();
  if (name.length === 0 || name.length > MAX_NAME_LENGTH) {
    throw new ValidationError("name", `must be 1 to ${MAX_NAME_LENGTH} characters, got ${name.length}`, "SavedFunnel");
  }
  validateFunnel(input.query);
  const data = { name, definition: definitionOf(input.query), savedBy: input.savedBy };
  if (input.id === undefined) return prisma.savedFunnel.create({ data });
  const existing = await prisma.savedFunnel.findUnique({ where: { id: input.id }, select: { id: true } });
  if (!existing) throw new NotFoundError("SavedFunnel", String(input.id));
  return prisma.savedFunnel.update({ where: { id: input.id }, data });
}

/** The funnel a saved one stands for, as the runner takes it. */
export async function savedFunnelQuery(prisma: PrismaClient, id: number): Promise<FunnelQuery> {
  const saved = await prisma.savedFunnel.findUnique({ where: { id }, select: { definition: true } });
  if (!saved) throw new NotFoundError("SavedFunnel", String(id));
  return queryOfDefinition(saved.definition);
}

export async function deleteFunnel(prisma: PrismaClient, id: number): Promise<void> {
  const { count } = await prisma.savedFunnel.deleteMany({ where: { id } });
  if (count === 0) throw new NotFoundError("SavedFunnel", String(id));
}

/** What the dashboard compares to tell whether a new result is worth pushing. */
const fingerprint = (run: FunnelRun) => JSON.stringify([run.steps, run.breakdown, run.timeToConvert, run.trend]);

/**
 * The saved funnel's result now, then again whenever new activities change it: at most once a
 * second, recomputed for the people the events name rather than from history.
 */
export async function* funnelUpdates(services: { pool: pg.Pool; prisma: PrismaClient; live: Live }, id: number): AsyncGenerator<FunnelRun> {
  const query = await savedFunnelQuery(services.prisma, id);
  // Subscribed before the first load, so nothing that commits in between is missed.
  const events = services.live.subscribe({});
  const funnel = new IncrementalFunnel(services.pool, query);
  const pending = new Set<number>();
  let reloadAll = false;
  const signal: { wake: (() => void) | null; ended: boolean } = { wake: null, ended: false };
  const pump = (async () => {
    for await (const event of events) {
      const people = peopleChangedBy(event);
      if (people === "all") reloadAll = true;
      else for (const personId of people) pending.add(personId);
      if (reloadAll || pending.size > 0) signal.wake?.();
    }
  })().finally(() => {
    signal.ended = true;
    signal.wake?.();
  });
  try {
    await funnel.loadAll();
    let last = await funnel.result();
    yield last;
    let lastSent = Date.now();
    while (!signal.ended) {
      if (!reloadAll && pending.size === 0) await new Promise<void>((resolve) => (signal.wake = resolve));
      signal.wake = null;
      const wait = lastSent + PUSH_INTERVAL_MS - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      // Taken before the reload: events arriving meanwhile wait for the next round.
      const people = [...pending];
      const all = reloadAll;
      pending.clear();
      reloadAll = false;
      if (all) await funnel.loadAll();
      else await funnel.update(people);
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
