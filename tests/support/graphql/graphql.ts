/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  | T
  | { [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never };

import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
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

export type ActivityKind = "DEAL_CHANGE" | "MEMBERSHIP" | "MESSAGE" | "STAGE_CHANGE" | "TOUCHPOINT";

export type AlertFilter = {
  /** Only acknowledged (true) or only open (false) alerts */
  acknowledged?: boolean | null | undefined;
  /** Raised or updated at or after */
  from?: string | null | undefined;
  /** Only alerts at least this severe */
  minSeverity?: Priority | null | undefined;
  /** Only alerts of this AlertRule */
  ruleId?: string | number | null | undefined;
  /** Raised or updated before */
  to?: string | null | undefined;
};

/** A new rule (no id) or changes to one; give exactly one of the kinds' parameters, or none to keep the rule's */
export type AlertRuleInput = {
  competitorUnhappy?: CompetitorUnhappyParamsInput | null | undefined;
  crisis?: CrisisParamsInput | null | undefined;
  enabled?: boolean | null | undefined;
  /** The AlertRule to change; left out, a new rule */
  id?: string | number | null | undefined;
  influentialUnhappy?: InfluentialUnhappyParamsInput | null | undefined;
  name: string;
};

/** What an alert rule watches for */
export type AlertRuleKind = "COMPETITOR_UNHAPPY" | "CRISIS" | "INFLUENTIAL_UNHAPPY";

/** admin: everything; analyst: read and write; viewer: read without personal data; integrator: read and the event stream */
export type ApiKeyRole = "ADMIN" | "ANALYST" | "INTEGRATOR" | "VIEWER";

/** Reaching a funnel step is the conversion (without it: a won deal, its amount the revenue) */
export type AttributionConversionInput = {
  funnel: FunnelInput;
  /** 1-based; the last step when absent */
  step?: number | null | undefined;
};

export type AttributionGroupBy = "CAMPAIGN" | "CHANNEL" | "DEPARTMENT" | "SOURCE";

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
  | "DATA_DRIVEN"
  | "FIRST_TOUCH"
  | "LAST_TOUCH"
  /** Equal shares */
  | "LINEAR"
  /** 40% first, 40% last, 20% shared by those between */
  | "POSITION_BASED"
  /** Halves every 7 days before the conversion */
  | "TIME_DECAY";

/** PROBLEM: opened by itself for an inbound problem; CONVERSATION, MESSAGE or ALERT: opened by a teammate from one */
export type CaseOrigin = "ALERT" | "CONVERSATION" | "MESSAGE" | "PROBLEM";

/** NEW until assigned or answered, OPEN while it is ours to act, PENDING once answered (the customer's turn), RESOLVED */
export type CaseStatus = "NEW" | "OPEN" | "PENDING" | "RESOLVED";

/** Where a conversation happens */
export type Channel =
  | "BLOG"
  | "CHAT"
  | "EMAIL"
  | "FACEBOOK"
  | "FORUM"
  | "INSTAGRAM"
  | "LINKEDIN"
  | "OTHER"
  | "PHONE"
  | "REVIEW"
  | "SMS"
  | "SUPPORT_TICKET"
  | "TWITTER";

/** Left-out fields take the defaults */
export type CompetitorUnhappyParamsInput = {
  minFollowers?: number | null | undefined;
  minInfluence?: number | null | undefined;
  sentimentBelow?: number | null | undefined;
};

/** Left-out fields take the defaults */
export type CrisisParamsInput = {
  minCount?: number | null | undefined;
  minWeeks?: number | null | undefined;
  sentimentBelow?: number | null | undefined;
  threshold?: number | null | undefined;
  weeks?: number | null | undefined;
  windowMinutes?: number | null | undefined;
};

export type DealStatus = "LOST" | "OPEN" | "WON";

/** Which team's data an activity came from */
export type Department = "COMMUNICATIONS" | "MARKETING" | "SALES";

export type Direction = "INBOUND" | "OUTBOUND";

/** What changed */
export type EventType =
  | "ALERT_RAISED"
  | "CASE_UPDATED"
  | "CONVERSATION_UPDATED"
  | "DEAL_STAGE_CHANGED"
  | "IMPORT_FINISHED"
  | "MESSAGE_ADDED"
  | "PERSON_CREATED"
  | "PERSON_MERGED"
  | "PERSON_UNMERGED"
  | "PERSON_UPDATED"
  | "TOUCHPOINT_RECORDED";

/** Which step's activity a breakdown by an activity's attribute reads */
export type FunnelBreakdownAttribution =
  | "FIRST_STEP"
  /** The furthest step the person reached */
  | "LAST_STEP"
  | "STEP";

export type FunnelBreakdownBy =
  /** Campaign of the activity at the attributed step */
  | "CAMPAIGN"
  /** Channel of the activity at the attributed step (a message's, or its campaign's) */
  | "CHANNEL"
  /** Community of the activity at the attributed step */
  | "COMMUNITY"
  /** Campaign of the person's first touchpoint ever */
  | "FIRST_TOUCH_CAMPAIGN"
  /** Channel of the person's first touchpoint or message ever */
  | "FIRST_TOUCH_CHANNEL"
  /** The person's current lifecycle stage */
  | "LIFECYCLE_STAGE"
  /** The person's organization */
  | "ORGANIZATION"
  /** Source of the activity at the attributed step */
  | "SOURCE";

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
  | "ANY_ORDER"
  /** Each step strictly after the one before */
  | "ORDERED"
  /** Each step the person's very next activity after the one before */
  | "STRICT";

export type FunnelStepInput = {
  name: string;
  where: ActivityFilter;
};

export type IdentityKind = "EMAIL" | "EXTERNAL" | "HANDLE" | "PHONE";

export type InfluencerFilter = {
  /** People whose messages mention this Brand */
  brandId?: string | number | null | undefined;
  /** Members of this Community, or people who posted or were reached there */
  communityId?: string | number | null | undefined;
  minReach?: number | null | undefined;
  /** A NetworkCommunity */
  networkCommunityId?: string | number | null | undefined;
  /** Only people whose messages average below this sentiment */
  sentimentBelow?: number | null | undefined;
  stage?: LifecycleStage | null | undefined;
};

/** Left-out fields take the defaults */
export type InfluentialUnhappyParamsInput = {
  minFollowers?: number | null | undefined;
  minInfluence?: number | null | undefined;
  problemIntent?: boolean | null | undefined;
  sentimentBelow?: number | null | undefined;
};

/** What a message wants: the four buttons of a support community, or other */
export type Intent = "IDEA" | "OTHER" | "PRAISE" | "PROBLEM" | "QUESTION";

/** Where a person is in the customer lifecycle */
export type LifecycleStage =
  | "CUSTOMER"
  | "EVANGELIST"
  | "LEAD"
  | "MQL"
  | "OPPORTUNITY"
  | "OTHER"
  | "SQL"
  | "SUBSCRIBER";

export type MessageVolumeInterval = "DAY" | "HOUR";

export type Priority = "HIGH" | "LOW" | "NORMAL" | "URGENT";

/** Where a merge suggestion is in review */
export type SuggestionStatus = "ACCEPTED" | "PENDING" | "REJECTED";

export type TouchpointKind =
  | "AD_CLICK"
  | "EMAIL_CLICK"
  | "EMAIL_OPEN"
  | "EMAIL_SENT"
  | "EVENT"
  | "FORM_FILL"
  | "PAGE_VISIT"
  | "WEBINAR";

export type WebhookDeliveryStatus =
  /** The endpoint answered 2xx */
  | "DELIVERED"
  /** Given up (retries exhausted) or the endpoint answered 410 */
  | "FAILED"
  /** Not yet delivered: retried on the schedule */
  | "PENDING";

export type GraphRecomputeMutationVariables = Exact<{ [key: string]: never }>;

export type GraphRecomputeMutation = { recomputeInfluence: { communities: number } };

export type GraphQueryVariables = Exact<{
  first?: number | null | undefined;
  community?: string | number | null | undefined;
}>;

export type GraphQuery = {
  influenceGraph: {
    edgeCount: number;
    nodes: Array<{
      id: string;
      score: number;
      person: { id: string; displayName: string };
      networkCommunity: { id: string; label: string } | null;
    }>;
    edges: Array<{ source: string; target: string; weight: number }>;
  };
};

export type GraphScopedInfluenceQueryVariables = Exact<{ [key: string]: never }>;

export type GraphScopedInfluenceQuery = {
  influencers: {
    edges: Array<{
      node: {
        displayName: string;
        scopedInfluence: Array<{
          brand: { name: string } | null;
          community: { name: string } | null;
          influence: { score: number; components: Array<{ contribution: number }> };
        }>;
      };
    }>;
  };
};

export type InfluenceRecomputeMutationVariables = Exact<{ [key: string]: never }>;

export type InfluenceRecomputeMutation = {
  recomputeInfluence: {
    id: number;
    trigger: string;
    people: number;
    edges: number;
    communities: number;
    milliseconds: number;
    modularity: number;
  };
};

export type InfluencersQueryVariables = Exact<{
  filter?: InfluencerFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type InfluencersQuery = {
  influencers: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        displayName: string;
        influence: {
          score: number;
          pageRank: number;
          reach: number;
          engagement: number;
          networkCommunity: { id: string; label: string } | null;
          components: Array<{
            name: string;
            value: number;
            weight: number;
            contribution: number;
            explanation: string;
          }>;
        };
      };
    }>;
  };
};

export type InfluenceCommunitiesAndBrandsQueryVariables = Exact<{ [key: string]: never }>;

export type InfluenceCommunitiesAndBrandsQuery = {
  communities: { edges: Array<{ node: { id: string; name: string } }> };
  brands: Array<{ id: string; name: string }>;
};

export type InfluenceNetworkCommunitiesQueryVariables = Exact<{ [key: string]: never }>;

export type InfluenceNetworkCommunitiesQuery = {
  networkCommunities: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        label: string;
        size: number;
        topMembers: Array<{ displayName: string }>;
        mainChannels: Array<{ channel: Channel; messages: number }>;
        mainBrands: Array<{ mentions: number; brand: { name: string } | null }>;
      };
    }>;
  };
};

export type InfluenceSuperusersQueryVariables = Exact<{ [key: string]: never }>;

export type InfluenceSuperusersQuery = {
  communities: {
    edges: Array<{
      node: { id: string; name: string; superusers: Array<{ displayName: string }> };
    }>;
  };
};

export type ScopedQueryVariables = Exact<{
  community: string | number;
  brand: string | number;
}>;

export type ScopedQuery = {
  influencers: {
    edges: Array<{
      node: {
        displayName: string;
        inForum: {
          score: number;
          engagement: number;
          components: Array<{ contribution: number }>;
        } | null;
        aboutLumen: { score: number } | null;
      };
    }>;
  };
};

export type InfluenceMessagePrioritiesQueryVariables = Exact<{ [key: string]: never }>;

export type InfluenceMessagePrioritiesQuery = {
  messages: {
    edges: Array<{ node: { text: string; priority: Priority; author: { displayName: string } } }>;
  };
};

export type VolumeQueryVariables = Exact<{
  from: string;
  to: string;
  interval: MessageVolumeInterval;
}>;

export type VolumeQuery = {
  messageVolume: {
    from: string;
    to: string;
    interval: MessageVolumeInterval;
    total: Array<{
      start: string;
      messages: number;
      negative: number;
      averageSentiment: number | null;
      negativeShare: number | null;
    }>;
    channels: Array<{
      channel: Channel;
      messages: number;
      points: Array<{
        start: string;
        messages: number;
        negative: number;
        averageSentiment: number | null;
        negativeShare: number | null;
      }>;
    }>;
  };
};

export type AlertsApiAlertsQueryVariables = Exact<{
  filter?: AlertFilter | null | undefined;
}>;

export type AlertsApiAlertsQuery = {
  alerts: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        severity: Priority;
        reason: string;
        messageCount: number;
        raisedAt: string;
        updatedAt: string;
        acknowledgedAt: string | null;
        rule: { id: string; name: string; kind: AlertRuleKind };
        person: { id: string; displayName: string } | null;
        message: { id: string; channel: Channel; priority: Priority; text: string } | null;
        conversation: { id: string } | null;
      };
    }>;
  };
};

export type AlertsApiSaveRuleMutationVariables = Exact<{
  input: AlertRuleInput;
}>;

export type AlertsApiSaveRuleMutation = {
  saveAlertRule: {
    id: string;
    name: string;
    enabled: boolean;
    kind: AlertRuleKind;
    description: string;
    crisis: {
      threshold: number;
      minCount: number;
      weeks: number;
      minWeeks: number;
      windowMinutes: number;
      sentimentBelow: number;
    } | null;
    influentialUnhappy: { minFollowers: number } | null;
  };
};

export type AlertsApiRulesQueryVariables = Exact<{ [key: string]: never }>;

export type AlertsApiRulesQuery = {
  alertRules: Array<{
    name: string;
    kind: AlertRuleKind;
    enabled: boolean;
    description: string;
    influentialUnhappy: {
      minFollowers: number;
      minInfluence: number;
      sentimentBelow: number;
      problemIntent: boolean;
    } | null;
    crisis: {
      threshold: number;
      minCount: number;
      weeks: number;
      minWeeks: number;
      windowMinutes: number;
    } | null;
    competitorUnhappy: { minFollowers: number } | null;
  }>;
};

export type AlertsApiDeleteRuleMutationVariables = Exact<{
  id: string | number;
}>;

export type AlertsApiDeleteRuleMutation = { deleteAlertRule: string };

export type AlertsApiHighRaisedSubscriptionVariables = Exact<{ [key: string]: never }>;

export type AlertsApiHighRaisedSubscription = {
  alertRaised: {
    id: string;
    severity: Priority;
    reason: string;
    messageCount: number;
    raisedAt: string;
    updatedAt: string;
    acknowledgedAt: string | null;
    rule: { id: string; name: string; kind: AlertRuleKind };
    person: { id: string; displayName: string } | null;
    message: { id: string; channel: Channel; priority: Priority; text: string } | null;
    conversation: { id: string } | null;
  };
};

export type AlertsApiUrgentRaisedSubscriptionVariables = Exact<{ [key: string]: never }>;

export type AlertsApiUrgentRaisedSubscription = { alertRaised: { id: string } };

export type AlertsApiEventsSubscriptionVariables = Exact<{ [key: string]: never }>;

export type AlertsApiEventsSubscription = {
  events: { type: EventType; payload: unknown; conversation: { id: string } | null };
};

export type AlertsApiAcknowledgeMutationVariables = Exact<{
  id: string | number;
}>;

export type AlertsApiAcknowledgeMutation = {
  acknowledgeAlert: { id: string; acknowledgedAt: string | null; acknowledgedBy: string | null };
};

export type AlertsApiPageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;

export type AlertsApiPageQuery = {
  alerts: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ node: { id: string } }>;
  };
};

export type AlertsApiAcknowledgeIdMutationVariables = Exact<{
  id: string | number;
}>;

export type AlertsApiAcknowledgeIdMutation = { acknowledgeAlert: { id: string } };

export type ScenarioTopAlertQueryVariables = Exact<{ [key: string]: never }>;

export type ScenarioTopAlertQuery = {
  alerts: {
    edges: Array<{
      node: {
        id: string;
        severity: Priority;
        reason: string;
        messageCount: number;
        raisedAt: string;
        updatedAt: string;
        acknowledgedAt: string | null;
        rule: { id: string; name: string; kind: AlertRuleKind };
        person: { id: string; displayName: string } | null;
        message: { id: string; channel: Channel; priority: Priority; text: string } | null;
        conversation: { id: string } | null;
      };
    }>;
  };
};

export type ScenarioHighAlertRaisedSubscriptionVariables = Exact<{ [key: string]: never }>;

