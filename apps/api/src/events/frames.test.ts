import { GraphQLError } from "graphql";
import { describe, expect, test } from "vitest";
import { graphqlWsNextFrames, nextFrame, nextFrameHead } from "./frames.ts";

/** What graphql-ws does with a message: serialize it with the replacer, then hand it to `send`. */
function sent(frames: ReturnType<typeof graphqlWsNextFrames>, message: object): string {
  return String(frames.frame(JSON.stringify(message, frames.jsonMessageReplacer)));
}

describe("graphql-ws' frames go through the one writer", () => {
  test("a next message is the writer's frame, the same bytes as JSON of the message", () => {
    const frames = graphqlWsNextFrames();
    const result = { data: { events: { cursor: "1:2", payload: { text: 'é "q"' } } } };
    const text = sent(frames, { id: "op 1", type: "next", payload: result });
    expect(text).toBe(String(nextFrame(nextFrameHead("op 1"), result)));
    expect(text).toBe(JSON.stringify({ id: "op 1", type: "next", payload: result }));
  });

  test("errors are written as graphql-ws writes them, with the masked message", () => {
    const frames = graphqlWsNextFrames();
    const error = new GraphQLError("Person 7 not found", {
      path: ["person"],
      extensions: { code: "NOT_FOUND" },
    });
    const text = sent(frames, { id: "e", type: "next", payload: { data: null, errors: [error] } });
    expect(JSON.parse(text)).toEqual({
      id: "e",
      type: "next",
      payload: { data: null, errors: [error.toJSON()] },
    });
  });

  test("other messages pass as they are, and a frame never sent does not stand in for the next message", () => {
    const frames = graphqlWsNextFrames();
    // A next message serialized for a socket that closed before its frame was taken.
    JSON.stringify({ id: "gone", type: "next", payload: { data: {} } }, frames.jsonMessageReplacer);
    const complete = JSON.stringify({ id: "other", type: "complete" });
    expect(sent(frames, { id: "other", type: "complete" })).toBe(complete);
    expect(String(frames.frame(complete))).toBe(complete);
  });
});
