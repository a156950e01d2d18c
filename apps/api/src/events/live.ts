import { GraphQLError } from "graphql";
import type pg from "pg";
import type { EventType } from "../generated/prisma/enums.ts";
import { logger, outageLog } from "../log.ts";
import { compareCursors, type EventCursor, startOfLog } from "./cursor.ts";
import { HeldBackRetry } from "./held-back.ts";
import { eventsAfter, headCursor, type LoggedEvent, readCommittedEvents } from "./log.ts";
import type { EventSignal } from "./signal.ts";

const log = logger("live");

export interface LiveOptions {
  /** Events a subscriber may fall behind by before it is closed and told to resume. */
  subscriberBuffer?: number;
  /**
   * How often the log is read when no signal arrives (another instance without Redis, a lost
   * signal). startApp gives it to the signal, whose one poll wakes the tail and the alert evaluator.
   */
  pollIntervalMs?: number;
  pageSize?: number;
}

export interface SubscribeOptions {
  after?: EventCursor | null;
  types?: EventType[] | null;
  /** Only events this accepts (after `types`), e.g. messageAdded's filter on the event's payload. */
  filter?: ((event: LoggedEvent) => boolean) | null;
  /** Called when the subscriber fell too far behind; the stream then ends. */
  onOverflow?: (lastDelivered: EventCursor | null) => void;
}

/**
 * A GraphQL error of its own, not a fault: a consumer that stalls is the client's condition, so it
 * reaches the client with a code and is not logged as a server fault with a trace.
 */
export class SlowSubscriberError extends GraphQLError {
  constructor(
    public readonly lastDelivered: EventCursor | null,
    limit: number,
  ) {
    super(
      `Subscriber fell more than ${limit} events behind and was closed; resubscribe with the last cursor it received`,
      {
        extensions: { code: "SUBSCRIBER_TOO_SLOW" },
      },
    );
    this.name = "SlowSubscriberError";
  }
}

/**
 * Events as the tail fans them out: one immutable object per event, the same for every subscriber
 * it reaches, so work done for one subscriber can be shared with the others (shared-execution.ts).
 */
const tailEvents = new WeakSet<LoggedEvent>();

/** Whether `value` is an event the tail handed to its subscribers (the same object for all of them). */
export function isTailEvent(value: unknown): value is LoggedEvent {
  return typeof value === "object" && value !== null && tailEvents.has(value as LoggedEvent);
}

/**
 * A consumer that takes live events as the tail reads them, instead of pulling each through the
 * iterator: the websocket fan-out (fan-out.ts), which writes one frame per subscriber without a
 * promise per event.
 */
export interface LiveSink {
  /** Called synchronously by the tail, in cursor order, once the subscriber is live. */
  push(event: LoggedEvent): void;
  /** Events pushed but not yet written out: the subscriber's backlog, bounded like a queue's. */
  readonly pending: number;
  /** The last event fully handed to the network, which a subscriber closed for lagging resumes after. */
  readonly lastDelivered: EventCursor | null;
}

/** A subscription to the live tail. */
export interface LiveSubscription extends AsyncIterableIterator<LoggedEvent> {
  /**
   * Once the backlog is read and every event pulled so far was consumed, live events go to `sink`
   * and next() settles only when the subscription ends (done, or SlowSubscriberError on overflow).
   * The switch happens inside next(), so nothing pulled before it can be overtaken.
   */
  pushTo(sink: LiveSink): void;
}

export function isLiveSubscription(value: unknown): value is LiveSubscription {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as LiveSubscription).pushTo === "function"
  );
}

interface Subscriber {
  types: Set<EventType> | null;
  filter: ((event: LoggedEvent) => boolean) | null;
  queue: LoggedEvent[];
  /** Set once the subscriber switched to push mode. */
  sink: LiveSink | null;
  wake: (() => void) | null;
  /** Set while the subscriber reads its backlog from the database; live events then only mark it. */
  catchingUp: boolean;
  missedWhileCatchingUp: boolean;
  overflowed: boolean;
  closed: boolean;
  lastDelivered: EventCursor | null;
  onOverflow?: (lastDelivered: EventCursor | null) => void;
}

/**
 * One tail per API instance reads committed events from the log and fans them out to this
 * instance's subscribers. Writers only signal that the log grew; order comes from the database.
 */
export class Live {
  private readonly subscribers = new Set<Subscriber>();
  private position: EventCursor = startOfLog;
  private reading: Promise<void> | null = null;
  private readAgain = false;
  private readonly readHealth = outageLog(log, "Reading the event log");
  private readonly heldBack = new HeldBackRetry(() => void this.poke());
  private stopSignal: (() => void) | null = null;
  private readonly buffer: number;
  private readonly pageSize: number;

  constructor(
    private readonly pool: pg.Pool,
    private readonly signal: EventSignal,
    options: LiveOptions = {},
  ) {
    this.buffer = options.subscriberBuffer ?? 1000;
    this.pageSize = options.pageSize ?? 500;
  }

  async start(): Promise<void> {
    this.position = await headCursor(this.pool);
    // Woken by signals and by the poll the alert evaluator shares.
    this.stopSignal = this.signal.follow(() => void this.poke());
    await this.signal.ready;
  }

