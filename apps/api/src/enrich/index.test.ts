import { describe, expect, it } from "vitest";
import { compileBrandMatcher, enrichMessage } from "./index.ts";

describe("enrichMessage", () => {
  it("combines sentiment, intent and brand mentions", () => {
    const matcher = compileBrandMatcher([{ id: "acme", name: "Acme", kind: "own", terms: [] }]);
    const enrichment = enrichMessage("my Acme washer is broken, how do I get a refund?", matcher);
    expect(enrichment.sentiment).toBeLessThan(0);
    expect(enrichment.intent).toBe("problem");
    expect(enrichment.mentions).toEqual([{ brandId: "acme", term: "Acme", index: 3 }]);
  });

  it("reports no mentions without a matcher", () => {
    expect(enrichMessage("love the new Acme release!")).toMatchObject({
      intent: "praise",
      mentions: [],
    });
  });
});