export type ScenarioHighAlertRaisedSubscription = {
  alertRaised: {
    id: string;
    severity: Priority;
    reason: string;
    messageCount: number;
    raisedAt: string;
    updatedAt: string;
    acknowledgedAt: string | null;
    rule: { id: string; name: string; kind: AlertRuleKind };
    person: { id: string; displayName: string } | null;
    message: { id: string; channel: Channel; priority: Priority; text: string } | null;
    conversation: { id: string } | null;
  };
};

export type ScenarioCaseOfAlertQueryVariables = Exact<{
  id: string | number;
}>;

export type ScenarioCaseOfAlertQuery = {
  node:
    | {
        case: {
          id: string;
          priority: Priority;
          status: CaseStatus;
          origin: CaseOrigin;
          channel: Channel;
          alert: { id: string } | null;
        } | null;
      }
    | Record<PropertyKey, never>
    | null;
};

export type ScenarioOpenCaseFromAlertMutationVariables = Exact<{
  id: string | number;
}>;

export type ScenarioOpenCaseFromAlertMutation = {
  openCase: { id: string; priority: Priority; alert: { id: string } | null };
};

export type ScenarioInboxAndQueueCountsQueryVariables = Exact<{ [key: string]: never }>;

export type ScenarioInboxAndQueueCountsQuery = {
  overview: { openAlerts: number; openCases: number; breachedCases: number };
  alerts: { totalCount: number };
  cases: { totalCount: number };
};

export type ScenarioOpenCaseOfNoAlertMutationVariables = Exact<{ [key: string]: never }>;

export type ScenarioOpenCaseOfNoAlertMutation = { openCase: { id: string } };

export type ScenarioOpenCaseOfTwoMutationVariables = Exact<{ [key: string]: never }>;

export type ScenarioOpenCaseOfTwoMutation = { openCase: { id: string } };

export type AlertsInstancesRaisedSubscriptionVariables = Exact<{ [key: string]: never }>;

export type AlertsInstancesRaisedSubscription = {
  alertRaised: {
    id: string;
    severity: Priority;
    reason: string;
    messageCount: number;
    raisedAt: string;
    updatedAt: string;
    acknowledgedAt: string | null;
    rule: { id: string; name: string; kind: AlertRuleKind };
    person: { id: string; displayName: string } | null;
    message: { id: string; channel: Channel; priority: Priority; text: string } | null;
    conversation: { id: string } | null;
  };
};

export type BrowserAlertsAcknowledgedQueryVariables = Exact<{ [key: string]: never }>;

export type BrowserAlertsAcknowledgedQuery = {
  alerts: {
    edges: Array<{ node: { acknowledgedBy: string | null; message: { text: string } | null } }>;
  };
};

export type BrowserCasesSaveTeammateMutationVariables = Exact<{ [key: string]: never }>;

export type BrowserCasesSaveTeammateMutation = { saveTeammate: { id: string } };

export type BrowserInfluencersRecomputeMutationVariables = Exact<{ [key: string]: never }>;

export type BrowserInfluencersRecomputeMutation = { recomputeInfluence: { communities: number } };

export type BrowserListeningRecomputeMutationVariables = Exact<{ [key: string]: never }>;

export type BrowserListeningRecomputeMutation = { recomputeInfluence: { id: number } };

export type CasesIngestMutationVariables = Exact<{
  records: Array<unknown> | unknown;
}>;

export type CasesIngestMutation = {
  ingest: { created: number; rejected: Array<{ reason: string }> };
};

export type CasesOfConversationsQueryVariables = Exact<{ [key: string]: never }>;

export type CasesOfConversationsQuery = {
  conversations: {
    edges: Array<{
      node: {
        sourceId: string;
        case: {
          id: string;
          status: CaseStatus;
          priority: Priority;
          channel: Channel;
          origin: CaseOrigin;
          team: string | null;
          firstResponseAt: string | null;
          firstResponseDueAt: string;
          resolutionDueAt: string;
          nextResponseDueAt: string | null;
          assignee: { name: string } | null;
          breached: { firstResponse: boolean; nextResponse: boolean; resolution: boolean };
          person: { displayName: string } | null;
          sla: { firstResponseMinutes: number };
        } | null;
      };
    }>;
  };
};

export type CasesSaveSamMutationVariables = Exact<{ [key: string]: never }>;

export type CasesSaveSamMutation = {
  saveTeammate: { id: string; handle: string; team: string | null };
};

export type CasesAssignMutationVariables = Exact<{
  id: string | number;
  to?: string | number | null | undefined;
}>;

export type CasesAssignMutation = {
  assignCase: { status: CaseStatus; team: string | null; assignee: { name: string } | null };
};

export type CasesAddNoteMutationVariables = Exact<{
  id: string | number;
}>;

export type CasesAddNoteMutation = {
  addCaseNote: { author: string; text: string; mentions: Array<{ handle: string }> };
};

export type CasesRespondSorryMutationVariables = Exact<{
  id: string | number;
}>;

export type CasesRespondSorryMutation = {
  respondToCase: {
    status: CaseStatus;
    firstResponseAt: string | null;
    conversation: {
      messages: {
        edges: Array<{
          node: {
            direction: Direction;
            channel: Channel;
            text: string;
            author: { displayName: string };
          };
        }>;
      };
    };
  };
};

export type CasesResolveMutationVariables = Exact<{
  id: string | number;
}>;

export type CasesResolveMutation = {
  resolveCase: { status: CaseStatus; resolvedAt: string | null };
};

export type CasesOfPeopleQueryVariables = Exact<{ [key: string]: never }>;

export type CasesOfPeopleQuery = {
  people: {
    edges: Array<{
      node: {
        displayName: string;
        cases: { totalCount: number; edges: Array<{ node: { id: string; status: CaseStatus } }> };
      };
    }>;
  };
};

export type CasesOpenQueueQueryVariables = Exact<{ [key: string]: never }>;

export type CasesOpenQueueQuery = {
  cases: { totalCount: number; edges: Array<{ node: { channel: Channel; status: CaseStatus } }> };
};

export type CasesPhoneNotBreachedQueryVariables = Exact<{ [key: string]: never }>;

export type CasesPhoneNotBreachedQuery = { cases: { totalCount: number } };

export type CasesPageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;

export type CasesPageQuery = {
  cases: {
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    edges: Array<{ node: { id: string } }>;
  };
};

export type CasesAllIdsQueryVariables = Exact<{ [key: string]: never }>;

export type CasesAllIdsQuery = { cases: { edges: Array<{ node: { id: string } }> } };

export type CasesResponseTimesByChannelQueryVariables = Exact<{ [key: string]: never }>;

export type CasesResponseTimesByChannelQuery = {
  responseTimes: Array<{
    channel: Channel | null;
    cases: number;
    responded: number;
    resolved: number;
    firstResponseMedianSeconds: number | null;
    slaMet: number;
  }>;
};

export type CasesResponseTimesBackwardsQueryVariables = Exact<{ [key: string]: never }>;

export type CasesResponseTimesBackwardsQuery = { responseTimes: Array<{ cases: number }> };

export type CasesResolveIdMutationVariables = Exact<{
  id: string | number;
}>;

export type CasesResolveIdMutation = { resolveCase: { id: string } };

export type CasesReopenMutationVariables = Exact<{
  id: string | number;
}>;

export type CasesReopenMutation = { reopenCase: { id: string } };

export type CasesOpenOfNothingMutationVariables = Exact<{ [key: string]: never }>;

export type CasesOpenOfNothingMutation = { openCase: { id: string } };

export type CasesSaveTakenHandleMutationVariables = Exact<{ [key: string]: never }>;

export type CasesSaveTakenHandleMutation = { saveTeammate: { id: string } };

export type CasesSaveSlowUrgentPolicyMutationVariables = Exact<{ [key: string]: never }>;

export type CasesSaveSlowUrgentPolicyMutation = { saveSlaPolicy: { priority: Priority } };

export type CasesSlaPoliciesQueryVariables = Exact<{ [key: string]: never }>;

export type CasesSlaPoliciesQuery = {
  slaPolicies: Array<{
    priority: Priority;
    firstResponseMinutes: number;
    nextResponseMinutes: number;
    resolutionMinutes: number;
  }>;
};

export type CasesCheckedNoteMutationVariables = Exact<{
  id: string | number;
}>;

export type CasesCheckedNoteMutation = { addCaseNote: { text: string } };

export type CasesSaveLeeMutationVariables = Exact<{ [key: string]: never }>;

export type CasesSaveLeeMutation = { saveTeammate: { id: string } };

export type CasesUpdatedSubscriptionVariables = Exact<{ [key: string]: never }>;

export type CasesUpdatedSubscription = {
  caseUpdated: { id: string; status: CaseStatus; channel: Channel };
};

export type CasesProbeNoteMutationVariables = Exact<{
  id: string | number;
}>;

export type CasesProbeNoteMutation = { addCaseNote: { id: string } };

export type CasesRespondCallingMutationVariables = Exact<{
  id: string | number;
  to: string | number;
}>;

export type CasesRespondCallingMutation = { respondToCase: { id: string } };

export type CasesTwoInstancesIngestMutationVariables = Exact<{
  records: Array<unknown> | unknown;
}>;

export type CasesTwoInstancesIngestMutation = { ingest: { rejected: Array<{ reason: string }> } };

export type CasesTwoInstancesCasesQueryVariables = Exact<{ [key: string]: never }>;

export type CasesTwoInstancesCasesQuery = {
  cases: {
    totalCount: number;
    edges: Array<{
      node: {
        status: CaseStatus;
        openedAt: string;
        firstResponseAt: string | null;
        conversation: { sourceId: string };
      };
    }>;
  };
};

export type FaultsIngestMutationVariables = Exact<{
  records: Array<unknown> | unknown;
}>;

export type FaultsIngestMutation = {
  ingest: { created: number; rejected: Array<{ index: number; reason: string }> };
};

export type FaultsFollowerKeyMutationVariables = Exact<{ [key: string]: never }>;

export type FaultsFollowerKeyMutation = { createApiKey: { secret: string } };

export type ApiConversationsWithMessagesQueryVariables = Exact<{
  first: number;
}>;

export type ApiConversationsWithMessagesQuery = {
  conversations: {
    edges: Array<{
      node: {
        subject: string | null;
        channel: Channel;
        messages: {
          edges: Array<{
            node: {
              text: string;
              sentiment: number | null;
              author: { displayName: string; reach: number; organization: { name: string } | null };
            };
          }>;
        };
      };
    }>;
  };
};

export type ApiConversationPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;

export type ApiConversationPageQuery = {
  conversations: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ node: { id: string; lastMessageAt: string } }>;
  };
};

export type ApiTwitterConversationsQueryVariables = Exact<{ [key: string]: never }>;

export type ApiTwitterConversationsQuery = {
  conversations: { totalCount: number; edges: Array<{ node: { id: string; channel: Channel } }> };
};

export type ApiNegativeProblemsQueryVariables = Exact<{ [key: string]: never }>;

export type ApiNegativeProblemsQuery = {
  messages: { totalCount: number; edges: Array<{ node: { sentiment: number | null } }> };
};

export type ApiCustomersByReachQueryVariables = Exact<{ [key: string]: never }>;

export type ApiCustomersByReachQuery = {
  people: { edges: Array<{ node: { stage: LifecycleStage | null; reach: number } }> };
};

export type ApiOrganizationsQueryVariables = Exact<{ [key: string]: never }>;

export type ApiOrganizationsQuery = {
  organizations: {
    edges: Array<{ node: { id: string; name: string; people: { totalCount: number } } }>;
  };
};

export type ApiPeopleOfOrganizationQueryVariables = Exact<{
  first: number;
  org: string | number;
}>;

export type ApiPeopleOfOrganizationQuery = { people: { totalCount: number } };

export type ApiMostReachedQueryVariables = Exact<{ [key: string]: never }>;

export type ApiMostReachedQuery = {
  people: { edges: Array<{ node: { id: string; displayName: string } }> };
};

export type ApiNodeByIdQueryVariables = Exact<{
  id: string | number;
}>;

export type ApiNodeByIdQuery = {
  node:
    | { __typename: "Alert" }
    | { __typename: "AlertRule" }
    | { __typename: "Brand" }
    | { __typename: "Campaign" }
    | { __typename: "Case" }
    | { __typename: "CaseNote" }
    | { __typename: "Community" }
    | { __typename: "Conversation" }
    | { __typename: "Deal" }
    | { __typename: "Feed" }
    | { __typename: "MergeSuggestion" }
    | { __typename: "Message" }
    | { __typename: "NetworkCommunity" }
    | { __typename: "Organization" }
    | { __typename: "Person"; displayName: string }
    | { __typename: "PersonMerge" }
    | { __typename: "SavedFunnel" }
    | { __typename: "Teammate" }
    | { __typename: "Touchpoint" }
    | { __typename: "Webhook" }
    | null;
};

export type ApiLeastReachedTimelineQueryVariables = Exact<{ [key: string]: never }>;

export type ApiLeastReachedTimelineQuery = {
  people: {
    edges: Array<{
      node: {
        displayName: string;
        timeline: {
          totalCount: number;
          edges: Array<{
            node: {
              kind: ActivityKind;
              department: Department;
              occurredAt: string;
              summary: string;
            };
          }>;
        };
      };
    }>;
  };
};

export type ApiSearchPeopleQueryVariables = Exact<{
  query: string;
}>;

export type ApiSearchPeopleQuery = { searchPeople: Array<{ displayName: string }> };

export type ApiOverviewQueryVariables = Exact<{ [key: string]: never }>;

export type ApiOverviewQuery = {
  overview: {
    people: number;
    organizations: number;
    openConversations: number;
    openDeals: number;
    pipelineValue: string;
  };
};

export type ApiTooDeepQueryVariables = Exact<{ [key: string]: never }>;

export type ApiTooDeepQuery = {
  conversations: {
    edges: Array<{
      node: {
        messages: {
          edges: Array<{
            node: {
              conversation: {
                messages: {
                  edges: Array<{
                    node: {
                      conversation: { messages: { edges: Array<{ node: { text: string } }> } };
                    };
                  }>;
                };
              };
            };
          }>;
        };
      };
    }>;
  };
};

export type ApiTooCostlyQueryVariables = Exact<{ [key: string]: never }>;

export type ApiTooCostlyQuery = {
  conversations: {
    edges: Array<{
      node: {
        messages: {
          edges: Array<{
            node: {
              replyTo: { text: string } | null;
              author: {
                displayName: string;
                messages: { edges: Array<{ node: { text: string } }> };
              };
            };
          }>;
        };
      };
    }>;
  };
};

export type AuthViewerRoleQueryVariables = Exact<{ [key: string]: never }>;

export type AuthViewerRoleQuery = { viewer: { role: ApiKeyRole } };

export type AuthViewerQueryVariables = Exact<{ [key: string]: never }>;

export type AuthViewerQuery = { viewer: { name: string; role: ApiKeyRole } };

export type AuthCreateKeyMutationVariables = Exact<{
  name: string;
  role: ApiKeyRole;
}>;

export type AuthCreateKeyMutation = {
  createApiKey: { id: string; role: ApiKeyRole; secret: string };
};

export type AuthRevokeKeyMutationVariables = Exact<{
  id: string | number;
}>;

export type AuthRevokeKeyMutation = { revokeApiKey: { id: string; revokedAt: string | null } };

export type AuthApiKeyNamesQueryVariables = Exact<{ [key: string]: never }>;

export type AuthApiKeyNamesQuery = { apiKeys: Array<{ name: string }> };

export type AuthSearchRosaQueryVariables = Exact<{ [key: string]: never }>;

export type AuthSearchRosaQuery = {
  searchPeople: Array<{ id: string }>;
  people: { edges: Array<{ node: { identities: Array<{ kind: IdentityKind; value: string }> } }> };
};

export type AuthPeopleSourcesQueryVariables = Exact<{ [key: string]: never }>;

export type AuthPeopleSourcesQuery = {
  people: { edges: Array<{ node: { sources: Array<{ source: string; id: string }> | null } }> };
};

export type AuthEventLogQueryVariables = Exact<{ [key: string]: never }>;