  async stop(): Promise<void> {
    this.stopSignal?.();
    for (const subscriber of this.subscribers) this.end(subscriber);
    await this.reading;
    // After the last read, which may have scheduled a re-read.
    this.heldBack.stop();
  }

  /** Tells every instance (this one included) that committed events are waiting. Never throws. */
  notify(): void {
    this.signal.notify();
  }

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  /** Reads the log now; concurrent pokes coalesce into one more read. */
  poke(): Promise<void> {
    if (this.reading) {
      this.readAgain = true;
      return this.reading;
    }
    this.reading = (async () => {
      try {
        do {
          this.readAgain = false;
          await this.drainLog();
        } while (this.readAgain);
        this.readHealth.recovered();
      } catch (error) {
        // The next poll or signal reads again.
        this.readHealth.failed(error);
      } finally {
        this.reading = null;
      }
    })();
    return this.reading;
  }

  private async drainLog(): Promise<void> {
    for (;;) {
      const page = await readCommittedEvents(this.pool, this.position, { limit: this.pageSize });
      for (const event of page) this.fanOut(event);
      if (page.length > 0) this.position = page[page.length - 1].cursor;
      if (page.length < this.pageSize) break;
    }
    this.heldBack.update(await eventsAfter(this.pool, this.position));
  }

  private fanOut(event: LoggedEvent): void {
    tailEvents.add(event);
    for (const subscriber of this.subscribers) {
      if (subscriber.types && !subscriber.types.has(event.type)) continue;
      if (subscriber.filter && !subscriber.filter(event)) continue;
      if (subscriber.catchingUp) {
        subscriber.missedWhileCatchingUp = true;
        continue;
      }
      const sink = subscriber.sink;
      if ((sink ? sink.pending : subscriber.queue.length) >= this.buffer) {
        // Closed at once, not when it next reads: a stalled consumer may never read again.
        subscriber.overflowed = true;
        if (sink) subscriber.lastDelivered = sink.lastDelivered;
        this.end(subscriber);
        subscriber.onOverflow?.(subscriber.lastDelivered);
        continue;
      }
      if (sink) {
        // The backlog read from the database may have run ahead of the tail.
        if (subscriber.lastDelivered && compareCursors(event.cursor, subscriber.lastDelivered) <= 0)
          continue;
        subscriber.lastDelivered = event.cursor;
        sink.push(event);
        continue;
      }
      subscriber.queue.push(event);
      subscriber.wake?.();
    }
  }

  private end(subscriber: Subscriber): void {
    subscriber.closed = true;
    this.subscribers.delete(subscriber);
    subscriber.wake?.();
  }

  /**
   * Every event after `after` (or from now on), in cursor order, each once. A subscriber first
   * reads its backlog from the database, then switches to the live tail without a gap: while it
   * reads, the tail only notes that it missed something, and it reads again until a short page
   * came back with nothing missed. Written as a plain iterator (not a generator) so that `return()`
   * ends a subscriber at once even while it waits for the next event.
   */
  subscribe(options: SubscribeOptions = {}): LiveSubscription {
    const subscriber: Subscriber = {
      types: options.types?.length ? new Set(options.types) : null,
      filter: options.filter ?? null,
      queue: [],
      sink: null,
      wake: null,
      catchingUp: options.after != null,
      missedWhileCatchingUp: false,
      overflowed: false,
      closed: false,
      lastDelivered: options.after ?? null,
      onOverflow: options.onOverflow,
    };
    this.subscribers.add(subscriber);
    let backlog: LoggedEvent[] = [];
    let requestedSink: LiveSink | null = null;
    const done = { done: true, value: undefined } as IteratorReturnResult<undefined>;

    const next = async (): Promise<IteratorResult<LoggedEvent>> => {
      for (;;) {
        if (subscriber.overflowed)
          throw new SlowSubscriberError(subscriber.lastDelivered, this.buffer);
        if (subscriber.closed) return done;
        const pending = backlog.length > 0 ? backlog : subscriber.queue;
        while (pending.length > 0) {
          const event = pending.shift()!;
          if (
            subscriber.lastDelivered &&
            compareCursors(event.cursor, subscriber.lastDelivered) <= 0
          )
            continue;
          subscriber.lastDelivered = event.cursor;
          if (pending === backlog && subscriber.filter && !subscriber.filter(event)) continue;
          return { done: false, value: event };
        }
        if (subscriber.catchingUp) {
          subscriber.missedWhileCatchingUp = false;
          backlog = await readCommittedEvents(this.pool, subscriber.lastDelivered!, {
            types: options.types,
            limit: this.pageSize,
          });
          if (backlog.length < this.pageSize && !subscriber.missedWhileCatchingUp)
            subscriber.catchingUp = false;
          continue;
        }
        // Caught up, and the consumer took every event pulled so far: from here the tail pushes.
        if (requestedSink) subscriber.sink = requestedSink;
        await new Promise<void>((resolve) => (subscriber.wake = resolve));
        subscriber.wake = null;
      }
    };

    return {
      next,
      pushTo(sink) {
        requestedSink = sink;
      },
      return: async () => {
        this.end(subscriber);
        return done;
      },
      throw: async (error: unknown) => {
        this.end(subscriber);
        throw error;
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }
}
