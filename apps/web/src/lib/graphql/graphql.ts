/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What a funnel step matches on the unified timeline: every field optional, all given fields must hold */
export type ActivityFilter = {
  /** Messages that mention one of these brands */
  brandIds?: Array<string | number> | null | undefined;
  /** Touchpoints of these campaigns */
  campaignIds?: Array<string | number> | null | undefined;
  /** Messages on these channels */
  channels?: Array<Channel> | null | undefined;
  /** Messages in these communities */
  communityIds?: Array<string | number> | null | undefined;
  /** A deal entered one of these stages */
  dealStages?: Array<string> | null | undefined;
  /** A deal became won, lost (or open) */
  dealStatuses?: Array<DealStatus> | null | undefined;
  /** Messages in these directions */
  directions?: Array<Direction> | null | undefined;
  /** Messages with these intents */
  intents?: Array<Intent> | null | undefined;
  kinds?: Array<ActivityKind> | null | undefined;
  /** The person reached one of these lifecycle stages */
  lifecycleStages?: Array<LifecycleStage> | null | undefined;
  /** Touchpoints whose properties have each of these keys equal to its value */
  properties?: unknown;
  /** Messages with sentiment above this */
  sentimentAbove?: number | null | undefined;
  /** Messages with sentiment below this */
  sentimentBelow?: number | null | undefined;
  /** The record behind the activity came from one of these sources */
  sources?: Array<string> | null | undefined;
  touchpointKinds?: Array<TouchpointKind> | null | undefined;
};

export type ActivityKind =
  | 'DEAL_CHANGE'
  | 'MEMBERSHIP'
  | 'MESSAGE'
  | 'STAGE_CHANGE'
  | 'TOUCHPOINT';

/** admin: everything; analyst: read and write; viewer: read without personal data; integrator: read and the event stream */
export type ApiKeyRole =
  | 'ADMIN'
  | 'ANALYST'
  | 'INTEGRATOR'
  | 'VIEWER';

/** Reaching a funnel step is the conversion (without it: a won deal, its amount the revenue) */
export type AttributionConversionInput = {
  funnel: FunnelInput;
  /** 1-based; the last step when absent */
  step?: number | null | undefined;
};

export type AttributionGroupBy =
  | 'CAMPAIGN'
  | 'CHANNEL'
  | 'DEPARTMENT'
  | 'SOURCE';

export type AttributionInput = {
  conversion?: AttributionConversionInput | null | undefined;
  /** Conversions at or after this */
  from?: string | null | undefined;
  groupBy: AttributionGroupBy;
  /** Touches up to this many days before a conversion */
  lookbackDays?: number | null | undefined;
  /** All six when absent */
  models?: Array<AttributionModel> | null | undefined;
  /** Conversions before this */
  to?: string | null | undefined;
};

export type AttributionModel =
  /** In proportion to the Markov removal effect of each touch's group */
  | 'DATA_DRIVEN'
  | 'FIRST_TOUCH'
  | 'LAST_TOUCH'
  /** Equal shares */
  | 'LINEAR'
  /** 40% first, 40% last, 20% shared by those between */
  | 'POSITION_BASED'
  /** Halves every 7 days before the conversion */
  | 'TIME_DECAY';

/** Where a conversation happens */
export type Channel =
  | 'BLOG'
  | 'CHAT'
  | 'EMAIL'
  | 'FACEBOOK'
  | 'FORUM'
  | 'INSTAGRAM'
  | 'LINKEDIN'
  | 'OTHER'
  | 'PHONE'
  | 'REVIEW'
  | 'SMS'
  | 'SUPPORT_TICKET'
  | 'TWITTER';

export type DealStatus =
  | 'LOST'
  | 'OPEN'
  | 'WON';

/** Which team's data an activity came from */
export type Department =
  | 'COMMUNICATIONS'
  | 'MARKETING'
  | 'SALES';

