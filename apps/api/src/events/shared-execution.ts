// Subscribers that asked the same thing share its work. Each subscriber keeps its own source
// stream (its cursor, backlog, filter and overflow are its own), but the selection set is executed
// once per event for all subscribers with the same document, variables and role, and the result is
// serialized once (frames.ts keeps each result's payload bytes): the tail hands the same immutable event object to every subscriber it reaches,
// which is what the executions are memoized on. Anything else a source yields (a backlog read from
// the database, a recomputed overview or funnel) is executed for its subscriber alone. Field rules depend only on the role (auth scopes, personal
// fields), so a viewer and an analyst never share a result.

import { RequestCache } from "@pothos/plugin-scope-auth";
import {
  createSourceEventStream,
  type ExecutionArgs,
  type ExecutionResult,
  execute,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import { executionKey } from "../execution-key.ts";
import type { DirectFrames } from "./fan-out.ts";
import { isLiveSubscription, isTailEvent } from "./live.ts";

/** Per event: the result for each (document, variables, role). Dropped with the event. */
const resultsOfEvent = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();
let unsharedCount = 0;

/** The key subscribers share a result by; one of its own for an execution no key can be written for. */
function sharingKey(args: ExecutionArgs): string {
  return executionKey(args) ?? `unshared\u0000${++unsharedCount}`;
}

function sharedResult(args: ExecutionArgs, key: string, event: unknown): Promise<ExecutionResult> {
  // What graphql-js does for each event (mapSourceToResponse), once per key instead of per subscriber.
  const run = async () => (await execute({ ...args, rootValue: event })) as ExecutionResult;
  if (!isTailEvent(event)) return run();
  let results = resultsOfEvent.get(event);
  if (!results) resultsOfEvent.set(event, (results = new Map()));
  let result = results.get(key);
  if (!result) results.set(key, (result = run()));
  return result;
}

/** Yoga/envelop plugin: subscriptions execute through sharedResult. */
export function useSharedSubscriptionExecution(): Plugin {
  return {
    onSubscribe({ setSubscribeFn }) {
      setSubscribeFn(async (args) => {
        const source = await createSourceEventStream(args);
        // Pothos' scope cache of this context (six Maps, about 1.3 KiB) served the subscribe step;
        // kept, it would stay as long as the subscription, idle or not. The execution of an event
        // builds it again when it runs with this context.
        RequestCache.clearForContext(args.contextValue);
        if (!(Symbol.asyncIterator in source)) return source as ExecutionResult;
        const iterator = source[Symbol.asyncIterator]();
        const key = sharingKey(args);
        // On a websocket, live events skip graphql-ws' per-subscriber loop once the backlog is read.
        const frames = (args.rootValue as { frames?: DirectFrames } | undefined)?.frames;
        if (frames && isLiveSubscription(iterator)) {
          iterator.pushTo(
            frames.fanOut.sink(frames.target, key, (event) => sharedResult(args, key, event)),
          );
        }
        return new SharedResultStream(iterator, args, key);
      });
    },
  };
}

/**
 * A subscription's results: a plain iterator, so that return() ends the source at once even while it
 * waits for an event. A class whose next() chains promises rather than awaiting: a live
 * subscription's last next() waits until it ends, and closures or an async function's frame would
 * be held that long by every idle subscriber.
 */
class SharedResultStream implements AsyncIterableIterator<ExecutionResult> {
  constructor(
    private readonly source: AsyncIterator<unknown>,
    private readonly args: ExecutionArgs,
    private readonly key: string,
  ) {}

  next(): Promise<IteratorResult<ExecutionResult>> {
    return this.source
      .next()
      .then((next) =>
        next.done
          ? next
          : sharedResult(this.args, this.key, next.value).then((value) => ({ done: false, value })),
      );
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    await this.source.return?.();
    return { done: true, value: undefined };
  }

  async throw(error: unknown): Promise<IteratorResult<ExecutionResult>> {
    await this.source.return?.();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
