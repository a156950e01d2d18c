// The one writer of `next` frames. A subscription's results reach its socket by two paths:
// graphql-ws' own per-subscription loop (the backlog, recomputed overviews and funnels) and the
// fan-out (fan-out.ts: live events once the backlog is read). Both write a frame as its head
// (`{"id":…,"type":"next","payload":`: made once per subscription by the fan-out, once per message
// on graphql-ws' path, which names the operation only in the message) and the payload's JSON with
// the closing brace, made once per result and shared by every subscriber that got the same result
// (shared-execution.ts), so a subscriber cannot tell by the bytes which path a frame took.
import type { ExecutionResult } from "graphql";
import { MessageType } from "graphql-ws";
import { maskError } from "../errors.ts";

/** The payload of each result as a frame's tail (payload JSON and the closing brace), made once. */
const payloadBytes = new WeakMap<ExecutionResult, Buffer>();

/** Everything of a `next` frame before its payload. */
export function nextFrameHead(operationId: string): Buffer {
  return Buffer.from(
    `{"id":${JSON.stringify(operationId)},"type":"${MessageType.Next}","payload":`,
  );
}

/** A `next` frame: `head` from nextFrameHead and the result as its payload. */
export function nextFrame(head: Buffer, result: ExecutionResult): Buffer {
  return Buffer.concat([head, framePayload(result)]);
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
 * graphql-ws' hooks that route its `next` frames through nextFrame. `onNext` hands graphql-ws the
 * result itself as the payload (instead of its copy with the errors already serialized), the
 * `jsonMessageReplacer` takes a `next` message's frame from nextFrame and leaves graphql-ws a
 * one-character stand-in to serialize, and `frame` puts the frame back in place of the stand-in on
 * its way to the socket. graphql-ws serializes a message and sends it in one synchronous step, so
 * one pending frame is enough; `frame` must see every message graphql-ws sends, and gives back
 * anything but the stand-in (errors, complete, pong) as it came.
 */
export function graphqlWsNextFrames(): {
  onNext: (...args: [unknown, string, unknown, unknown, ExecutionResult]) => ExecutionResult;
  jsonMessageReplacer: (key: string, value: unknown) => unknown;
  frame: (text: string) => string | Buffer;
} {
  let pending: Buffer | null = null;
  // What graphql-ws serializes a `next` message to: no other message it sends is a bare number.
  const standIn = 0;
  return {
    onNext: (_ctx, _id, _payload, _args, result) => result,
    jsonMessageReplacer(key, value) {
      if (key !== "" || !isNextMessage(value)) return value;
      pending = nextFrame(nextFrameHead(value.id), value.payload);
      return standIn;
    },
    frame(text) {
      const frame = pending;
      pending = null;
      return frame !== null && text === String(standIn) ? frame : text;
    },
  };
}

function isNextMessage(
  value: unknown,
): value is { id: string; type: MessageType.Next; payload: ExecutionResult } {
  return (
    typeof value === "object" && value !== null && (value as { type?: unknown }).type === "next"
  );
}