export type Direction =
  | 'INBOUND'
  | 'OUTBOUND';

/** Which step's activity a breakdown by an activity's attribute reads */
export type FunnelBreakdownAttribution =
  | 'FIRST_STEP'
  /** The furthest step the person reached */
  | 'LAST_STEP'
  | 'STEP';

export type FunnelBreakdownBy =
  /** Campaign of the activity at the attributed step */
  | 'CAMPAIGN'
  /** Channel of the activity at the attributed step (a message's, or its campaign's) */
  | 'CHANNEL'
  /** Community of the activity at the attributed step */
  | 'COMMUNITY'
  /** Campaign of the person's first touchpoint ever */
  | 'FIRST_TOUCH_CAMPAIGN'
  /** Channel of the person's first touchpoint or message ever */
  | 'FIRST_TOUCH_CHANNEL'
  /** The person's current lifecycle stage */
  | 'LIFECYCLE_STAGE'
  /** The person's organization */
  | 'ORGANIZATION'
  /** Source of the activity at the attributed step */
  | 'SOURCE';

export type FunnelBreakdownInput = {
  attribution?: FunnelBreakdownAttribution | null | undefined;
  by: FunnelBreakdownBy;
  /** With attribution STEP: the step (1-based) */
  step?: number | null | undefined;
};

/** Voids an attempt with a matching activity strictly between the activities of steps afterStep and beforeStep (1-based) */
export type FunnelExclusionInput = {
  afterStep: number;
  beforeStep: number;
  where: ActivityFilter;
};

export type FunnelInput = {
  breakdown?: FunnelBreakdownInput | null | undefined;
  exclusions?: Array<FunnelExclusionInput> | null | undefined;
  /** First steps at or after this */
  from?: string | null | undefined;
  order?: FunnelOrder | null | undefined;
  /** 2 to 20 steps */
  steps: Array<FunnelStepInput>;
  /** First steps before this */
  to?: string | null | undefined;
  /** The last step at most this long after the first */
  windowSeconds: number;
};

export type FunnelOrder =
  /** The steps in any order, within the window of the earliest */
  | 'ANY_ORDER'
  /** Each step strictly after the one before */
  | 'ORDERED'
  /** Each step the person's very next activity after the one before */
  | 'STRICT';

export type FunnelOutcome =
  /** Reached this step */
  | 'CONVERTED'
  /** Reached the step before and not this one */
  | 'DROPPED_OFF';

export type FunnelStepInput = {
  name: string;
  where: ActivityFilter;
};

export type IdentityKind =
  | 'EMAIL'
  | 'EXTERNAL'
  | 'HANDLE'
  | 'PHONE';

/** What a message wants: the four buttons of a support community, or other */
export type Intent =
  | 'IDEA'
  | 'OTHER'
  | 'PRAISE'
  | 'PROBLEM'
  | 'QUESTION';

/** Where a person is in the customer lifecycle */
export type LifecycleStage =
  | 'CUSTOMER'
  | 'EVANGELIST'
  | 'LEAD'
  | 'MQL'
  | 'OPPORTUNITY'
  | 'OTHER'
  | 'SQL'
  | 'SUBSCRIBER';

export type MessageAddedFilter = {
  /** Only messages that mention this brand */
  brandId?: string | number | null | undefined;
  channels?: Array<Channel> | null | undefined;
  communityId?: string | number | null | undefined;
  /** Only messages whose author reaches at least this many people */
  minReach?: number | null | undefined;
  /** Only messages more negative than this (-1..1) */
  sentimentBelow?: number | null | undefined;
};

export type MessageFilter = {
  channel?: Channel | null | undefined;
  intent?: Intent | null | undefined;
  /** Only messages whose author reaches at least this many people */
  minReach?: number | null | undefined;
  /** Only messages more negative than this */
  sentimentBelow?: number | null | undefined;
  since?: string | null | undefined;
  source?: string | null | undefined;
};

