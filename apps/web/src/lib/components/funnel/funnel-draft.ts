import { formatStage, humanize } from "$lib/format.ts";
import type {
  ActivityFilter,
  ActivityKind,
  Channel,
  DealStatus,
  FunnelBreakdownAttribution,
  FunnelBreakdownBy,
  FunnelInput,
  FunnelOrder,
  Intent,
  LifecycleStage,
  TouchpointKind,
} from "$lib/graphql/graphql.ts";
import { channels } from "../feed/messages.ts";

/**
 * A funnel as the builder edits it: per step (and per exclusion), the values picked in each list.
 * It becomes the API's FunnelInput only through `funnelInputOf`, which is where the builder's
 * rules live.
 */
export interface FilterDraft {
  kinds: ActivityKind[];
  touchpointKinds: TouchpointKind[];
  campaignIds: string[];
  channels: Channel[];
  intents: Intent[];
  lifecycleStages: LifecycleStage[];
  dealStatuses: DealStatus[];
  /** Typed rather than picked (deal stages and sources are the CRM's own names), comma-separated. */
  dealStages: string;
  sources: string;
}

export interface StepDraft extends FilterDraft {
  name: string;
}

/** Voids an attempt with an activity matching `where` strictly between steps afterStep and beforeStep. */
export interface ExclusionDraft {
  where: FilterDraft;
  afterStep: number;
  beforeStep: number;
}

export interface FunnelDraft {
  steps: StepDraft[];
  windowDays: number;
  order: FunnelOrder;
  /** First steps from this day through `to` (yyyy-mm-dd, UTC, both included), or "" for no bound. */
  from: string;
  to: string;
  exclusions: ExclusionDraft[];
  /** Split every step's counts by this. */
  breakdown: FunnelBreakdownBy | null;
  /** For an activity's attribute: which step's activity it is read from. */
  breakdownAttribution: FunnelBreakdownAttribution;
  breakdownStep: number;
}

/** The lists a step picks values from, and what the builder calls them. */
export type PickList = Exclude<keyof FilterDraft, TextList>;
/** The lists a step types values into. */
export type TextList = "dealStages" | "sources";

// Records rather than arrays, so a value added to the schema is a type error here until it is listed.
const kindOrder: Record<ActivityKind, true> = {
  TOUCHPOINT: true,
  MESSAGE: true,
  STAGE_CHANGE: true,
  DEAL_CHANGE: true,
  MEMBERSHIP: true,
};
const touchpointKindOrder: Record<TouchpointKind, true> = {
  EMAIL_SENT: true,
  EMAIL_OPEN: true,
  EMAIL_CLICK: true,
  AD_CLICK: true,
  PAGE_VISIT: true,
  FORM_FILL: true,
  WEBINAR: true,
  EVENT: true,
};
const intentOrder: Record<Intent, true> = {
  QUESTION: true,
  PROBLEM: true,
  IDEA: true,
  PRAISE: true,
  OTHER: true,
};
const stageOrder: Record<LifecycleStage, true> = {
  SUBSCRIBER: true,
  LEAD: true,
  MQL: true,
  SQL: true,
  OPPORTUNITY: true,
  CUSTOMER: true,
  EVANGELIST: true,
  OTHER: true,
};
const dealStatusOrder: Record<DealStatus, true> = { OPEN: true, WON: true, LOST: true };

/** The fixed choices of each list; campaigns come from the API. */
export const choices = {
  kinds: Object.keys(kindOrder) as ActivityKind[],
  touchpointKinds: Object.keys(touchpointKindOrder) as TouchpointKind[],
  channels,
  intents: Object.keys(intentOrder) as Intent[],
  lifecycleStages: Object.keys(stageOrder) as LifecycleStage[],
  dealStatuses: Object.keys(dealStatusOrder) as DealStatus[],
};

