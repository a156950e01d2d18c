// The columnar per-person sequence index behind funnel queries (README "Storage, and why"). Every
// activity is a row of typed-array columns sorted by (person, time, id): its time and the
// attributes that step filters read (the low-cardinality ones as one code of their combination),
// about 36 bytes, so a funnel over a million activities evaluates its steps as tight loops over
// columns and matches each person's slice, without a join or a row crossing the wire. It lives in the API process, one per database, built
// from `Activity` on first use and kept current from the event log: every event names the people
// whose timelines changed (or, for an import's summary event, is followed up by the activity and
// merge ids written since), and their sequences are read again into a small delta that a
// compaction folds back into the main columns.
import type pg from "pg";
import { settledTxidHorizon } from "../events/log.ts";
import { logger } from "../log.ts";
import type { ActivityFilter } from "./filter.ts";
import { peopleChangedBy } from "./live.ts";

const log = logger("funnels");

/**
 * The attributes of an activity that filters read, as SQL: described once, so the SELECT and the
 * index cannot drift. `enum`: the 1-based position in that PostgreSQL enum (0 = none); `text`:
 * coded by a dictionary here. All of them are low-cardinality, so they are held together as the
 * code of their combination (the signature), read as one text value per activity.
 */
const SIGNATURE_SQL = {
  kind: { enumType: "ActivityKind", sql: "a.kind" },
  touchpointKind: { enumType: "TouchpointKind", sql: "t.kind" },
  channel: { enumType: "Channel", sql: "m.channel" },
  direction: { enumType: "Direction", sql: "m.direction" },
  intent: { enumType: "Intent", sql: "m.intent" },
  stage: { enumType: "LifecycleStage", sql: "a.stage" },
  dealStatus: {
    enumType: "DealStatus",
    sql: `CASE WHEN c."fromStatus" IS DISTINCT FROM c."toStatus" THEN c."toStatus" END`,
  },
  /** The stage a deal entered (a change from another one), as filters and the SQL compiler read it. */
  dealStage: { sql: `CASE WHEN c."fromStage" IS DISTINCT FROM c."toStage" THEN c."toStage" END` },
  source: { sql: `COALESCE(t.source, m.source, d.source, a.source)` },
  /** The channel a breakdown shows: the message's, or the campaign's for a touchpoint. */
  channelLabel: { sql: `COALESCE(m.channel::text, cp.channel)` },
} satisfies Record<string, { sql: string; enumType?: string }>;

export type SignatureAttribute = keyof typeof SIGNATURE_SQL;
export const SIGNATURE_ATTRIBUTES = Object.keys(SIGNATURE_SQL) as SignatureAttribute[];
export type TextAttribute = "dealStage" | "source" | "channelLabel";
const isText = (name: SignatureAttribute): name is TextAttribute =>
  !("enumType" in SIGNATURE_SQL[name]);
/** Between the parts of a signature's text; a text part is "v" + its value, or empty for NULL. */
const SEPARATOR = "\u0001";
// Enums are read as their labels and coded here (array_position over enum_range per row cost the
// server more than the rest of the statement).
const signatureSql = SIGNATURE_ATTRIBUTES.map((name) => {
  const spec: { sql: string; enumType?: string } = SIGNATURE_SQL[name];
  return spec.enumType ? `COALESCE(${spec.sql}::text, '')` : `COALESCE('v' || ${spec.sql}, '')`;
}).join(` || chr(1) || `);

/** What each row of selectValues reads, in order, from `activities` (a table expression aliased `a`). */
const selectValues = (
  activities: string,
) => `SELECT a.id, a."personId", (extract(epoch FROM a."occurredAt") * 1000)::float8, COALESCE(t."campaignId", 0),
       COALESCE(m."communityId", 0), COALESCE(m.sentiment, 'NaN'::float8), ${signatureSql}
  FROM ${activities}
  LEFT JOIN "Touchpoint" t ON t.id = a."touchpointId" LEFT JOIN "Campaign" cp ON cp.id = t."campaignId"
  LEFT JOIN "Message" m ON m.id = a."messageId" LEFT JOIN "DealStageChange" c ON c.id = a."dealStageChangeId"
  LEFT JOIN "Deal" d ON d.id = a."dealId"`;