export type TouchpointKind =
  | 'AD_CLICK'
  | 'EMAIL_CLICK'
  | 'EMAIL_OPEN'
  | 'EMAIL_SENT'
  | 'EVENT'
  | 'FORM_FILL'
  | 'PAGE_VISIT'
  | 'WEBINAR';

export type SignInViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInViewerQuery = { viewer: { name: string, role: ApiKeyRole } };

export type AttributionViewQueryVariables = Exact<{
  input: AttributionInput;
}>;


export type AttributionViewQuery = { attribution: { conversions: number, revenue: Array<{ currency: string, amount: number }>, rows: Array<{ value: string | null, label: string, credits: Array<{ model: AttributionModel, conversions: number, revenue: Array<{ currency: string, amount: number }> }> }> } };

export type FeedMessageFragment = { id: string, channel: Channel, text: string, sentiment: number | null, intent: Intent | null, postedAt: string, reach: number, author: { id: string, displayName: string } };

export type LatestMessagesQueryVariables = Exact<{
  first: number;
  filter?: MessageFilter | null | undefined;
}>;


export type LatestMessagesQuery = { messages: { totalCount: number, edges: Array<{ node: { id: string, channel: Channel, text: string, sentiment: number | null, intent: Intent | null, postedAt: string, reach: number, author: { id: string, displayName: string } } }> } };

export type MessageAddedSubscriptionVariables = Exact<{
  filter?: MessageAddedFilter | null | undefined;
}>;


export type MessageAddedSubscription = { messageAdded: { id: string, channel: Channel, text: string, sentiment: number | null, intent: Intent | null, postedAt: string, reach: number, author: { id: string, displayName: string } } };

export type FunnelResultViewFragment = { steps: Array<{ name: string, count: number, conversionFromFirst: number, conversionFromPrevious: number, droppedOff: number, medianSecondsFromPrevious: number | null }>, breakdown: Array<{ value: string | null, label: string, steps: Array<{ count: number, conversionFromFirst: number }> }>, timeToConvert: Array<{ fromSeconds: number, toSeconds: number, count: number }>, trend: Array<{ weekStart: string, entered: number, converted: number, conversion: number }>, correlations: Array<{ kind: string, value: string, label: string, oddsRatio: number, lower95: number, upper95: number, convertedWith: number, droppedWith: number, convertedWithout: number, droppedWithout: number }> };

export type SavedFunnelSummaryFragment = { id: string, name: string, savedBy: string, updatedAt: string };

export type FunnelQueryVariables = Exact<{
  input: FunnelInput;
}>;


export type FunnelQuery = { funnel: { steps: Array<{ name: string, count: number, conversionFromFirst: number, conversionFromPrevious: number, droppedOff: number, medianSecondsFromPrevious: number | null }>, breakdown: Array<{ value: string | null, label: string, steps: Array<{ count: number, conversionFromFirst: number }> }>, timeToConvert: Array<{ fromSeconds: number, toSeconds: number, count: number }>, trend: Array<{ weekStart: string, entered: number, converted: number, conversion: number }>, correlations: Array<{ kind: string, value: string, label: string, oddsRatio: number, lower95: number, upper95: number, convertedWith: number, droppedWith: number, convertedWithout: number, droppedWithout: number }> } };

export type SavedFunnelsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type SavedFunnelsQuery = { funnels: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, name: string, savedBy: string, updatedAt: string } }> } };

export type SaveFunnelMutationVariables = Exact<{
  name: string;
  input: FunnelInput;
}>;


export type SaveFunnelMutation = { saveFunnel: { id: string, name: string, savedBy: string, updatedAt: string } };

export type DeleteFunnelMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteFunnelMutation = { deleteFunnel: string };

