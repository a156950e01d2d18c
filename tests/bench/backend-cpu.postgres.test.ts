// The benches' PostgreSQL CPU figures: the backends of the bench's own database, counted across
// connections that a pool closes mid-measurement (they used to make the figures negative).
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  BackendCpuBook,
  BackendCpuLedger,
  freshPostgresDatabase,
  procStatCpuSeconds,
} from "../../apps/api/bench/support/postgres.ts";
import { postgresAdminUrl } from "../support/backends.ts";

describe("/proc/<pid>/stat", () => {
  test("user plus system CPU, even when the command holds spaces and parentheses", () => {
    const stat =
      "4242 (postgres: a) b) S 1 4242 4242 0 -1 4194560 1200 0 0 0 250 75 0 0 20 0 1 0 5000 220000000 3000";
    expect(procStatCpuSeconds(stat)).toBe(3.25);
  });

  test("a line that is not a stat line is an error, not a figure", () => {
    expect(() => procStatCpuSeconds("no such process")).toThrow(/not a \/proc/);
  });
});

describe("the CPU book of backends that come and go", () => {
  const look = (backends: Record<number, [number | null, boolean]>) =>
    new Map(
      Object.entries(backends).map(([pid, [seconds, idle]]) => [Number(pid), { seconds, idle }]),
    );

  test("a backend that exits after idling keeps what it spent: the figure never runs backwards", () => {
    const book = new BackendCpuBook();
    book.observe(look({ 10: [5, true], 11: [2, true] }));
    const before = book.total();
    book.observe(look({ 10: [5.5, true] }));
    expect(book.since(before)).toEqual({ seconds: 0.5 });
  });

  test("a backend that starts during the work counts from zero", () => {
    const book = new BackendCpuBook();
    book.observe(look({ 10: [5, true] }));
    const before = book.total();
    book.observe(look({ 10: [5, true], 12: [0.25, true] }));
    expect(book.since(before)).toEqual({ seconds: 0.25 });
  });

  test("a backend that exits after being seen working makes the figure unknown, not low", () => {
    const book = new BackendCpuBook();
    book.observe(look({ 10: [5, false] }));
    const before = book.total();
    book.observe(look({ 10: [null, false] }));
    expect(book.since(before)).toEqual({ unknown: expect.stringContaining("backend 10") });
    const after = book.total();
    expect(book.since(after)).toEqual({ seconds: 0 });
  });

  test("a pid reused by a new backend keeps the old backend's CPU", () => {
    const book = new BackendCpuBook();
    book.observe(look({ 10: [5, true] }));
    const before = book.total();
    book.observe(look({ 10: [1, true] }));
    expect(book.since(before)).toEqual({ seconds: 1 });
  });
});

describe("the ledger of a database's backends", () => {
  let database: { url: string; drop: () => Promise<void> };
  let ledger: BackendCpuLedger;

  beforeAll(async () => {
    database = (await freshPostgresDatabase(postgresAdminUrl))!;
    ledger = (await BackendCpuLedger.open(database.url))!;
    expect(ledger).not.toBeNull();
  });

  afterAll(async () => {
    await ledger?.close();
    await database?.drop();
  });

  test("work on a connection the pool closes before the measurement ends still counts", async () => {
    // Closed well after a look sees it idle, as pg's pool does (10 s by default).
    const pool = new pg.Pool({ connectionString: database.url, max: 1, idleTimeoutMillis: 2_500 });
    try {
      const before = await ledger.mark();
      await pool.query(`SELECT count(*) FROM generate_series(1, 3000000)`);
      await expect.poll(() => pool.totalCount, { timeout: 5_000 }).toBe(0);
      const spent = await ledger.since(before);
      expect(spent).toEqual({ seconds: expect.any(Number) });
      expect((spent as { seconds: number }).seconds).toBeGreaterThan(0.1);
    } finally {
      await pool.end();
    }
  });

  test("a connection that closes during the measurement takes nothing it spent before with it", async () => {
    const pool = new pg.Pool({ connectionString: database.url, max: 1, idleTimeoutMillis: 2_500 });
    try {
      await pool.query(`SELECT count(*) FROM generate_series(1, 3000000)`);
      const before = await ledger.mark();
      await expect.poll(() => pool.totalCount, { timeout: 5_000 }).toBe(0);
      const spent = await ledger.since(before);
      expect(spent).toEqual({ seconds: expect.any(Number) });
      expect((spent as { seconds: number }).seconds).toBeGreaterThanOrEqual(0);
      expect((spent as { seconds: number }).seconds).toBeLessThan(0.05);
    } finally {
      await pool.end();
    }
  });
});