/** The typed-array columns of a segment: about 36 bytes per activity. */
const COLUMNS = {
  id: Int32Array,
  person: Int32Array,
  t: Float64Array,
  campaign: Int32Array,
  community: Int32Array,
  sentiment: Float64Array,
  /** The code of the activity's combination of signature attributes (kind, channel, intent, source...). */
  signature: Int32Array,
} as const;
type ColumnName = keyof typeof COLUMNS;
const COLUMN_NAMES = Object.keys(COLUMNS) as ColumnName[];
type ColumnArrays = { [K in ColumnName]: InstanceType<(typeof COLUMNS)[K]> };

/** Text values of dictionary attributes, code 0 standing for NULL; shared by every segment of an index. */
export class Dictionary {
  readonly values: Array<string | null> = [null];
  private readonly codes = new Map<string, number>();
  code(value: string | null): number {
    if (value === null) return 0;
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codes.set(value, code);
    }
    return code;
  }
  find(value: string): number {
    return this.codes.get(value) ?? -1;
  }
}

/**
 * The distinct combinations of signature attributes (a few thousand at most in practice: kinds x
 * channels x intents x sources...), so a filter on them is evaluated once per combination, then
 * looked up per activity in one pass.
 */
export class Signatures {
  /** Per attribute, its code in each signature. */
  readonly attributes = Object.fromEntries(
    SIGNATURE_ATTRIBUTES.map((name) => [name, [] as number[]]),
  ) as Record<SignatureAttribute, number[]>;
  private readonly codes = new Map<string, number>();
  constructor(
    private readonly dictionaries: Record<TextAttribute, Dictionary>,
    /** Each enum type's labels in their order: an enum attribute's code is its label's 1-based position. */
    private readonly enums: ReadonlyMap<string, string[]>,
  ) {}
  get size(): number {
    return this.codes.size;
  }
  /** The code of a signature as selectValues reads it. */
  code(text: string): number {
    let code = this.codes.get(text);
    if (code === undefined) {
      code = this.codes.size;
      this.codes.set(text, code);
      const parts = text.split(SEPARATOR);
      SIGNATURE_ATTRIBUTES.forEach((name, i) => {
        const part = parts[i]!;
        const spec: { sql: string; enumType?: string } = SIGNATURE_SQL[name];
        this.attributes[name].push(
          isText(name)
            ? this.dictionaries[name].code(part === "" ? null : part.slice(1))
            : part === ""
              ? 0
              : this.enums.get(spec.enumType!)!.indexOf(part) + 1,
        );
      });
    }
    return code;
  }
}

/** Rows sorted by (person, time, id), and where each person's rows start. */
export class Segment {
  constructor(
    readonly length: number,
    readonly columns: ColumnArrays,
    /** Distinct person ids, ascending, and their row ranges: person i owns [starts[i], starts[i + 1]). */
    readonly people: Int32Array,
    readonly starts: Int32Array,
  ) {}

  static of(length: number, columns: ColumnArrays): Segment {
    const people: number[] = [];
    const starts: number[] = [];
    for (let i = 0; i < length; i++) {
      if (i === 0 || columns.person[i] !== columns.person[i - 1]) {
        people.push(columns.person[i]!);
        starts.push(i);
      }
    }
    starts.push(length);
    return new Segment(length, columns, Int32Array.from(people), Int32Array.from(starts));
  }

