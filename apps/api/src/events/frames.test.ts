import { type ExecutionResult, GraphQLError } from "graphql";
import { describe, expect, test } from "vitest";
import { graphqlWsNextFrames, nextFrame } from "./frames.ts";

type Frames = ReturnType<typeof graphqlWsNextFrames>;

/** What graphql-ws does with a `next` message: onNext's payload in the message, serialized, then handed to `send`. */
function sentNext(frames: Frames, id: string, result: ExecutionResult): string {
  const payload = frames.onNext(null, id, null, null, result);
  return String(frames.frame(JSON.stringify({ id, type: "next", payload })));
}

describe("graphql-ws' frames go through the one writer", () => {
  test("a next message is the writer's frame, the same bytes as JSON of the message", () => {
    const frames = graphqlWsNextFrames();
    const result = { data: { events: { cursor: "1:2", payload: { text: 'é "q"' } } } };
    const text = sentNext(frames, "op 1", result);
    expect(text).toBe(String(nextFrame("op 1", result)));
    expect(text).toBe(JSON.stringify({ id: "op 1", type: "next", payload: result }));
  });

  test("one result under one operation id is one Buffer, whoever sends it", () => {
    const result = { data: { n: 1 } };
    expect(nextFrame("1", result)).toBe(nextFrame("1", result));
    expect(String(nextFrame("2", result))).toBe(
      '{"id":"2","type":"next","payload":{"data":{"n":1}}}',
    );
  });

  test("errors are written as graphql-ws writes them, with the masked message", () => {
    const frames = graphqlWsNextFrames();
    const error = new GraphQLError("Person 7 not found", {
      path: ["person"],
      extensions: { code: "NOT_FOUND" },
    });
    const text = sentNext(frames, "e", { data: null, errors: [error] });
    expect(JSON.parse(text)).toEqual({
      id: "e",
      type: "next",
      payload: { data: null, errors: [error.toJSON()] },
    });
  });

  test("other messages pass as they are, and a frame never sent does not stand in for the next message", () => {
    const frames = graphqlWsNextFrames();
    // A next message serialized for a socket that closed before its frame was taken.
    JSON.stringify({
      id: "gone",
      type: "next",
      payload: frames.onNext(null, "gone", null, null, { data: {} }),
    });
    const complete = JSON.stringify({ id: "other", type: "complete" });
    expect(String(frames.frame(complete))).toBe(complete);
    // A message that merely looks like the stand-in (no pending frame) passes unchanged.
    const lookalike = '{"id":"x","type":"next","payload":0}';
    expect(String(frames.frame(lookalike))).toBe(lookalike);
  });
});