export type AuthEventLogQuery = { eventLog: { endCursor: string | null } };

export type AuthEventCursorsSubscriptionVariables = Exact<{ [key: string]: never }>;

export type AuthEventCursorsSubscription = { events: { cursor: string } };

export type AuthOverviewPeopleSubscriptionVariables = Exact<{ [key: string]: never }>;

export type AuthOverviewPeopleSubscription = { overviewUpdated: { people: number } };

export type BadInputFirstPersonQueryVariables = Exact<{ [key: string]: never }>;

export type BadInputFirstPersonQuery = { people: { edges: Array<{ node: { id: string } }> } };

export type BadInputNodeQueryVariables = Exact<{
  id: string | number;
}>;

export type BadInputNodeQuery = {
  node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | null;
};

export type BadInputNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;

export type BadInputNodesQuery = {
  nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | null
  >;
};

export type BadInputUnmergeMutationVariables = Exact<{
  id: string | number;
}>;

export type BadInputUnmergeMutation = { unmergePerson: { merge: { id: string } } };

export type BadInputMergeMutationVariables = Exact<{
  a: string | number;
  b: string | number;
}>;

export type BadInputMergeMutation = { mergePeople: { id: string } };

export type BadInputSearchQueryVariables = Exact<{
  q: string;
}>;

export type BadInputSearchQuery = {
  searchPeople: Array<{ id: string }>;
  people: { totalCount: number };
};

export type DatabaseDownPeopleCountQueryVariables = Exact<{ [key: string]: never }>;

export type DatabaseDownPeopleCountQuery = { overview: { people: number } };

export type DatabaseDownPeopleTotalQueryVariables = Exact<{ [key: string]: never }>;

export type DatabaseDownPeopleTotalQuery = { people: { totalCount: number } };

export type DatabaseDownCreateKeyMutationVariables = Exact<{ [key: string]: never }>;

export type DatabaseDownCreateKeyMutation = { createApiKey: { id: string } };

export type HostileHttpViewerRoleQueryVariables = Exact<{ [key: string]: never }>;

export type HostileHttpViewerRoleQuery = { viewer: { role: ApiKeyRole } };

export type HostileHttpDealsCountQueryVariables = Exact<{ [key: string]: never }>;

export type HostileHttpDealsCountQuery = { deals: { totalCount: number } };

export type KeyCacheViewerRoleQueryVariables = Exact<{ [key: string]: never }>;

export type KeyCacheViewerRoleQuery = { viewer: { role: ApiKeyRole } };

export type KeyCacheCreateKeyMutationVariables = Exact<{
  name: string;
}>;

export type KeyCacheCreateKeyMutation = { createApiKey: { id: string; secret: string } };

export type KeyCacheRevokeKeyMutationVariables = Exact<{
  id: string | number;
}>;

export type KeyCacheRevokeKeyMutation = { revokeApiKey: { id: string } };

export type NullabilityPeopleWithSourcesQueryVariables = Exact<{ [key: string]: never }>;

export type NullabilityPeopleWithSourcesQuery = {
  people: {
    totalCount: number;
    edges: Array<{ node: { displayName: string; sources: Array<{ source: string }> | null } }>;
  };
};

export type NullabilityApiKeyNamesQueryVariables = Exact<{ [key: string]: never }>;

export type NullabilityApiKeyNamesQuery = { apiKeys: Array<{ name: string }> };

export type PersistedViewerRoleQueryVariables = Exact<{ [key: string]: never }>;

export type PersistedViewerRoleQuery = { viewer: { role: ApiKeyRole } };

export type PersistedSneakyKeyMutationVariables = Exact<{ [key: string]: never }>;

export type PersistedSneakyKeyMutation = { createApiKey: { id: string } };

export type PersistedOverviewUpdatedSubscriptionVariables = Exact<{ [key: string]: never }>;

export type PersistedOverviewUpdatedSubscription = { overviewUpdated: { people: number } };

export type IntegratorPeopleQueryVariables = Exact<{
  first?: number | null | undefined;
}>;

export type IntegratorPeopleQuery = { people: { totalCount: number } };

export type PersistedRegisterMutationVariables = Exact<{
  document: string;
}>;

export type PersistedRegisterMutation = {
  registerPersistedOperation: { hash: string; name: string | null };
};

export type PersistedRegisteredQueryVariables = Exact<{ [key: string]: never }>;

export type PersistedRegisteredQuery = {
  persistedOperations: Array<{ hash: string; document: string }>;
};

export type RateLimitPeopleCountQueryVariables = Exact<{ [key: string]: never }>;

export type RateLimitPeopleCountQuery = { people: { totalCount: number } };

export type RequestLogCreateKeyMutationVariables = Exact<{ [key: string]: never }>;

export type RequestLogCreateKeyMutation = { createApiKey: { secret: string } };

export type RequestLogViewerRoleQueryVariables = Exact<{ [key: string]: never }>;

export type RequestLogViewerRoleQuery = { viewer: { role: ApiKeyRole } };

export type LookupQueryVariables = Exact<{
  id: string;
}>;

export type LookupQuery = { person: { id: string } | null };

export type StartOverviewAndConversationsQueryVariables = Exact<{ [key: string]: never }>;

export type StartOverviewAndConversationsQuery = {
  overview: { people: number };
  conversations: { totalCount: number };
};

export type StartOverviewQueryVariables = Exact<{ [key: string]: never }>;

export type StartOverviewQuery = { overview: { people: number; messagesLast24h: number } };

export type ViewerSourceQueryPersonQueryVariables = Exact<{ [key: string]: never }>;

export type ViewerSourceQueryPersonQuery = { person: { displayName: string } | null };

export type ViewerSourcePersonFilterSourceQueryVariables = Exact<{ [key: string]: never }>;

export type ViewerSourcePersonFilterSourceQuery = { people: { totalCount: number } };

export type ViewerSourceConversationFilterSourceQueryVariables = Exact<{ [key: string]: never }>;

export type ViewerSourceConversationFilterSourceQuery = { conversations: { totalCount: number } };

export type ViewerSourceMessageFilterSourceQueryVariables = Exact<{ [key: string]: never }>;

export type ViewerSourceMessageFilterSourceQuery = { messages: { totalCount: number } };

export type ViewerSourceDealFilterSourceQueryVariables = Exact<{ [key: string]: never }>;

export type ViewerSourceDealFilterSourceQuery = { deals: { totalCount: number } };

export type ViewerSourceMessageSourceQueryVariables = Exact<{ [key: string]: never }>;

export type ViewerSourceMessageSourceQuery = {
  messages: { edges: Array<{ node: { source: string } }> };
};

export type ViewerSourceMessageSourceIdQueryVariables = Exact<{ [key: string]: never }>;

export type ViewerSourceMessageSourceIdQuery = {
  messages: { edges: Array<{ node: { sourceId: string } }> };
};

export type ViewerSourceConversationSourceQueryVariables = Exact<{ [key: string]: never }>;

export type ViewerSourceConversationSourceQuery = {
  conversations: { edges: Array<{ node: { source: string } }> };
};

export type ViewerSourceConversationSourceIdQueryVariables = Exact<{ [key: string]: never }>;

export type ViewerSourceConversationSourceIdQuery = {
  conversations: { edges: Array<{ node: { sourceId: string } }> };
};

export type ViewerSourceDealSourceQueryVariables = Exact<{ [key: string]: never }>;

export type ViewerSourceDealSourceQuery = { deals: { edges: Array<{ node: { source: string } }> } };

export type ViewerSourceDealSourceIdQueryVariables = Exact<{ [key: string]: never }>;

export type ViewerSourceDealSourceIdQuery = {
  deals: { edges: Array<{ node: { sourceId: string } }> };
};

export type ViewerSourceListsWithoutQueryVariables = Exact<{ [key: string]: never }>;

export type ViewerSourceListsWithoutQuery = {
  people: { totalCount: number };
  conversations: { totalCount: number };
  messages: { edges: Array<{ node: { text: string } }> };
  deals: { edges: Array<{ node: { name: string } }> };
};

export type AttributionApiIngestMutationVariables = Exact<{
  records: Array<unknown> | unknown;
}>;

export type AttributionApiIngestMutation = {
  ingest: { rejected: Array<{ index: number; reason: string }> };
};

export type AttributionApiAttributionQueryVariables = Exact<{
  input: AttributionInput;
}>;

export type AttributionApiAttributionQuery = {
  attribution: {
    conversions: number;
    revenue: Array<{ currency: string; amount: number }>;
    rows: Array<{
      label: string;
      credits: Array<{
        model: AttributionModel;
        conversions: number;
        revenue: Array<{ currency: string; amount: number }>;
      }>;
    }>;
  };
};

export type AttributionApiDealTouchesQueryVariables = Exact<{ [key: string]: never }>;

export type AttributionApiDealTouchesQuery = {
  deals: {
    edges: Array<{
      node: {
        name: string;
        attribution: Array<{
          channel: string;
          activity: { kind: ActivityKind; occurredAt: string };
          credits: Array<{ model: AttributionModel; credit: number }>;
        }>;
      };
    }>;
  };
};

export type FunnelApiFunnelQueryVariables = Exact<{
  input: FunnelInput;
}>;

export type FunnelApiFunnelQuery = {
  funnel: {
    steps: Array<{
      name: string;
      count: number;
      conversionFromFirst: number;
      conversionFromPrevious: number;
      droppedOff: number;
      medianSecondsFromPrevious: number | null;
      p90SecondsFromPrevious: number | null;
    }>;
    breakdown: Array<{ value: string | null; label: string; steps: Array<{ count: number }> }>;
    timeToConvert: Array<{ fromSeconds: number; toSeconds: number; count: number }>;
    trend: Array<{ weekStart: string; entered: number; converted: number; conversion: number }>;
    correlations: Array<{
      kind: string;
      label: string;
      oddsRatio: number;
      lower95: number;
      upper95: number;
      convertedWith: number;
      droppedWith: number;
      convertedWithout: number;
      droppedWithout: number;
    }>;
  };
};

export type FunnelApiPeopleQueryVariables = Exact<{
  input: FunnelInput;
}>;

export type FunnelApiPeopleQuery = {
  funnel: {
    steps: Array<{
      converted: { edges: Array<{ node: { displayName: string } }> };
      dropped: {
        edges: Array<{ node: { displayName: string } }>;
        pageInfo: { hasNextPage: boolean };
      };
    }>;
  };
};

export type FunnelApiCountsQueryVariables = Exact<{
  input: FunnelInput;
}>;

export type FunnelApiCountsQuery = { funnel: { steps: Array<{ count: number }> } };

export type FunnelApiStepPeopleQueryVariables = Exact<{
  input: FunnelInput;
}>;

export type FunnelApiStepPeopleQuery = {
  funnel: { steps: Array<{ people: { edges: Array<{ node: { id: string } }> } }> };
};

export type FunnelApiIngestMutationVariables = Exact<{
  records: Array<unknown> | unknown;
}>;

export type FunnelApiIngestMutation = {
  ingest: { created: number; rejected: Array<{ index: number; reason: string }> };
};

export type IndexAtStartFunnelQueryVariables = Exact<{ [key: string]: never }>;

export type IndexAtStartFunnelQuery = { funnel: { steps: Array<{ count: number }> } };

export type IndexAtStartIngestMutationVariables = Exact<{
  records: Array<unknown> | unknown;
}>;

export type IndexAtStartIngestMutation = {
  ingest: { rejected: Array<{ index: number; reason: string }> };
};

export type SavedFunnelsSaveMutationVariables = Exact<{
  name: string;
  input: FunnelInput;
}>;

export type SavedFunnelsSaveMutation = {
  saveFunnel: {
    id: string;
    name: string;
    savedBy: string;
    result: { steps: Array<{ count: number }> };
  };
};

export type SavedFunnelsRenameMutationVariables = Exact<{
  id: string | number;
  input: FunnelInput;
}>;

export type SavedFunnelsRenameMutation = { saveFunnel: { id: string; name: string } };

export type SavedFunnelsListQueryVariables = Exact<{ [key: string]: never }>;

export type SavedFunnelsListQuery = {
  funnels: {
    totalCount: number;
    edges: Array<{ node: { id: string; name: string; definition: unknown } }>;
  };
};

export type SavedFunnelsOneQueryVariables = Exact<{
  id: string | number;
}>;

export type SavedFunnelsOneQuery = { savedFunnel: { name: string } | null };

export type SavedFunnelsByIdQueryVariables = Exact<{
  id: string | number;
}>;

export type SavedFunnelsByIdQuery = { funnel: { steps: Array<{ name: string; count: number }> } };

export type SavedFunnelsByBothQueryVariables = Exact<{
  id: string | number;
  input: FunnelInput;
}>;

export type SavedFunnelsByBothQuery = { funnel: { steps: Array<{ count: number }> } };

export type SavedFunnelsByNeitherQueryVariables = Exact<{ [key: string]: never }>;

export type SavedFunnelsByNeitherQuery = { funnel: { steps: Array<{ count: number }> } };

export type SavedFunnelsDeleteMutationVariables = Exact<{
  id: string | number;
}>;

export type SavedFunnelsDeleteMutation = { deleteFunnel: string };

export type SavedFunnelsUpdatedSubscriptionVariables = Exact<{
  id: string | number;
}>;

export type SavedFunnelsUpdatedSubscription = {
  funnelUpdated: { steps: Array<{ count: number }> };
};

export type SavedFunnelsIngestMutationVariables = Exact<{
  records: Array<unknown> | unknown;
}>;

export type SavedFunnelsIngestMutation = {
  ingest: { rejected: Array<{ index: number; reason: string }> };
};

export type FoundDefectsMessagesSinceTheLastDayQueryVariables = Exact<{ [key: string]: never }>;

export type FoundDefectsMessagesSinceTheLastDayQuery = { messages: { totalCount: number } };

export type FoundDefectsNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;

export type FoundDefectsNodesQuery = {
  nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | null
  >;
};

export type AddressIngestMutationVariables = Exact<{
  records: Array<unknown> | unknown;
}>;

export type AddressIngestMutation = {
  ingest: { created: number; rejected: Array<{ index: number; field: string; reason: string }> };
};

export type AddressOfPersonQueryVariables = Exact<{
  source: string;
  id: string;
}>;

export type AddressOfPersonQuery = {
  person: {
    displayName: string;
    location: string | null;
    address: {
      street: string | null;
      city: string | null;
      postcode: string | null;
      region: string | null;
      country: string | null;
    } | null;
  } | null;
};

export type AddressPeopleQueryVariables = Exact<{ [key: string]: never }>;

export type AddressPeopleQuery = {
  people: {
    edges: Array<{ node: { displayName: string; address: { city: string | null } | null } }>;
  };
};

export type MergeApiSuggestionsQueryVariables = Exact<{
  status?: SuggestionStatus | null | undefined;
}>;

export type MergeApiSuggestionsQuery = {
  mergeSuggestions: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        score: number;
        explanation: string;
        signals: unknown;
        status: SuggestionStatus;
        decidedBy: string | null;
        personA: { id: string; displayName: string };
        personB: { id: string; displayName: string };
      };
    }>;
  };
};

export type MergeApiAcceptMutationVariables = Exact<{
  id: string | number;
}>;

export type MergeApiAcceptMutation = {
  acceptMergeSuggestion: {
    id: string;
    actor: string;
    reason: string;
    createdAt: string;
    undoneAt: string | null;
    movedRows: unknown;
    survivor: { id: string; displayName: string };
    absorbed: { id: string; displayName: string; mergedInto: { id: string } | null };
  };
};

export type MergeApiRejectMutationVariables = Exact<{
  id: string | number;
}>;

export type MergeApiRejectMutation = {
  rejectMergeSuggestion: { status: SuggestionStatus; decidedBy: string | null };
};

export type MergeApiHistoryQueryVariables = Exact<{
  id: string | number;
}>;

export type MergeApiHistoryQuery = {
  node: { merges: Array<{ id: string; reason: string }> } | Record<PropertyKey, never> | null;
};