  /** The index of a person in `people`, or -1. */
  personIndex(personId: number): number {
    let [lo, hi] = [0, this.people.length - 1];
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const value = this.people[mid]!;
      if (value === personId) return mid;
      if (value < personId) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  get byteLength(): number {
    return (
      COLUMN_NAMES.reduce((sum, name) => sum + this.columns[name].byteLength, 0) +
      this.people.byteLength +
      this.starts.byteLength
    );
  }
}

/** Columns that grow as rows arrive, cut to size once loaded. */
class SegmentBuilder {
  private capacity = 1024;
  length = 0;
  private columns = allocate(this.capacity);

  constructor(private readonly signatures: Signatures) {}

  /** One row of selectValues. */
  push(row: unknown[]): void {
    if (this.length === this.capacity) {
      this.capacity *= 2;
      const grown = allocate(this.capacity);
      for (const name of COLUMN_NAMES)
        (grown[name] as Int32Array).set(this.columns[name] as Int32Array);
      this.columns = grown;
    }
    const at = this.length++;
    const columns = this.columns;
    columns.id[at] = row[0] as number;
    columns.person[at] = row[1] as number;
    columns.t[at] = row[2] as number;
    columns.campaign[at] = row[3] as number;
    columns.community[at] = row[4] as number;
    columns.sentiment[at] = row[5] as number;
    columns.signature[at] = this.signatures.code(row[6] as string);
  }

  /** The rows, which came in (person, time, id) order. */
  finish(): Segment {
    const columns = {} as Record<ColumnName, unknown>;
    for (const name of COLUMN_NAMES) columns[name] = this.columns[name].slice(0, this.length);
    return Segment.of(this.length, columns as ColumnArrays);
  }