export type FunnelUpdatedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type FunnelUpdatedSubscription = { funnelUpdated: { steps: Array<{ name: string, count: number, conversionFromFirst: number, conversionFromPrevious: number, droppedOff: number, medianSecondsFromPrevious: number | null }>, breakdown: Array<{ value: string | null, label: string, steps: Array<{ count: number, conversionFromFirst: number }> }>, timeToConvert: Array<{ fromSeconds: number, toSeconds: number, count: number }>, trend: Array<{ weekStart: string, entered: number, converted: number, conversion: number }>, correlations: Array<{ kind: string, value: string, label: string, oddsRatio: number, lower95: number, upper95: number, convertedWith: number, droppedWith: number, convertedWithout: number, droppedWithout: number }> } };

export type CampaignChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignChoicesQuery = { campaigns: { edges: Array<{ node: { id: string, name: string } }> } };

export type FunnelStepPeopleQueryVariables = Exact<{
  input?: FunnelInput | null | undefined;
  id?: string | number | null | undefined;
  outcome: FunnelOutcome;
}>;


export type FunnelStepPeopleQuery = { funnel: { steps: Array<{ people: { edges: Array<{ node: { id: string, displayName: string, title: string | null, stage: LifecycleStage | null, reach: number, messageCount: number, lastSeenAt: string | null, organization: { name: string } | null } }> } }> } };

export type OverviewNumbersFragment = { asOf: string, people: number, openConversations: number, messagesLast24h: number, negativeMessagesLast24h: number, averageSentimentLast24h: number | null, touchpointsLast24h: number, openDeals: number, pipelineValue: string, wonValue: string, pendingMergeSuggestions: number };

export type OverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewQuery = { overview: { asOf: string, people: number, openConversations: number, messagesLast24h: number, negativeMessagesLast24h: number, averageSentimentLast24h: number | null, touchpointsLast24h: number, openDeals: number, pipelineValue: string, wonValue: string, pendingMergeSuggestions: number } };

export type OverviewUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OverviewUpdatedSubscription = { overviewUpdated: { asOf: string, people: number, openConversations: number, messagesLast24h: number, negativeMessagesLast24h: number, averageSentimentLast24h: number | null, touchpointsLast24h: number, openDeals: number, pipelineValue: string, wonValue: string, pendingMergeSuggestions: number } };

export type PersonProfileFragment = { id: string, displayName: string, title: string | null, location: string | null, stage: LifecycleStage | null, reach: number, followers: unknown, messageCount: number, averageSentiment: number | null, firstSeenAt: string | null, lastSeenAt: string | null, organization: { name: string, domain: string | null } | null, mergedInto: { id: string, displayName: string } | null, identities: Array<{ kind: IdentityKind, platform: string, value: string }> };

export type PersonProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonProfileQuery = { node:
    | { __typename: 'Brand' }
    | { __typename: 'Campaign' }
    | { __typename: 'Community' }
    | { __typename: 'Conversation' }
    | { __typename: 'Deal' }
    | { __typename: 'MergeSuggestion' }
    | { __typename: 'Message' }
    | { __typename: 'NetworkCommunity' }
    | { __typename: 'Organization' }
    | { __typename: 'Person', id: string, displayName: string, title: string | null, location: string | null, stage: LifecycleStage | null, reach: number, followers: unknown, messageCount: number, averageSentiment: number | null, firstSeenAt: string | null, lastSeenAt: string | null, organization: { name: string, domain: string | null } | null, mergedInto: { id: string, displayName: string } | null, identities: Array<{ kind: IdentityKind, platform: string, value: string }> }
    | { __typename: 'PersonMerge' }
    | { __typename: 'SavedFunnel' }
    | { __typename: 'Touchpoint' }
    | { __typename: 'Webhook' }
   | null };

export type TimelineActivityFragment = { kind: ActivityKind, department: Department, summary: string, occurredAt: string };