export type MergeApiUnmergeMutationVariables = Exact<{
  id: string | number;
}>;

export type MergeApiUnmergeMutation = {
  unmergePerson: {
    merge: { id: string; undoneAt: string | null };
    survivor: { id: string };
    restored: { id: string; displayName: string; mergedInto: { id: string } | null };
  };
};

export type MergeApiMergeMutationVariables = Exact<{
  a: string | number;
  b: string | number;
}>;

export type MergeApiMergeMutation = { mergePeople: { id: string } };

export type MergeApiSuggestionIdentitiesQueryVariables = Exact<{ [key: string]: never }>;

export type MergeApiSuggestionIdentitiesQuery = {
  mergeSuggestions: {
    edges: Array<{
      node: {
        explanation: string;
        signals: unknown;
        personA: { displayName: string; identities: Array<{ value: string }> };
        personB: { identities: Array<{ value: string }> };
      };
    }>;
  };
};

export type IngestOverGraphQlMutationVariables = Exact<{
  records: Array<unknown> | unknown;
  key?: string | null | undefined;
}>;

export type IngestOverGraphQlMutation = {
  ingest: {
    created: number;
    updated: number;
    merged: number;
    unchanged: number;
    rejected: Array<{
      index: number;
      type: string | null;
      source: string | null;
      id: string | null;
      field: string;
      reason: string;
    }>;
  };
};

export type IngestPersonBySourceQueryVariables = Exact<{
  source: string;
  id: string;
}>;

export type IngestPersonBySourceQuery = {
  person: {
    id: string;
    displayName: string;
    reach: number;
    sources: Array<{ source: string; id: string }> | null;
  } | null;
};

export type ListeningIngestMutationVariables = Exact<{
  records: Array<unknown> | unknown;
}>;

export type ListeningIngestMutation = { ingest: { created: number } };

export type ListeningBrandsQueryVariables = Exact<{ [key: string]: never }>;

export type ListeningBrandsQuery = { brands: Array<{ id: string; name: string }> };

export type ListeningAddFeedMutationVariables = Exact<{
  url: string;
  brandIds: Array<string | number> | string | number;
}>;

export type ListeningAddFeedMutation = {
  addFeed: { id: string; url: string; intervalMinutes: number; brands: Array<{ name: string }> };
};

export type ListeningFeedsQueryVariables = Exact<{ [key: string]: never }>;

export type ListeningFeedsQuery = {
  feeds: Array<{
    id: string;
    title: string | null;
    entries: number;
    lastStatus: number | null;
    lastError: string | null;
    failures: number;
    lastSuccessAt: string | null;
  }>;
};

export type ListeningBrandMetricsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;

export type ListeningBrandMetricsQuery = {
  brandMetrics: {
    periods: Array<string>;
    brands: Array<{
      brand: { name: string };
      totals: {
        mentions: number;
        shareOfVoice: number;
        channels: Array<{ channel: Channel; mentions: number }>;
      };
      periods: Array<{ start: string; mentions: number }>;
      risingTerms: Array<{ term: string; count: number; examples: Array<{ url: string | null }> }>;
    }>;
  };
};

export type ListeningPlacedMessagesQueryVariables = Exact<{ [key: string]: never }>;

export type ListeningPlacedMessagesQuery = {
  messages: { totalCount: number };
  all: { edges: Array<{ node: { place: { lat: number | null; lng: number | null } | null } }> };
};

export type ListeningMessagesOfBrandQueryVariables = Exact<{
  id: string | number;
}>;

export type ListeningMessagesOfBrandQuery = { messages: { totalCount: number } };

export type ListeningRemoveFeedMutationVariables = Exact<{
  id: string | number;
}>;

export type ListeningRemoveFeedMutation = { removeFeed: string };

export type ListeningHourlyForAYearQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;

export type ListeningHourlyForAYearQuery = { brandMetrics: { periods: Array<string> } };

export type ListeningAddBadFeedMutationVariables = Exact<{ [key: string]: never }>;

export type ListeningAddBadFeedMutation = { addFeed: { id: string } };

export type FanOutEventsSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;

export type FanOutEventsSubscription = { events: { cursor: string; payload: unknown } };

export type FanOutMessagesSubscriptionVariables = Exact<{ [key: string]: never }>;

export type FanOutMessagesSubscription = { messageAdded: { text: string } };

export type FanOutIngestMutationVariables = Exact<{
  records: Array<unknown> | unknown;
}>;

export type FanOutIngestMutation = { ingest: { created: number } };

export type RedisInstancesEventsSubscriptionVariables = Exact<{ [key: string]: never }>;

export type RedisInstancesEventsSubscription = { events: { cursor: string; payload: unknown } };

export type RedisInstancesCursorsSubscriptionVariables = Exact<{ [key: string]: never }>;

export type RedisInstancesCursorsSubscription = { events: { cursor: string } };

export type RedisOutageIngestMutationVariables = Exact<{
  records: Array<unknown> | unknown;
}>;

export type RedisOutageIngestMutation = {
  ingest: { created: number; rejected: Array<{ field: string; reason: string }> };
};

export type RedisOutageEventsSubscriptionVariables = Exact<{ [key: string]: never }>;

export type RedisOutageEventsSubscription = { events: { type: EventType; payload: unknown } };

export type RedisOutageViewerRoleQueryVariables = Exact<{ [key: string]: never }>;

export type RedisOutageViewerRoleQuery = { viewer: { role: ApiKeyRole } };

export type ResumeEventsSubscriptionVariables = Exact<{
  after?: string | null | undefined;
  types?: Array<EventType> | EventType | null | undefined;
}>;

export type ResumeEventsSubscription = {
  events: { cursor: string; type: EventType; payload: unknown };
};

export type RevocationCreateKeyMutationVariables = Exact<{
  name: string;
}>;

export type RevocationCreateKeyMutation = { createApiKey: { id: string; secret: string } };

export type RevocationRevokeMutationVariables = Exact<{
  id: string | number;
}>;

export type RevocationRevokeMutation = { revokeApiKey: { id: string; revokedAt: string | null } };

export type RevocationEventsSubscriptionVariables = Exact<{ [key: string]: never }>;

export type RevocationEventsSubscription = { events: { cursor: string } };

export type SharedExecutionIngestMutationVariables = Exact<{
  records: Array<unknown> | unknown;
}>;

export type SharedExecutionIngestMutation = {
  ingest: { created: number; rejected: Array<{ reason: string }> };
};

export type SharedExecutionMessagesSubscriptionVariables = Exact<{ [key: string]: never }>;

export type SharedExecutionMessagesSubscription = {
  messageAdded: {
    text: string;
    author: {
      displayName: string;
      identities: Array<{ kind: IdentityKind; platform: string; value: string }>;
    };
  };
};

export type SharedExecutionBelowSubscriptionVariables = Exact<{
  below?: number | null | undefined;
}>;

export type SharedExecutionBelowSubscription = { messageAdded: { text: string } };

export type SlowSubscriberEventsSubscriptionVariables = Exact<{ [key: string]: never }>;

export type SlowSubscriberEventsSubscription = { events: { cursor: string; payload: unknown } };

export type SlowSubscriberCursorsSubscriptionVariables = Exact<{ [key: string]: never }>;

export type SlowSubscriberCursorsSubscription = { events: { cursor: string } };

export type WebsocketLimitsEventsSubscriptionVariables = Exact<{ [key: string]: never }>;

export type WebsocketLimitsEventsSubscription = { events: { cursor: string } };

export type WebsocketLimitsViewerRoleQueryVariables = Exact<{ [key: string]: never }>;

export type WebsocketLimitsViewerRoleQuery = { viewer: { role: ApiKeyRole } };

export type AlertFieldsFragment = {
  id: string;
  severity: Priority;
  reason: string;
  messageCount: number;
  raisedAt: string;
  updatedAt: string;
  acknowledgedAt: string | null;
  rule: { id: string; name: string; kind: AlertRuleKind };
  person: { id: string; displayName: string } | null;
  message: { id: string; channel: Channel; priority: Priority; text: string } | null;
  conversation: { id: string } | null;
};

export type TestIngestMutationVariables = Exact<{
  records: Array<unknown> | unknown;
}>;

export type TestIngestMutation = {
  ingest: { rejected: Array<{ index: number; field: string; reason: string }> };
};

export type FollowedEventPayloadsSubscriptionVariables = Exact<{ [key: string]: never }>;

export type FollowedEventPayloadsSubscription = { events: { payload: unknown } };

export type WebhooksCreateMutationVariables = Exact<{
  url: string;
  events: Array<EventType> | EventType;
}>;

export type WebhooksCreateMutation = {
  createWebhook: {
    id: string;
    url: string;
    events: Array<EventType>;
    enabled: boolean;
    secret: string | null;
  };
};

export type WebhooksCreateWithSecretMutationVariables = Exact<{
  url: string;
  secret?: string | null | undefined;
}>;

export type WebhooksCreateWithSecretMutation = {
  createWebhook: { id: string; secret: string | null };
};

export type WebhooksSecretsQueryVariables = Exact<{ [key: string]: never }>;

export type WebhooksSecretsQuery = { webhooks: Array<{ id: string; secret: string | null }> };

export type WebhooksListQueryVariables = Exact<{ [key: string]: never }>;

export type WebhooksListQuery = {
  webhooks: Array<{ id: string; enabled: boolean; disabledReason: string | null }>;
};

export type WebhooksDeliveryLogQueryVariables = Exact<{ [key: string]: never }>;

export type WebhooksDeliveryLogQuery = {
  webhooks: Array<{
    id: string;
    deliveries: Array<{
      webhookId: string;
      status: WebhookDeliveryStatus;
      attempts: number;
      lastStatus: number | null;
      latencyMs: number | null;
      lastError: string | null;
    }>;
  }>;
};

export type WebhooksDeliveriesQueryVariables = Exact<{ [key: string]: never }>;

export type WebhooksDeliveriesQuery = {
  webhooks: Array<{
    id: string;
    disabledReason: string | null;
    deliveries: Array<{
      status: WebhookDeliveryStatus;
      attempts: number;
      lastStatus: number | null;
      lastError: string | null;
    }>;
  }>;
};

export type WebhooksReplayMutationVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;

export type WebhooksReplayMutation = { replayWebhook: { id: string } };

export type WebhooksRotateSecretMutationVariables = Exact<{
  id: string | number;
}>;

export type WebhooksRotateSecretMutation = { rotateWebhookSecret: { secret: string | null } };

export type WebhooksUrlByNodeQueryVariables = Exact<{
  id: string | number;
}>;

export type WebhooksUrlByNodeQuery = { node: { url: string } | Record<PropertyKey, never> | null };

export type WebhooksDeleteMutationVariables = Exact<{
  id: string | number;
}>;

export type WebhooksDeleteMutation = { deleteWebhook: string };

export type WebhookInstancesCreateMutationVariables = Exact<{
  url: string;
}>;

export type WebhookInstancesCreateMutation = { createWebhook: { id: string } };

export type WebhookRestartCreateMutationVariables = Exact<{
  url: string;
}>;

export type WebhookRestartCreateMutation = { createWebhook: { secret: string | null } };

export type WebhookRestartIngestMutationVariables = Exact<{
  records: Array<unknown> | unknown;
}>;

