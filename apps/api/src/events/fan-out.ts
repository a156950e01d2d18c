// The websocket hot path. Once a subscriber of the live tail has read its backlog, the tail pushes
// its events here instead of through graphql-ws' per-subscription loop (an async iterator, several
// promises and a JSON.stringify per subscriber per event). Events pushed in one tick are written
// together: per event and sharing key (document, variables, role) the selection set runs once
// (sharedResult), and each subscriber's `next` frame comes from frames.ts, the writer graphql-ws'
// own frames go through too: one Buffer per result and operation id, so subscribers of the same
// result under the same id are all sent the same bytes, with no copy per socket. graphql-ws still
// owns the protocol: subscribe, complete, errors, and the end of the subscription (the iterator it
// holds settles when the subscriber ends or lags too far).
import type { ExecutionResult } from "graphql";
import type { WebSocket } from "ws";
import { maskError } from "../errors.ts";
import { logger } from "../log.ts";
import type { EventCursor } from "./cursor.ts";
import { nextFrame } from "./frames.ts";
import type { LiveSink } from "./live.ts";
import type { LoggedEvent } from "./log.ts";

const log = logger("live");

/** Where a subscription's frames go: its socket and the id graphql-ws knows the operation by. */
export interface FrameTarget {
  socket: WebSocket;
  operationId: string;
}

/** How a subscription's result for an event is made: shared by every subscriber with the same key. */
export type ResultOf = (event: LoggedEvent) => Promise<ExecutionResult>;

/** What the websocket server hands a subscription (in its rootValue) so that its live frames come here. */
export interface DirectFrames {
  fanOut: FrameFanOut;
  target: FrameTarget;
}

/**
 * One subscription's sink. A class, not an object of closures: its methods are shared by every
 * subscriber, so an idle one holds only its fields.
 */
class Subscription implements LiveSink {
  /** Cursors of frames handed to the socket and not yet written out, oldest first. */
  readonly inFlight: EventCursor[] = [];
  lastDelivered: EventCursor | null = null;
  /** The send callback of every frame of this subscription. */
  readonly written = () => {
    this.lastDelivered = this.inFlight.shift() ?? this.lastDelivered;
  };

  constructor(
    private readonly fanOut: FrameFanOut,
    readonly target: FrameTarget,
    /** Subscriptions with the same key get the same result (shared-execution.ts). */
    readonly key: string,
    readonly resultOf: ResultOf,
  ) {}

  push(event: LoggedEvent): void {
    this.fanOut.push(event, this);
  }

  get pending(): number {
    return this.inFlight.length;
  }
}

export class FrameFanOut {
  /** Events pushed since the last flush, each with the subscriptions it goes to. */
  private batch = new Map<LoggedEvent, Subscription[]>();
  private scheduled = false;
  /** Batches are written one after another, so each subscriber's frames keep cursor order. */
  private writing: Promise<void> = Promise.resolve();

  /** A sink for one subscription of the tail, writing `next` frames to `target`. */
  sink(target: FrameTarget, key: string, resultOf: ResultOf): LiveSink {
    return new Subscription(this, target, key, resultOf);
  }

  /** Called by a subscription's sink as the tail pushes an event to it. */
  push(event: LoggedEvent, subscription: Subscription): void {
    let subscriptions = this.batch.get(event);
    if (!subscriptions) this.batch.set(event, (subscriptions = []));
    subscriptions.push(subscription);
    // Counted at once, so that the tail's bound on a subscriber's backlog sees frames still to write.
    subscription.inFlight.push(event.cursor);
    if (!this.scheduled) {
      this.scheduled = true;
      // After the tail's synchronous fan-out of a whole page: one batch for all of its events.
      queueMicrotask(() => this.flush());
    }
  }

  private flush(): void {
    const batch = this.batch;
    this.batch = new Map();
    this.scheduled = false;
    // Every execution of the batch starts now, once per event and key; frames are written in event order.
    const resultsByEvent = [...batch].map(([event, subscriptions]) => {
      const results = new Map<string, Promise<ExecutionResult>>();
      for (const subscription of subscriptions) {
        if (!results.has(subscription.key))
          results.set(subscription.key, settle(subscription.resultOf(event)));
      }
      return results;
    });
    this.writing = this.writing.then(async () => {
      let index = 0;
      for (const subscriptions of batch.values()) {
        const pending = resultsByEvent[index++]!;
        const results = new Map<string, ExecutionResult>();
        for (const [key, result] of pending) results.set(key, await result);
        // The frames of one event for all operations of a socket leave in one write (one system
        // call, the bulk of a frame's cost) instead of one each.
        const corked = new Set<Corkable>();
        for (const subscription of subscriptions) {
          try {
            const connection = connectionOf(subscription.target.socket);
            if (connection && !corked.has(connection)) {
              connection.cork();
              corked.add(connection);
            }
            write(subscription, results.get(subscription.key)!);
          } catch (error) {
            // One frame that cannot be written must not stop the frames after it.
            log.error({ err: error }, "writing a live frame failed");
            subscription.target.socket.close(4500, "Internal server error");
          }
        }
        for (const connection of corked) connection.uncork();
      }
    });
  }
}

interface Corkable {
  cork(): void;
  uncork(): void;
}

/**
 * The TCP socket under a websocket: ws keeps it as `_socket` and offers no cork of its own. Node
 * counts corks, so ws' own cork around each frame's header and data nests inside this one.
 */
function connectionOf(socket: WebSocket): Corkable | undefined {
  return (socket as unknown as { _socket?: Corkable })._socket;
}

/** A fault while executing is this event's error frame, masked, never a stalled fan-out. */
function settle(result: Promise<ExecutionResult>): Promise<ExecutionResult> {
  return result.catch((error: unknown) => ({ errors: [maskError(error, "Unexpected error.")] }));
}

const textFrame = { binary: false };

function write(subscription: Subscription, result: ExecutionResult): void {
  const { socket } = subscription.target;
  if (socket.readyState !== socket.OPEN) {
    subscription.inFlight.shift();
    return;
  }
  // A text frame, as graphql-ws sends. The callback costs little: node schedules the end of every
  // socket write, with or without one, and it tells the tail's backlog bound what is still queued.
  socket.send(nextFrame(subscription.target.operationId, result), textFrame, subscription.written);
}
