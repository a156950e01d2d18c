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
    "\n  fragment AlertItem on Alert {\n    id\n    severity\n    reason\n    messageCount\n    raisedAt\n    updatedAt\n    acknowledgedAt\n    acknowledgedBy\n    rule {\n      id\n      name\n      kind\n    }\n    person {\n      id\n      displayName\n    }\n    message {\n      id\n      channel\n      text\n    }\n  }\n": typeof types.AlertItemFragmentDoc,
    "\n  query Alerts($first: Int!, $filter: AlertFilter) {\n    alerts(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...AlertItem\n        }\n      }\n    }\n  }\n": typeof types.AlertsDocument,
    "\n  subscription AlertRaised($minSeverity: Priority) {\n    alertRaised(minSeverity: $minSeverity) {\n      ...AlertItem\n    }\n  }\n": typeof types.AlertRaisedDocument,
    "\n  mutation AcknowledgeAlert($id: ID!) {\n    acknowledgeAlert(id: $id) {\n      ...AlertItem\n    }\n  }\n": typeof types.AcknowledgeAlertDocument,
    "\n  query AttributionView($input: AttributionInput!) {\n    attribution(input: $input) {\n      conversions\n      revenue {\n        currency\n        amount\n      }\n      rows {\n        value\n        label\n        credits {\n          model\n          conversions\n          revenue {\n            currency\n            amount\n          }\n        }\n      }\n    }\n  }\n": typeof types.AttributionViewDocument,
    "\n  fragment CaseRow on Case {\n    id\n    status\n    priority\n    channel\n    team\n    openedAt\n    firstResponseAt\n    resolvedAt\n    firstResponseDueAt\n    nextResponseDueAt\n    resolutionDueAt\n    breached {\n      firstResponse\n      nextResponse\n      resolution\n    }\n    assignee {\n      id\n      name\n    }\n    person {\n      id\n      displayName\n    }\n    message {\n      id\n      text\n    }\n  }\n": typeof types.CaseRowFragmentDoc,
    "\n  query CaseQueue($first: Int!, $after: String, $filter: CaseFilter) {\n    cases(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        node {\n          ...CaseRow\n        }\n      }\n    }\n  }\n": typeof types.CaseQueueDocument,
    "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      ...CaseRow\n      lastResponseAt\n      awaitingSince\n      reopenedAt\n      sla {\n        firstResponseMinutes\n        nextResponseMinutes\n        resolutionMinutes\n      }\n      conversation {\n        id\n        subject\n        messages(first: 100) {\n          edges {\n            node {\n              id\n              direction\n              text\n              postedAt\n              author {\n                id\n                displayName\n              }\n            }\n          }\n        }\n      }\n      notes(first: 100) {\n        edges {\n          node {\n            id\n            author\n            text\n            createdAt\n            mentions {\n              id\n              handle\n              name\n            }\n          }\n        }\n      }\n    }\n    teammates {\n      id\n      name\n      handle\n      team\n    }\n  }\n": typeof types.CaseDetailDocument,
    "\n  query PersonCases($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Person {\n        id\n        cases(first: 20) {\n          totalCount\n          edges {\n            node {\n              ...CaseRow\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PersonCasesDocument,
    "\n  subscription CaseUpdated($id: ID) {\n    caseUpdated(id: $id) {\n      ...CaseRow\n    }\n  }\n": typeof types.CaseUpdatedDocument,
    "\n  mutation AssignCase($id: ID!, $assigneeId: ID) {\n    assignCase(id: $id, assigneeId: $assigneeId) {\n      id\n    }\n  }\n": typeof types.AssignCaseDocument,
    "\n  mutation AddCaseNote($id: ID!, $text: String!) {\n    addCaseNote(id: $id, text: $text) {\n      id\n    }\n  }\n": typeof types.AddCaseNoteDocument,
    "\n  mutation RespondToCase($id: ID!, $text: String!, $teammateId: ID) {\n    respondToCase(id: $id, text: $text, teammateId: $teammateId) {\n      id\n    }\n  }\n": typeof types.RespondToCaseDocument,
    "\n  mutation ResolveCase($id: ID!) {\n    resolveCase(id: $id) {\n      id\n    }\n  }\n": typeof types.ResolveCaseDocument,
    "\n  mutation ReopenCase($id: ID!) {\n    reopenCase(id: $id) {\n      id\n    }\n  }\n": typeof types.ReopenCaseDocument,
    "\n  query CommunityList {\n    communities(first: 100) {\n      edges {\n        node {\n          id\n          name\n          platform\n        }\n      }\n    }\n  }\n": typeof types.CommunityListDocument,
    "\n  query CommunityView($communityId: ID!, $from: DateTime!, $to: DateTime!) {\n    communityMetrics(communityId: $communityId, from: $from, to: $to) {\n      months {\n        start\n        members\n        joined\n        active\n        lapsed\n      }\n      firstAnswer {\n        newMembersWhoPosted\n        answered\n        medianSeconds\n        p90Seconds\n      }\n      superusers(first: 8) {\n        id\n        displayName\n        reach\n      }\n    }\n    communityRetention(communityId: $communityId, interval: MONTH, periods: 6) {\n      start\n      size\n      retention {\n        offset\n        active\n        share\n      }\n    }\n  }\n": typeof types.CommunityViewDocument,
    "\n  fragment FeedMessage on Message {\n    id\n    channel\n    text\n    sentiment\n    intent\n    postedAt\n    reach\n    author {\n      id\n      displayName\n    }\n  }\n": typeof types.FeedMessageFragmentDoc,
    "\n  query LatestMessages($first: Int!, $filter: MessageFilter) {\n    messages(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...FeedMessage\n        }\n      }\n    }\n  }\n": typeof types.LatestMessagesDocument,
    "\n  subscription MessageAdded($filter: MessageAddedFilter) {\n    messageAdded(filter: $filter) {\n      ...FeedMessage\n    }\n  }\n": typeof types.MessageAddedDocument,
    "\n  fragment FunnelResultView on FunnelResult {\n    steps {\n      name\n      count\n      conversionFromFirst\n      conversionFromPrevious\n      droppedOff\n      medianSecondsFromPrevious\n    }\n    breakdown {\n      value\n      label\n      steps {\n        count\n        conversionFromFirst\n      }\n    }\n    timeToConvert {\n      fromSeconds\n      toSeconds\n      count\n    }\n    trend {\n      weekStart\n      entered\n      converted\n      conversion\n    }\n    correlations {\n      kind\n      value\n      label\n      oddsRatio\n      lower95\n      upper95\n      convertedWith\n      droppedWith\n      convertedWithout\n      droppedWithout\n    }\n  }\n": typeof types.FunnelResultViewFragmentDoc,
    "\n  fragment SavedFunnelSummary on SavedFunnel {\n    id\n    name\n    savedBy\n    updatedAt\n  }\n": typeof types.SavedFunnelSummaryFragmentDoc,
    "\n  query Funnel($input: FunnelInput!) {\n    funnel(input: $input) {\n      ...FunnelResultView\n    }\n  }\n": typeof types.FunnelDocument,
    "\n  query SavedFunnels($first: Int!, $after: String) {\n    funnels(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        node {\n          ...SavedFunnelSummary\n        }\n      }\n    }\n  }\n": typeof types.SavedFunnelsDocument,
    "\n  mutation SaveFunnel($name: String!, $input: FunnelInput!) {\n    saveFunnel(name: $name, input: $input) {\n      ...SavedFunnelSummary\n    }\n  }\n": typeof types.SaveFunnelDocument,
    "\n  mutation DeleteFunnel($id: ID!) {\n    deleteFunnel(id: $id)\n  }\n": typeof types.DeleteFunnelDocument,
    "\n  subscription FunnelUpdated($id: ID!) {\n    funnelUpdated(id: $id) {\n      ...FunnelResultView\n    }\n  }\n": typeof types.FunnelUpdatedDocument,
    "\n  query CampaignChoices {\n    campaigns(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CampaignChoicesDocument,
    "\n  query FunnelStepPeople($input: FunnelInput, $id: ID, $outcome: FunnelOutcome!) {\n    funnel(input: $input, id: $id) {\n      steps {\n        people(first: 50, outcome: $outcome) {\n          edges {\n            node {\n              ...PersonSummary\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.FunnelStepPeopleDocument,
    "\n  fragment InfluenceBreakdown on Influence {\n    score\n    components {\n      name\n      value\n      weight\n      contribution\n      explanation\n    }\n  }\n": typeof types.InfluenceBreakdownFragmentDoc,
    "\n  fragment InfluencerRow on Person {\n    id\n    displayName\n    stage\n    reach\n    averageSentiment\n    influence {\n      ...InfluenceBreakdown\n      pageRankPercentile\n      networkCommunity {\n        id\n        label\n      }\n    }\n  }\n": typeof types.InfluencerRowFragmentDoc,
    "\n  query Influencers($first: Int!, $after: String, $filter: InfluencerFilter) {\n    influencers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        node {\n          ...InfluencerRow\n        }\n      }\n    }\n  }\n": typeof types.InfluencersDocument,
    "\n  query InfluencerFilterOptions {\n    networkCommunities(first: 50) {\n      edges {\n        node {\n          id\n          label\n          size\n        }\n      }\n    }\n    communities(first: 100) {\n      edges {\n        node {\n          id\n          name\n          platform\n        }\n      }\n    }\n    brands {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.InfluencerFilterOptionsDocument,
    "\n  query InfluenceMap($first: Int!, $networkCommunityId: ID) {\n    influenceGraph(first: $first, networkCommunityId: $networkCommunityId) {\n      edgeCount\n      nodes {\n        id\n        score\n        person {\n          displayName\n        }\n        networkCommunity {\n          id\n          label\n        }\n      }\n      edges {\n        source\n        target\n        weight\n      }\n    }\n  }\n": typeof types.InfluenceMapDocument,
    "\n  query PersonInfluence($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Person {\n        id\n        influence {\n          ...InfluenceBreakdown\n          pageRank\n          pageRankPercentile\n          reach\n          engagement\n          networkCommunity {\n            id\n            label\n            size\n          }\n        }\n        scopedInfluence(first: 10) {\n          community {\n            id\n            name\n          }\n          brand {\n            id\n            name\n          }\n          influence {\n            ...InfluenceBreakdown\n            pageRankPercentile\n          }\n        }\n      }\n    }\n  }\n": typeof types.PersonInfluenceDocument,
    "\n  query ListeningBrands {\n    brands {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.ListeningBrandsDocument,
    "\n  query ListeningMetrics($brandIds: [ID!]!, $from: DateTime!, $to: DateTime!, $interval: MetricInterval!) {\n    brandMetrics(brandIds: $brandIds, from: $from, to: $to, interval: $interval) {\n      periods\n      brands {\n        brand {\n          id\n          name\n          kind\n        }\n        totals {\n          mentions\n          shareOfVoice\n          averageSentiment\n          negativeShare\n          reachWeightedMentions\n          channels {\n            channel\n            mentions\n          }\n        }\n        periods {\n          start\n          mentions\n          shareOfVoice\n          averageSentiment\n        }\n      }\n    }\n  }\n": typeof types.ListeningMetricsDocument,
    "\n  query RisingTerms($brandIds: [ID!]!, $from: DateTime!, $to: DateTime!, $interval: MetricInterval!) {\n    brandMetrics(brandIds: $brandIds, from: $from, to: $to, interval: $interval) {\n      brands {\n        risingTerms(first: 10) {\n          term\n          phrase\n          count\n          baselineCount\n          score\n          ratio\n          examples {\n            id\n            text\n            url\n            channel\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.RisingTermsDocument,
    "\n  query PlaceBreakdown($from: DateTime!, $to: DateTime!, $brandIds: [ID!]) {\n    placeBreakdown(from: $from, to: $to, brandIds: $brandIds, first: 15) {\n      country\n      city\n      messages\n      averageSentiment\n      negativeShare\n    }\n  }\n": typeof types.PlaceBreakdownDocument,
    "\n  fragment OverviewNumbers on Overview {\n    asOf\n    people\n    openConversations\n    messagesLast24h\n    negativeMessagesLast24h\n    averageSentimentLast24h\n    touchpointsLast24h\n    openDeals\n    pipelineValue\n    wonValue\n    pendingMergeSuggestions\n    openAlerts\n    openCases\n    breachedCases\n  }\n": typeof types.OverviewNumbersFragmentDoc,
    "\n  query Overview {\n    overview {\n      ...OverviewNumbers\n    }\n  }\n": typeof types.OverviewDocument,
    "\n  subscription OverviewUpdated {\n    overviewUpdated {\n      ...OverviewNumbers\n    }\n  }\n": typeof types.OverviewUpdatedDocument,
    "\n  query MessageVolume($from: DateTime!, $to: DateTime!, $interval: MessageVolumeInterval!) {\n    messageVolume(from: $from, to: $to, interval: $interval) {\n      interval\n      total {\n        start\n        messages\n        negative\n        averageSentiment\n        negativeShare\n      }\n      channels {\n        channel\n        messages\n        points {\n          start\n          messages\n        }\n      }\n    }\n  }\n": typeof types.MessageVolumeDocument,
    "\n  fragment PersonProfile on Person {\n    id\n    displayName\n    title\n    location\n    stage\n    reach\n    followers\n    messageCount\n    averageSentiment\n    firstSeenAt\n    lastSeenAt\n    organization {\n      name\n      domain\n    }\n    mergedInto {\n      id\n      displayName\n    }\n    identities {\n      kind\n      platform\n      value\n    }\n  }\n": typeof types.PersonProfileFragmentDoc,
    "\n  query PersonProfile($id: ID!) {\n    node(id: $id) {\n      __typename\n      ...PersonProfile\n    }\n  }\n": typeof types.PersonProfileDocument,
    "\n  fragment TimelineActivity on Activity {\n    kind\n    department\n    summary\n    occurredAt\n  }\n": typeof types.TimelineActivityFragmentDoc,
    "\n  query PersonTimeline($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      ... on Person {\n        id\n        timeline(first: $first, after: $after) {\n          totalCount\n          pageInfo {\n            ...PageCursor\n          }\n          edges {\n            cursor\n            node {\n              ...TimelineActivity\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PersonTimelineDocument,
    "\n  fragment PersonSummary on Person {\n    id\n    displayName\n    title\n    stage\n    reach\n    messageCount\n    lastSeenAt\n    organization {\n      name\n    }\n  }\n": typeof types.PersonSummaryFragmentDoc,
    "\n  query People($first: Int!, $after: String, $search: String) {\n    people(first: $first, after: $after, filter: { search: $search }, orderBy: { field: LAST_SEEN }) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        node {\n          ...PersonSummary\n        }\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  fragment PageCursor on PageInfo {\n    endCursor\n    hasNextPage\n  }\n": typeof types.PageCursorFragmentDoc,
};
const documents: Documents = {
    "\n  query SignInViewer {\n    viewer {\n      name\n      role\n    }\n  }\n": types.SignInViewerDocument,
    "\n  fragment AlertItem on Alert {\n    id\n    severity\n    reason\n    messageCount\n    raisedAt\n    updatedAt\n    acknowledgedAt\n    acknowledgedBy\n    rule {\n      id\n      name\n      kind\n    }\n    person {\n      id\n      displayName\n    }\n    message {\n      id\n      channel\n      text\n    }\n  }\n": types.AlertItemFragmentDoc,
    "\n  query Alerts($first: Int!, $filter: AlertFilter) {\n    alerts(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...AlertItem\n        }\n      }\n    }\n  }\n": types.AlertsDocument,
    "\n  subscription AlertRaised($minSeverity: Priority) {\n    alertRaised(minSeverity: $minSeverity) {\n      ...AlertItem\n    }\n  }\n": types.AlertRaisedDocument,
    "\n  mutation AcknowledgeAlert($id: ID!) {\n    acknowledgeAlert(id: $id) {\n      ...AlertItem\n    }\n  }\n": types.AcknowledgeAlertDocument,
    "\n  query AttributionView($input: AttributionInput!) {\n    attribution(input: $input) {\n      conversions\n      revenue {\n        currency\n        amount\n      }\n      rows {\n        value\n        label\n        credits {\n          model\n          conversions\n          revenue {\n            currency\n            amount\n          }\n        }\n      }\n    }\n  }\n": types.AttributionViewDocument,
    "\n  fragment CaseRow on Case {\n    id\n    status\n    priority\n    channel\n    team\n    openedAt\n    firstResponseAt\n    resolvedAt\n    firstResponseDueAt\n    nextResponseDueAt\n    resolutionDueAt\n    breached {\n      firstResponse\n      nextResponse\n      resolution\n    }\n    assignee {\n      id\n      name\n    }\n    person {\n      id\n      displayName\n    }\n    message {\n      id\n      text\n    }\n  }\n": types.CaseRowFragmentDoc,
    "\n  query CaseQueue($first: Int!, $after: String, $filter: CaseFilter) {\n    cases(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        node {\n          ...CaseRow\n        }\n      }\n    }\n  }\n": types.CaseQueueDocument,
    "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      ...CaseRow\n      lastResponseAt\n      awaitingSince\n      reopenedAt\n      sla {\n        firstResponseMinutes\n        nextResponseMinutes\n        resolutionMinutes\n      }\n      conversation {\n        id\n        subject\n        messages(first: 100) {\n          edges {\n            node {\n              id\n              direction\n              text\n              postedAt\n              author {\n                id\n                displayName\n              }\n            }\n          }\n        }\n      }\n      notes(first: 100) {\n        edges {\n          node {\n            id\n            author\n            text\n            createdAt\n            mentions {\n              id\n              handle\n              name\n            }\n          }\n        }\n      }\n    }\n    teammates {\n      id\n      name\n      handle\n      team\n    }\n  }\n": types.CaseDetailDocument,
    "\n  query PersonCases($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Person {\n        id\n        cases(first: 20) {\n          totalCount\n          edges {\n            node {\n              ...CaseRow\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PersonCasesDocument,
    "\n  subscription CaseUpdated($id: ID) {\n    caseUpdated(id: $id) {\n      ...CaseRow\n    }\n  }\n": types.CaseUpdatedDocument,
    "\n  mutation AssignCase($id: ID!, $assigneeId: ID) {\n    assignCase(id: $id, assigneeId: $assigneeId) {\n      id\n    }\n  }\n": types.AssignCaseDocument,
    "\n  mutation AddCaseNote($id: ID!, $text: String!) {\n    addCaseNote(id: $id, text: $text) {\n      id\n    }\n  }\n": types.AddCaseNoteDocument,
    "\n  mutation RespondToCase($id: ID!, $text: String!, $teammateId: ID) {\n    respondToCase(id: $id, text: $text, teammateId: $teammateId) {\n      id\n    }\n  }\n": types.RespondToCaseDocument,
    "\n  mutation ResolveCase($id: ID!) {\n    resolveCase(id: $id) {\n      id\n    }\n  }\n": types.ResolveCaseDocument,
    "\n  mutation ReopenCase($id: ID!) {\n    reopenCase(id: $id) {\n      id\n    }\n  }\n": types.ReopenCaseDocument,
    "\n  query CommunityList {\n    communities(first: 100) {\n      edges {\n        node {\n          id\n          name\n          platform\n        }\n      }\n    }\n  }\n": types.CommunityListDocument,
    "\n  query CommunityView($communityId: ID!, $from: DateTime!, $to: DateTime!) {\n    communityMetrics(communityId: $communityId, from: $from, to: $to) {\n      months {\n        start\n        members\n        joined\n        active\n        lapsed\n      }\n      firstAnswer {\n        newMembersWhoPosted\n        answered\n        medianSeconds\n        p90Seconds\n      }\n      superusers(first: 8) {\n        id\n        displayName\n        reach\n      }\n    }\n    communityRetention(communityId: $communityId, interval: MONTH, periods: 6) {\n      start\n      size\n      retention {\n        offset\n        active\n        share\n      }\n    }\n  }\n": types.CommunityViewDocument,
    "\n  fragment FeedMessage on Message {\n    id\n    channel\n    text\n    sentiment\n    intent\n    postedAt\n    reach\n    author {\n      id\n      displayName\n    }\n  }\n": types.FeedMessageFragmentDoc,
    "\n  query LatestMessages($first: Int!, $filter: MessageFilter) {\n    messages(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...FeedMessage\n        }\n      }\n    }\n  }\n": types.LatestMessagesDocument,
    "\n  subscription MessageAdded($filter: MessageAddedFilter) {\n    messageAdded(filter: $filter) {\n      ...FeedMessage\n    }\n  }\n": types.MessageAddedDocument,
    "\n  fragment FunnelResultView on FunnelResult {\n    steps {\n      name\n      count\n      conversionFromFirst\n      conversionFromPrevious\n      droppedOff\n      medianSecondsFromPrevious\n    }\n    breakdown {\n      value\n      label\n      steps {\n        count\n        conversionFromFirst\n      }\n    }\n    timeToConvert {\n      fromSeconds\n      toSeconds\n      count\n    }\n    trend {\n      weekStart\n      entered\n      converted\n      conversion\n    }\n    correlations {\n      kind\n      value\n      label\n      oddsRatio\n      lower95\n      upper95\n      convertedWith\n      droppedWith\n      convertedWithout\n      droppedWithout\n    }\n  }\n": types.FunnelResultViewFragmentDoc,
    "\n  fragment SavedFunnelSummary on SavedFunnel {\n    id\n    name\n    savedBy\n    updatedAt\n  }\n": types.SavedFunnelSummaryFragmentDoc,
    "\n  query Funnel($input: FunnelInput!) {\n    funnel(input: $input) {\n      ...FunnelResultView\n    }\n  }\n": types.FunnelDocument,
    "\n  query SavedFunnels($first: Int!, $after: String) {\n    funnels(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        node {\n          ...SavedFunnelSummary\n        }\n      }\n    }\n  }\n": types.SavedFunnelsDocument,
    "\n  mutation SaveFunnel($name: String!, $input: FunnelInput!) {\n    saveFunnel(name: $name, input: $input) {\n      ...SavedFunnelSummary\n    }\n  }\n": types.SaveFunnelDocument,
    "\n  mutation DeleteFunnel($id: ID!) {\n    deleteFunnel(id: $id)\n  }\n": types.DeleteFunnelDocument,
    "\n  subscription FunnelUpdated($id: ID!) {\n    funnelUpdated(id: $id) {\n      ...FunnelResultView\n    }\n  }\n": types.FunnelUpdatedDocument,
    "\n  query CampaignChoices {\n    campaigns(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CampaignChoicesDocument,
    "\n  query FunnelStepPeople($input: FunnelInput, $id: ID, $outcome: FunnelOutcome!) {\n    funnel(input: $input, id: $id) {\n      steps {\n        people(first: 50, outcome: $outcome) {\n          edges {\n            node {\n              ...PersonSummary\n            }\n          }\n        }\n      }\n    }\n  }\n": types.FunnelStepPeopleDocument,
    "\n  fragment InfluenceBreakdown on Influence {\n    score\n    components {\n      name\n      value\n      weight\n      contribution\n      explanation\n    }\n  }\n": types.InfluenceBreakdownFragmentDoc,
    "\n  fragment InfluencerRow on Person {\n    id\n    displayName\n    stage\n    reach\n    averageSentiment\n    influence {\n      ...InfluenceBreakdown\n      pageRankPercentile\n      networkCommunity {\n        id\n        label\n      }\n    }\n  }\n": types.InfluencerRowFragmentDoc,
    "\n  query Influencers($first: Int!, $after: String, $filter: InfluencerFilter) {\n    influencers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        node {\n          ...InfluencerRow\n        }\n      }\n    }\n  }\n": types.InfluencersDocument,
    "\n  query InfluencerFilterOptions {\n    networkCommunities(first: 50) {\n      edges {\n        node {\n          id\n          label\n          size\n        }\n      }\n    }\n    communities(first: 100) {\n      edges {\n        node {\n          id\n          name\n          platform\n        }\n      }\n    }\n    brands {\n      id\n      name\n      kind\n    }\n  }\n": types.InfluencerFilterOptionsDocument,
    "\n  query InfluenceMap($first: Int!, $networkCommunityId: ID) {\n    influenceGraph(first: $first, networkCommunityId: $networkCommunityId) {\n      edgeCount\n      nodes {\n        id\n        score\n        person {\n          displayName\n        }\n        networkCommunity {\n          id\n          label\n        }\n      }\n      edges {\n        source\n        target\n        weight\n      }\n    }\n  }\n": types.InfluenceMapDocument,
    "\n  query PersonInfluence($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Person {\n        id\n        influence {\n          ...InfluenceBreakdown\n          pageRank\n          pageRankPercentile\n          reach\n          engagement\n          networkCommunity {\n            id\n            label\n            size\n          }\n        }\n        scopedInfluence(first: 10) {\n          community {\n            id\n            name\n          }\n          brand {\n            id\n            name\n          }\n          influence {\n            ...InfluenceBreakdown\n            pageRankPercentile\n          }\n        }\n      }\n    }\n  }\n": types.PersonInfluenceDocument,
    "\n  query ListeningBrands {\n    brands {\n      id\n      name\n      kind\n    }\n  }\n": types.ListeningBrandsDocument,
    "\n  query ListeningMetrics($brandIds: [ID!]!, $from: DateTime!, $to: DateTime!, $interval: MetricInterval!) {\n    brandMetrics(brandIds: $brandIds, from: $from, to: $to, interval: $interval) {\n      periods\n      brands {\n        brand {\n          id\n          name\n          kind\n        }\n        totals {\n          mentions\n          shareOfVoice\n          averageSentiment\n          negativeShare\n          reachWeightedMentions\n          channels {\n            channel\n            mentions\n          }\n        }\n        periods {\n          start\n          mentions\n          shareOfVoice\n          averageSentiment\n        }\n      }\n    }\n  }\n": types.ListeningMetricsDocument,
    "\n  query RisingTerms($brandIds: [ID!]!, $from: DateTime!, $to: DateTime!, $interval: MetricInterval!) {\n    brandMetrics(brandIds: $brandIds, from: $from, to: $to, interval: $interval) {\n      brands {\n        risingTerms(first: 10) {\n          term\n          phrase\n          count\n          baselineCount\n          score\n          ratio\n          examples {\n            id\n            text\n            url\n            channel\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": types.RisingTermsDocument,
    "\n  query PlaceBreakdown($from: DateTime!, $to: DateTime!, $brandIds: [ID!]) {\n    placeBreakdown(from: $from, to: $to, brandIds: $brandIds, first: 15) {\n      country\n      city\n      messages\n      averageSentiment\n      negativeShare\n    }\n  }\n": types.PlaceBreakdownDocument,
    "\n  fragment OverviewNumbers on Overview {\n    asOf\n    people\n    openConversations\n    messagesLast24h\n    negativeMessagesLast24h\n    averageSentimentLast24h\n    touchpointsLast24h\n    openDeals\n    pipelineValue\n    wonValue\n    pendingMergeSuggestions\n    openAlerts\n    openCases\n    breachedCases\n  }\n": types.OverviewNumbersFragmentDoc,
    "\n  query Overview {\n    overview {\n      ...OverviewNumbers\n    }\n  }\n": types.OverviewDocument,
    "\n  subscription OverviewUpdated {\n    overviewUpdated {\n      ...OverviewNumbers\n    }\n  }\n": types.OverviewUpdatedDocument,
    "\n  query MessageVolume($from: DateTime!, $to: DateTime!, $interval: MessageVolumeInterval!) {\n    messageVolume(from: $from, to: $to, interval: $interval) {\n      interval\n      total {\n        start\n        messages\n        negative\n        averageSentiment\n        negativeShare\n      }\n      channels {\n        channel\n        messages\n        points {\n          start\n          messages\n        }\n      }\n    }\n  }\n": types.MessageVolumeDocument,
    "\n  fragment PersonProfile on Person {\n    id\n    displayName\n    title\n    location\n    stage\n    reach\n    followers\n    messageCount\n    averageSentiment\n    firstSeenAt\n    lastSeenAt\n    organization {\n      name\n      domain\n    }\n    mergedInto {\n      id\n      displayName\n    }\n    identities {\n      kind\n      platform\n      value\n    }\n  }\n": types.PersonProfileFragmentDoc,
    "\n  query PersonProfile($id: ID!) {\n    node(id: $id) {\n      __typename\n      ...PersonProfile\n    }\n  }\n": types.PersonProfileDocument,
    "\n  fragment TimelineActivity on Activity {\n    kind\n    department\n    summary\n    occurredAt\n  }\n": types.TimelineActivityFragmentDoc,
    "\n  query PersonTimeline($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      ... on Person {\n        id\n        timeline(first: $first, after: $after) {\n          totalCount\n          pageInfo {\n            ...PageCursor\n          }\n          edges {\n            cursor\n            node {\n              ...TimelineActivity\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PersonTimelineDocument,
    "\n  fragment PersonSummary on Person {\n    id\n    displayName\n    title\n    stage\n    reach\n    messageCount\n    lastSeenAt\n    organization {\n      name\n    }\n  }\n": types.PersonSummaryFragmentDoc,
    "\n  query People($first: Int!, $after: String, $search: String) {\n    people(first: $first, after: $after, filter: { search: $search }, orderBy: { field: LAST_SEEN }) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        node {\n          ...PersonSummary\n        }\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  fragment PageCursor on PageInfo {\n    endCursor\n    hasNextPage\n  }\n": types.PageCursorFragmentDoc,
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
export function graphql(source: "\n  fragment AlertItem on Alert {\n    id\n    severity\n    reason\n    messageCount\n    raisedAt\n    updatedAt\n    acknowledgedAt\n    acknowledgedBy\n    rule {\n      id\n      name\n      kind\n    }\n    person {\n      id\n      displayName\n    }\n    message {\n      id\n      channel\n      text\n    }\n  }\n"): (typeof documents)["\n  fragment AlertItem on Alert {\n    id\n    severity\n    reason\n    messageCount\n    raisedAt\n    updatedAt\n    acknowledgedAt\n    acknowledgedBy\n    rule {\n      id\n      name\n      kind\n    }\n    person {\n      id\n      displayName\n    }\n    message {\n      id\n      channel\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Alerts($first: Int!, $filter: AlertFilter) {\n    alerts(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...AlertItem\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Alerts($first: Int!, $filter: AlertFilter) {\n    alerts(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...AlertItem\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AlertRaised($minSeverity: Priority) {\n    alertRaised(minSeverity: $minSeverity) {\n      ...AlertItem\n    }\n  }\n"): (typeof documents)["\n  subscription AlertRaised($minSeverity: Priority) {\n    alertRaised(minSeverity: $minSeverity) {\n      ...AlertItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeAlert($id: ID!) {\n    acknowledgeAlert(id: $id) {\n      ...AlertItem\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeAlert($id: ID!) {\n    acknowledgeAlert(id: $id) {\n      ...AlertItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttributionView($input: AttributionInput!) {\n    attribution(input: $input) {\n      conversions\n      revenue {\n        currency\n        amount\n      }\n      rows {\n        value\n        label\n        credits {\n          model\n          conversions\n          revenue {\n            currency\n            amount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AttributionView($input: AttributionInput!) {\n    attribution(input: $input) {\n      conversions\n      revenue {\n        currency\n        amount\n      }\n      rows {\n        value\n        label\n        credits {\n          model\n          conversions\n          revenue {\n            currency\n            amount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseRow on Case {\n    id\n    status\n    priority\n    channel\n    team\n    openedAt\n    firstResponseAt\n    resolvedAt\n    firstResponseDueAt\n    nextResponseDueAt\n    resolutionDueAt\n    breached {\n      firstResponse\n      nextResponse\n      resolution\n    }\n    assignee {\n      id\n      name\n    }\n    person {\n      id\n      displayName\n    }\n    message {\n      id\n      text\n    }\n  }\n"): (typeof documents)["\n  fragment CaseRow on Case {\n    id\n    status\n    priority\n    channel\n    team\n    openedAt\n    firstResponseAt\n    resolvedAt\n    firstResponseDueAt\n    nextResponseDueAt\n    resolutionDueAt\n    breached {\n      firstResponse\n      nextResponse\n      resolution\n    }\n    assignee {\n      id\n      name\n    }\n    person {\n      id\n      displayName\n    }\n    message {\n      id\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseQueue($first: Int!, $after: String, $filter: CaseFilter) {\n    cases(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        node {\n          ...CaseRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseQueue($first: Int!, $after: String, $filter: CaseFilter) {\n    cases(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        node {\n          ...CaseRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      ...CaseRow\n      lastResponseAt\n      awaitingSince\n      reopenedAt\n      sla {\n        firstResponseMinutes\n        nextResponseMinutes\n        resolutionMinutes\n      }\n      conversation {\n        id\n        subject\n        messages(first: 100) {\n          edges {\n            node {\n              id\n              direction\n              text\n              postedAt\n              author {\n                id\n                displayName\n              }\n            }\n          }\n        }\n      }\n      notes(first: 100) {\n        edges {\n          node {\n            id\n            author\n            text\n            createdAt\n            mentions {\n              id\n              handle\n              name\n            }\n          }\n        }\n      }\n    }\n    teammates {\n      id\n      name\n      handle\n      team\n    }\n  }\n"): (typeof documents)["\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      ...CaseRow\n      lastResponseAt\n      awaitingSince\n      reopenedAt\n      sla {\n        firstResponseMinutes\n        nextResponseMinutes\n        resolutionMinutes\n      }\n      conversation {\n        id\n        subject\n        messages(first: 100) {\n          edges {\n            node {\n              id\n              direction\n              text\n              postedAt\n              author {\n                id\n                displayName\n              }\n            }\n          }\n        }\n      }\n      notes(first: 100) {\n        edges {\n          node {\n            id\n            author\n            text\n            createdAt\n            mentions {\n              id\n              handle\n              name\n            }\n          }\n        }\n      }\n    }\n    teammates {\n      id\n      name\n      handle\n      team\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonCases($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Person {\n        id\n        cases(first: 20) {\n          totalCount\n          edges {\n            node {\n              ...CaseRow\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonCases($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Person {\n        id\n        cases(first: 20) {\n          totalCount\n          edges {\n            node {\n              ...CaseRow\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CaseUpdated($id: ID) {\n    caseUpdated(id: $id) {\n      ...CaseRow\n    }\n  }\n"): (typeof documents)["\n  subscription CaseUpdated($id: ID) {\n    caseUpdated(id: $id) {\n      ...CaseRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignCase($id: ID!, $assigneeId: ID) {\n    assignCase(id: $id, assigneeId: $assigneeId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AssignCase($id: ID!, $assigneeId: ID) {\n    assignCase(id: $id, assigneeId: $assigneeId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCaseNote($id: ID!, $text: String!) {\n    addCaseNote(id: $id, text: $text) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddCaseNote($id: ID!, $text: String!) {\n    addCaseNote(id: $id, text: $text) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToCase($id: ID!, $text: String!, $teammateId: ID) {\n    respondToCase(id: $id, text: $text, teammateId: $teammateId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToCase($id: ID!, $text: String!, $teammateId: ID) {\n    respondToCase(id: $id, text: $text, teammateId: $teammateId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveCase($id: ID!) {\n    resolveCase(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveCase($id: ID!) {\n    resolveCase(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenCase($id: ID!) {\n    reopenCase(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenCase($id: ID!) {\n    reopenCase(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityList {\n    communities(first: 100) {\n      edges {\n        node {\n          id\n          name\n          platform\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityList {\n    communities(first: 100) {\n      edges {\n        node {\n          id\n          name\n          platform\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityView($communityId: ID!, $from: DateTime!, $to: DateTime!) {\n    communityMetrics(communityId: $communityId, from: $from, to: $to) {\n      months {\n        start\n        members\n        joined\n        active\n        lapsed\n      }\n      firstAnswer {\n        newMembersWhoPosted\n        answered\n        medianSeconds\n        p90Seconds\n      }\n      superusers(first: 8) {\n        id\n        displayName\n        reach\n      }\n    }\n    communityRetention(communityId: $communityId, interval: MONTH, periods: 6) {\n      start\n      size\n      retention {\n        offset\n        active\n        share\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityView($communityId: ID!, $from: DateTime!, $to: DateTime!) {\n    communityMetrics(communityId: $communityId, from: $from, to: $to) {\n      months {\n        start\n        members\n        joined\n        active\n        lapsed\n      }\n      firstAnswer {\n        newMembersWhoPosted\n        answered\n        medianSeconds\n        p90Seconds\n      }\n      superusers(first: 8) {\n        id\n        displayName\n        reach\n      }\n    }\n    communityRetention(communityId: $communityId, interval: MONTH, periods: 6) {\n      start\n      size\n      retention {\n        offset\n        active\n        share\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query SavedFunnels($first: Int!, $after: String) {\n    funnels(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        node {\n          ...SavedFunnelSummary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SavedFunnels($first: Int!, $after: String) {\n    funnels(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        node {\n          ...SavedFunnelSummary\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query Influencers($first: Int!, $after: String, $filter: InfluencerFilter) {\n    influencers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        node {\n          ...InfluencerRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Influencers($first: Int!, $after: String, $filter: InfluencerFilter) {\n    influencers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        node {\n          ...InfluencerRow\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query ListeningBrands {\n    brands {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query ListeningBrands {\n    brands {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListeningMetrics($brandIds: [ID!]!, $from: DateTime!, $to: DateTime!, $interval: MetricInterval!) {\n    brandMetrics(brandIds: $brandIds, from: $from, to: $to, interval: $interval) {\n      periods\n      brands {\n        brand {\n          id\n          name\n          kind\n        }\n        totals {\n          mentions\n          shareOfVoice\n          averageSentiment\n          negativeShare\n          reachWeightedMentions\n          channels {\n            channel\n            mentions\n          }\n        }\n        periods {\n          start\n          mentions\n          shareOfVoice\n          averageSentiment\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ListeningMetrics($brandIds: [ID!]!, $from: DateTime!, $to: DateTime!, $interval: MetricInterval!) {\n    brandMetrics(brandIds: $brandIds, from: $from, to: $to, interval: $interval) {\n      periods\n      brands {\n        brand {\n          id\n          name\n          kind\n        }\n        totals {\n          mentions\n          shareOfVoice\n          averageSentiment\n          negativeShare\n          reachWeightedMentions\n          channels {\n            channel\n            mentions\n          }\n        }\n        periods {\n          start\n          mentions\n          shareOfVoice\n          averageSentiment\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RisingTerms($brandIds: [ID!]!, $from: DateTime!, $to: DateTime!, $interval: MetricInterval!) {\n    brandMetrics(brandIds: $brandIds, from: $from, to: $to, interval: $interval) {\n      brands {\n        risingTerms(first: 10) {\n          term\n          phrase\n          count\n          baselineCount\n          score\n          ratio\n          examples {\n            id\n            text\n            url\n            channel\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RisingTerms($brandIds: [ID!]!, $from: DateTime!, $to: DateTime!, $interval: MetricInterval!) {\n    brandMetrics(brandIds: $brandIds, from: $from, to: $to, interval: $interval) {\n      brands {\n        risingTerms(first: 10) {\n          term\n          phrase\n          count\n          baselineCount\n          score\n          ratio\n          examples {\n            id\n            text\n            url\n            channel\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlaceBreakdown($from: DateTime!, $to: DateTime!, $brandIds: [ID!]) {\n    placeBreakdown(from: $from, to: $to, brandIds: $brandIds, first: 15) {\n      country\n      city\n      messages\n      averageSentiment\n      negativeShare\n    }\n  }\n"): (typeof documents)["\n  query PlaceBreakdown($from: DateTime!, $to: DateTime!, $brandIds: [ID!]) {\n    placeBreakdown(from: $from, to: $to, brandIds: $brandIds, first: 15) {\n      country\n      city\n      messages\n      averageSentiment\n      negativeShare\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OverviewNumbers on Overview {\n    asOf\n    people\n    openConversations\n    messagesLast24h\n    negativeMessagesLast24h\n    averageSentimentLast24h\n    touchpointsLast24h\n    openDeals\n    pipelineValue\n    wonValue\n    pendingMergeSuggestions\n    openAlerts\n    openCases\n    breachedCases\n  }\n"): (typeof documents)["\n  fragment OverviewNumbers on Overview {\n    asOf\n    people\n    openConversations\n    messagesLast24h\n    negativeMessagesLast24h\n    averageSentimentLast24h\n    touchpointsLast24h\n    openDeals\n    pipelineValue\n    wonValue\n    pendingMergeSuggestions\n    openAlerts\n    openCases\n    breachedCases\n  }\n"];
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
export function graphql(source: "\n  query PersonTimeline($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      ... on Person {\n        id\n        timeline(first: $first, after: $after) {\n          totalCount\n          pageInfo {\n            ...PageCursor\n          }\n          edges {\n            cursor\n            node {\n              ...TimelineActivity\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonTimeline($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      ... on Person {\n        id\n        timeline(first: $first, after: $after) {\n          totalCount\n          pageInfo {\n            ...PageCursor\n          }\n          edges {\n            cursor\n            node {\n              ...TimelineActivity\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonSummary on Person {\n    id\n    displayName\n    title\n    stage\n    reach\n    messageCount\n    lastSeenAt\n    organization {\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PersonSummary on Person {\n    id\n    displayName\n    title\n    stage\n    reach\n    messageCount\n    lastSeenAt\n    organization {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People($first: Int!, $after: String, $search: String) {\n    people(first: $first, after: $after, filter: { search: $search }, orderBy: { field: LAST_SEEN }) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        node {\n          ...PersonSummary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query People($first: Int!, $after: String, $search: String) {\n    people(first: $first, after: $after, filter: { search: $search }, orderBy: { field: LAST_SEEN }) {\n      totalCount\n      pageInfo {\n        ...PageCursor\n      }\n      edges {\n        node {\n          ...PersonSummary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PageCursor on PageInfo {\n    endCursor\n    hasNextPage\n  }\n"): (typeof documents)["\n  fragment PageCursor on PageInfo {\n    endCursor\n    hasNextPage\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;