export type WebhookRestartIngestMutation = {
  ingest: { rejected: Array<{ index: number; reason: string }> };
};

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>["__apiType"]>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AlertFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment AlertFields on Alert {
  id
  severity
  reason
  messageCount
  raisedAt
  updatedAt
  acknowledgedAt
  rule {
    id
    name
    kind
  }
  person {
    id
    displayName
  }
  message {
    id
    channel
    priority
    text
  }
  conversation {
    id
  }
}
    `,
  { fragmentName: "AlertFields" },
) as unknown as TypedDocumentString<AlertFieldsFragment, unknown>;
export const GraphRecomputeDocument = new TypedDocumentString(`
    mutation GraphRecompute {
  recomputeInfluence {
    communities
  }
}
    `) as unknown as TypedDocumentString<GraphRecomputeMutation, GraphRecomputeMutationVariables>;
export const GraphDocument = new TypedDocumentString(`
    query Graph($first: Int, $community: ID) {
  influenceGraph(first: $first, networkCommunityId: $community) {
    edgeCount
    nodes {
      id
      score
      person {
        id
        displayName
      }
      networkCommunity {
        id
        label
      }
    }
    edges {
      source
      target
      weight
    }
  }
}
    `) as unknown as TypedDocumentString<GraphQuery, GraphQueryVariables>;
export const GraphScopedInfluenceDocument = new TypedDocumentString(`
    query GraphScopedInfluence {
  influencers(first: 10) {
    edges {
      node {
        displayName
        scopedInfluence {
          brand {
            name
          }
          community {
            name
          }
          influence {
            score
            components {
              contribution
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  GraphScopedInfluenceQuery,
  GraphScopedInfluenceQueryVariables
>;
export const InfluenceRecomputeDocument = new TypedDocumentString(`
    mutation InfluenceRecompute {
  recomputeInfluence {
    id
    trigger
    people
    edges
    communities
    milliseconds
    modularity
  }
}
    `) as unknown as TypedDocumentString<
  InfluenceRecomputeMutation,
  InfluenceRecomputeMutationVariables
>;
export const InfluencersDocument = new TypedDocumentString(`
    query Influencers($filter: InfluencerFilter, $first: Int, $after: String) {
  influencers(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        displayName
        influence {
          score
          pageRank
          reach
          engagement
          networkCommunity {
            id
            label
          }
          components {
            name
            value
            weight
            contribution
            explanation
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InfluencersQuery, InfluencersQueryVariables>;
export const InfluenceCommunitiesAndBrandsDocument = new TypedDocumentString(`
    query InfluenceCommunitiesAndBrands {
  communities(first: 5) {
    edges {
      node {
        id
        name
      }
    }
  }
  brands {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<
  InfluenceCommunitiesAndBrandsQuery,
  InfluenceCommunitiesAndBrandsQueryVariables
>;
export const InfluenceNetworkCommunitiesDocument = new TypedDocumentString(`
    query InfluenceNetworkCommunities {
  networkCommunities(first: 10) {
    totalCount
    edges {
      node {
        id
        label
        size
        topMembers(first: 2) {
          displayName
        }
        mainChannels {
          channel
          messages
        }
        mainBrands {
          brand {
            name
          }
          mentions
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  InfluenceNetworkCommunitiesQuery,
  InfluenceNetworkCommunitiesQueryVariables
>;
export const InfluenceSuperusersDocument = new TypedDocumentString(`
    query InfluenceSuperusers {
  communities(first: 5) {
    edges {
      node {
        id
        name
        superusers(first: 2) {
          displayName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  InfluenceSuperusersQuery,
  InfluenceSuperusersQueryVariables
>;
export const ScopedDocument = new TypedDocumentString(`
    query Scoped($community: ID!, $brand: ID!) {
  influencers(first: 20) {
    edges {
      node {
        displayName
        inForum: influenceInCommunity(communityId: $community) {
          score
          engagement
          components {
            contribution
          }
        }
        aboutLumen: influenceAboutBrand(brandId: $brand) {
          score
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScopedQuery, ScopedQueryVariables>;
export const InfluenceMessagePrioritiesDocument = new TypedDocumentString(`
    query InfluenceMessagePriorities {
  messages(first: 2) {
    edges {
      node {
        text
        priority
        author {
          displayName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  InfluenceMessagePrioritiesQuery,
  InfluenceMessagePrioritiesQueryVariables
>;
export const VolumeDocument = new TypedDocumentString(`
    query Volume($from: DateTime!, $to: DateTime!, $interval: MessageVolumeInterval!) {
  messageVolume(from: $from, to: $to, interval: $interval) {
    from
    to
    interval
    total {
      start
      messages
      negative
      averageSentiment
      negativeShare
    }
    channels {
      channel
      messages
      points {
        start
        messages
        negative
        averageSentiment
        negativeShare
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VolumeQuery, VolumeQueryVariables>;
export const AlertsApiAlertsDocument = new TypedDocumentString(`
    query AlertsApiAlerts($filter: AlertFilter) {
  alerts(first: 50, filter: $filter) {
    totalCount
    edges {
      node {
        ...AlertFields
      }
    }
  }
}
    fragment AlertFields on Alert {
  id
  severity
  reason
  messageCount
  raisedAt
  updatedAt
  acknowledgedAt
  rule {
    id
    name
    kind
  }
  person {
    id
    displayName
  }
  message {
    id
    channel
    priority
    text
  }
  conversation {
    id
  }
}`) as unknown as TypedDocumentString<AlertsApiAlertsQuery, AlertsApiAlertsQueryVariables>;
export const AlertsApiSaveRuleDocument = new TypedDocumentString(`
    mutation AlertsApiSaveRule($input: AlertRuleInput!) {
  saveAlertRule(input: $input) {
    id
    name
    enabled
    kind
    description
    crisis {
      threshold
      minCount
      weeks
      minWeeks
      windowMinutes
      sentimentBelow
    }
    influentialUnhappy {
      minFollowers
    }
  }
}
    `) as unknown as TypedDocumentString<
  AlertsApiSaveRuleMutation,
  AlertsApiSaveRuleMutationVariables
>;
export const AlertsApiRulesDocument = new TypedDocumentString(`
    query AlertsApiRules {
  alertRules {
    name
    kind
    enabled
    description
    influentialUnhappy {
      minFollowers
      minInfluence
      sentimentBelow
      problemIntent
    }
    crisis {
      threshold
      minCount
      weeks
      minWeeks
      windowMinutes
    }
    competitorUnhappy {
      minFollowers
    }
  }
}
    `) as unknown as TypedDocumentString<AlertsApiRulesQuery, AlertsApiRulesQueryVariables>;
export const AlertsApiDeleteRuleDocument = new TypedDocumentString(`
    mutation AlertsApiDeleteRule($id: ID!) {
  deleteAlertRule(id: $id)
}
    `) as unknown as TypedDocumentString<
  AlertsApiDeleteRuleMutation,
  AlertsApiDeleteRuleMutationVariables
>;
export const AlertsApiHighRaisedDocument = new TypedDocumentString(`
    subscription AlertsApiHighRaised {
  alertRaised(minSeverity: HIGH) {
    ...AlertFields
  }
}
    fragment AlertFields on Alert {
  id
  severity
  reason
  messageCount
  raisedAt
  updatedAt
  acknowledgedAt
  rule {
    id
    name
    kind
  }
  person {
    id
    displayName
  }
  message {
    id
    channel
    priority
    text
  }
  conversation {
    id
  }
}`) as unknown as TypedDocumentString<
  AlertsApiHighRaisedSubscription,
  AlertsApiHighRaisedSubscriptionVariables
>;
export const AlertsApiUrgentRaisedDocument = new TypedDocumentString(`
    subscription AlertsApiUrgentRaised {
  alertRaised(minSeverity: URGENT) {
    id
  }
}
    `) as unknown as TypedDocumentString<
  AlertsApiUrgentRaisedSubscription,
  AlertsApiUrgentRaisedSubscriptionVariables
>;
export const AlertsApiEventsDocument = new TypedDocumentString(`
    subscription AlertsApiEvents {
  events(types: [ALERT_RAISED]) {
    type
    payload
    conversation {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<
  AlertsApiEventsSubscription,
  AlertsApiEventsSubscriptionVariables
>;
export const AlertsApiAcknowledgeDocument = new TypedDocumentString(`
    mutation AlertsApiAcknowledge($id: ID!) {
  acknowledgeAlert(id: $id) {
    id
    acknowledgedAt
    acknowledgedBy
  }
}
    `) as unknown as TypedDocumentString<
  AlertsApiAcknowledgeMutation,
  AlertsApiAcknowledgeMutationVariables
>;
export const AlertsApiPageDocument = new TypedDocumentString(`
    query AlertsApiPage($after: String) {
  alerts(first: 1, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AlertsApiPageQuery, AlertsApiPageQueryVariables>;
export const AlertsApiAcknowledgeIdDocument = new TypedDocumentString(`
    mutation AlertsApiAcknowledgeId($id: ID!) {
  acknowledgeAlert(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<
  AlertsApiAcknowledgeIdMutation,
  AlertsApiAcknowledgeIdMutationVariables
>;
export const ScenarioTopAlertDocument = new TypedDocumentString(`
    query ScenarioTopAlert {
  alerts(first: 1, filter: {acknowledged: false}) {
    edges {
      node {
        ...AlertFields
      }
    }
  }
}
    fragment AlertFields on Alert {
  id
  severity
  reason
  messageCount
  raisedAt
  updatedAt
  acknowledgedAt
  rule {
    id
    name
    kind
  }
  person {
    id
    displayName
  }
  message {
    id
    channel
    priority
    text
  }
  conversation {
    id
  }
}`) as unknown as TypedDocumentString<ScenarioTopAlertQuery, ScenarioTopAlertQueryVariables>;
export const ScenarioHighAlertRaisedDocument = new TypedDocumentString(`
    subscription ScenarioHighAlertRaised {
  alertRaised(minSeverity: HIGH) {
    ...AlertFields
  }
}
    fragment AlertFields on Alert {
  id
  severity
  reason
  messageCount
  raisedAt
  updatedAt
  acknowledgedAt
  rule {
    id
    name
    kind
  }
  person {
    id
    displayName
  }
  message {
    id
    channel
    priority
    text
  }
  conversation {
    id
  }
}`) as unknown as TypedDocumentString<
  ScenarioHighAlertRaisedSubscription,
  ScenarioHighAlertRaisedSubscriptionVariables
>;
export const ScenarioCaseOfAlertDocument = new TypedDocumentString(`
    query ScenarioCaseOfAlert($id: ID!) {
  node(id: $id) {
    ... on Alert {
      case {
        id
        priority
        status
        origin
        channel
        alert {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  ScenarioCaseOfAlertQuery,
  ScenarioCaseOfAlertQueryVariables
>;
export const ScenarioOpenCaseFromAlertDocument = new TypedDocumentString(`
    mutation ScenarioOpenCaseFromAlert($id: ID!) {
  openCase(input: {alertId: $id}) {
    id
    priority
    alert {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<
  ScenarioOpenCaseFromAlertMutation,
  ScenarioOpenCaseFromAlertMutationVariables
>;
export const ScenarioInboxAndQueueCountsDocument = new TypedDocumentString(`
    query ScenarioInboxAndQueueCounts {
  overview {
    openAlerts
    openCases
    breachedCases
  }
  alerts(filter: {acknowledged: false}) {
    totalCount
  }
  cases(filter: {status: [NEW, OPEN, PENDING]}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<
  ScenarioInboxAndQueueCountsQuery,
  ScenarioInboxAndQueueCountsQueryVariables
>;
export const ScenarioOpenCaseOfNoAlertDocument = new TypedDocumentString(`
    mutation ScenarioOpenCaseOfNoAlert {
  openCase(input: {alertId: "QWxlcnQ6OTk5OTk="}) {
    id
  }
}
    `) as unknown as TypedDocumentString<
  ScenarioOpenCaseOfNoAlertMutation,
  ScenarioOpenCaseOfNoAlertMutationVariables
>;
export const ScenarioOpenCaseOfTwoDocument = new TypedDocumentString(`
    mutation ScenarioOpenCaseOfTwo {
  openCase(input: {alertId: "QWxlcnQ6MQ==", messageId: "TWVzc2FnZTox"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<
  ScenarioOpenCaseOfTwoMutation,
  ScenarioOpenCaseOfTwoMutationVariables
>;
export const AlertsInstancesRaisedDocument = new TypedDocumentString(`
    subscription AlertsInstancesRaised {
  alertRaised {
    ...AlertFields
  }
}
    fragment AlertFields on Alert {
  id
  severity
  reason
  messageCount
  raisedAt
  updatedAt
  acknowledgedAt
  rule {
    id
    name
    kind
  }
  person {
    id
    displayName
  }
  message {
    id
    channel
    priority
    text
  }
  conversation {
    id
  }
}`) as unknown as TypedDocumentString<
  AlertsInstancesRaisedSubscription,
  AlertsInstancesRaisedSubscriptionVariables
>;
export const BrowserAlertsAcknowledgedDocument = new TypedDocumentString(`
    query BrowserAlertsAcknowledged {
  alerts(first: 5, filter: {acknowledged: true}) {
    edges {
      node {
        message {
          text
        }
        acknowledgedBy
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  BrowserAlertsAcknowledgedQuery,
  BrowserAlertsAcknowledgedQueryVariables
>;
export const BrowserCasesSaveTeammateDocument = new TypedDocumentString(`
    mutation BrowserCasesSaveTeammate {
  saveTeammate(input: {name: "Sam Okafor", handle: "sam", team: "Care"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<
  BrowserCasesSaveTeammateMutation,
  BrowserCasesSaveTeammateMutationVariables
>;
export const BrowserInfluencersRecomputeDocument = new TypedDocumentString(`
    mutation BrowserInfluencersRecompute {
  recomputeInfluence {
    communities
  }
}
    `) as unknown as TypedDocumentString<
  BrowserInfluencersRecomputeMutation,
  BrowserInfluencersRecomputeMutationVariables
>;
export const BrowserListeningRecomputeDocument = new TypedDocumentString(`
    mutation BrowserListeningRecompute {
  recomputeInfluence {
    id
  }
}
    `) as unknown as TypedDocumentString<
  BrowserListeningRecomputeMutation,
  BrowserListeningRecomputeMutationVariables
>;
export const CasesIngestDocument = new TypedDocumentString(`
    mutation CasesIngest($records: [JSON!]!) {
  ingest(records: $records) {
    created
    rejected {
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<CasesIngestMutation, CasesIngestMutationVariables>;
export const CasesOfConversationsDocument = new TypedDocumentString(`
    query CasesOfConversations {
  conversations(first: 50) {
    edges {
      node {
        sourceId
        case {
          id
          status
          priority
          channel
          origin
          team
          assignee {
            name
          }
          firstResponseAt
          firstResponseDueAt
          resolutionDueAt
          nextResponseDueAt
          breached {
            firstResponse
            nextResponse
            resolution
          }
          person {
            displayName
          }
          sla {
            firstResponseMinutes
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  CasesOfConversationsQuery,
  CasesOfConversationsQueryVariables
>;
export const CasesSaveSamDocument = new TypedDocumentString(`
    mutation CasesSaveSam {
  saveTeammate(input: {name: "Sam Okafor", handle: "sam", team: "Care"}) {
    id
    handle
    team
  }
}
    `) as unknown as TypedDocumentString<CasesSaveSamMutation, CasesSaveSamMutationVariables>;
export const CasesAssignDocument = new TypedDocumentString(`
    mutation CasesAssign($id: ID!, $to: ID) {
  assignCase(id: $id, assigneeId: $to) {
    status
    team
    assignee {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CasesAssignMutation, CasesAssignMutationVariables>;
export const CasesAddNoteDocument = new TypedDocumentString(`
    mutation CasesAddNote($id: ID!) {
  addCaseNote(id: $id, text: "@sam please call her back") {
    author
    text
    mentions {
      handle
    }
  }
}
    `) as unknown as TypedDocumentString<CasesAddNoteMutation, CasesAddNoteMutationVariables>;
export const CasesRespondSorryDocument = new TypedDocumentString(`
    mutation CasesRespondSorry($id: ID!) {
  respondToCase(id: $id, text: "We are so sorry: a technician comes today.") {
    status
    firstResponseAt
    conversation {
      messages(first: 10) {
        edges {
          node {
            direction
            channel
            text
            author {
              displayName
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  CasesRespondSorryMutation,
  CasesRespondSorryMutationVariables
>;
export const CasesResolveDocument = new TypedDocumentString(`
    mutation CasesResolve($id: ID!) {
  resolveCase(id: $id) {
    status
    resolvedAt
  }
}
    `) as unknown as TypedDocumentString<CasesResolveMutation, CasesResolveMutationVariables>;
export const CasesOfPeopleDocument = new TypedDocumentString(`
    query CasesOfPeople {
  people(first: 10) {
    edges {
      node {
        displayName
        cases(first: 5) {
          totalCount
          edges {
            node {
              id
              status
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CasesOfPeopleQuery, CasesOfPeopleQueryVariables>;
export const CasesOpenQueueDocument = new TypedDocumentString(`
    query CasesOpenQueue {
  cases(first: 10, filter: {status: [NEW, OPEN, PENDING]}) {
    totalCount
    edges {
      node {
        channel
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CasesOpenQueueQuery, CasesOpenQueueQueryVariables>;
export const CasesPhoneNotBreachedDocument = new TypedDocumentString(`
    query CasesPhoneNotBreached {
  cases(first: 10, filter: {channel: PHONE, breached: false}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<
  CasesPhoneNotBreachedQuery,
  CasesPhoneNotBreachedQueryVariables
>;
export const CasesPageDocument = new TypedDocumentString(`
    query CasesPage($after: String) {
  cases(first: 2, after: $after) {
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CasesPageQuery, CasesPageQueryVariables>;
export const CasesAllIdsDocument = new TypedDocumentString(`
    query CasesAllIds {
  cases(first: 10) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CasesAllIdsQuery, CasesAllIdsQueryVariables>;
export const CasesResponseTimesByChannelDocument = new TypedDocumentString(`
    query CasesResponseTimesByChannel {
  responseTimes(groupBy: CHANNEL) {
    channel
    cases
    responded
    resolved
    firstResponseMedianSeconds
    slaMet
  }
}
    `) as unknown as TypedDocumentString<
  CasesResponseTimesByChannelQuery,
  CasesResponseTimesByChannelQueryVariables
>;
export const CasesResponseTimesBackwardsDocument = new TypedDocumentString(`
    query CasesResponseTimesBackwards {
  responseTimes(
    groupBy: PRIORITY
    from: "2026-02-01T00:00:00Z"
    to: "2026-01-01T00:00:00Z"
  ) {
    cases
  }
}
    `) as unknown as TypedDocumentString<
  CasesResponseTimesBackwardsQuery,
  CasesResponseTimesBackwardsQueryVariables
>;
export const CasesResolveIdDocument = new TypedDocumentString(`
    mutation CasesResolveId($id: ID!) {
  resolveCase(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<CasesResolveIdMutation, CasesResolveIdMutationVariables>;
export const CasesReopenDocument = new TypedDocumentString(`
    mutation CasesReopen($id: ID!) {
  reopenCase(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<CasesReopenMutation, CasesReopenMutationVariables>;
export const CasesOpenOfNothingDocument = new TypedDocumentString(`
    mutation CasesOpenOfNothing {
  openCase(input: {}) {
    id
  }
}
    `) as unknown as TypedDocumentString<
  CasesOpenOfNothingMutation,
  CasesOpenOfNothingMutationVariables
>;
export const CasesSaveTakenHandleDocument = new TypedDocumentString(`
    mutation CasesSaveTakenHandle {
  saveTeammate(input: {name: "Other", handle: "@SAM"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<
  CasesSaveTakenHandleMutation,
  CasesSaveTakenHandleMutationVariables
>;
export const CasesSaveSlowUrgentPolicyDocument = new TypedDocumentString(`
    mutation CasesSaveSlowUrgentPolicy {
  saveSlaPolicy(
    input: {priority: URGENT, firstResponseMinutes: 500, nextResponseMinutes: 60, resolutionMinutes: 240}
  ) {
    priority
  }
}
    `) as unknown as TypedDocumentString<
  CasesSaveSlowUrgentPolicyMutation,
  CasesSaveSlowUrgentPolicyMutationVariables
>;
export const CasesSlaPoliciesDocument = new TypedDocumentString(`
    query CasesSlaPolicies {
  slaPolicies {
    priority
    firstResponseMinutes
    nextResponseMinutes
    resolutionMinutes
  }
}
    `) as unknown as TypedDocumentString<CasesSlaPoliciesQuery, CasesSlaPoliciesQueryVariables>;
export const CasesCheckedNoteDocument = new TypedDocumentString(`
    mutation CasesCheckedNote($id: ID!) {
  addCaseNote(id: $id, text: "checked") {
    text
  }
}
    `) as unknown as TypedDocumentString<
  CasesCheckedNoteMutation,
  CasesCheckedNoteMutationVariables
>;
export const CasesSaveLeeDocument = new TypedDocumentString(`
    mutation CasesSaveLee {
  saveTeammate(input: {name: "Lee", handle: "lee"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<CasesSaveLeeMutation, CasesSaveLeeMutationVariables>;
export const CasesUpdatedDocument = new TypedDocumentString(`
    subscription CasesUpdated {
  caseUpdated {
    id
    status
    channel
  }
}
    `) as unknown as TypedDocumentString<
  CasesUpdatedSubscription,
  CasesUpdatedSubscriptionVariables
>;
export const CasesProbeNoteDocument = new TypedDocumentString(`
    mutation CasesProbeNote($id: ID!) {
  addCaseNote(id: $id, text: "probe") {
    id
  }
}
    `) as unknown as TypedDocumentString<CasesProbeNoteMutation, CasesProbeNoteMutationVariables>;
export const CasesRespondCallingDocument = new TypedDocumentString(`
    mutation CasesRespondCalling($id: ID!, $to: ID!) {
  respondToCase(id: $id, text: "Calling you now.", teammateId: $to) {
    id
  }
}
    `) as unknown as TypedDocumentString<
  CasesRespondCallingMutation,
  CasesRespondCallingMutationVariables
>;
export const CasesTwoInstancesIngestDocument = new TypedDocumentString(`
    mutation CasesTwoInstancesIngest($records: [JSON!]!) {
  ingest(records: $records) {
    rejected {
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<
  CasesTwoInstancesIngestMutation,
  CasesTwoInstancesIngestMutationVariables
>;
export const CasesTwoInstancesCasesDocument = new TypedDocumentString(`
    query CasesTwoInstancesCases {
  cases(first: 100) {
    totalCount
    edges {
      node {
        status
        openedAt
        firstResponseAt
        conversation {
          sourceId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  CasesTwoInstancesCasesQuery,
  CasesTwoInstancesCasesQueryVariables
>;
export const FaultsIngestDocument = new TypedDocumentString(`
    mutation FaultsIngest($records: [JSON!]!) {
  ingest(records: $records) {
    created
    rejected {
      index
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<FaultsIngestMutation, FaultsIngestMutationVariables>;
export const FaultsFollowerKeyDocument = new TypedDocumentString(`
    mutation FaultsFollowerKey {
  createApiKey(name: "faults follower", role: INTEGRATOR) {
    secret
  }
}
    `) as unknown as TypedDocumentString<
  FaultsFollowerKeyMutation,
  FaultsFollowerKeyMutationVariables
>;
export const ApiConversationsWithMessagesDocument = new TypedDocumentString(`
    query ApiConversationsWithMessages($first: Int!) {
  conversations(first: $first) {
    edges {
      node {
        subject
        channel
        messages(first: 10) {
          edges {
            node {
              text
              sentiment
              author {
                displayName
                reach
                organization {
                  name
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  ApiConversationsWithMessagesQuery,
  ApiConversationsWithMessagesQueryVariables
>;
export const ApiConversationPageDocument = new TypedDocumentString(`
    query ApiConversationPage($first: Int!, $after: String) {
  conversations(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        lastMessageAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  ApiConversationPageQuery,
  ApiConversationPageQueryVariables
>;
export const ApiTwitterConversationsDocument = new TypedDocumentString(`
    query ApiTwitterConversations {
  conversations(first: 100, filter: {channel: TWITTER}) {
    totalCount
    edges {
      node {
        id
        channel
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  ApiTwitterConversationsQuery,
  ApiTwitterConversationsQueryVariables
>;
export const ApiNegativeProblemsDocument = new TypedDocumentString(`
    query ApiNegativeProblems {
  messages(first: 100, filter: {sentimentBelow: 0, intent: PROBLEM}) {
    totalCount
    edges {
      node {
        sentiment
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  ApiNegativeProblemsQuery,
  ApiNegativeProblemsQueryVariables
>;
export const ApiCustomersByReachDocument = new TypedDocumentString(`
    query ApiCustomersByReach {
  people(
    first: 50
    filter: {stage: CUSTOMER}
    orderBy: {field: REACH, direction: DESC}
  ) {
    edges {
      node {
        stage
        reach
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  ApiCustomersByReachQuery,
  ApiCustomersByReachQueryVariables
>;
export const ApiOrganizationsDocument = new TypedDocumentString(`
    query ApiOrganizations {
  organizations(first: 5) {
    edges {
      node {
        id
        name
        people(first: 10) {
          totalCount
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApiOrganizationsQuery, ApiOrganizationsQueryVariables>;
export const ApiPeopleOfOrganizationDocument = new TypedDocumentString(`
    query ApiPeopleOfOrganization($first: Int!, $org: ID!) {
  people(first: $first, filter: {organizationId: $org}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<
  ApiPeopleOfOrganizationQuery,
  ApiPeopleOfOrganizationQueryVariables
>;
export const ApiMostReachedDocument = new TypedDocumentString(`
    query ApiMostReached {
  people(first: 1, orderBy: {field: REACH, direction: DESC}) {
    edges {
      node {
        id
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApiMostReachedQuery, ApiMostReachedQueryVariables>;
export const ApiNodeByIdDocument = new TypedDocumentString(`
    query ApiNodeById($id: ID!) {
  node(id: $id) {
    __typename
    ... on Person {
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<ApiNodeByIdQuery, ApiNodeByIdQueryVariables>;
export const ApiLeastReachedTimelineDocument = new TypedDocumentString(`
    query ApiLeastReachedTimeline {
  people(first: 1, orderBy: {field: REACH, direction: ASC}) {
    edges {
      node {
        displayName
        timeline(first: 10) {
          totalCount
          edges {
            node {
              kind
              department
              occurredAt
              summary
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  ApiLeastReachedTimelineQuery,
  ApiLeastReachedTimelineQueryVariables
>;
export const ApiSearchPeopleDocument = new TypedDocumentString(`
    query ApiSearchPeople($query: String!) {
  searchPeople(query: $query) {
    displayName
  }
}
    `) as unknown as TypedDocumentString<ApiSearchPeopleQuery, ApiSearchPeopleQueryVariables>;
export const ApiOverviewDocument = new TypedDocumentString(`
    query ApiOverview {
  overview {
    people
    organizations
    openConversations
    openDeals
    pipelineValue
  }
}
    `) as unknown as TypedDocumentString<ApiOverviewQuery, ApiOverviewQueryVariables>;
export const ApiTooDeepDocument = new TypedDocumentString(`
    query ApiTooDeep {
  conversations(first: 1) {
    edges {
      node {
        messages(first: 1) {
          edges {
            node {
              conversation {
                messages(first: 1) {
                  edges {
                    node {
                      conversation {
                        messages(first: 1) {
                          edges {
                            node {
                              text
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApiTooDeepQuery, ApiTooDeepQueryVariables>;
export const ApiTooCostlyDocument = new TypedDocumentString(`
    query ApiTooCostly {
  conversations(first: 100) {
    edges {
      node {
        messages(first: 100) {
          edges {
            node {
              replyTo {
                text
              }
              author {
                displayName
                messages(first: 100) {
                  edges {
                    node {
                      text
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApiTooCostlyQuery, ApiTooCostlyQueryVariables>;
export const AuthViewerRoleDocument = new TypedDocumentString(`
    query AuthViewerRole {
  viewer {
    role
  }
}
    `) as unknown as TypedDocumentString<AuthViewerRoleQuery, AuthViewerRoleQueryVariables>;
export const AuthViewerDocument = new TypedDocumentString(`
    query AuthViewer {
  viewer {
    name
    role
  }
}
    `) as unknown as TypedDocumentString<AuthViewerQuery, AuthViewerQueryVariables>;
export const AuthCreateKeyDocument = new TypedDocumentString(`
    mutation AuthCreateKey($name: String!, $role: ApiKeyRole!) {
  createApiKey(name: $name, role: $role) {
    id
    role
    secret
  }
}
    `) as unknown as TypedDocumentString<AuthCreateKeyMutation, AuthCreateKeyMutationVariables>;
export const AuthRevokeKeyDocument = new TypedDocumentString(`
    mutation AuthRevokeKey($id: ID!) {
  revokeApiKey(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<AuthRevokeKeyMutation, AuthRevokeKeyMutationVariables>;
export const AuthApiKeyNamesDocument = new TypedDocumentString(`
    query AuthApiKeyNames {
  apiKeys {
    name
  }
}
    `) as unknown as TypedDocumentString<AuthApiKeyNamesQuery, AuthApiKeyNamesQueryVariables>;
export const AuthSearchRosaDocument = new TypedDocumentString(`
    query AuthSearchRosa {
  searchPeople(query: "rosa@example.com") {
    id
  }
  people(first: 5, filter: {search: "Rosa"}) {
    edges {
      node {
        identities {
          kind
          value
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthSearchRosaQuery, AuthSearchRosaQueryVariables>;
export const AuthPeopleSourcesDocument = new TypedDocumentString(`
    query AuthPeopleSources {
  people(first: 1) {
    edges {
      node {
        sources {
          source
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthPeopleSourcesQuery, AuthPeopleSourcesQueryVariables>;
export const AuthEventLogDocument = new TypedDocumentString(`
    query AuthEventLog {
  eventLog(first: 1) {
    endCursor
  }
}
    `) as unknown as TypedDocumentString<AuthEventLogQuery, AuthEventLogQueryVariables>;
export const AuthEventCursorsDocument = new TypedDocumentString(`
    subscription AuthEventCursors {
  events {
    cursor
  }
}
    `) as unknown as TypedDocumentString<
  AuthEventCursorsSubscription,
  AuthEventCursorsSubscriptionVariables
>;
export const AuthOverviewPeopleDocument = new TypedDocumentString(`
    subscription AuthOverviewPeople {
  overviewUpdated {
    people
  }
}
    `) as unknown as TypedDocumentString<
  AuthOverviewPeopleSubscription,
  AuthOverviewPeopleSubscriptionVariables
>;
export const BadInputFirstPersonDocument = new TypedDocumentString(`
    query BadInputFirstPerson {
  people(first: 1) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  BadInputFirstPersonQuery,
  BadInputFirstPersonQueryVariables
>;
export const BadInputNodeDocument = new TypedDocumentString(`
    query BadInputNode($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<BadInputNodeQuery, BadInputNodeQueryVariables>;
export const BadInputNodesDocument = new TypedDocumentString(`
    query BadInputNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
  }
}
    `) as unknown as TypedDocumentString<BadInputNodesQuery, BadInputNodesQueryVariables>;
export const BadInputUnmergeDocument = new TypedDocumentString(`
    mutation BadInputUnmerge($id: ID!) {
  unmergePerson(mergeId: $id) {
    merge {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<BadInputUnmergeMutation, BadInputUnmergeMutationVariables>;
export const BadInputMergeDocument = new TypedDocumentString(`
    mutation BadInputMerge($a: ID!, $b: ID!) {
  mergePeople(survivorId: $a, absorbedId: $b) {
    id
  }
}
    `) as unknown as TypedDocumentString<BadInputMergeMutation, BadInputMergeMutationVariables>;
export const BadInputSearchDocument = new TypedDocumentString(`
    query BadInputSearch($q: String!) {
  searchPeople(query: $q) {
    id
  }
  people(first: 5, filter: {search: $q}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<BadInputSearchQuery, BadInputSearchQueryVariables>;
export const DatabaseDownPeopleCountDocument = new TypedDocumentString(`
    query DatabaseDownPeopleCount {
  overview {
    people
  }
}
    `) as unknown as TypedDocumentString<
  DatabaseDownPeopleCountQuery,
  DatabaseDownPeopleCountQueryVariables
>;
export const DatabaseDownPeopleTotalDocument = new TypedDocumentString(`
    query DatabaseDownPeopleTotal {
  people(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<
  DatabaseDownPeopleTotalQuery,
  DatabaseDownPeopleTotalQueryVariables
>;
export const DatabaseDownCreateKeyDocument = new TypedDocumentString(`
    mutation DatabaseDownCreateKey {
  createApiKey(name: "x", role: VIEWER) {
    id
  }
}
    `) as unknown as TypedDocumentString<
  DatabaseDownCreateKeyMutation,
  DatabaseDownCreateKeyMutationVariables
>;
export const HostileHttpViewerRoleDocument = new TypedDocumentString(`
    query HostileHttpViewerRole {
  viewer {
    role
  }
}
    `) as unknown as TypedDocumentString<
  HostileHttpViewerRoleQuery,
  HostileHttpViewerRoleQueryVariables
>;
export const HostileHttpDealsCountDocument = new TypedDocumentString(`
    query HostileHttpDealsCount {
  deals(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<
  HostileHttpDealsCountQuery,
  HostileHttpDealsCountQueryVariables
>;
export const KeyCacheViewerRoleDocument = new TypedDocumentString(`
    query KeyCacheViewerRole {
  viewer {
    role
  }
}
    `) as unknown as TypedDocumentString<KeyCacheViewerRoleQuery, KeyCacheViewerRoleQueryVariables>;
export const KeyCacheCreateKeyDocument = new TypedDocumentString(`
    mutation KeyCacheCreateKey($name: String!) {
  createApiKey(name: $name, role: ANALYST) {
    id
    secret
  }
}
    `) as unknown as TypedDocumentString<
  KeyCacheCreateKeyMutation,
  KeyCacheCreateKeyMutationVariables
>;
export const KeyCacheRevokeKeyDocument = new TypedDocumentString(`
    mutation KeyCacheRevokeKey($id: ID!) {
  revokeApiKey(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<
  KeyCacheRevokeKeyMutation,
  KeyCacheRevokeKeyMutationVariables
>;
export const NullabilityPeopleWithSourcesDocument = new TypedDocumentString(`
    query NullabilityPeopleWithSources {
  people(first: 5, filter: {search: "Ivo"}) {
    totalCount
    edges {
      node {
        displayName
        sources {
          source
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  NullabilityPeopleWithSourcesQuery,
  NullabilityPeopleWithSourcesQueryVariables
>;
export const NullabilityApiKeyNamesDocument = new TypedDocumentString(`
    query NullabilityApiKeyNames {
  apiKeys {
    name
  }
}
    `) as unknown as TypedDocumentString<
  NullabilityApiKeyNamesQuery,
  NullabilityApiKeyNamesQueryVariables
>;
export const PersistedViewerRoleDocument = new TypedDocumentString(`
    query PersistedViewerRole {
  viewer {
    role
  }
}
    `) as unknown as TypedDocumentString<
  PersistedViewerRoleQuery,
  PersistedViewerRoleQueryVariables
>;
export const PersistedSneakyKeyDocument = new TypedDocumentString(`
    mutation PersistedSneakyKey {
  createApiKey(name: "sneaky", role: ADMIN) {
    id
  }
}
    `) as unknown as TypedDocumentString<
  PersistedSneakyKeyMutation,
  PersistedSneakyKeyMutationVariables
>;
export const PersistedOverviewUpdatedDocument = new TypedDocumentString(`
    subscription PersistedOverviewUpdated {
  overviewUpdated {
    people
  }
}
    `) as unknown as TypedDocumentString<
  PersistedOverviewUpdatedSubscription,
  PersistedOverviewUpdatedSubscriptionVariables
>;
export const IntegratorPeopleDocument = new TypedDocumentString(`
    query IntegratorPeople($first: Int) {
  people(first: $first) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<IntegratorPeopleQuery, IntegratorPeopleQueryVariables>;
export const PersistedRegisterDocument = new TypedDocumentString(`
    mutation PersistedRegister($document: String!) {
  registerPersistedOperation(document: $document) {
    hash
    name
  }
}
    `) as unknown as TypedDocumentString<
  PersistedRegisterMutation,
  PersistedRegisterMutationVariables
>;
export const PersistedRegisteredDocument = new TypedDocumentString(`
    query PersistedRegistered {
  persistedOperations {
    hash
    document
  }
}
    `) as unknown as TypedDocumentString<
  PersistedRegisteredQuery,
  PersistedRegisteredQueryVariables
>;
export const RateLimitPeopleCountDocument = new TypedDocumentString(`
    query RateLimitPeopleCount {
  people(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<
  RateLimitPeopleCountQuery,
  RateLimitPeopleCountQueryVariables
>;
export const RequestLogCreateKeyDocument = new TypedDocumentString(`
    mutation RequestLogCreateKey {
  createApiKey(name: "log viewer", role: VIEWER) {
    secret
  }
}
    `) as unknown as TypedDocumentString<
  RequestLogCreateKeyMutation,
  RequestLogCreateKeyMutationVariables
>;
export const RequestLogViewerRoleDocument = new TypedDocumentString(`
    query RequestLogViewerRole {
  viewer {
    role
  }
}
    `) as unknown as TypedDocumentString<
  RequestLogViewerRoleQuery,
  RequestLogViewerRoleQueryVariables
>;
export const LookupDocument = new TypedDocumentString(`
    query Lookup($id: String!) {
  person(source: "crm", id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<LookupQuery, LookupQueryVariables>;
export const StartOverviewAndConversationsDocument = new TypedDocumentString(`
    query StartOverviewAndConversations {
  overview {
    people
  }
  conversations(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<
  StartOverviewAndConversationsQuery,
  StartOverviewAndConversationsQueryVariables
>;
export const StartOverviewDocument = new TypedDocumentString(`
    query StartOverview {
  overview {
    people
    messagesLast24h
  }
}
    `) as unknown as TypedDocumentString<StartOverviewQuery, StartOverviewQueryVariables>;
export const ViewerSourceQueryPersonDocument = new TypedDocumentString(`
    query ViewerSourceQueryPerson {
  person(source: "crm", id: "R1") {
    displayName
  }
}
    `) as unknown as TypedDocumentString<
  ViewerSourceQueryPersonQuery,
  ViewerSourceQueryPersonQueryVariables
>;
export const ViewerSourcePersonFilterSourceDocument = new TypedDocumentString(`
    query ViewerSourcePersonFilterSource {
  people(first: 5, filter: {source: "crm"}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<
  ViewerSourcePersonFilterSourceQuery,
  ViewerSourcePersonFilterSourceQueryVariables
>;
export const ViewerSourceConversationFilterSourceDocument = new TypedDocumentString(`
    query ViewerSourceConversationFilterSource {
  conversations(first: 5, filter: {source: "fixture"}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<
  ViewerSourceConversationFilterSourceQuery,
  ViewerSourceConversationFilterSourceQueryVariables
>;
export const ViewerSourceMessageFilterSourceDocument = new TypedDocumentString(`
    query ViewerSourceMessageFilterSource {
  messages(first: 5, filter: {source: "fixture"}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<
  ViewerSourceMessageFilterSourceQuery,
  ViewerSourceMessageFilterSourceQueryVariables
>;
export const ViewerSourceDealFilterSourceDocument = new TypedDocumentString(`
    query ViewerSourceDealFilterSource {
  deals(first: 5, filter: {source: "crm"}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<
  ViewerSourceDealFilterSourceQuery,
  ViewerSourceDealFilterSourceQueryVariables
>;
export const ViewerSourceMessageSourceDocument = new TypedDocumentString(`
    query ViewerSourceMessageSource {
  messages(first: 1) {
    edges {
      node {
        source
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  ViewerSourceMessageSourceQuery,
  ViewerSourceMessageSourceQueryVariables
>;
export const ViewerSourceMessageSourceIdDocument = new TypedDocumentString(`
    query ViewerSourceMessageSourceId {
  messages(first: 1) {
    edges {
      node {
        sourceId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  ViewerSourceMessageSourceIdQuery,
  ViewerSourceMessageSourceIdQueryVariables
>;
export const ViewerSourceConversationSourceDocument = new TypedDocumentString(`
    query ViewerSourceConversationSource {
  conversations(first: 1) {
    edges {
      node {
        source
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  ViewerSourceConversationSourceQuery,
  ViewerSourceConversationSourceQueryVariables
>;
export const ViewerSourceConversationSourceIdDocument = new TypedDocumentString(`
    query ViewerSourceConversationSourceId {
  conversations(first: 1) {
    edges {
      node {
        sourceId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  ViewerSourceConversationSourceIdQuery,
  ViewerSourceConversationSourceIdQueryVariables
>;
export const ViewerSourceDealSourceDocument = new TypedDocumentString(`
    query ViewerSourceDealSource {
  deals(first: 1) {
    edges {
      node {
        source
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  ViewerSourceDealSourceQuery,
  ViewerSourceDealSourceQueryVariables
>;
export const ViewerSourceDealSourceIdDocument = new TypedDocumentString(`
    query ViewerSourceDealSourceId {
  deals(first: 1) {
    edges {
      node {
        sourceId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  ViewerSourceDealSourceIdQuery,
  ViewerSourceDealSourceIdQueryVariables
>;
export const ViewerSourceListsWithoutDocument = new TypedDocumentString(`
    query ViewerSourceListsWithout {
  people(first: 5) {
    totalCount
  }
  conversations(first: 5) {
    totalCount
  }
  messages(first: 5) {
    edges {
      node {
        text
      }
    }
  }
  deals(first: 5) {
    edges {
      node {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  ViewerSourceListsWithoutQuery,
  ViewerSourceListsWithoutQueryVariables
>;
export const AttributionApiIngestDocument = new TypedDocumentString(`
    mutation AttributionApiIngest($records: [JSON!]!) {
  ingest(records: $records) {
    rejected {
      index
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<
  AttributionApiIngestMutation,
  AttributionApiIngestMutationVariables
>;
export const AttributionApiAttributionDocument = new TypedDocumentString(`
    query AttributionApiAttribution($input: AttributionInput!) {
  attribution(input: $input) {
    conversions
    revenue {
      currency
      amount
    }
    rows {
      label
      credits {
        model
        conversions
        revenue {
          currency
          amount
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  AttributionApiAttributionQuery,
  AttributionApiAttributionQueryVariables
>;
export const AttributionApiDealTouchesDocument = new TypedDocumentString(`
    query AttributionApiDealTouches {
  deals(first: 5, filter: {status: WON}) {
    edges {
      node {
        name
        attribution {
          channel
          activity {
            kind
            occurredAt
          }
          credits {
            model
            credit
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  AttributionApiDealTouchesQuery,
  AttributionApiDealTouchesQueryVariables
>;
export const FunnelApiFunnelDocument = new TypedDocumentString(`
    query FunnelApiFunnel($input: FunnelInput!) {
  funnel(input: $input) {
    steps {
      name
      count
      conversionFromFirst
      conversionFromPrevious
      droppedOff
      medianSecondsFromPrevious
      p90SecondsFromPrevious
    }
    breakdown {
      value
      label
      steps {
        count
      }
    }
    timeToConvert {
      fromSeconds
      toSeconds
      count
    }
    trend {
      weekStart
      entered
      converted
      conversion
    }
    correlations {
      kind
      label
      oddsRatio
      lower95
      upper95
      convertedWith
      droppedWith
      convertedWithout
      droppedWithout
    }
  }
}
    `) as unknown as TypedDocumentString<FunnelApiFunnelQuery, FunnelApiFunnelQueryVariables>;
export const FunnelApiPeopleDocument = new TypedDocumentString(`
    query FunnelApiPeople($input: FunnelInput!) {
  funnel(input: $input) {
    steps {
      converted: people(first: 10) {
        edges {
          node {
            displayName
          }
        }
      }
      dropped: people(first: 10, outcome: DROPPED_OFF) {
        edges {
          node {
            displayName
          }
        }
        pageInfo {
          hasNextPage
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FunnelApiPeopleQuery, FunnelApiPeopleQueryVariables>;
export const FunnelApiCountsDocument = new TypedDocumentString(`
    query FunnelApiCounts($input: FunnelInput!) {
  funnel(input: $input) {
    steps {
      count
    }
  }
}
    `) as unknown as TypedDocumentString<FunnelApiCountsQuery, FunnelApiCountsQueryVariables>;
export const FunnelApiStepPeopleDocument = new TypedDocumentString(`
    query FunnelApiStepPeople($input: FunnelInput!) {
  funnel(input: $input) {
    steps {
      people(first: 5) {
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  FunnelApiStepPeopleQuery,
  FunnelApiStepPeopleQueryVariables
>;
export const FunnelApiIngestDocument = new TypedDocumentString(`
    mutation FunnelApiIngest($records: [JSON!]!) {
  ingest(records: $records) {
    created
    rejected {
      index
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<FunnelApiIngestMutation, FunnelApiIngestMutationVariables>;
export const IndexAtStartFunnelDocument = new TypedDocumentString(`
    query IndexAtStartFunnel {
  funnel(
    input: {windowSeconds: 604800, steps: [{name: "Clicked", where: {touchpointKinds: [EMAIL_CLICK]}}, {name: "Posted", where: {channels: [FORUM]}}]}
  ) {
    steps {
      count
    }
  }
}
    `) as unknown as TypedDocumentString<IndexAtStartFunnelQuery, IndexAtStartFunnelQueryVariables>;
export const IndexAtStartIngestDocument = new TypedDocumentString(`
    mutation IndexAtStartIngest($records: [JSON!]!) {
  ingest(records: $records) {
    rejected {
      index
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<
  IndexAtStartIngestMutation,
  IndexAtStartIngestMutationVariables
>;
export const SavedFunnelsSaveDocument = new TypedDocumentString(`
    mutation SavedFunnelsSave($name: String!, $input: FunnelInput!) {
  saveFunnel(name: $name, input: $input) {
    id
    name
    savedBy
    result {
      steps {
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  SavedFunnelsSaveMutation,
  SavedFunnelsSaveMutationVariables
>;
export const SavedFunnelsRenameDocument = new TypedDocumentString(`
    mutation SavedFunnelsRename($id: ID!, $input: FunnelInput!) {
  saveFunnel(id: $id, name: "Renamed", input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<
  SavedFunnelsRenameMutation,
  SavedFunnelsRenameMutationVariables
>;
export const SavedFunnelsListDocument = new TypedDocumentString(`
    query SavedFunnelsList {
  funnels(first: 10) {
    totalCount
    edges {
      node {
        id
        name
        definition
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SavedFunnelsListQuery, SavedFunnelsListQueryVariables>;
export const SavedFunnelsOneDocument = new TypedDocumentString(`
    query SavedFunnelsOne($id: ID!) {
  savedFunnel(id: $id) {
    name
  }
}
    `) as unknown as TypedDocumentString<SavedFunnelsOneQuery, SavedFunnelsOneQueryVariables>;
export const SavedFunnelsByIdDocument = new TypedDocumentString(`
    query SavedFunnelsById($id: ID!) {
  funnel(id: $id) {
    steps {
      name
      count
    }
  }
}
    `) as unknown as TypedDocumentString<SavedFunnelsByIdQuery, SavedFunnelsByIdQueryVariables>;
export const SavedFunnelsByBothDocument = new TypedDocumentString(`
    query SavedFunnelsByBoth($id: ID!, $input: FunnelInput!) {
  funnel(id: $id, input: $input) {
    steps {
      count
    }
  }
}
    `) as unknown as TypedDocumentString<SavedFunnelsByBothQuery, SavedFunnelsByBothQueryVariables>;
export const SavedFunnelsByNeitherDocument = new TypedDocumentString(`
    query SavedFunnelsByNeither {
  funnel {
    steps {
      count
    }
  }
}
    `) as unknown as TypedDocumentString<
  SavedFunnelsByNeitherQuery,
  SavedFunnelsByNeitherQueryVariables
>;
export const SavedFunnelsDeleteDocument = new TypedDocumentString(`
    mutation SavedFunnelsDelete($id: ID!) {
  deleteFunnel(id: $id)
}
    `) as unknown as TypedDocumentString<
  SavedFunnelsDeleteMutation,
  SavedFunnelsDeleteMutationVariables
>;
export const SavedFunnelsUpdatedDocument = new TypedDocumentString(`
    subscription SavedFunnelsUpdated($id: ID!) {
  funnelUpdated(id: $id) {
    steps {
      count
    }
  }
}
    `) as unknown as TypedDocumentString<
  SavedFunnelsUpdatedSubscription,
  SavedFunnelsUpdatedSubscriptionVariables
>;
export const SavedFunnelsIngestDocument = new TypedDocumentString(`
    mutation SavedFunnelsIngest($records: [JSON!]!) {
  ingest(records: $records) {
    rejected {
      index
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<
  SavedFunnelsIngestMutation,
  SavedFunnelsIngestMutationVariables
>;
export const FoundDefectsMessagesSinceTheLastDayDocument = new TypedDocumentString(`
    query FoundDefectsMessagesSinceTheLastDay {
  messages(filter: {since: "9999-12-31T00:00:00Z"}, first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<
  FoundDefectsMessagesSinceTheLastDayQuery,
  FoundDefectsMessagesSinceTheLastDayQueryVariables
>;
export const FoundDefectsNodesDocument = new TypedDocumentString(`
    query FoundDefectsNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
  }
}
    `) as unknown as TypedDocumentString<FoundDefectsNodesQuery, FoundDefectsNodesQueryVariables>;
export const AddressIngestDocument = new TypedDocumentString(`
    mutation AddressIngest($records: [JSON!]!) {
  ingest(records: $records) {
    created
    rejected {
      index
      field
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<AddressIngestMutation, AddressIngestMutationVariables>;
export const AddressOfPersonDocument = new TypedDocumentString(`
    query AddressOfPerson($source: String!, $id: String!) {
  person(source: $source, id: $id) {
    displayName
    location
    address {
      street
      city
      postcode
      region
      country
    }
  }
}
    `) as unknown as TypedDocumentString<AddressOfPersonQuery, AddressOfPersonQueryVariables>;
export const AddressPeopleDocument = new TypedDocumentString(`
    query AddressPeople {
  people(first: 5, filter: {search: "Whitlock"}) {
    edges {
      node {
        displayName
        address {
          city
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AddressPeopleQuery, AddressPeopleQueryVariables>;
export const MergeApiSuggestionsDocument = new TypedDocumentString(`
    query MergeApiSuggestions($status: SuggestionStatus) {
  mergeSuggestions(status: $status, first: 10) {
    totalCount
    edges {
      node {
        id
        score
        explanation
        signals
        status
        decidedBy
        personA {
          id
          displayName
        }
        personB {
          id
          displayName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  MergeApiSuggestionsQuery,
  MergeApiSuggestionsQueryVariables
>;
export const MergeApiAcceptDocument = new TypedDocumentString(`
    mutation MergeApiAccept($id: ID!) {
  acceptMergeSuggestion(id: $id) {
    id
    actor
    reason
    createdAt
    undoneAt
    movedRows
    survivor {
      id
      displayName
    }
    absorbed {
      id
      displayName
      mergedInto {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MergeApiAcceptMutation, MergeApiAcceptMutationVariables>;
export const MergeApiRejectDocument = new TypedDocumentString(`
    mutation MergeApiReject($id: ID!) {
  rejectMergeSuggestion(id: $id) {
    status
    decidedBy
  }
}
    `) as unknown as TypedDocumentString<MergeApiRejectMutation, MergeApiRejectMutationVariables>;
export const MergeApiHistoryDocument = new TypedDocumentString(`
    query MergeApiHistory($id: ID!) {
  node(id: $id) {
    ... on Person {
      merges {
        id
        reason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MergeApiHistoryQuery, MergeApiHistoryQueryVariables>;
export const MergeApiUnmergeDocument = new TypedDocumentString(`
    mutation MergeApiUnmerge($id: ID!) {
  unmergePerson(mergeId: $id) {
    merge {
      id
      undoneAt
    }
    survivor {
      id
    }
    restored {
      id
      displayName
      mergedInto {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MergeApiUnmergeMutation, MergeApiUnmergeMutationVariables>;
export const MergeApiMergeDocument = new TypedDocumentString(`
    mutation MergeApiMerge($a: ID!, $b: ID!) {
  mergePeople(survivorId: $a, absorbedId: $b) {
    id
  }
}
    `) as unknown as TypedDocumentString<MergeApiMergeMutation, MergeApiMergeMutationVariables>;
export const MergeApiSuggestionIdentitiesDocument = new TypedDocumentString(`
    query MergeApiSuggestionIdentities {
  mergeSuggestions {
    edges {
      node {
        explanation
        signals
        personA {
          displayName
          identities {
            value
          }
        }
        personB {
          identities {
            value
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  MergeApiSuggestionIdentitiesQuery,
  MergeApiSuggestionIdentitiesQueryVariables
>;
export const IngestOverGraphQlDocument = new TypedDocumentString(`
    mutation IngestOverGraphQL($records: [JSON!]!, $key: String) {
  ingest(records: $records, idempotencyKey: $key) {
    created
    updated
    merged
    unchanged
    rejected {
      index
      type
      source
      id
      field
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<
  IngestOverGraphQlMutation,
  IngestOverGraphQlMutationVariables
>;
export const IngestPersonBySourceDocument = new TypedDocumentString(`
    query IngestPersonBySource($source: String!, $id: String!) {
  person(source: $source, id: $id) {
    id
    displayName
    reach
    sources {
      source
      id
    }
  }
}
    `) as unknown as TypedDocumentString<
  IngestPersonBySourceQuery,
  IngestPersonBySourceQueryVariables
>;
export const ListeningIngestDocument = new TypedDocumentString(`
    mutation ListeningIngest($records: [JSON!]!) {
  ingest(records: $records) {
    created
  }
}
    `) as unknown as TypedDocumentString<ListeningIngestMutation, ListeningIngestMutationVariables>;
export const ListeningBrandsDocument = new TypedDocumentString(`
    query ListeningBrands {
  brands {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ListeningBrandsQuery, ListeningBrandsQueryVariables>;
export const ListeningAddFeedDocument = new TypedDocumentString(`
    mutation ListeningAddFeed($url: String!, $brandIds: [ID!]!) {
  addFeed(url: $url, brandIds: $brandIds, intervalMinutes: 15) {
    id
    url
    intervalMinutes
    brands {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<
  ListeningAddFeedMutation,
  ListeningAddFeedMutationVariables
>;
export const ListeningFeedsDocument = new TypedDocumentString(`
    query ListeningFeeds {
  feeds {
    id
    title
    entries
    lastStatus
    lastError
    failures
    lastSuccessAt
  }
}
    `) as unknown as TypedDocumentString<ListeningFeedsQuery, ListeningFeedsQueryVariables>;
export const ListeningBrandMetricsDocument = new TypedDocumentString(`
    query ListeningBrandMetrics($ids: [ID!]!) {
  brandMetrics(
    brandIds: $ids
    from: "2026-10-26T00:00:00Z"
    to: "2026-11-09T00:00:00Z"
    interval: WEEK
  ) {
    periods
    brands {
      brand {
        name
      }
      totals {
        mentions
        shareOfVoice
        channels {
          channel
          mentions
        }
      }
      periods {
        start
        mentions
      }
      risingTerms(first: 5) {
        term
        count
        examples {
          url
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  ListeningBrandMetricsQuery,
  ListeningBrandMetricsQueryVariables
>;
export const ListeningPlacedMessagesDocument = new TypedDocumentString(`
    query ListeningPlacedMessages {
  messages(first: 5, filter: {city: "nowhere"}) {
    totalCount
  }
  all: messages(first: 5, filter: {channel: BLOG}) {
    edges {
      node {
        place {
          lat
          lng
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  ListeningPlacedMessagesQuery,
  ListeningPlacedMessagesQueryVariables
>;
export const ListeningMessagesOfBrandDocument = new TypedDocumentString(`
    query ListeningMessagesOfBrand($id: ID!) {
  messages(first: 5, filter: {brandId: $id}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<
  ListeningMessagesOfBrandQuery,
  ListeningMessagesOfBrandQueryVariables
>;
export const ListeningRemoveFeedDocument = new TypedDocumentString(`
    mutation ListeningRemoveFeed($id: ID!) {
  removeFeed(id: $id)
}
    `) as unknown as TypedDocumentString<
  ListeningRemoveFeedMutation,
  ListeningRemoveFeedMutationVariables
>;
export const ListeningHourlyForAYearDocument = new TypedDocumentString(`
    query ListeningHourlyForAYear($ids: [ID!]!) {
  brandMetrics(
    brandIds: $ids
    from: "2026-01-01T00:00:00Z"
    to: "2026-12-01T00:00:00Z"
    interval: HOUR
  ) {
    periods
  }
}
    `) as unknown as TypedDocumentString<
  ListeningHourlyForAYearQuery,
  ListeningHourlyForAYearQueryVariables
>;
export const ListeningAddBadFeedDocument = new TypedDocumentString(`
    mutation ListeningAddBadFeed {
  addFeed(url: "not a url", brandIds: []) {
    id
  }
}
    `) as unknown as TypedDocumentString<
  ListeningAddBadFeedMutation,
  ListeningAddBadFeedMutationVariables
>;
export const FanOutEventsDocument = new TypedDocumentString(`
    subscription FanOutEvents($after: String) {
  events(after: $after, types: [PERSON_UPDATED]) {
    cursor
    payload
  }
}
    `) as unknown as TypedDocumentString<
  FanOutEventsSubscription,
  FanOutEventsSubscriptionVariables
>;
export const FanOutMessagesDocument = new TypedDocumentString(`
    subscription FanOutMessages {
  messageAdded {
    text
  }
}
    `) as unknown as TypedDocumentString<
  FanOutMessagesSubscription,
  FanOutMessagesSubscriptionVariables
>;
export const FanOutIngestDocument = new TypedDocumentString(`
    mutation FanOutIngest($records: [JSON!]!) {
  ingest(records: $records) {
    created
  }
}
    `) as unknown as TypedDocumentString<FanOutIngestMutation, FanOutIngestMutationVariables>;
export const RedisInstancesEventsDocument = new TypedDocumentString(`
    subscription RedisInstancesEvents {
  events {
    cursor
    payload
  }
}
    `) as unknown as TypedDocumentString<
  RedisInstancesEventsSubscription,
  RedisInstancesEventsSubscriptionVariables
>;
export const RedisInstancesCursorsDocument = new TypedDocumentString(`
    subscription RedisInstancesCursors {
  events {
    cursor
  }
}
    `) as unknown as TypedDocumentString<
  RedisInstancesCursorsSubscription,
  RedisInstancesCursorsSubscriptionVariables
>;
export const RedisOutageIngestDocument = new TypedDocumentString(`
    mutation RedisOutageIngest($records: [JSON!]!) {
  ingest(records: $records) {
    created
    rejected {
      field
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<
  RedisOutageIngestMutation,
  RedisOutageIngestMutationVariables
>;
export const RedisOutageEventsDocument = new TypedDocumentString(`
    subscription RedisOutageEvents {
  events {
    type
    payload
  }
}
    `) as unknown as TypedDocumentString<
  RedisOutageEventsSubscription,
  RedisOutageEventsSubscriptionVariables
>;
export const RedisOutageViewerRoleDocument = new TypedDocumentString(`
    query RedisOutageViewerRole {
  viewer {
    role
  }
}
    `) as unknown as TypedDocumentString<
  RedisOutageViewerRoleQuery,
  RedisOutageViewerRoleQueryVariables
>;
export const ResumeEventsDocument = new TypedDocumentString(`
    subscription ResumeEvents($after: String, $types: [EventType!]) {
  events(after: $after, types: $types) {
    cursor
    type
    payload
  }
}
    `) as unknown as TypedDocumentString<
  ResumeEventsSubscription,
  ResumeEventsSubscriptionVariables
>;
export const RevocationCreateKeyDocument = new TypedDocumentString(`
    mutation RevocationCreateKey($name: String!) {
  createApiKey(name: $name, role: INTEGRATOR) {
    id
    secret
  }
}
    `) as unknown as TypedDocumentString<
  RevocationCreateKeyMutation,
  RevocationCreateKeyMutationVariables
>;
export const RevocationRevokeDocument = new TypedDocumentString(`
    mutation RevocationRevoke($id: ID!) {
  revokeApiKey(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<
  RevocationRevokeMutation,
  RevocationRevokeMutationVariables
>;
export const RevocationEventsDocument = new TypedDocumentString(`
    subscription RevocationEvents {
  events {
    cursor
  }
}
    `) as unknown as TypedDocumentString<
  RevocationEventsSubscription,
  RevocationEventsSubscriptionVariables
>;
export const SharedExecutionIngestDocument = new TypedDocumentString(`
    mutation SharedExecutionIngest($records: [JSON!]!) {
  ingest(records: $records) {
    created
    rejected {
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<
  SharedExecutionIngestMutation,
  SharedExecutionIngestMutationVariables
>;
export const SharedExecutionMessagesDocument = new TypedDocumentString(`
    subscription SharedExecutionMessages {
  messageAdded {
    text
    author {
      displayName
      identities {
        kind
        platform
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  SharedExecutionMessagesSubscription,
  SharedExecutionMessagesSubscriptionVariables
>;
export const SharedExecutionBelowDocument = new TypedDocumentString(`
    subscription SharedExecutionBelow($below: Float) {
  messageAdded(filter: {sentimentBelow: $below}) {
    text
  }
}
    `) as unknown as TypedDocumentString<
  SharedExecutionBelowSubscription,
  SharedExecutionBelowSubscriptionVariables
>;
export const SlowSubscriberEventsDocument = new TypedDocumentString(`
    subscription SlowSubscriberEvents {
  events {
    cursor
    payload
  }
}
    `) as unknown as TypedDocumentString<
  SlowSubscriberEventsSubscription,
  SlowSubscriberEventsSubscriptionVariables
>;
export const SlowSubscriberCursorsDocument = new TypedDocumentString(`
    subscription SlowSubscriberCursors {
  events {
    cursor
  }
}
    `) as unknown as TypedDocumentString<
  SlowSubscriberCursorsSubscription,
  SlowSubscriberCursorsSubscriptionVariables
>;
export const WebsocketLimitsEventsDocument = new TypedDocumentString(`
    subscription WebsocketLimitsEvents {
  events {
    cursor
  }
}
    `) as unknown as TypedDocumentString<
  WebsocketLimitsEventsSubscription,
  WebsocketLimitsEventsSubscriptionVariables
>;
export const WebsocketLimitsViewerRoleDocument = new TypedDocumentString(`
    query WebsocketLimitsViewerRole {
  viewer {
    role
  }
}
    `) as unknown as TypedDocumentString<
  WebsocketLimitsViewerRoleQuery,
  WebsocketLimitsViewerRoleQueryVariables
>;
export const TestIngestDocument = new TypedDocumentString(`
    mutation TestIngest($records: [JSON!]!) {
  ingest(records: $records) {
    rejected {
      index
      field
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<TestIngestMutation, TestIngestMutationVariables>;
export const FollowedEventPayloadsDocument = new TypedDocumentString(`
    subscription FollowedEventPayloads {
  events {
    payload
  }
}
    `) as unknown as TypedDocumentString<
  FollowedEventPayloadsSubscription,
  FollowedEventPayloadsSubscriptionVariables
>;
export const WebhooksCreateDocument = new TypedDocumentString(`
    mutation WebhooksCreate($url: String!, $events: [EventType!]!) {
  createWebhook(url: $url, events: $events) {
    id
    url
    events
    enabled
    secret
  }
}
    `) as unknown as TypedDocumentString<WebhooksCreateMutation, WebhooksCreateMutationVariables>;
export const WebhooksCreateWithSecretDocument = new TypedDocumentString(`
    mutation WebhooksCreateWithSecret($url: String!, $secret: String) {
  createWebhook(url: $url, events: [PERSON_UPDATED], secret: $secret) {
    id
    secret
  }
}
    `) as unknown as TypedDocumentString<
  WebhooksCreateWithSecretMutation,
  WebhooksCreateWithSecretMutationVariables
>;
export const WebhooksSecretsDocument = new TypedDocumentString(`
    query WebhooksSecrets {
  webhooks {
    id
    secret
  }
}
    `) as unknown as TypedDocumentString<WebhooksSecretsQuery, WebhooksSecretsQueryVariables>;
export const WebhooksListDocument = new TypedDocumentString(`
    query WebhooksList {
  webhooks {
    id
    enabled
    disabledReason
  }
}
    `) as unknown as TypedDocumentString<WebhooksListQuery, WebhooksListQueryVariables>;
export const WebhooksDeliveryLogDocument = new TypedDocumentString(`
    query WebhooksDeliveryLog {
  webhooks {
    id
    deliveries(first: 10) {
      webhookId
      status
      attempts
      lastStatus
      latencyMs
      lastError
    }
  }
}
    `) as unknown as TypedDocumentString<
  WebhooksDeliveryLogQuery,
  WebhooksDeliveryLogQueryVariables
>;
export const WebhooksDeliveriesDocument = new TypedDocumentString(`
    query WebhooksDeliveries {
  webhooks {
    id
    disabledReason
    deliveries {
      status
      attempts
      lastStatus
      lastError
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksDeliveriesQuery, WebhooksDeliveriesQueryVariables>;
export const WebhooksReplayDocument = new TypedDocumentString(`
    mutation WebhooksReplay($id: ID!, $from: String!, $to: String!) {
  replayWebhook(id: $id, from: $from, to: $to) {
    id
  }
}
    `) as unknown as TypedDocumentString<WebhooksReplayMutation, WebhooksReplayMutationVariables>;
export const WebhooksRotateSecretDocument = new TypedDocumentString(`
    mutation WebhooksRotateSecret($id: ID!) {
  rotateWebhookSecret(id: $id) {
    secret
  }
}
    `) as unknown as TypedDocumentString<
  WebhooksRotateSecretMutation,
  WebhooksRotateSecretMutationVariables
>;
export const WebhooksUrlByNodeDocument = new TypedDocumentString(`
    query WebhooksUrlByNode($id: ID!) {
  node(id: $id) {
    ... on Webhook {
      url
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksUrlByNodeQuery, WebhooksUrlByNodeQueryVariables>;
export const WebhooksDeleteDocument = new TypedDocumentString(`
    mutation WebhooksDelete($id: ID!) {
  deleteWebhook(id: $id)
}
    `) as unknown as TypedDocumentString<WebhooksDeleteMutation, WebhooksDeleteMutationVariables>;
export const WebhookInstancesCreateDocument = new TypedDocumentString(`
    mutation WebhookInstancesCreate($url: String!) {
  createWebhook(url: $url, events: [PERSON_UPDATED]) {
    id
  }
}
    `) as unknown as TypedDocumentString<
  WebhookInstancesCreateMutation,
  WebhookInstancesCreateMutationVariables
>;
export const WebhookRestartCreateDocument = new TypedDocumentString(`
    mutation WebhookRestartCreate($url: String!) {
  createWebhook(url: $url, events: [TOUCHPOINT_RECORDED]) {
    secret
  }
}
    `) as unknown as TypedDocumentString<
  WebhookRestartCreateMutation,
  WebhookRestartCreateMutationVariables
>;
export const WebhookRestartIngestDocument = new TypedDocumentString(`
    mutation WebhookRestartIngest($records: [JSON!]!) {
  ingest(records: $records) {
    rejected {
      index
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<
  WebhookRestartIngestMutation,
  WebhookRestartIngestMutationVariables
>;