  /** The rows, which came in any order, sorted by (person, time, id). */
  finishSorted(): Segment {
    const order = sortedOrder(this.columns, this.length);
    const columns = allocate(this.length);
    for (const name of COLUMN_NAMES) {
      const [from, to] = [this.columns[name], columns[name]];
      for (let i = 0; i < order.length; i++) to[i] = from[order[i]!]!;
    }
    return Segment.of(this.length, columns);
  }
}

/**
 * The row order by (person, time, id): a counting sort by person (ids are dense serials), then each
 * person's rows by time and id, an insertion sort for the usual few.
 */
function sortedOrder(columns: ColumnArrays, length: number): Int32Array {
  const { person, t, id } = columns;
  const before = (a: number, b: number) => t[a]! < t[b]! || (t[a] === t[b] && id[a]! < id[b]!);
  let [lo, hi] = [Infinity, -Infinity];
  for (let i = 0; i < length; i++) {
    if (person[i]! < lo) lo = person[i]!;
    if (person[i]! > hi) hi = person[i]!;
  }
  const order = new Int32Array(length);
  for (let i = 0; i < length; i++) order[i] = i;
  if (length === 0) return order;
  if (hi - lo > 8 * length + 1024) {
    // Sparse ids: a comparison sort instead of a table of every id between.
    return order.sort(
      (a, b) => person[a]! - person[b]! || (before(a, b) ? -1 : before(b, a) ? 1 : 0),
    );
  }
  const starts = new Int32Array(hi - lo + 2);
  for (let i = 0; i < length; i++) starts[person[i]! - lo + 1]!++;
  for (let p = 1; p < starts.length; p++) starts[p]! += starts[p - 1]!;
  const next = starts.slice();
  for (let i = 0; i < length; i++) order[next[person[i]! - lo]!++] = i;
  for (let p = 0; p + 1 < starts.length; p++) {
    const [start, end] = [starts[p]!, starts[p + 1]!];
    if (end - start > 32) {
      order.subarray(start, end).sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
      continue;
    }
    for (let i = start + 1; i < end; i++) {
      const row = order[i]!;
      let j = i - 1;
      for (; j >= start && before(row, order[j]!); j--) order[j + 1] = order[j]!;
      order[j + 1] = row;
    }
  }
  return order;
}

function allocate(capacity: number): ColumnArrays {
  const columns = {} as Record<ColumnName, unknown>;
  for (const name of COLUMN_NAMES) columns[name] = new COLUMNS[name](capacity);
  return columns as ColumnArrays;
}

/** A filter field the index cannot answer; such a funnel runs as SQL (funnels/service.ts). */
export function indexable(filter: ActivityFilter): boolean {
  return filter.properties == null || Object.keys(filter.properties).length === 0;
}

/** People read per statement when the index reloads, and activities when it builds: a bounded batch of rows in memory at once. */
const PEOPLE_PER_LOAD = 20_000;
/** People of recent reloads kept for `changedSince`: a few seconds of a busy import. */
const MAX_REMEMBERED_PEOPLE = 100_000;
const ROWS_PER_LOAD = 50_000;

export interface IndexStats {
  activities: number;
  people: number;
  bytes: number;
  deltaPeople: number;
}

/**
 * What a funnel query reads: the main segment and the delta of people read again since the last
 * compaction (a person in the delta is read from there only, even when that segment is empty).
 */
export interface IndexView {
  main: Segment;
  delta: ReadonlyMap<number, Segment>;
  brands: ReadonlyMap<number, Int32Array>;
  enums: ReadonlyMap<string, string[]>;
  dictionaries: Record<TextAttribute, Dictionary>;
  signatures: Signatures;
}

export class SequenceIndex implements IndexView {
  main!: Segment;
  delta = new Map<number, Segment>();
  /** Activity id -> ids of the brands its message mentions (few activities have any). */
  brands = new Map<number, Int32Array>();
  enums = new Map<string, string[]>();
  readonly dictionaries: Record<TextAttribute, Dictionary> = {
    dealStage: new Dictionary(),
    source: new Dictionary(),
    channelLabel: new Dictionary(),
  };
  readonly signatures = new Signatures(this.dictionaries, this.enums);
  private deltaRows = 0;
  /** The settled part of the event log already applied: every event at or before it. */
  private cursor = { txid: "0", id: "0" };
  /** Events after the cursor already applied (their transactions were not all settled when read). */
  private applied = new Set<string>();
  /** Highest activity and merge ids seen, for the summary events of big imports, which name no one. */
  private maxActivityId = 0;
  private maxMergeId = 0;
  private catchingUp: Promise<void> | null = null;
  /**
   * Counts the index's changes: a rebuild and each reload of people. The recent reloads keep the
   * people they read, so a saved funnel woken by an event that names no one (an import's summary)
   * rematches the people the index read again since it last looked, not everyone.
   */
  private changes = 0;
  private rebuiltAt = 0;
  private reloads: Array<{ change: number; people: number[] }> = [];
  private reloadedPeople = 0;
  /** Reloads up to this change were let go: asking about an earlier one means everyone. */
  private forgottenThrough = 0;

  private constructor(
    private readonly pool: pg.Pool,
    /** Delta rows above which a reload folds the delta into the main columns (tests make it small). */
    private readonly compactAbove?: number,
  ) {}

  static async build(
    pool: pg.Pool,
    options: { compactAbove?: number } = {},
  ): Promise<SequenceIndex> {
    const index = new SequenceIndex(pool, options.compactAbove);
    await index.rebuild();
    return index;
  }