const breakdownLabels: Record<FunnelBreakdownBy, string> = {
  FIRST_TOUCH_CHANNEL: "First-touch channel",
  FIRST_TOUCH_CAMPAIGN: "First-touch campaign",
  ORGANIZATION: "Organization",
  LIFECYCLE_STAGE: "Current stage",
  SOURCE: "Source of a step's activity",
  CHANNEL: "Channel of a step's activity",
  CAMPAIGN: "Campaign of a step's activity",
  COMMUNITY: "Community of a step's activity",
};
export const breakdowns = Object.entries(breakdownLabels) as Array<[FunnelBreakdownBy, string]>;
/** Breakdowns read from the activity at one step, which `breakdownAttribution` names; the others are the person's. */
export const activityBreakdowns = new Set<FunnelBreakdownBy>([
  "SOURCE",
  "CHANNEL",
  "CAMPAIGN",
  "COMMUNITY",
]);

export const pickListLabels: Record<PickList, string> = {
  kinds: "Activity",
  touchpointKinds: "Touchpoint",
  campaignIds: "Campaign",
  channels: "Channel",
  intents: "Intent",
  lifecycleStages: "Stage reached",
  dealStatuses: "Deal became",
};

export const textListLabels: Record<TextList, string> = {
  dealStages: "Deal entered stage",
  sources: "Source",
};

/** The values typed into a text list: comma-separated, trimmed, empty ones left out. */
export function textValues(text: string): string[] {
  return text
    .split(",")
    .map((value) => value.trim())
    .filter((value) => value.length > 0);
}

/** The API's bounds (README "Funnels and attribution"): 2 to 20 steps, a window of 1 s to 366 days. */
export const MIN_STEPS = 2;
export const MAX_STEPS = 20;
export const MAX_WINDOW_DAYS = 366;

export function emptyFilter(): FilterDraft {
  return {
    kinds: [],
    touchpointKinds: [],
    campaignIds: [],
    channels: [],
    intents: [],
    lifecycleStages: [],
    dealStatuses: [],
    dealStages: "",
    sources: "",
  };
}

export function emptyStep(): StepDraft {
  return { name: "", ...emptyFilter() };
}

export function emptyDraft(): FunnelDraft {
  return {
    steps: [emptyStep(), emptyStep()],
    windowDays: 30,
    order: "ORDERED",
    from: "",
    to: "",
    exclusions: [],
    breakdown: null,
    breakdownAttribution: "FIRST_STEP",
    breakdownStep: 1,
  };
}

/** An exclusion between the last two steps, matching nothing yet. */
export function emptyExclusion(stepCount: number): ExclusionDraft {
  return {
    where: emptyFilter(),
    afterStep: Math.max(1, stepCount - 1),
    beforeStep: Math.max(2, stepCount),
  };
}

