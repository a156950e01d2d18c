import type { ActivityKind, Channel, FunnelBreakdownBy, FunnelInput, FunnelOrder, Intent, LifecycleStage, TouchpointKind } from "$lib/graphql/graphql.ts";
import { formatStage, humanize } from "$lib/format.ts";
import { channels } from "../feed/messages.ts";

/**
 * A funnel as the builder edits it: per step, the values picked in each list. It becomes the API's
 * FunnelInput only through `funnelInputOf`, which is where the builder's rules live.
 */
export interface StepDraft {
  name: string;
  kinds: ActivityKind[];
  touchpointKinds: TouchpointKind[];
  campaignIds: string[];
  channels: Channel[];
  intents: Intent[];
  lifecycleStages: LifecycleStage[];
}

export interface FunnelDraft {
  steps: StepDraft[];
  windowDays: number;
  order: FunnelOrder;
  /** Split every step's counts by this (read from the first step's activity for activity attributes). */
  breakdown: FunnelBreakdownBy | null;
}

/** The lists a step can pick from, and what the builder calls them. */
export type PickList = Exclude<keyof StepDraft, "name">;

// Records rather than arrays, so a value added to the schema is a type error here until it is listed.
const kindOrder: Record<ActivityKind, true> = { TOUCHPOINT: true, MESSAGE: true, STAGE_CHANGE: true, DEAL_CHANGE: true, MEMBERSHIP: true };
const touchpointKindOrder: Record<TouchpointKind, true> = {
  EMAIL_SENT: true, EMAIL_OPEN: true, EMAIL_CLICK: true, AD_CLICK: true, PAGE_VISIT: true, FORM_FILL: true, WEBINAR: true, EVENT: true,
};
const intentOrder: Record<Intent, true> = { QUESTION: true, PROBLEM: true, IDEA: true, PRAISE: true, OTHER: true };
const stageOrder: Record<LifecycleStage, true> = {
  SUBSCRIBER: true, LEAD: true, MQL: true, SQL: true, OPPORTUNITY: true, CUSTOMER: true, EVANGELIST: true, OTHER: true,
};

/** The fixed choices of each list; campaigns come from the API. */
export const choices = {
  kinds: Object.keys(kindOrder) as ActivityKind[],
  touchpointKinds: Object.keys(touchpointKindOrder) as TouchpointKind[],
  channels,
  intents: Object.keys(intentOrder) as Intent[],
  lifecycleStages: Object.keys(stageOrder) as LifecycleStage[],
};

const breakdownLabels: Record<FunnelBreakdownBy, string> = {
  FIRST_TOUCH_CHANNEL: "First-touch channel",
  FIRST_TOUCH_CAMPAIGN: "First-touch campaign",
  ORGANIZATION: "Organization",
  LIFECYCLE_STAGE: "Current stage",
  SOURCE: "Source of the first step",
  CHANNEL: "Channel of the first step",
  CAMPAIGN: "Campaign of the first step",
  COMMUNITY: "Community of the first step",
};
export const breakdowns = Object.entries(breakdownLabels) as Array<[FunnelBreakdownBy, string]>;

export const pickListLabels: Record<PickList, string> = {
  kinds: "Activity",
  touchpointKinds: "Touchpoint",
  campaignIds: "Campaign",
  channels: "Channel",
  intents: "Intent",
  lifecycleStages: "Stage reached",
};

/** The API's bounds (README "Funnels and attribution"): 2 to 20 steps, a window of 1 s to 366 days. */
export const MIN_STEPS = 2;
export const MAX_STEPS = 20;
export const MAX_WINDOW_DAYS = 366;

export function emptyStep(): StepDraft {
  return { name: "", kinds: [], touchpointKinds: [], campaignIds: [], channels: [], intents: [], lifecycleStages: [] };
}

export function emptyDraft(): FunnelDraft {
  return { steps: [emptyStep(), emptyStep()], windowDays: 30, order: "ORDERED", breakdown: null };
}

/** Adds or removes one value of one list of a step. */
export function toggle<List extends PickList>(step: StepDraft, list: List, value: StepDraft[List][number]): StepDraft {
  const values = step[list] as string[];
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  return { ...step, [list]: next };
}

/** Moves a step up (-1) or down (+1); a move past either end leaves the steps as they are. */
export function moveStep(steps: StepDraft[], index: number, by: -1 | 1): StepDraft[] {
  const target = index + by;
  if (target < 0 || target >= steps.length) return steps;
  const next = [...steps];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** "Touchpoint: email click · Channel: forum", what a step without a name is called. */
export function describeStep(step: StepDraft, campaignName: (id: string) => string = (id) => id): string {
  const parts = (Object.keys(pickListLabels) as PickList[])
    .filter((list) => step[list].length > 0)
    .map((list) => {
      const values = list === "campaignIds" ? step.campaignIds.map(campaignName) : (step[list] as string[]).map((value) => formatChoice(list, value));
      return `${pickListLabels[list]}: ${values.join(" or ")}`;
    });
  return parts.length ? parts.join(" · ") : "Any activity";
}

/** How the builder shows one value of a list: EMAIL_CLICK → "email click", MQL → "MQL". */
export function formatChoice(list: PickList, value: string): string {
  return list === "lifecycleStages" ? formatStage(value) : humanize(value);
}

/** Why the draft cannot be run yet, one reason per problem; empty when it can. */
export function draftProblems(draft: FunnelDraft): string[] {
  const problems: string[] = [];
  if (draft.steps.length < MIN_STEPS) problems.push(`A funnel needs at least ${MIN_STEPS} steps.`);
  if (draft.steps.length > MAX_STEPS) problems.push(`A funnel has at most ${MAX_STEPS} steps.`);
  if (!Number.isFinite(draft.windowDays) || draft.windowDays <= 0 || draft.windowDays > MAX_WINDOW_DAYS) {
    problems.push(`The window must be more than 0 and at most ${MAX_WINDOW_DAYS} days.`);
  }
  draft.steps.forEach((step, i) => {
    // An empty filter matches every activity: legal for the API, but never what someone building a funnel meant.
    if ((Object.keys(pickListLabels) as PickList[]).every((list) => step[list].length === 0)) {
      problems.push(`Step ${i + 1} matches any activity: pick at least one value.`);
    }
  });
  return problems;
}

/** The API's input for a draft without problems: empty lists left out, unnamed steps named by what they match. */
export function funnelInputOf(draft: FunnelDraft, campaignName?: (id: string) => string): FunnelInput {
  return {
    steps: draft.steps.map((step) => {
      const where: Record<string, string[]> = {};
      for (const list of Object.keys(pickListLabels) as PickList[]) if (step[list].length) where[list] = [...step[list]];
      return { name: step.name.trim() || describeStep(step, campaignName), where };
    }),
    windowSeconds: Math.round(draft.windowDays * 86_400),
    order: draft.order,
    ...(draft.breakdown ? { breakdown: { by: draft.breakdown } } : {}),
  };
}