  /** Reads everything again; the events since the cursor taken first are applied again on the next catch-up. */
  async rebuild(): Promise<void> {
    const { rows: head } = await this.pool.query<{ txid: string | null; id: string | null }>(
      `SELECT e.txid::text AS txid, e.id::text AS id FROM "Event" e
        WHERE e.txid < ${settledTxidHorizon} ORDER BY e.txid DESC, e.id DESC LIMIT 1`,
    );
    this.cursor = { txid: head[0]?.txid ?? "0", id: head[0]?.id ?? "0" };
    this.applied.clear();
    const { rows: ids } = await this.pool.query<{ activity: number | null; merge: number | null }>(
      `SELECT (SELECT max(id) FROM "Activity") AS activity, (SELECT max(id) FROM "PersonMerge") AS merge`,
    );
    this.maxActivityId = ids[0]!.activity ?? 0;
    this.maxMergeId = ids[0]!.merge ?? 0;
    if (this.enums.size === 0) await this.loadEnums();
    const builder = new SegmentBuilder(this.signatures);
    const brands = new Map<number, Int32Array>();
    // Short statements in id order, sorted here, so that a build shares a single-connection database
    // with the requests around it and costs time linear in activities.
    for (let after = 0; after < this.maxActivityId; ) {
      const rows = await this.readBatch(after);
      if (rows.length === 0) break;
      for (const row of rows) builder.push(row);
      const last = rows[rows.length - 1]![0] as number;
      await this.loadBrands(`a.id > ${after} AND a.id <= ${last}`, [], brands);
      after = last;
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.main = builder.finishSorted();
    this.brands = brands;
    this.delta = new Map();
    this.deltaRows = 0;
    this.rebuiltAt = ++this.changes;
    this.reloads = [];
    this.reloadedPeople = 0;
  }

  /** The index's change count now, to ask `changedSince` about later. */
  get version(): number {
    return this.changes;
  }

  /** The people read again since `version`, or "all" when the index was rebuilt or forgot that far. */
  changedSince(version: number): number[] | "all" {
    if (version < this.rebuiltAt || version < this.forgottenThrough) return "all";
    const people = new Set<number>();
    for (let i = this.reloads.length - 1; i >= 0 && this.reloads[i]!.change > version; i--)
      for (const id of this.reloads[i]!.people) people.add(id);
    return [...people];
  }

  private recordReload(people: number[]): void {
    this.reloads.push({ change: ++this.changes, people });
    this.reloadedPeople += people.length;
    while (this.reloadedPeople > MAX_REMEMBERED_PEOPLE && this.reloads.length > 1) {
      const forgotten = this.reloads.shift()!;
      this.reloadedPeople -= forgotten.people.length;
      this.forgottenThrough = forgotten.change;
    }
  }

  /**
   * The next activities by id after `after`, with their rows' attributes. Joined by key (nested
   * loops): the planner's hash joins read the whole of every side table for each batch.
   */
  private async readBatch(after: number): Promise<unknown[][]> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN READ ONLY");
      await client.query("SET LOCAL enable_hashjoin = off");
      await client.query("SET LOCAL enable_mergejoin = off");
      const batch = `(SELECT * FROM "Activity" WHERE id > ${after} AND id <= ${this.maxActivityId} ORDER BY id LIMIT ${ROWS_PER_LOAD}) a`;
      const { rows } = await client.query<unknown[]>({
        text: `${selectValues(batch)} ORDER BY a.id`,
        rowMode: "array",
      });
      await client.query("COMMIT");
      return rows;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  private async loadEnums(): Promise<void> {
    for (const spec of Object.values(SIGNATURE_SQL) as Array<{ enumType?: string }>) {
      if (!spec.enumType || this.enums.has(spec.enumType)) continue;
      const { rows } = await this.pool.query<{ v: string[] }>(
        `SELECT enum_range(NULL::"${spec.enumType}")::text[] AS v`,
      );
      this.enums.set(spec.enumType, rows[0]!.v);
    }
  }

  private async loadRows(
    where: string,
    values: unknown[],
    builder: SegmentBuilder,
    brands: Map<number, Int32Array>,
  ): Promise<void> {
    // Side by side: a live update waits for this reload, so it pays one round trip, not two.
    const [{ rows }] = await Promise.all([
      this.pool.query<unknown[]>({
        text: `${selectValues(`"Activity" a`)} WHERE ${where} ORDER BY a."personId", a."occurredAt", a.id`,
        values,
        rowMode: "array",
      }),
      this.loadBrands(where, values, brands),
    ]);
    for (const row of rows) builder.push(row);
  }

  private async loadBrands(
    where: string,
    values: unknown[],
    brands: Map<number, Int32Array>,
  ): Promise<void> {
    const { rows: mentions } = await this.pool.query<{ id: number; brands: number[] }>(
      `SELECT a.id, array_agg(b."brandId" ORDER BY b."brandId") AS brands
         FROM "Activity" a JOIN "BrandMention" b ON b."messageId" = a."messageId" WHERE ${where} GROUP BY a.id`,
      values,
    );
    for (const mention of mentions) brands.set(mention.id, Int32Array.from(mention.brands));
  }

  /** Reads these people's sequences again into the delta. */
  async reload(personIds: number[]): Promise<void> {
    this.recordReload(personIds);
    for (let i = 0; i < personIds.length; i += PEOPLE_PER_LOAD) {
      const batch = personIds.slice(i, i + PEOPLE_PER_LOAD);
      const builder = new SegmentBuilder(this.signatures);
      const brands = new Map<number, Int32Array>();
      await this.loadRows(`a."personId" = ANY($1::int[])`, [batch], builder, brands);
      const segment = builder.finish();
      for (const personId of batch) {
        const old = this.delta.get(personId);
        if (old) this.deltaRows -= old.length;
        const p = segment.personIndex(personId);
        const own = gather(p < 0 ? [] : [[segment, p]]);
        this.delta.set(personId, own);
        this.deltaRows += own.length;
        for (const id of own.columns.id) this.maxActivityId = Math.max(this.maxActivityId, id);
      }
      for (const [id, list] of brands) this.brands.set(id, list);
    }
    const limit = this.compactAbove ?? Math.max(50_000, this.main.length / 8);
    if (this.deltaRows > limit || this.delta.size > 20_000) this.compact();
  }

  /** Folds the delta into the main columns, in memory: every person's rows from where they are current. */
  private compact(): void {
    const pieces: Array<readonly [Segment, number]> = [];
    const changed = [...this.delta.keys()].sort((a, b) => a - b);
    const main = this.main;
    let next = 0;
    const takeDeltaUpTo = (personId: number) => {
      for (; next < changed.length && changed[next]! <= personId; next++) {
        const segment = this.delta.get(changed[next]!)!;
        if (segment.length > 0) pieces.push([segment, 0]);
      }
    };
    for (let p = 0; p < main.people.length; p++) {
      const personId = main.people[p]!;
      const replaced = this.delta.has(personId);
      takeDeltaUpTo(personId);
      if (!replaced) pieces.push([main, p]);
    }
    takeDeltaUpTo(Number.MAX_SAFE_INTEGER);
    this.main = gather(pieces);
    this.delta = new Map();
    this.deltaRows = 0;
  }

  /**
   * Applies every event the caller's next statement could see: those committed now, including
   * ones whose transactions the settled cursor has not passed yet, so that a query sees the writes
   * that committed before it (re-applying an event only reads a person again).
   */
  catchUp(): Promise<void> {
    this.catchingUp ??= this.readEvents().finally(() => (this.catchingUp = null));
    return this.catchingUp;
  }

  private async readEvents(): Promise<void> {
    const { rows } = await this.pool.query<{
      id: string;
      txid: string;
      type: string;
      personId: number | null;
      payload: Record<string, unknown>;
      settled: boolean;
    }>(
      `SELECT e.id::text AS id, e.txid::text AS txid, e.type, e."personId", e.payload,
              e.txid < ${settledTxidHorizon} AS settled
         FROM "Event" e WHERE (e.txid, e.id) > ($1::bigint, $2::bigint) ORDER BY e.txid, e.id`,
      [this.cursor.txid, this.cursor.id],
    );
    const people = new Set<number>();
    let sinceWatermarks = false;
    for (const row of rows) {
      if (this.applied.has(row.id)) continue;
      const changed = peopleChangedBy({
        type: row.type as never,
        personId: row.personId,
        payload: row.payload ?? {},
      });
      if (changed === "all") sinceWatermarks = true;
      else for (const id of changed) people.add(id);
    }
    if (sinceWatermarks) for (const id of await this.peopleSinceWatermarks()) people.add(id);
    if (people.size > 0) await this.reload([...people].sort((a, b) => a - b));
    // Only now are the events applied; the settled prefix moves the cursor and leaves the set.
    let settled = true;
    for (const row of rows) {
      if (settled && row.settled) {
        this.cursor = { txid: row.txid, id: row.id };
        this.applied.delete(row.id);
      } else {
        settled = false;
        this.applied.add(row.id);
      }
    }
  }

  /** People with activities written, or merges made, since the highest ids the index has seen. */
  private async peopleSinceWatermarks(): Promise<number[]> {
    const { rows } = await this.pool.query<{ p: number; merge: number | null }>(
      `SELECT DISTINCT "personId" AS p, NULL::int AS merge FROM "Activity" WHERE id > $1
       UNION SELECT unnest(ARRAY["survivorId", "absorbedId"]), id FROM "PersonMerge" WHERE id > $2`,
      [this.maxActivityId, this.maxMergeId],
    );
    for (const row of rows)
      if (row.merge !== null) this.maxMergeId = Math.max(this.maxMergeId, row.merge);
    return [...new Set(rows.map((row) => row.p))];
  }

  stats(): IndexStats {
    let bytes = this.main.byteLength;
    let activities = this.main.length;
    for (const segment of this.delta.values()) {
      bytes += segment.byteLength;
      activities += segment.length;
    }
    for (const list of this.brands.values()) bytes += list.byteLength + 16;
    const people =
      this.main.people.length +
      [...this.delta.keys()].filter((id) => this.main.personIndex(id) < 0).length;
    return { activities, people, bytes, deltaPeople: this.delta.size };
  }
}

/** The rows of some people, each given by a segment and their index in its `people`, as one segment in that order. */
export function gather(pieces: ReadonlyArray<readonly [Segment, number]>): Segment {
  const length = pieces.reduce(
    (sum, [segment, p]) => sum + segment.starts[p + 1]! - segment.starts[p]!,
    0,
  );
  const columns = allocate(length);
  let at = 0;
  for (const [segment, p] of pieces) {
    const [start, end] = [segment.starts[p]!, segment.starts[p + 1]!];
    for (const name of COLUMN_NAMES)
      (columns[name] as Int32Array).set(
        (segment.columns[name] as Int32Array).subarray(start, end),
        at,
      );
    at += end - start;
  }
  return Segment.of(length, columns);
}

const indexes = new WeakMap<pg.Pool, Promise<SequenceIndex>>();

/** The index of this database, built on first use (or by `buildSequenceIndexAtStart`), caught up with the event log. */
export async function sequenceIndexOf(pool: pg.Pool): Promise<SequenceIndex> {
  const index = await buildingIndexOf(pool);
  await index.catchUp();
  return index;
}

function buildingIndexOf(pool: pg.Pool): Promise<SequenceIndex> {
  let building = indexes.get(pool);
  if (!building) {
    building = SequenceIndex.build(pool);
    indexes.set(pool, building);
    building.catch(() => indexes.delete(pool));
  }
  return building;
}

/**
 * Starts building the index of this database without waiting for it, so the first funnel after
 * a start does not pay for reading every activity and readiness does not wait for it either. A
 * failed build (the database closing under it) is logged and left to the first query to retry.
 * Resolves when the build is done, for whoever wants to know (tests, the bench).
 */
export function buildSequenceIndexAtStart(pool: pg.Pool): Promise<void> {
  const started = performance.now();
  return buildingIndexOf(pool).then(
    (index) => {
      const stats = index.stats();
      log.info(
        {
          activities: stats.activities,
          people: stats.people,
          bytes: stats.bytes,
          ms: Math.round(performance.now() - started),
        },
        "funnel index built",
      );
    },
    (error: Error) =>
      log.warn(
        { err: error.message },
        "funnel index build failed; the first funnel query builds it",
      ),
  );
}