/** Adds or removes one value of one list of a step or an exclusion. */
export function toggle<Filter extends FilterDraft, List extends PickList>(
  filter: Filter,
  list: List,
  value: FilterDraft[List][number],
): Filter {
  const values = filter[list] as string[];
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  return { ...filter, [list]: next };
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
export function describeStep(
  step: FilterDraft,
  campaignName: (id: string) => string = (id) => id,
): string {
  const parts = (Object.keys(pickListLabels) as PickList[])
    .filter((list) => step[list].length > 0)
    .map((list) => {
      const values =
        list === "campaignIds"
          ? step.campaignIds.map(campaignName)
          : (step[list] as string[]).map((value) => formatChoice(list, value));
      return `${pickListLabels[list]}: ${values.join(" or ")}`;
    });
  for (const list of Object.keys(textListLabels) as TextList[]) {
    const values = textValues(step[list]);
    if (values.length) parts.push(`${textListLabels[list]}: ${values.join(" or ")}`);
  }
  return parts.length ? parts.join(" · ") : "Any activity";
}

const matchesAnything = (filter: FilterDraft) =>
  (Object.keys(pickListLabels) as PickList[]).every((list) => filter[list].length === 0) &&
  (Object.keys(textListLabels) as TextList[]).every(
    (list) => textValues(filter[list]).length === 0,
  );

/** How the builder shows one value of a list: EMAIL_CLICK → "email click", MQL → "MQL". */
export function formatChoice(list: PickList, value: string): string {
  return list === "lifecycleStages" ? formatStage(value) : humanize(value);
}

/** Why the draft cannot be run yet, one reason per problem; empty when it can. */
export function draftProblems(draft: FunnelDraft): string[] {
  const problems: string[] = [];
  if (draft.steps.length < MIN_STEPS) problems.push(`A funnel needs at least ${MIN_STEPS} steps.`);
  if (draft.steps.length > MAX_STEPS) problems.push(`A funnel has at most ${MAX_STEPS} steps.`);
  if (
    !Number.isFinite(draft.windowDays) ||
    draft.windowDays <= 0 ||
    draft.windowDays > MAX_WINDOW_DAYS
  ) {
    problems.push(`The window must be more than 0 and at most ${MAX_WINDOW_DAYS} days.`);
  }
  draft.steps.forEach((step, i) => {
    // An empty filter matches every activity: legal for the API, but never what someone building a funnel meant.
    if (matchesAnything(step))
      problems.push(`Step ${i + 1} matches any activity: pick at least one value.`);
  });
  if (draft.exclusions.length > 0 && draft.order === "ANY_ORDER")
    problems.push("Exclusions need an order between steps: pick one of the ordered kinds.");
  draft.exclusions.forEach((exclusion, i) => {
    if (
      !(
        exclusion.afterStep >= 1 &&
        exclusion.afterStep < exclusion.beforeStep &&
        exclusion.beforeStep <= draft.steps.length
      )
    ) {
      problems.push(`Exclusion ${i + 1} must lie between an earlier step and a later one.`);
    }
    if (matchesAnything(exclusion.where))
      problems.push(`Exclusion ${i + 1} matches any activity: pick at least one value.`);
  });
  if (draft.from && draft.to && draft.to < draft.from)
    problems.push("The last day must not come before the first.");
  const needsStep =
    draft.breakdown &&
    activityBreakdowns.has(draft.breakdown) &&
    draft.breakdownAttribution === "STEP";
  if (needsStep && !(draft.breakdownStep >= 1 && draft.breakdownStep <= draft.steps.length)) {
    problems.push(`The breakdown's step must be one of the ${draft.steps.length} steps.`);
  }
  return problems;
}

/** The API's filter: empty lists left out. */
function whereOf(filter: FilterDraft): ActivityFilter {
  const where: Record<string, string[]> = {};
  for (const list of Object.keys(pickListLabels) as PickList[])
    if (filter[list].length) where[list] = [...filter[list]];
  for (const list of Object.keys(textListLabels) as TextList[]) {
    const values = textValues(filter[list]);
    if (values.length) where[list] = values;
  }
  return where;
}

function breakdownOf(draft: FunnelDraft): FunnelInput["breakdown"] {
  if (!draft.breakdown) return undefined;
  if (!activityBreakdowns.has(draft.breakdown) || draft.breakdownAttribution === "FIRST_STEP")
    return { by: draft.breakdown };
  if (draft.breakdownAttribution === "LAST_STEP")
    return { by: draft.breakdown, attribution: "LAST_STEP" };
  return { by: draft.breakdown, attribution: "STEP", step: draft.breakdownStep };
}

/** The API's input for a draft without problems: empty lists left out, unnamed steps named by what they match. */
export function funnelInputOf(
  draft: FunnelDraft,
  campaignName?: (id: string) => string,
): FunnelInput {
  const breakdown = breakdownOf(draft);
  return {
    steps: draft.steps.map((step) => ({
      name: step.name.trim() || describeStep(step, campaignName),
      where: whereOf(step),
    })),
    windowSeconds: Math.round(draft.windowDays * 86_400),
    order: draft.order,
    ...(draft.from ? { from: `${draft.from}T00:00:00.000Z` } : {}),
    // The API's `to` is exclusive: the day after the last day picked.
    ...(draft.to
      ? { to: new Date(Date.parse(`${draft.to}T00:00:00.000Z`) + 86_400_000).toISOString() }
      : {}),
    ...(draft.exclusions.length
      ? {
          exclusions: draft.exclusions.map((exclusion) => ({
            where: whereOf(exclusion.where),
            afterStep: exclusion.afterStep,
            beforeStep: exclusion.beforeStep,
          })),
        }
      : {}),
    ...(breakdown ? { breakdown } : {}),
  };
}
