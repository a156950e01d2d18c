import { fireEvent, render, screen, within } from "@testing-library/svelte";
import { tick } from "svelte";
import { describe, expect, test } from "vitest";
import { correlationSentence, type FunnelCorrelation } from "./correlation-words.ts";
import {
  draftProblems,
  emptyDraft,
  emptyExclusion,
  type FunnelDraft,
  funnelInputOf,
  moveStep,
} from "./funnel-draft.ts";
import StepBuilder from "./StepBuilder.svelte";

/** The builder edits the draft it is given in place (a bound prop), so the test reads that draft. */
function renderBuilder(campaigns: Array<{ id: string; name: string }> = []) {
  const props = $state({ draft: emptyDraft(), campaigns });
  render(StepBuilder, { props });
  return props;
}

const stepList = (step: number, list: string) =>
  screen.getByRole("group", { name: `Step ${step} ${list}` });

/** Picks an option of a select as a person does: the option becomes selected, then the select reports the change. */
async function choose(label: string, value: string) {
  const select = screen.getByLabelText(label) as HTMLSelectElement;
  for (const option of select.options) option.selected = option.value === value;
  await fireEvent.change(select);
}

describe("the funnel step builder", () => {
  test("picking values per step builds the API's input, with empty lists left out and steps named by what they match", async () => {
    const state = renderBuilder([{ id: "Q2FtcGFpZ246MQ==", name: "Webinar invite" }]);
    await fireEvent.click(within(stepList(1, "Touchpoint")).getByLabelText("email click"));
    await fireEvent.click(within(stepList(1, "Campaign")).getByLabelText("Webinar invite"));
    await fireEvent.click(within(stepList(2, "Channel")).getByLabelText("forum"));
    await fireEvent.click(within(stepList(2, "Intent")).getByLabelText("question"));
    await fireEvent.input(screen.getByLabelText("Step 2 name"), {
      target: { value: "Asked in the forum" },
    });
    await fireEvent.input(screen.getByLabelText("Window in days"), { target: { value: "14" } });
    await fireEvent.click(
      within(screen.getByRole("group", { name: "Order" })).getByLabelText(
        "In this order, nothing in between",
      ),
    );

    expect(draftProblems(state.draft)).toEqual([]);
    expect(
      funnelInputOf(state.draft, (id) => (id === "Q2FtcGFpZ246MQ==" ? "Webinar invite" : id)),
    ).toEqual({
      steps: [
        {
          name: "Touchpoint: email click · Campaign: Webinar invite",
          where: { touchpointKinds: ["EMAIL_CLICK"], campaignIds: ["Q2FtcGFpZ246MQ=="] },
        },
        { name: "Asked in the forum", where: { channels: ["FORUM"], intents: ["QUESTION"] } },
      ],
      windowSeconds: 14 * 86_400,
      order: "STRICT",
    });
  });

  test("unticking a value removes it again", async () => {
    const state = renderBuilder();
    const forum = within(stepList(1, "Channel")).getByLabelText("forum");
    await fireEvent.click(forum);
    await fireEvent.click(within(stepList(1, "Channel")).getByLabelText("email"));
    await fireEvent.click(forum);
    expect(state.draft.steps[0]!.channels).toEqual(["EMAIL"]);
  });

  test("steps can be added, moved and removed, never below two", async () => {
    const state = renderBuilder();
    await fireEvent.click(within(stepList(1, "Stage reached")).getByLabelText("MQL"));
    await fireEvent.click(screen.getByRole("button", { name: "Add a step" }));
    await fireEvent.click(within(stepList(3, "Stage reached")).getByLabelText("Customer"));
    expect(screen.getAllByTestId("step")).toHaveLength(3);

    await fireEvent.click(screen.getByRole("button", { name: "Move step 3 up" }));
    expect(state.draft.steps.map((step) => step.lifecycleStages)).toEqual([
      ["MQL"],
      ["CUSTOMER"],
      [],
    ]);

    await fireEvent.click(screen.getByRole("button", { name: "Remove step 3" }));
    expect(screen.getAllByTestId("step")).toHaveLength(2);
    expect(
      (screen.getByRole("button", { name: "Remove step 1" }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect(
      (screen.getByRole("button", { name: "Move step 1 up" }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  test("a draft that the API would refuse or that matches everything says why", () => {
    const draft: FunnelDraft = { ...emptyDraft(), windowDays: 400 };
    draft.steps[0] = { ...draft.steps[0]!, kinds: ["MESSAGE"] };
    expect(draftProblems(draft)).toEqual([
      "The window must be more than 0 and at most 366 days.",
      "Step 2 matches any activity: pick at least one value.",
    ]);
    expect(draftProblems({ ...draft, windowDays: 1, steps: [draft.steps[0]!] })).toEqual([
      "A funnel needs at least 2 steps.",
    ]);
  });

  test("a breakdown goes to the API only when one is picked", () => {
    const draft: FunnelDraft = { ...emptyDraft(), breakdown: "FIRST_TOUCH_CAMPAIGN" };
    expect(funnelInputOf(draft).breakdown).toEqual({ by: "FIRST_TOUCH_CAMPAIGN" });
    expect("breakdown" in funnelInputOf(emptyDraft())).toBe(false);
  });

  test("exclusions, dates, deal and source fields and where a breakdown is read go into the API's input", async () => {
    const state = renderBuilder();
    await fireEvent.click(within(stepList(1, "Touchpoint")).getByLabelText("email click"));
    await fireEvent.input(screen.getByLabelText("Step 1 Source"), {
      target: { value: "mailchimp, hubspot ," },
    });
    await fireEvent.click(within(stepList(2, "Deal became")).getByLabelText("won"));
    await fireEvent.input(screen.getByLabelText("Step 2 Deal entered stage"), {
      target: { value: "closed won" },
    });
    await fireEvent.click(screen.getByRole("button", { name: "Add a step" }));
    await fireEvent.click(within(stepList(3, "Stage reached")).getByLabelText("Customer"));
    await fireEvent.click(screen.getByRole("button", { name: "Add an exclusion" }));
    await fireEvent.click(
      within(screen.getByRole("group", { name: "Exclusion 1 Channel" })).getByLabelText(
        "support ticket",
      ),
    );
    await choose("Exclusion 1 after step", "1");
    await fireEvent.input(screen.getByLabelText("First step from"), {
      target: { value: "2026-09-01" },
    });
    await fireEvent.input(screen.getByLabelText("First step through"), {
      target: { value: "2026-09-30" },
    });
    // jsdom does not report these selects' picks to Svelte (Chromium does: tests/browser/funnels.test.ts), so the draft is set.
    state.draft.breakdown = "CHANNEL";
    await tick();
    expect(screen.getByLabelText("Breakdown read at")).toBeTruthy();
    state.draft.breakdownAttribution = "STEP";
    await tick();
    expect(screen.getByLabelText("Breakdown step")).toBeTruthy();
    state.draft.breakdownStep = 2;

    expect(draftProblems(state.draft)).toEqual([]);
    const input = funnelInputOf(state.draft);
    expect(input.steps.map((step) => step.where)).toEqual([
      { touchpointKinds: ["EMAIL_CLICK"], sources: ["mailchimp", "hubspot"] },
      { dealStatuses: ["WON"], dealStages: ["closed won"] },
      { lifecycleStages: ["CUSTOMER"] },
    ]);
    expect(input.exclusions).toEqual([
      { where: { channels: ["SUPPORT_TICKET"] }, afterStep: 1, beforeStep: 3 },
    ]);
    expect(input.from).toBe("2026-09-01T00:00:00.000Z");
    expect(input.to).toBe("2026-10-01T00:00:00.000Z");
    expect(input.breakdown).toEqual({ by: "CHANNEL", attribution: "STEP", step: 2 });
  });

  test("an exclusion needs an order, two steps around it and something to match", () => {
    const draft: FunnelDraft = {
      ...emptyDraft(),
      order: "ANY_ORDER",
      exclusions: [{ ...emptyExclusion(2), afterStep: 2, beforeStep: 2 }],
    };
    draft.steps = draft.steps.map((step) => ({ ...step, kinds: ["MESSAGE"] }));
    expect(draftProblems(draft)).toEqual([
      "Exclusions need an order between steps: pick one of the ordered kinds.",
      "Exclusion 1 must lie between an earlier step and a later one.",
      "Exclusion 1 matches any activity: pick at least one value.",
    ]);
  });

  test("moving a step past either end changes nothing", () => {
    const steps = emptyDraft().steps;
    expect(moveStep(steps, 0, -1)).toBe(steps);
    expect(moveStep(steps, 1, 1)).toBe(steps);
  });
});

describe("correlations in words", () => {
  const correlation = (overrides: Partial<FunnelCorrelation>): FunnelCorrelation => ({
    kind: "intent",
    value: "question",
    label: "question",
    oddsRatio: 9,
    lower95: 1.5,
    upper95: 50,
    convertedWith: 6,
    droppedWith: 4,
    convertedWithout: 2,
    droppedWithout: 8,
    ...overrides,
  });

  test("say how much more often people with it converted, as the rate with it over the rate without", () => {
    expect(correlationSentence(correlation({}))).toBe(
      "People who asked a question converted 3.0x as often (6 of 10).",
    );
    expect(
      correlationSentence(
        correlation({
          kind: "channel",
          label: "forum",
          convertedWith: 1,
          droppedWith: 9,
          convertedWithout: 5,
          droppedWithout: 5,
        }),
      ),
    ).toBe("People active on forum converted 5.0x less often (1 of 10).");
  });

  test("say so plainly when none of the people with it converted, not as infinitely less often", () => {
    expect(
      correlationSentence(
        correlation({
          kind: "intent",
          label: "problem",
          convertedWith: 0,
          droppedWith: 1,
          convertedWithout: 1,
          droppedWithout: 2,
        }),
      ),
    ).toBe(
      "People who reported a problem: none of them converted (0 of 1), against 33.3% of the others.",
    );
  });

  test("say so plainly when no one without it converted, or everyone had it", () => {
    expect(
      correlationSentence(
        correlation({ kind: "organization", label: "Acme", convertedWithout: 0 }),
      ),
    ).toBe("People at Acme converted (6 of 10); no one without it did.");
    expect(
      correlationSentence(
        correlation({ kind: "source", label: "hubspot", convertedWithout: 0, droppedWithout: 0 }),
      ),
    ).toBe("People with activity from hubspot converted 6 of 10; everyone who entered had it.");
  });
});
