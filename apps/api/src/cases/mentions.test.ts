import { describe, expect, it } from "vitest";
import { mentionedHandles } from "./mentions.ts";

describe("@mentions in case notes", () => {
  it("finds each handle once, lower-case, in order", () => {
    expect(mentionedHandles("@Sam can you call her? cc @lee_k and @sam again")).toEqual([
      "sam",
      "lee_k",
    ]);
  });

  it("ends a mention at punctuation that closes a sentence", () => {
    expect(mentionedHandles("Escalated to @ana.souza. Thanks, @bo-li!")).toEqual([
      "ana.souza",
      "bo-li",
    ]);
  });

  it("does not read an email address or a bare @ as a mention", () => {
    expect(mentionedHandles("write to ana@brightwave.io or @ or @@")).toEqual([]);
  });

  it("refuses handles longer than a teammate's handle may be", () => {
    expect(mentionedHandles(`@${"a".repeat(51)}`)).toEqual([]);
  });
});
