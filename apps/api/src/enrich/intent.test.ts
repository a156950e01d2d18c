import { describe, expect, it } from "vitest";
import { readIntentSet } from "../../eval/enrich/eval-sets.ts";
import { classifyIntent } from "./intent.ts";

describe("classifyIntent", () => {
  it("recognises each kind of post", () => {
    expect(classifyIntent("how do I export contacts?")).toBe("question");
    expect(classifyIntent("the app crashes every time I open the camera")).toBe("problem");
    expect(classifyIntent("it would be great if you added dark mode")).toBe("idea");
    expect(classifyIntent("love the new release!")).toBe("praise");
    expect(classifyIntent("heading to the meetup in Berlin tomorrow")).toBe("other");
  });

  it("treats a question about something broken as a problem", () => {
    expect(classifyIntent("my washer is broken, how do I get a refund?")).toBe("problem");
    expect(classifyIntent("why does my laptop keep overheating?")).toBe("problem");
    expect(classifyIntent("can't log in, anyone else?")).toBe("problem");
  });

  it("treats a suggestion phrased as a question or as praise as an idea", () => {
    expect(classifyIntent("could you add a widget for the home screen?")).toBe("idea");
    expect(classifyIntent("how about adding bulk edit?")).toBe("idea");
    expect(classifyIntent("love the app, please add an export to PDF")).toBe("idea");
  });

  it("reads a thank-you for a fix as praise, unless it is still broken", () => {
    expect(classifyIntent("thank you for fixing the sync bug so quickly!")).toBe("praise");
    expect(classifyIntent("thanks, but the sync bug is still not fixed")).toBe("problem");
  });

  it("asks about refunds without reporting a problem", () => {
    expect(classifyIntent("How long does a refund usually take?")).toBe("question");
  });

  it("reports complaints without failure words as problems", () => {
    expect(classifyIntent("the coffee was cold and the barista was rude")).toBe("problem");
    expect(classifyIntent("still waiting on my refund, 3 weeks now")).toBe("problem");
  });

  it("treats questions without a question mark as questions", () => {
    expect(classifyIntent("is there a keyboard shortcut for archiving")).toBe("question");
    expect(classifyIntent("anyone know if they ship to Canada")).toBe("question");
  });

  it("does not mistake greetings or empty text for praise", () => {
    expect(classifyIntent("good morning everyone ☀️")).toBe("other");
    expect(classifyIntent("")).toBe("other");
    expect(classifyIntent("👀")).toBe("other");
  });

  it("uses a sentiment score the caller already has", () => {
    expect(classifyIntent("the new dashboard", 0.9)).toBe("praise");
    expect(classifyIntent("the new dashboard", 0)).toBe("other");
  });

  it("agrees with the hand-labelled evaluation set", () => {
    const examples = readIntentSet();
    const correct = examples.filter(({ text, intent }) => classifyIntent(text) === intent).length;
    expect(correct / examples.length).toBeGreaterThanOrEqual(0.85);
  });
});