export type PersonTimelineQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type PersonTimelineQuery = { node:
    | { id: string, timeline: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ cursor: string, node: { kind: ActivityKind, department: Department, summary: string, occurredAt: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type PersonSummaryFragment = { id: string, displayName: string, title: string | null, stage: LifecycleStage | null, reach: number, messageCount: number, lastSeenAt: string | null, organization: { name: string } | null };

export type PeopleQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type PeopleQuery = { people: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, displayName: string, title: string | null, stage: LifecycleStage | null, reach: number, messageCount: number, lastSeenAt: string | null, organization: { name: string } | null } }> } };

export const FeedMessageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sentiment"}},{"kind":"Field","name":{"kind":"Name","value":"intent"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<FeedMessageFragment, unknown>;
export const FunnelResultViewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FunnelResultView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FunnelResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"conversionFromFirst"}},{"kind":"Field","name":{"kind":"Name","value":"conversionFromPrevious"}},{"kind":"Field","name":{"kind":"Name","value":"droppedOff"}},{"kind":"Field","name":{"kind":"Name","value":"medianSecondsFromPrevious"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"conversionFromFirst"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeToConvert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"toSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"entered"}},{"kind":"Field","name":{"kind":"Name","value":"converted"}},{"kind":"Field","name":{"kind":"Name","value":"conversion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"correlations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"oddsRatio"}},{"kind":"Field","name":{"kind":"Name","value":"lower95"}},{"kind":"Field","name":{"kind":"Name","value":"upper95"}},{"kind":"Field","name":{"kind":"Name","value":"convertedWith"}},{"kind":"Field","name":{"kind":"Name","value":"droppedWith"}},{"kind":"Field","name":{"kind":"Name","value":"convertedWithout"}},{"kind":"Field","name":{"kind":"Name","value":"droppedWithout"}}]}}]}}]} as unknown as DocumentNode<FunnelResultViewFragment, unknown>;
export const SavedFunnelSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedFunnelSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedFunnel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"savedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SavedFunnelSummaryFragment, unknown>;
export const OverviewNumbersFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverviewNumbers"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Overview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"openConversations"}},{"kind":"Field","name":{"kind":"Name","value":"messagesLast24h"}},{"kind":"Field","name":{"kind":"Name","value":"negativeMessagesLast24h"}},{"kind":"Field","name":{"kind":"Name","value":"averageSentimentLast24h"}},{"kind":"Field","name":{"kind":"Name","value":"touchpointsLast24h"}},{"kind":"Field","name":{"kind":"Name","value":"openDeals"}},{"kind":"Field","name":{"kind":"Name","value":"pipelineValue"}},{"kind":"Field","name":{"kind":"Name","value":"wonValue"}},{"kind":"Field","name":{"kind":"Name","value":"pendingMergeSuggestions"}}]}}]} as unknown as DocumentNode<OverviewNumbersFragment, unknown>;
export const PersonProfileFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"averageSentiment"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<PersonProfileFragment, unknown>;
export const TimelineActivityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineActivity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]} as unknown as DocumentNode<TimelineActivityFragment, unknown>;
export const PersonSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PersonSummaryFragment, unknown>;
export const SignInViewerDocument = {"__meta__":{"hash":"sha256:1ecb2784943ce0be0973c11092c255d257750041ea881ee2d78bcfc5ef4db812"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<SignInViewerQuery, SignInViewerQueryVariables>;
export const AttributionViewDocument = {"__meta__":{"hash":"sha256:f51a0ae5d4a00ff21e1a3a08e0cda30b1a8b2cb1258a859eaa2ddb68f5289a26"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttributionView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttributionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversions"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"credits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"conversions"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AttributionViewQuery, AttributionViewQueryVariables>;
export const LatestMessagesDocument = {"__meta__":{"hash":"sha256:8db5551fd7dc2ad96ef09162df79f24e7e74302e5274dc6d2f39c43622531c73"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LatestMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedMessage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sentiment"}},{"kind":"Field","name":{"kind":"Name","value":"intent"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<LatestMessagesQuery, LatestMessagesQueryVariables>;
export const MessageAddedDocument = {"__meta__":{"hash":"sha256:2685cfd3e2a608db857d516178054a0a1aaa0d7aa82f58a0708ff079cb09fbcf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MessageAdded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageAddedFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageAdded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedMessage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sentiment"}},{"kind":"Field","name":{"kind":"Name","value":"intent"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<MessageAddedSubscription, MessageAddedSubscriptionVariables>;
export const FunnelDocument = {"__meta__":{"hash":"sha256:3115e16dd7cd6d05844ec2591827c6742e0ab5a12c48716e7b804aac1ae6b312"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Funnel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FunnelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funnel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FunnelResultView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FunnelResultView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FunnelResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"conversionFromFirst"}},{"kind":"Field","name":{"kind":"Name","value":"conversionFromPrevious"}},{"kind":"Field","name":{"kind":"Name","value":"droppedOff"}},{"kind":"Field","name":{"kind":"Name","value":"medianSecondsFromPrevious"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"conversionFromFirst"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeToConvert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"toSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"entered"}},{"kind":"Field","name":{"kind":"Name","value":"converted"}},{"kind":"Field","name":{"kind":"Name","value":"conversion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"correlations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"oddsRatio"}},{"kind":"Field","name":{"kind":"Name","value":"lower95"}},{"kind":"Field","name":{"kind":"Name","value":"upper95"}},{"kind":"Field","name":{"kind":"Name","value":"convertedWith"}},{"kind":"Field","name":{"kind":"Name","value":"droppedWith"}},{"kind":"Field","name":{"kind":"Name","value":"convertedWithout"}},{"kind":"Field","name":{"kind":"Name","value":"droppedWithout"}}]}}]}}]} as unknown as DocumentNode<FunnelQuery, FunnelQueryVariables>;
export const SavedFunnelsDocument = {"__meta__":{"hash":"sha256:a0a3501312199427ed3b57866bc2a5a9ac81a9eb555a81c88d7e59c5081873d7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedFunnels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funnels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedFunnelSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedFunnelSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedFunnel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"savedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SavedFunnelsQuery, SavedFunnelsQueryVariables>;
export const SaveFunnelDocument = {"__meta__":{"hash":"sha256:3fab854b49a81fcbf391fbbff3ffc60fcefa7372b59b3c4eadae8b435758e410"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveFunnel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FunnelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveFunnel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedFunnelSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedFunnelSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedFunnel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"savedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SaveFunnelMutation, SaveFunnelMutationVariables>;
export const DeleteFunnelDocument = {"__meta__":{"hash":"sha256:adeae19167bc274ac5a448b988e1ec3ca468ae86b59d540525b6ef0cec0fa2ee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteFunnel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteFunnel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteFunnelMutation, DeleteFunnelMutationVariables>;
export const FunnelUpdatedDocument = {"__meta__":{"hash":"sha256:02f5eec00d3016d35caa4f75e0460f6ca2a7a7ad7c097745bb4ddb7695db54f6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"FunnelUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funnelUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FunnelResultView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FunnelResultView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FunnelResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"conversionFromFirst"}},{"kind":"Field","name":{"kind":"Name","value":"conversionFromPrevious"}},{"kind":"Field","name":{"kind":"Name","value":"droppedOff"}},{"kind":"Field","name":{"kind":"Name","value":"medianSecondsFromPrevious"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"conversionFromFirst"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeToConvert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"toSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"entered"}},{"kind":"Field","name":{"kind":"Name","value":"converted"}},{"kind":"Field","name":{"kind":"Name","value":"conversion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"correlations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"oddsRatio"}},{"kind":"Field","name":{"kind":"Name","value":"lower95"}},{"kind":"Field","name":{"kind":"Name","value":"upper95"}},{"kind":"Field","name":{"kind":"Name","value":"convertedWith"}},{"kind":"Field","name":{"kind":"Name","value":"droppedWith"}},{"kind":"Field","name":{"kind":"Name","value":"convertedWithout"}},{"kind":"Field","name":{"kind":"Name","value":"droppedWithout"}}]}}]}}]} as unknown as DocumentNode<FunnelUpdatedSubscription, FunnelUpdatedSubscriptionVariables>;
export const CampaignChoicesDocument = {"__meta__":{"hash":"sha256:5847b165d69472b5f578a3417b562f94f823be25aafae9c379faf94c07eb76f3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CampaignChoicesQuery, CampaignChoicesQueryVariables>;
export const FunnelStepPeopleDocument = {"__meta__":{"hash":"sha256:8cf00a62920325364f599f7d6d515f8a9b97c3b88c763f41705072a48841827d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FunnelStepPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FunnelInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FunnelOutcome"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funnel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonSummary"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FunnelStepPeopleQuery, FunnelStepPeopleQueryVariables>;
export const OverviewDocument = {"__meta__":{"hash":"sha256:1294f14d973c35ca0985dc91eac64a11af0c6fa456bcd19f734dd2c6d3c9c9d8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Overview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverviewNumbers"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverviewNumbers"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Overview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"openConversations"}},{"kind":"Field","name":{"kind":"Name","value":"messagesLast24h"}},{"kind":"Field","name":{"kind":"Name","value":"negativeMessagesLast24h"}},{"kind":"Field","name":{"kind":"Name","value":"averageSentimentLast24h"}},{"kind":"Field","name":{"kind":"Name","value":"touchpointsLast24h"}},{"kind":"Field","name":{"kind":"Name","value":"openDeals"}},{"kind":"Field","name":{"kind":"Name","value":"pipelineValue"}},{"kind":"Field","name":{"kind":"Name","value":"wonValue"}},{"kind":"Field","name":{"kind":"Name","value":"pendingMergeSuggestions"}}]}}]} as unknown as DocumentNode<OverviewQuery, OverviewQueryVariables>;
export const OverviewUpdatedDocument = {"__meta__":{"hash":"sha256:1465f8ac2a2bb30870d8a525bc63e0a8042727f55d0e8b18a925150bf10082ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OverviewUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overviewUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverviewNumbers"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverviewNumbers"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Overview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"openConversations"}},{"kind":"Field","name":{"kind":"Name","value":"messagesLast24h"}},{"kind":"Field","name":{"kind":"Name","value":"negativeMessagesLast24h"}},{"kind":"Field","name":{"kind":"Name","value":"averageSentimentLast24h"}},{"kind":"Field","name":{"kind":"Name","value":"touchpointsLast24h"}},{"kind":"Field","name":{"kind":"Name","value":"openDeals"}},{"kind":"Field","name":{"kind":"Name","value":"pipelineValue"}},{"kind":"Field","name":{"kind":"Name","value":"wonValue"}},{"kind":"Field","name":{"kind":"Name","value":"pendingMergeSuggestions"}}]}}]} as unknown as DocumentNode<OverviewUpdatedSubscription, OverviewUpdatedSubscriptionVariables>;
export const PersonProfileDocument = {"__meta__":{"hash":"sha256:86deaeac33cdb457da6c280fc8fb96ef894c7bcef0b745c4297b44f192220dd8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonProfile"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"averageSentiment"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<PersonProfileQuery, PersonProfileQueryVariables>;
export const PersonTimelineDocument = {"__meta__":{"hash":"sha256:9f4d79f1b13f547f9b194ec61ec12bbfb0565482d6ac97b0fd13cec1112146c7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineActivity"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineActivity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]} as unknown as DocumentNode<PersonTimelineQuery, PersonTimelineQueryVariables>;
export const PeopleDocument = {"__meta__":{"hash":"sha256:b5b7cbe84495869dc291ace1b9fbab359f88bdb0c2369d11b42b25684b77e319"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"People"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"LAST_SEEN"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PeopleQuery, PeopleQueryVariables>;