// The one writer of `next` frames. A subscription's results reach its socket by two paths:
// graphql-ws' own per-subscription loop (the backlog, recomputed overviews and funnels) and the
// fan-out (fan-out.ts: live events once the backlog is read). Both write a frame as its head
// (`{"id":…,"type":"next","payload":`) and the payload's JSON with the closing brace, serialized
// once per result; the whole frame is kept per result and operation id, so every subscriber that
// got the same result (shared-execution.ts) under the same id is sent the same Buffer, and a
// subscriber cannot tell by the bytes which path a frame took.
import type { ExecutionResult } from "graphql";
import { type FormattedExecutionResult, MessageType } from "graphql-ws";
import { maskError } from "../errors.ts";

/** The payload of each result as a frame's tail (payload JSON and the closing brace), made once. */
const payloadBytes = new WeakMap<ExecutionResult, Buffer>();
/** Each result's frames by operation id: clients that number their operations alike share one. */
const framesOfResult = new WeakMap<ExecutionResult, Map<string, Buffer>>();

/** The `next` frame of `result` for the operation `operationId`, made once per result and id. */
export function nextFrame(operationId: string, result: ExecutionResult): Buffer {
  let frames = framesOfResult.get(result);
  if (!frames) framesOfResult.set(result, (frames = new Map()));
  let frame = frames.get(operationId);
  if (!frame) {
    const head = `{"id":${JSON.stringify(operationId)},"type":"${MessageType.Next}","payload":`;
    frames.set(operationId, (frame = Buffer.concat([Buffer.from(head), framePayload(result)])));
  }
  return frame;
}

/**
 * Errors masked as Yoga masks the results it streams, since fan-out frames bypass its stream; an
 * error Yoga already masked comes out of maskError as it went in.
 */
function framePayload(result: ExecutionResult): Buffer {
  let bytes = payloadBytes.get(result);
  if (!bytes) {
    const { errors, ...rest } = result;
    const payload = errors?.length
      ? { ...rest, errors: errors.map((error) => maskError(error, "Unexpected error.").toJSON()) }
      : rest;
    bytes = Buffer.from(`${JSON.stringify(payload)}}`);
    payloadBytes.set(result, bytes);
  }
  return bytes;
}

/**
 * graphql-ws' hooks that route its `next` frames through nextFrame, without a JSON.stringify
 * replacer (which graphql-ws would call for every key of every message it sends). `onNext` hands
 * graphql-ws, as the message's payload, a stand-in whose toJSON takes the frame from nextFrame and
 * serializes to `0`; `frame` puts the frame back in place of the serialized message on its way to
 * the socket. graphql-ws serializes a message and sends it in one synchronous step, so one pending
 * frame is enough; `frame` must see every message graphql-ws sends, and gives back anything else
 * (errors, complete, pong) as it came.
 */
export function graphqlWsNextFrames(): {
  onNext: (
    ...args: [unknown, string, unknown, unknown, ExecutionResult]
  ) => FormattedExecutionResult;
  frame: (text: string) => string | Buffer;
} {
  let pending: { frame: Buffer; text: string } | null = null;
  return {
    // Typed as the result graphql-ws expects: it only checks that the payload is an object and serializes it.
    onNext: (_ctx, id, _payload, _args, result) =>
      ({
        toJSON() {
          // What the message serializes to with this stand-in as its payload: no other message is this text.
          pending = {
            frame: nextFrame(id, result),
            text: `{"id":${JSON.stringify(id)},"type":"${MessageType.Next}","payload":0}`,
          };
          return 0;
        },
      }) as FormattedExecutionResult,
    frame(text) {
      const taken = pending;
      pending = null;
      return taken !== null && text === taken.text ? taken.frame : text;
    },
  };
}
