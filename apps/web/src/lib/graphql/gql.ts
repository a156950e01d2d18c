/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query SignInViewer {\n    viewer {\n      name\n      role\n    }\n  }\n": typeof types.SignInViewerDocument,
    "\n  query AttributionView($input: AttributionInput!) {\n    attribution(input: $input) {\n      conversions\n      revenue {\n        currency\n        amount\n      }\n      rows {\n        value\n        label\n        credits {\n          model\n          conversions\n          revenue {\n            currency\n            amount\n          }\n        }\n      }\n    }\n  }\n": typeof types.AttributionViewDocument,
    "\n  fragment FeedMessage on Message {\n    id\n    channel\n    text\n    sentiment\n    intent\n    postedAt\n    reach\n    author {\n      id\n      displayName\n    }\n  }\n": typeof types.FeedMessageFragmentDoc,
    "\n  query LatestMessages($first: Int!, $filter: MessageFilter) {\n    messages(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...FeedMessage\n        }\n      }\n    }\n  }\n": typeof types.LatestMessagesDocument,
    "\n  subscription MessageAdded($filter: MessageAddedFilter) {\n    messageAdded(filter: $filter) {\n      ...FeedMessage\n    }\n  }\n": typeof types.MessageAddedDocument,
    "\n  fragment FunnelResultView on FunnelResult {\n    steps {\n      name\n      count\n      conversionFromFirst\n      conversionFromPrevious\n      droppedOff\n      medianSecondsFromPrevious\n    }\n    breakdown {\n      value\n      label\n      steps {\n        count\n        conversionFromFirst\n      }\n    }\n    timeToConvert {\n      fromSeconds\n      toSeconds\n      count\n    }\n    trend {\n      weekStart\n      entered\n      converted\n      conversion\n    }\n    correlations {\n      kind\n      value\n      label\n      oddsRatio\n      lower95\n      upper95\n      convertedWith\n      droppedWith\n      convertedWithout\n      droppedWithout\n    }\n  }\n": typeof types.FunnelResultViewFragmentDoc,
    "\n  fragment SavedFunnelSummary on SavedFunnel {\n    id\n    name\n    savedBy\n    updatedAt\n  }\n": typeof types.SavedFunnelSummaryFragmentDoc,
    "\n  query Funnel($input: FunnelInput!) {\n    funnel(input: $input) {\n      ...FunnelResultView\n    }\n  }\n": typeof types.FunnelDocument,
    "\n  query SavedFunnels($first: Int!, $after: String) {\n    funnels(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...SavedFunnelSummary\n        }\n      }\n    }\n  }\n": typeof types.SavedFunnelsDocument,
    "\n  mutation SaveFunnel($name: String!, $input: FunnelInput!) {\n    saveFunnel(name: $name, input: $input) {\n      ...SavedFunnelSummary\n    }\n  }\n": typeof types.SaveFunnelDocument,
    "\n  mutation DeleteFunnel($id: ID!) {\n    deleteFunnel(id: $id)\n  }\n": typeof types.DeleteFunnelDocument,
    "\n  subscription FunnelUpdated($id: ID!) {\n    funnelUpdated(id: $id) {\n      ...FunnelResultView\n    }\n  }\n": typeof types.FunnelUpdatedDocument,
    "\n  query CampaignChoices {\n    campaigns(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CampaignChoicesDocument,
    "\n  query FunnelStepPeople($input: FunnelInput, $id: ID, $outcome: FunnelOutcome!) {\n    funnel(input: $input, id: $id) {\n      steps {\n        people(first: 50, outcome: $outcome) {\n          edges {\n            node {\n              ...PersonSummary\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.FunnelStepPeopleDocument,
    "\n  fragment InfluenceBreakdown on Influence {\n    score\n    components {\n      name\n      value\n      weight\n      contribution\n      explanation\n    }\n  }\n": typeof types.InfluenceBreakdownFragmentDoc,
    "\n  fragment InfluencerRow on Person {\n    id\n    displayName\n    stage\n    reach\n    averageSentiment\n    influence {\n      ...InfluenceBreakdown\n      pageRankPercentile\n      networkCommunity {\n        id\n        label\n      }\n    }\n  }\n": typeof types.InfluencerRowFragmentDoc,
    "\n  query Influencers($first: Int!, $after: String, $filter: InfluencerFilter) {\n    influencers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...InfluencerRow\n        }\n      }\n    }\n  }\n": typeof types.InfluencersDocument,
    "\n  query InfluencerFilterOptions {\n    networkCommunities(first: 50) {\n      edges {\n        node {\n          id\n          label\n          size\n        }\n      }\n    }\n    communities(first: 100) {\n      edges {\n        node {\n          id\n          name\n          platform\n        }\n      }\n    }\n    brands {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.InfluencerFilterOptionsDocument,
    "\n  query InfluenceMap($first: Int!, $networkCommunityId: ID) {\n    influenceGraph(first: $first, networkCommunityId: $networkCommunityId) {\n      edgeCount\n      nodes {\n        id\n        score\n        person {\n          displayName\n        }\n        networkCommunity {\n          id\n          label\n        }\n      }\n      edges {\n        source\n        target\n        weight\n      }\n    }\n  }\n": typeof types.InfluenceMapDocument,
    "\n  query PersonInfluence($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Person {\n        id\n        influence {\n          ...InfluenceBreakdown\n          pageRank\n          pageRankPercentile\n          reach\n          engagement\n          networkCommunity {\n            id\n            label\n            size\n          }\n        }\n        scopedInfluence(first: 10) {\n          community {\n            id\n            name\n          }\n          brand {\n            id\n            name\n          }\n          influence {\n            ...InfluenceBreakdown\n            pageRankPercentile\n          }\n        }\n      }\n    }\n  }\n": typeof types.PersonInfluenceDocument,
    "\n  fragment OverviewNumbers on Overview {\n    asOf\n    people\n    openConversations\n    messagesLast24h\n    negativeMessagesLast24h\n    averageSentimentLast24h\n    touchpointsLast24h\n    openDeals\n    pipelineValue\n    wonValue\n    pendingMergeSuggestions\n  }\n": typeof types.OverviewNumbersFragmentDoc,
    "\n  query Overview {\n    overview {\n      ...OverviewNumbers\n    }\n  }\n": typeof types.OverviewDocument,
    "\n  subscription OverviewUpdated {\n    overviewUpdated {\n      ...OverviewNumbers\n    }\n  }\n": typeof types.OverviewUpdatedDocument,
    "\n  query MessageVolume($from: DateTime!, $to: DateTime!, $interval: MessageVolumeInterval!) {\n    messageVolume(from: $from, to: $to, interval: $interval) {\n      interval\n      total {\n        start\n        messages\n        negative\n        averageSentiment\n        negativeShare\n      }\n      channels {\n        channel\n        messages\n        points {\n          start\n          messages\n        }\n      }\n    }\n  }\n": typeof types.MessageVolumeDocument,
    "\n  fragment PersonProfile on Person {\n    id\n    displayName\n    title\n    location\n    stage\n    reach\n    followers\n    messageCount\n    averageSentiment\n    firstSeenAt\n    lastSeenAt\n    organization {\n      name\n      domain\n    }\n    mergedInto {\n      id\n      displayName\n    }\n    identities {\n      kind\n      platform\n      value\n    }\n  }\n": typeof types.PersonProfileFragmentDoc,
    "\n  query PersonProfile($id: ID!) {\n    node(id: $id) {\n      __typename\n      ...PersonProfile\n    }\n  }\n": typeof types.PersonProfileDocument,
    "\n  fragment TimelineActivity on Activity {\n    kind\n    department\n    summary\n    occurredAt\n  }\n": typeof types.TimelineActivityFragmentDoc,
    "\n  query PersonTimeline($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      ... on Person {\n        id\n        timeline(first: $first, after: $after) {\n          totalCount\n          pageInfo {\n            endCursor\n            hasNextPage\n          }\n          edges {\n            cursor\n            node {\n              ...TimelineActivity\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PersonTimelineDocument,
    "\n  fragment PersonSummary on Person {\n    id\n    displayName\n    title\n    stage\n    reach\n    messageCount\n    lastSeenAt\n    organization {\n      name\n    }\n  }\n": typeof types.PersonSummaryFragmentDoc,
    "\n  query People($first: Int!, $after: String, $search: String) {\n    people(first: $first, after: $after, filter: { search: $search }, orderBy: { field: LAST_SEEN }) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...PersonSummary\n        }\n      }\n    }\n  }\n": typeof types.PeopleDocument,
};
const documents: Documents = {
    "\n  query SignInViewer {\n    viewer {\n      name\n      role\n    }\n  }\n": types.SignInViewerDocument,
    "\n  query AttributionView($input: AttributionInput!) {\n    attribution(input: $input) {\n      conversions\n      revenue {\n        currency\n        amount\n      }\n      rows {\n        value\n        label\n        credits {\n          model\n          conversions\n          revenue {\n            currency\n            amount\n          }\n        }\n      }\n    }\n  }\n": types.AttributionViewDocument,
    "\n  fragment FeedMessage on Message {\n    id\n    channel\n    text\n    sentiment\n    intent\n    postedAt\n    reach\n    author {\n      id\n      displayName\n    }\n  }\n": types.FeedMessageFragmentDoc,
    "\n  query LatestMessages($first: Int!, $filter: MessageFilter) {\n    messages(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...FeedMessage\n        }\n      }\n    }\n  }\n": types.LatestMessagesDocument,
    "\n  subscription MessageAdded($filter: MessageAddedFilter) {\n    messageAdded(filter: $filter) {\n      ...FeedMessage\n    }\n  }\n": types.MessageAddedDocument,
    "\n  fragment FunnelResultView on FunnelResult {\n    steps {\n      name\n      count\n      conversionFromFirst\n      conversionFromPrevious\n      droppedOff\n      medianSecondsFromPrevious\n    }\n    breakdown {\n      value\n      label\n      steps {\n        count\n        conversionFromFirst\n      }\n    }\n    timeToConvert {\n      fromSeconds\n      toSeconds\n      count\n    }\n    trend {\n      weekStart\n      entered\n      converted\n      conversion\n    }\n    correlations {\n      kind\n      value\n      label\n      oddsRatio\n      lower95\n      upper95\n      convertedWith\n      droppedWith\n      convertedWithout\n      droppedWithout\n    }\n  }\n": types.FunnelResultViewFragmentDoc,
    "\n  fragment SavedFunnelSummary on SavedFunnel {\n    id\n    name\n    savedBy\n    updatedAt\n  }\n": types.SavedFunnelSummaryFragmentDoc,
    "\n  query Funnel($input: FunnelInput!) {\n    funnel(input: $input) {\n      ...FunnelResultView\n    }\n  }\n": types.FunnelDocument,
    "\n  query SavedFunnels($first: Int!, $after: String) {\n    funnels(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...SavedFunnelSummary\n        }\n      }\n    }\n  }\n": types.SavedFunnelsDocument,
    "\n  mutation SaveFunnel($name: String!, $input: FunnelInput!) {\n    saveFunnel(name: $name, input: $input) {\n      ...SavedFunnelSummary\n    }\n  }\n": types.SaveFunnelDocument,
    "\n  mutation DeleteFunnel($id: ID!) {\n    deleteFunnel(id: $id)\n  }\n": types.DeleteFunnelDocument,
    "\n  subscription FunnelUpdated($id: ID!) {\n    funnelUpdated(id: $id) {\n      ...FunnelResultView\n    }\n  }\n": types.FunnelUpdatedDocument,
    "\n  query CampaignChoices {\n    campaigns(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CampaignChoicesDocument,
    "\n  query FunnelStepPeople($input: FunnelInput, $id: ID, $outcome: FunnelOutcome!) {\n    funnel(input: $input, id: $id) {\n      steps {\n        people(first: 50, outcome: $outcome) {\n          edges {\n            node {\n              ...PersonSummary\n            }\n          }\n        }\n      }\n    }\n  }\n": types.FunnelStepPeopleDocument,
    "\n  fragment InfluenceBreakdown on Influence {\n    score\n    components {\n      name\n      value\n      weight\n      contribution\n      explanation\n    }\n  }\n": types.InfluenceBreakdownFragmentDoc,
    "\n  fragment InfluencerRow on Person {\n    id\n    displayName\n    stage\n    reach\n    averageSentiment\n    influence {\n      ...InfluenceBreakdown\n      pageRankPercentile\n      networkCommunity {\n        id\n        label\n      }\n    }\n  }\n": types.InfluencerRowFragmentDoc,
    "\n  query Influencers($first: Int!, $after: String, $filter: InfluencerFilter) {\n    influencers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...InfluencerRow\n        }\n      }\n    }\n  }\n": types.InfluencersDocument,
    "\n  query InfluencerFilterOptions {\n    networkCommunities(first: 50) {\n      edges {\n        node {\n          id\n          label\n          size\n        }\n      }\n    }\n    communities(first: 100) {\n      edges {\n        node {\n          id\n          name\n          platform\n        }\n      }\n    }\n    brands {\n      id\n      name\n      kind\n    }\n  }\n": types.InfluencerFilterOptionsDocument,
    "\n  query InfluenceMap($first: Int!, $networkCommunityId: ID) {\n    influenceGraph(first: $first, networkCommunityId: $networkCommunityId) {\n      edgeCount\n      nodes {\n        id\n        score\n        person {\n          displayName\n        }\n        networkCommunity {\n          id\n          label\n        }\n      }\n      edges {\n        source\n        target\n        weight\n      }\n    }\n  }\n": types.InfluenceMapDocument,
    "\n  query PersonInfluence($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Person {\n        id\n        influence {\n          ...InfluenceBreakdown\n          pageRank\n          pageRankPercentile\n          reach\n          engagement\n          networkCommunity {\n            id\n            label\n            size\n          }\n        }\n        scopedInfluence(first: 10) {\n          community {\n            id\n            name\n          }\n          brand {\n            id\n            name\n          }\n          influence {\n            ...InfluenceBreakdown\n            pageRankPercentile\n          }\n        }\n      }\n    }\n  }\n": types.PersonInfluenceDocument,
    "\n  fragment OverviewNumbers on Overview {\n    asOf\n    people\n    openConversations\n    messagesLast24h\n    negativeMessagesLast24h\n    averageSentimentLast24h\n    touchpointsLast24h\n    openDeals\n    pipelineValue\n    wonValue\n    pendingMergeSuggestions\n  }\n": types.OverviewNumbersFragmentDoc,
    "\n  query Overview {\n    overview {\n      ...OverviewNumbers\n    }\n  }\n": types.OverviewDocument,
    "\n  subscription OverviewUpdated {\n    overviewUpdated {\n      ...OverviewNumbers\n    }\n  }\n": types.OverviewUpdatedDocument,
    "\n  query MessageVolume($from: DateTime!, $to: DateTime!, $interval: MessageVolumeInterval!) {\n    messageVolume(from: $from, to: $to, interval: $interval) {\n      interval\n      total {\n        start\n        messages\n        negative\n        averageSentiment\n        negativeShare\n      }\n      channels {\n        channel\n        messages\n        points {\n          start\n          messages\n        }\n      }\n    }\n  }\n": types.MessageVolumeDocument,
    "\n  fragment PersonProfile on Person {\n    id\n    displayName\n    title\n    location\n    stage\n    reach\n    followers\n    messageCount\n    averageSentiment\n    firstSeenAt\n    lastSeenAt\n    organization {\n      name\n      domain\n    }\n    mergedInto {\n      id\n      displayName\n    }\n    identities {\n      kind\n      platform\n      value\n    }\n  }\n": types.PersonProfileFragmentDoc,
    "\n  query PersonProfile($id: ID!) {\n    node(id: $id) {\n      __typename\n      ...PersonProfile\n    }\n  }\n": types.PersonProfileDocument,
    "\n  fragment TimelineActivity on Activity {\n    kind\n    department\n    summary\n    occurredAt\n  }\n": types.TimelineActivityFragmentDoc,
    "\n  query PersonTimeline($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      ... on Person {\n        id\n        timeline(first: $first, after: $after) {\n          totalCount\n          pageInfo {\n            endCursor\n            hasNextPage\n          }\n          edges {\n            cursor\n            node {\n              ...TimelineActivity\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PersonTimelineDocument,
    "\n  fragment PersonSummary on Person {\n    id\n    displayName\n    title\n    stage\n    reach\n    messageCount\n    lastSeenAt\n    organization {\n      name\n    }\n  }\n": types.PersonSummaryFragmentDoc,
    "\n  query People($first: Int!, $after: String, $search: String) {\n    people(first: $first, after: $after, filter: { search: $search }, orderBy: { field: LAST_SEEN }) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...PersonSummary\n        }\n      }\n    }\n  }\n": types.PeopleDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInViewer {\n    viewer {\n      name\n      role\n    }\n  }\n"): (typeof documents)["\n  query SignInViewer {\n    viewer {\n      name\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttributionView($input: AttributionInput!) {\n    attribution(input: $input) {\n      conversions\n      revenue {\n        currency\n        amount\n      }\n      rows {\n        value\n        label\n        credits {\n          model\n          conversions\n          revenue {\n            currency\n            amount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AttributionView($input: AttributionInput!) {\n    attribution(input: $input) {\n      conversions\n      revenue {\n        currency\n        amount\n      }\n      rows {\n        value\n        label\n        credits {\n          model\n          conversions\n          revenue {\n            currency\n            amount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedMessage on Message {\n    id\n    channel\n    text\n    sentiment\n    intent\n    postedAt\n    reach\n    author {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment FeedMessage on Message {\n    id\n    channel\n    text\n    sentiment\n    intent\n    postedAt\n    reach\n    author {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestMessages($first: Int!, $filter: MessageFilter) {\n    messages(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...FeedMessage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LatestMessages($first: Int!, $filter: MessageFilter) {\n    messages(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...FeedMessage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MessageAdded($filter: MessageAddedFilter) {\n    messageAdded(filter: $filter) {\n      ...FeedMessage\n    }\n  }\n"): (typeof documents)["\n  subscription MessageAdded($filter: MessageAddedFilter) {\n    messageAdded(filter: $filter) {\n      ...FeedMessage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FunnelResultView on FunnelResult {\n    steps {\n      name\n      count\n      conversionFromFirst\n      conversionFromPrevious\n      droppedOff\n      medianSecondsFromPrevious\n    }\n    breakdown {\n      value\n      label\n      steps {\n        count\n        conversionFromFirst\n      }\n    }\n    timeToConvert {\n      fromSeconds\n      toSeconds\n      count\n    }\n    trend {\n      weekStart\n      entered\n      converted\n      conversion\n    }\n    correlations {\n      kind\n      value\n      label\n      oddsRatio\n      lower95\n      upper95\n      convertedWith\n      droppedWith\n      convertedWithout\n      droppedWithout\n    }\n  }\n"): (typeof documents)["\n  fragment FunnelResultView on FunnelResult {\n    steps {\n      name\n      count\n      conversionFromFirst\n      conversionFromPrevious\n      droppedOff\n      medianSecondsFromPrevious\n    }\n    breakdown {\n      value\n      label\n      steps {\n        count\n        conversionFromFirst\n      }\n    }\n    timeToConvert {\n      fromSeconds\n      toSeconds\n      count\n    }\n    trend {\n      weekStart\n      entered\n      converted\n      conversion\n    }\n    correlations {\n      kind\n      value\n      label\n      oddsRatio\n      lower95\n      upper95\n      convertedWith\n      droppedWith\n      convertedWithout\n      droppedWithout\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SavedFunnelSummary on SavedFunnel {\n    id\n    name\n    savedBy\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment SavedFunnelSummary on SavedFunnel {\n    id\n    name\n    savedBy\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Funnel($input: FunnelInput!) {\n    funnel(input: $input) {\n      ...FunnelResultView\n    }\n  }\n"): (typeof documents)["\n  query Funnel($input: FunnelInput!) {\n    funnel(input: $input) {\n      ...FunnelResultView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedFunnels($first: Int!, $after: String) {\n    funnels(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...SavedFunnelSummary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SavedFunnels($first: Int!, $after: String) {\n    funnels(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...SavedFunnelSummary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveFunnel($name: String!, $input: FunnelInput!) {\n    saveFunnel(name: $name, input: $input) {\n      ...SavedFunnelSummary\n    }\n  }\n"): (typeof documents)["\n  mutation SaveFunnel($name: String!, $input: FunnelInput!) {\n    saveFunnel(name: $name, input: $input) {\n      ...SavedFunnelSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteFunnel($id: ID!) {\n    deleteFunnel(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteFunnel($id: ID!) {\n    deleteFunnel(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FunnelUpdated($id: ID!) {\n    funnelUpdated(id: $id) {\n      ...FunnelResultView\n    }\n  }\n"): (typeof documents)["\n  subscription FunnelUpdated($id: ID!) {\n    funnelUpdated(id: $id) {\n      ...FunnelResultView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignChoices {\n    campaigns(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignChoices {\n    campaigns(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FunnelStepPeople($input: FunnelInput, $id: ID, $outcome: FunnelOutcome!) {\n    funnel(input: $input, id: $id) {\n      steps {\n        people(first: 50, outcome: $outcome) {\n          edges {\n            node {\n              ...PersonSummary\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FunnelStepPeople($input: FunnelInput, $id: ID, $outcome: FunnelOutcome!) {\n    funnel(input: $input, id: $id) {\n      steps {\n        people(first: 50, outcome: $outcome) {\n          edges {\n            node {\n              ...PersonSummary\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InfluenceBreakdown on Influence {\n    score\n    components {\n      name\n      value\n      weight\n      contribution\n      explanation\n    }\n  }\n"): (typeof documents)["\n  fragment InfluenceBreakdown on Influence {\n    score\n    components {\n      name\n      value\n      weight\n      contribution\n      explanation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InfluencerRow on Person {\n    id\n    displayName\n    stage\n    reach\n    averageSentiment\n    influence {\n      ...InfluenceBreakdown\n      pageRankPercentile\n      networkCommunity {\n        id\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment InfluencerRow on Person {\n    id\n    displayName\n    stage\n    reach\n    averageSentiment\n    influence {\n      ...InfluenceBreakdown\n      pageRankPercentile\n      networkCommunity {\n        id\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Influencers($first: Int!, $after: String, $filter: InfluencerFilter) {\n    influencers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...InfluencerRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Influencers($first: Int!, $after: String, $filter: InfluencerFilter) {\n    influencers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...InfluencerRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InfluencerFilterOptions {\n    networkCommunities(first: 50) {\n      edges {\n        node {\n          id\n          label\n          size\n        }\n      }\n    }\n    communities(first: 100) {\n      edges {\n        node {\n          id\n          name\n          platform\n        }\n      }\n    }\n    brands {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query InfluencerFilterOptions {\n    networkCommunities(first: 50) {\n      edges {\n        node {\n          id\n          label\n          size\n        }\n      }\n    }\n    communities(first: 100) {\n      edges {\n        node {\n          id\n          name\n          platform\n        }\n      }\n    }\n    brands {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InfluenceMap($first: Int!, $networkCommunityId: ID) {\n    influenceGraph(first: $first, networkCommunityId: $networkCommunityId) {\n      edgeCount\n      nodes {\n        id\n        score\n        person {\n          displayName\n        }\n        networkCommunity {\n          id\n          label\n        }\n      }\n      edges {\n        source\n        target\n        weight\n      }\n    }\n  }\n"): (typeof documents)["\n  query InfluenceMap($first: Int!, $networkCommunityId: ID) {\n    influenceGraph(first: $first, networkCommunityId: $networkCommunityId) {\n      edgeCount\n      nodes {\n        id\n        score\n        person {\n          displayName\n        }\n        networkCommunity {\n          id\n          label\n        }\n      }\n      edges {\n        source\n        target\n        weight\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonInfluence($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Person {\n        id\n        influence {\n          ...InfluenceBreakdown\n          pageRank\n          pageRankPercentile\n          reach\n          engagement\n          networkCommunity {\n            id\n            label\n            size\n          }\n        }\n        scopedInfluence(first: 10) {\n          community {\n            id\n            name\n          }\n          brand {\n            id\n            name\n          }\n          influence {\n            ...InfluenceBreakdown\n            pageRankPercentile\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonInfluence($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Person {\n        id\n        influence {\n          ...InfluenceBreakdown\n          pageRank\n          pageRankPercentile\n          reach\n          engagement\n          networkCommunity {\n            id\n            label\n            size\n          }\n        }\n        scopedInfluence(first: 10) {\n          community {\n            id\n            name\n          }\n          brand {\n            id\n            name\n          }\n          influence {\n            ...InfluenceBreakdown\n            pageRankPercentile\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OverviewNumbers on Overview {\n    asOf\n    people\n    openConversations\n    messagesLast24h\n    negativeMessagesLast24h\n    averageSentimentLast24h\n    touchpointsLast24h\n    openDeals\n    pipelineValue\n    wonValue\n    pendingMergeSuggestions\n  }\n"): (typeof documents)["\n  fragment OverviewNumbers on Overview {\n    asOf\n    people\n    openConversations\n    messagesLast24h\n    negativeMessagesLast24h\n    averageSentimentLast24h\n    touchpointsLast24h\n    openDeals\n    pipelineValue\n    wonValue\n    pendingMergeSuggestions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Overview {\n    overview {\n      ...OverviewNumbers\n    }\n  }\n"): (typeof documents)["\n  query Overview {\n    overview {\n      ...OverviewNumbers\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OverviewUpdated {\n    overviewUpdated {\n      ...OverviewNumbers\n    }\n  }\n"): (typeof documents)["\n  subscription OverviewUpdated {\n    overviewUpdated {\n      ...OverviewNumbers\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessageVolume($from: DateTime!, $to: DateTime!, $interval: MessageVolumeInterval!) {\n    messageVolume(from: $from, to: $to, interval: $interval) {\n      interval\n      total {\n        start\n        messages\n        negative\n        averageSentiment\n        negativeShare\n      }\n      channels {\n        channel\n        messages\n        points {\n          start\n          messages\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MessageVolume($from: DateTime!, $to: DateTime!, $interval: MessageVolumeInterval!) {\n    messageVolume(from: $from, to: $to, interval: $interval) {\n      interval\n      total {\n        start\n        messages\n        negative\n        averageSentiment\n        negativeShare\n      }\n      channels {\n        channel\n        messages\n        points {\n          start\n          messages\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonProfile on Person {\n    id\n    displayName\n    title\n    location\n    stage\n    reach\n    followers\n    messageCount\n    averageSentiment\n    firstSeenAt\n    lastSeenAt\n    organization {\n      name\n      domain\n    }\n    mergedInto {\n      id\n      displayName\n    }\n    identities {\n      kind\n      platform\n      value\n    }\n  }\n"): (typeof documents)["\n  fragment PersonProfile on Person {\n    id\n    displayName\n    title\n    location\n    stage\n    reach\n    followers\n    messageCount\n    averageSentiment\n    firstSeenAt\n    lastSeenAt\n    organization {\n      name\n      domain\n    }\n    mergedInto {\n      id\n      displayName\n    }\n    identities {\n      kind\n      platform\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonProfile($id: ID!) {\n    node(id: $id) {\n      __typename\n      ...PersonProfile\n    }\n  }\n"): (typeof documents)["\n  query PersonProfile($id: ID!) {\n    node(id: $id) {\n      __typename\n      ...PersonProfile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimelineActivity on Activity {\n    kind\n    department\n    summary\n    occurredAt\n  }\n"): (typeof documents)["\n  fragment TimelineActivity on Activity {\n    kind\n    department\n    summary\n    occurredAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonTimeline($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      ... on Person {\n        id\n        timeline(first: $first, after: $after) {\n          totalCount\n          pageInfo {\n            endCursor\n            hasNextPage\n          }\n          edges {\n            cursor\n            node {\n              ...TimelineActivity\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonTimeline($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      ... on Person {\n        id\n        timeline(first: $first, after: $after) {\n          totalCount\n          pageInfo {\n            endCursor\n            hasNextPage\n          }\n          edges {\n            cursor\n            node {\n              ...TimelineActivity\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonSummary on Person {\n    id\n    displayName\n    title\n    stage\n    reach\n    messageCount\n    lastSeenAt\n    organization {\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PersonSummary on Person {\n    id\n    displayName\n    title\n    stage\n    reach\n    messageCount\n    lastSeenAt\n    organization {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People($first: Int!, $after: String, $search: String) {\n    people(first: $first, after: $after, filter: { search: $search }, orderBy: { field: LAST_SEEN }) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...PersonSummary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query People($first: Int!, $after: String, $search: String) {\n    people(first: $first, after: $after, filter: { search: $search }, orderBy: { field: LAST_SEEN }) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...PersonSummary\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;