/* eslint-disable */
import * as types from "./graphql.ts";

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
  "\n  mutation GraphRecompute {\n    recomputeInfluence { communities }\n  }\n": typeof types.GraphRecomputeDocument;
  "\n  query Graph($first: Int, $community: ID) {\n    influenceGraph(first: $first, networkCommunityId: $community) {\n      edgeCount\n      nodes { id score person { id displayName } networkCommunity { id label } }\n      edges { source target weight }\n    }\n  }\n": typeof types.GraphDocument;
  "\n  query GraphScopedInfluence {\n    influencers(first: 10) {\n      edges {\n        node {\n          displayName\n          scopedInfluence { brand { name } community { name } influence { score components { contribution } } }\n        }\n      }\n    }\n  }\n": typeof types.GraphScopedInfluenceDocument;
  "\n  mutation InfluenceRecompute {\n    recomputeInfluence { id trigger people edges communities milliseconds modularity }\n  }\n": typeof types.InfluenceRecomputeDocument;
  "\n  query Influencers($filter: InfluencerFilter, $first: Int, $after: String) {\n    influencers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          displayName\n          influence {\n            score pageRank reach engagement\n            networkCommunity { id label }\n            components { name value weight contribution explanation }\n          }\n        }\n      }\n    }\n  }\n": typeof types.InfluencersDocument;
  "\n  query InfluenceCommunitiesAndBrands {\n    communities(first: 5) { edges { node { id name } } }\n    brands { id name }\n  }\n": typeof types.InfluenceCommunitiesAndBrandsDocument;
  "\n  query InfluenceNetworkCommunities {\n    networkCommunities(first: 10) {\n      totalCount\n      edges {\n        node {\n          id label size\n          topMembers(first: 2) { displayName }\n          mainChannels { channel messages }\n          mainBrands { brand { name } mentions }\n        }\n      }\n    }\n  }\n": typeof types.InfluenceNetworkCommunitiesDocument;
  "\n  query InfluenceSuperusers {\n    communities(first: 5) { edges { node { id name superusers(first: 2) { displayName } } } }\n  }\n": typeof types.InfluenceSuperusersDocument;
  "\n  query Scoped($community: ID!, $brand: ID!) {\n    influencers(first: 20) {\n      edges {\n        node {\n          displayName\n          inForum: influenceInCommunity(communityId: $community) { score engagement components { contribution } }\n          aboutLumen: influenceAboutBrand(brandId: $brand) { score }\n        }\n      }\n    }\n  }\n": typeof types.ScopedDocument;
  "\n  query InfluenceMessagePriorities {\n    messages(first: 2) { edges { node { text priority author { displayName } } } }\n  }\n": typeof types.InfluenceMessagePrioritiesDocument;
  "\n  query Volume($from: DateTime!, $to: DateTime!, $interval: MessageVolumeInterval!) {\n    messageVolume(from: $from, to: $to, interval: $interval) {\n      from to interval\n      total { start messages negative averageSentiment negativeShare }\n      channels { channel messages points { start messages negative averageSentiment negativeShare } }\n    }\n  }\n": typeof types.VolumeDocument;
  "\n  query AlertsApiAlerts($filter: AlertFilter) {\n    alerts(first: 50, filter: $filter) { totalCount edges { node { ...AlertFields } } }\n  }\n": typeof types.AlertsApiAlertsDocument;
  "\n  mutation AlertsApiSaveRule($input: AlertRuleInput!) {\n    saveAlertRule(input: $input) {\n      id name enabled kind description\n      crisis { threshold minCount weeks minWeeks windowMinutes sentimentBelow }\n      influentialUnhappy { minFollowers }\n    }\n  }\n": typeof types.AlertsApiSaveRuleDocument;
  "\n  query AlertsApiRules {\n    alertRules {\n      name kind enabled description\n      influentialUnhappy { minFollowers minInfluence sentimentBelow problemIntent }\n      crisis { threshold minCount weeks minWeeks windowMinutes }\n      competitorUnhappy { minFollowers }\n    }\n  }\n": typeof types.AlertsApiRulesDocument;
  "\n  mutation AlertsApiDeleteRule($id: ID!) {\n    deleteAlertRule(id: $id)\n  }\n": typeof types.AlertsApiDeleteRuleDocument;
  "\n  subscription AlertsApiHighRaised {\n    alertRaised(minSeverity: HIGH) { ...AlertFields }\n  }\n": typeof types.AlertsApiHighRaisedDocument;
  "\n  subscription AlertsApiUrgentRaised {\n    alertRaised(minSeverity: URGENT) { id }\n  }\n": typeof types.AlertsApiUrgentRaisedDocument;
  "\n  subscription AlertsApiEvents {\n    events(types: [ALERT_RAISED]) { type payload conversation { id } }\n  }\n": typeof types.AlertsApiEventsDocument;
  "\n  mutation AlertsApiAcknowledge($id: ID!) {\n    acknowledgeAlert(id: $id) { id acknowledgedAt acknowledgedBy }\n  }\n": typeof types.AlertsApiAcknowledgeDocument;
  "\n  query AlertsApiPage($after: String) {\n    alerts(first: 1, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id } }\n    }\n  }\n": typeof types.AlertsApiPageDocument;
  "\n  mutation AlertsApiAcknowledgeId($id: ID!) {\n    acknowledgeAlert(id: $id) { id }\n  }\n": typeof types.AlertsApiAcknowledgeIdDocument;
  "\n  query ScenarioTopAlert {\n    alerts(first: 1, filter: { acknowledged: false }) { edges { node { ...AlertFields } } }\n  }\n": typeof types.ScenarioTopAlertDocument;
  "\n  subscription ScenarioHighAlertRaised {\n    alertRaised(minSeverity: HIGH) { ...AlertFields }\n  }\n": typeof types.ScenarioHighAlertRaisedDocument;
  "\n  query ScenarioCaseOfAlert($id: ID!) {\n    node(id: $id) {\n      ... on Alert { case { id priority status origin channel alert { id } } }\n    }\n  }\n": typeof types.ScenarioCaseOfAlertDocument;
  "\n  mutation ScenarioOpenCaseFromAlert($id: ID!) {\n    openCase(input: { alertId: $id }) { id priority alert { id } }\n  }\n": typeof types.ScenarioOpenCaseFromAlertDocument;
  "\n  query ScenarioInboxAndQueueCounts {\n    overview { openAlerts openCases breachedCases }\n    alerts(filter: { acknowledged: false }) { totalCount }\n    cases(filter: { status: [NEW, OPEN, PENDING] }) { totalCount }\n  }\n": typeof types.ScenarioInboxAndQueueCountsDocument;
  '\n  mutation ScenarioOpenCaseOfNoAlert {\n    openCase(input: { alertId: "QWxlcnQ6OTk5OTk=" }) { id }\n  }\n': typeof types.ScenarioOpenCaseOfNoAlertDocument;
  '\n  mutation ScenarioOpenCaseOfTwo {\n    openCase(input: { alertId: "QWxlcnQ6MQ==", messageId: "TWVzc2FnZTox" }) { id }\n  }\n': typeof types.ScenarioOpenCaseOfTwoDocument;
  "\n  subscription AlertsInstancesRaised {\n    alertRaised { ...AlertFields }\n  }\n": typeof types.AlertsInstancesRaisedDocument;
  "\n  mutation CasesIngest($records: [JSON!]!) {\n    ingest(records: $records) { created rejected { reason } }\n  }\n": typeof types.CasesIngestDocument;
  "\n  query CasesOfConversations {\n    conversations(first: 50) {\n      edges {\n        node {\n          sourceId\n          case {\n            id status priority channel origin team assignee { name }\n            firstResponseAt firstResponseDueAt resolutionDueAt nextResponseDueAt\n            breached { firstResponse nextResponse resolution }\n            person { displayName }\n            sla { firstResponseMinutes }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CasesOfConversationsDocument;
  '\n  mutation CasesSaveSam {\n    saveTeammate(input: { name: "Sam Okafor", handle: "sam", team: "Care" }) { id handle team }\n  }\n': typeof types.CasesSaveSamDocument;
  "\n  mutation CasesAssign($id: ID!, $to: ID) {\n    assignCase(id: $id, assigneeId: $to) { status team assignee { name } }\n  }\n": typeof types.CasesAssignDocument;
  '\n  mutation CasesAddNote($id: ID!) {\n    addCaseNote(id: $id, text: "@sam please call her back") { author text mentions { handle } }\n  }\n': typeof types.CasesAddNoteDocument;
  '\n  mutation CasesRespondSorry($id: ID!) {\n    respondToCase(id: $id, text: "We are so sorry: a technician comes today.") {\n      status\n      firstResponseAt\n      conversation {\n        messages(first: 10) { edges { node { direction channel text author { displayName } } } }\n      }\n    }\n  }\n': typeof types.CasesRespondSorryDocument;
  "\n  mutation CasesResolve($id: ID!) {\n    resolveCase(id: $id) { status resolvedAt }\n  }\n": typeof types.CasesResolveDocument;
  "\n  query CasesOfPeople {\n    people(first: 10) {\n      edges { node { displayName cases(first: 5) { totalCount edges { node { id status } } } } }\n    }\n  }\n": typeof types.CasesOfPeopleDocument;
  "\n  query CasesOpenQueue {\n    cases(first: 10, filter: { status: [NEW, OPEN, PENDING] }) {\n      totalCount\n      edges { node { channel status } }\n    }\n  }\n": typeof types.CasesOpenQueueDocument;
  "\n  query CasesPhoneNotBreached {\n    cases(first: 10, filter: { channel: PHONE, breached: false }) { totalCount }\n  }\n": typeof types.CasesPhoneNotBreachedDocument;
  "\n  query CasesPage($after: String) {\n    cases(first: 2, after: $after) {\n      pageInfo { endCursor hasNextPage }\n      edges { node { id } }\n    }\n  }\n": typeof types.CasesPageDocument;
  "\n  query CasesAllIds {\n    cases(first: 10) { edges { node { id } } }\n  }\n": typeof types.CasesAllIdsDocument;
  "\n  query CasesResponseTimesByChannel {\n    responseTimes(groupBy: CHANNEL) { channel cases responded resolved firstResponseMedianSeconds slaMet }\n  }\n": typeof types.CasesResponseTimesByChannelDocument;
  '\n  query CasesResponseTimesBackwards {\n    responseTimes(groupBy: PRIORITY, from: "2026-02-01T00:00:00Z", to: "2026-01-01T00:00:00Z") { cases }\n  }\n': typeof types.CasesResponseTimesBackwardsDocument;
  "\n  mutation CasesResolveId($id: ID!) {\n    resolveCase(id: $id) { id }\n  }\n": typeof types.CasesResolveIdDocument;
  "\n  mutation CasesReopen($id: ID!) {\n    reopenCase(id: $id) { id }\n  }\n": typeof types.CasesReopenDocument;
  "\n  mutation CasesOpenOfNothing {\n    openCase(input: {}) { id }\n  }\n": typeof types.CasesOpenOfNothingDocument;
  '\n  mutation CasesSaveTakenHandle {\n    saveTeammate(input: { name: "Other", handle: "@SAM" }) { id }\n  }\n': typeof types.CasesSaveTakenHandleDocument;
  "\n  mutation CasesSaveSlowUrgentPolicy {\n    saveSlaPolicy(\n      input: { priority: URGENT, firstResponseMinutes: 500, nextResponseMinutes: 60, resolutionMinutes: 240 }\n    ) {\n      priority\n    }\n  }\n": typeof types.CasesSaveSlowUrgentPolicyDocument;
  "\n  query CasesSlaPolicies {\n    slaPolicies { priority firstResponseMinutes nextResponseMinutes resolutionMinutes }\n  }\n": typeof types.CasesSlaPoliciesDocument;
  '\n  mutation CasesCheckedNote($id: ID!) {\n    addCaseNote(id: $id, text: "checked") { text }\n  }\n': typeof types.CasesCheckedNoteDocument;
  '\n  mutation CasesSaveLee {\n    saveTeammate(input: { name: "Lee", handle: "lee" }) { id }\n  }\n': typeof types.CasesSaveLeeDocument;
  "\n  subscription CasesUpdated {\n    caseUpdated { id status channel }\n  }\n": typeof types.CasesUpdatedDocument;
  '\n  mutation CasesProbeNote($id: ID!) {\n    addCaseNote(id: $id, text: "probe") { id }\n  }\n': typeof types.CasesProbeNoteDocument;
  '\n  mutation CasesRespondCalling($id: ID!, $to: ID!) {\n    respondToCase(id: $id, text: "Calling you now.", teammateId: $to) { id }\n  }\n': typeof types.CasesRespondCallingDocument;
  "\n  mutation CasesTwoInstancesIngest($records: [JSON!]!) {\n    ingest(records: $records) { rejected { reason } }\n  }\n": typeof types.CasesTwoInstancesIngestDocument;
  "\n  query CasesTwoInstancesCases {\n    cases(first: 100) { totalCount edges { node { status openedAt firstResponseAt conversation { sourceId } } } }\n  }\n": typeof types.CasesTwoInstancesCasesDocument;
  "\n  query ApiConversationsWithMessages($first: Int!) {\n    conversations(first: $first) {\n      edges {\n        node {\n          subject\n          channel\n          messages(first: 10) {\n            edges { node { text sentiment author { displayName reach organization { name } } } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ApiConversationsWithMessagesDocument;
  "\n  query ApiConversationPage($first: Int!, $after: String) {\n    conversations(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id lastMessageAt } }\n    }\n  }\n": typeof types.ApiConversationPageDocument;
  "\n  query ApiTwitterConversations {\n    conversations(first: 100, filter: { channel: TWITTER }) { totalCount edges { node { id channel } } }\n  }\n": typeof types.ApiTwitterConversationsDocument;
  "\n  query ApiNegativeProblems {\n    messages(first: 100, filter: { sentimentBelow: 0, intent: PROBLEM }) { totalCount edges { node { sentiment } } }\n  }\n": typeof types.ApiNegativeProblemsDocument;
  "\n  query ApiCustomersByReach {\n    people(first: 50, filter: { stage: CUSTOMER }, orderBy: { field: REACH, direction: DESC }) {\n      edges { node { stage reach } }\n    }\n  }\n": typeof types.ApiCustomersByReachDocument;
  "\n  query ApiOrganizations {\n    organizations(first: 5) { edges { node { id name people(first: 10) { totalCount } } } }\n  }\n": typeof types.ApiOrganizationsDocument;
  "\n  query ApiPeopleOfOrganization($first: Int!, $org: ID!) {\n    people(first: $first, filter: { organizationId: $org }) { totalCount }\n  }\n": typeof types.ApiPeopleOfOrganizationDocument;
  "\n  query ApiMostReached {\n    people(first: 1, orderBy: { field: REACH, direction: DESC }) { edges { node { id displayName } } }\n  }\n": typeof types.ApiMostReachedDocument;
  "\n  query ApiNodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Person { displayName }\n    }\n  }\n": typeof types.ApiNodeByIdDocument;
  "\n  query ApiLeastReachedTimeline {\n    people(first: 1, orderBy: { field: REACH, direction: ASC }) {\n      edges {\n        node {\n          displayName\n          timeline(first: 10) { totalCount edges { node { kind department occurredAt summary } } }\n        }\n      }\n    }\n  }\n": typeof types.ApiLeastReachedTimelineDocument;
  "\n  query ApiSearchPeople($query: String!) {\n    searchPeople(query: $query) { displayName }\n  }\n": typeof types.ApiSearchPeopleDocument;
  "\n  query ApiOverview {\n    overview { people organizations openConversations openDeals pipelineValue }\n  }\n": typeof types.ApiOverviewDocument;
  "\n  query ApiTooDeep {\n    conversations(first: 1) {\n      edges {\n        node {\n          messages(first: 1) {\n            edges {\n              node {\n                conversation {\n                  messages(first: 1) {\n                    edges {\n                      node {\n                        conversation { messages(first: 1) { edges { node { text } } } }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ApiTooDeepDocument;
  "\n  query ApiTooCostly {\n    conversations(first: 100) {\n      edges {\n        node {\n          messages(first: 100) {\n            edges {\n              node {\n                replyTo { text }\n                author { displayName messages(first: 100) { edges { node { text } } } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ApiTooCostlyDocument;
  "\n  query AuthViewerRole {\n    viewer { role }\n  }\n": typeof types.AuthViewerRoleDocument;
  "\n  query AuthViewer {\n    viewer { name role }\n  }\n": typeof types.AuthViewerDocument;
  "\n  mutation AuthCreateKey($name: String!, $role: ApiKeyRole!) {\n    createApiKey(name: $name, role: $role) { id role secret }\n  }\n": typeof types.AuthCreateKeyDocument;
  "\n  mutation AuthRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) { id revokedAt }\n  }\n": typeof types.AuthRevokeKeyDocument;
  "\n  query AuthApiKeyNames {\n    apiKeys { name }\n  }\n": typeof types.AuthApiKeyNamesDocument;
  '\n  query AuthSearchRosa {\n    searchPeople(query: "rosa@example.com") { id }\n    people(first: 5, filter: { search: "Rosa" }) { edges { node { identities { kind value } } } }\n  }\n': typeof types.AuthSearchRosaDocument;
  "\n  query AuthPeopleSources {\n    people(first: 1) { edges { node { sources { source id } } } }\n  }\n": typeof types.AuthPeopleSourcesDocument;
  "\n  query AuthEventLog {\n    eventLog(first: 1) { endCursor }\n  }\n": typeof types.AuthEventLogDocument;
  "\n  subscription AuthEventCursors {\n    events { cursor }\n  }\n": typeof types.AuthEventCursorsDocument;
  "\n  subscription AuthOverviewPeople {\n    overviewUpdated { people }\n  }\n": typeof types.AuthOverviewPeopleDocument;
  "\n  query BadInputFirstPerson {\n    people(first: 1) { edges { node { id } } }\n  }\n": typeof types.BadInputFirstPersonDocument;
  "\n  query BadInputNode($id: ID!) {\n    node(id: $id) { id }\n  }\n": typeof types.BadInputNodeDocument;
  "\n  query BadInputNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { id }\n  }\n": typeof types.BadInputNodesDocument;
  "\n  mutation BadInputUnmerge($id: ID!) {\n    unmergePerson(mergeId: $id) { merge { id } }\n  }\n": typeof types.BadInputUnmergeDocument;
  "\n  mutation BadInputMerge($a: ID!, $b: ID!) {\n    mergePeople(survivorId: $a, absorbedId: $b) { id }\n  }\n": typeof types.BadInputMergeDocument;
  "\n  query BadInputSearch($q: String!) {\n    searchPeople(query: $q) { id }\n    people(first: 5, filter: { search: $q }) { totalCount }\n  }\n": typeof types.BadInputSearchDocument;
  "\n  query DatabaseDownPeopleCount {\n    overview { people }\n  }\n": typeof types.DatabaseDownPeopleCountDocument;
  "\n  query DatabaseDownPeopleTotal {\n    people(first: 1) { totalCount }\n  }\n": typeof types.DatabaseDownPeopleTotalDocument;
  '\n  mutation DatabaseDownCreateKey {\n    createApiKey(name: "x", role: VIEWER) { id }\n  }\n': typeof types.DatabaseDownCreateKeyDocument;
  "\n  query KeyCacheViewerRole {\n    viewer { role }\n  }\n": typeof types.KeyCacheViewerRoleDocument;
  "\n  mutation KeyCacheCreateKey($name: String!) {\n    createApiKey(name: $name, role: ANALYST) { id secret }\n  }\n": typeof types.KeyCacheCreateKeyDocument;
  "\n  mutation KeyCacheRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) { id }\n  }\n": typeof types.KeyCacheRevokeKeyDocument;
  '\n  query NullabilityPeopleWithSources {\n    people(first: 5, filter: { search: "Ivo" }) { totalCount edges { node { displayName sources { source } } } }\n  }\n': typeof types.NullabilityPeopleWithSourcesDocument;
  "\n  query NullabilityApiKeyNames {\n    apiKeys { name }\n  }\n": typeof types.NullabilityApiKeyNamesDocument;
  "\n  mutation IngestOverGraphQL($records: [JSON!]!, $key: String) {\n    ingest(records: $records, idempotencyKey: $key) {\n      created updated merged unchanged\n      rejected { index type source id field reason }\n    }\n  }\n": typeof types.IngestOverGraphQlDocument;
  "\n  query IngestPersonBySource($source: String!, $id: String!) {\n    person(source: $source, id: $id) { id displayName reach sources { source id } }\n  }\n": typeof types.IngestPersonBySourceDocument;
  "\n  mutation ListeningIngest($records: [JSON!]!) {\n    ingest(records: $records) { created }\n  }\n": typeof types.ListeningIngestDocument;
  "\n  query ListeningBrands {\n    brands { id name }\n  }\n": typeof types.ListeningBrandsDocument;
  "\n  mutation ListeningAddFeed($url: String!, $brandIds: [ID!]!) {\n    addFeed(url: $url, brandIds: $brandIds, intervalMinutes: 15) { id url intervalMinutes brands { name } }\n  }\n": typeof types.ListeningAddFeedDocument;
  "\n  query ListeningFeeds {\n    feeds { id title entries lastStatus lastError failures lastSuccessAt }\n  }\n": typeof types.ListeningFeedsDocument;
  '\n  query ListeningBrandMetrics($ids: [ID!]!) {\n    brandMetrics(brandIds: $ids, from: "2026-10-26T00:00:00Z", to: "2026-11-09T00:00:00Z", interval: WEEK) {\n      periods\n      brands {\n        brand { name }\n        totals { mentions shareOfVoice channels { channel mentions } }\n        periods { start mentions }\n        risingTerms(first: 5) { term count examples { url } }\n      }\n    }\n  }\n': typeof types.ListeningBrandMetricsDocument;
  '\n  query ListeningPlacedMessages {\n    messages(first: 5, filter: { city: "nowhere" }) { totalCount }\n    all: messages(first: 5, filter: { channel: BLOG }) { edges { node { place { lat lng } } } }\n  }\n': typeof types.ListeningPlacedMessagesDocument;
  "\n  query ListeningMessagesOfBrand($id: ID!) {\n    messages(first: 5, filter: { brandId: $id }) { totalCount }\n  }\n": typeof types.ListeningMessagesOfBrandDocument;
  "\n  mutation ListeningRemoveFeed($id: ID!) {\n    removeFeed(id: $id)\n  }\n": typeof types.ListeningRemoveFeedDocument;
  '\n  query ListeningHourlyForAYear($ids: [ID!]!) {\n    brandMetrics(brandIds: $ids, from: "2026-01-01T00:00:00Z", to: "2026-12-01T00:00:00Z", interval: HOUR) { periods }\n  }\n': typeof types.ListeningHourlyForAYearDocument;
  '\n  mutation ListeningAddBadFeed {\n    addFeed(url: "not a url", brandIds: []) { id }\n  }\n': typeof types.ListeningAddBadFeedDocument;
  "\n  fragment AlertFields on Alert {\n    id severity reason messageCount raisedAt updatedAt acknowledgedAt\n    rule { id name kind }\n    person { id displayName }\n    message { id channel priority text }\n    conversation { id }\n  }\n": typeof types.AlertFieldsFragmentDoc;
  "\n  mutation TestIngest($records: [JSON!]!) {\n    ingest(records: $records) { rejected { index field reason } }\n  }\n": typeof types.TestIngestDocument;
  "\n  mutation WebhooksCreate($url: String!, $events: [EventType!]!) {\n    createWebhook(url: $url, events: $events) { id url events enabled secret }\n  }\n": typeof types.WebhooksCreateDocument;
  "\n  mutation WebhooksCreateWithSecret($url: String!, $secret: String) {\n    createWebhook(url: $url, events: [PERSON_UPDATED], secret: $secret) { id secret }\n  }\n": typeof types.WebhooksCreateWithSecretDocument;
  "\n  query WebhooksSecrets {\n    webhooks { id secret }\n  }\n": typeof types.WebhooksSecretsDocument;
  "\n  query WebhooksList {\n    webhooks { id enabled disabledReason }\n  }\n": typeof types.WebhooksListDocument;
  "\n  query WebhooksDeliveryLog {\n    webhooks { id deliveries(first: 10) { webhookId status attempts lastStatus latencyMs lastError } }\n  }\n": typeof types.WebhooksDeliveryLogDocument;
  "\n  query WebhooksDeliveries {\n    webhooks { id disabledReason deliveries { status attempts lastStatus lastError } }\n  }\n": typeof types.WebhooksDeliveriesDocument;
  "\n  mutation WebhooksReplay($id: ID!, $from: String!, $to: String!) {\n    replayWebhook(id: $id, from: $from, to: $to) { id }\n  }\n": typeof types.WebhooksReplayDocument;
  "\n  mutation WebhooksRotateSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) { secret }\n  }\n": typeof types.WebhooksRotateSecretDocument;
  "\n  query WebhooksUrlByNode($id: ID!) {\n    node(id: $id) {\n      ... on Webhook { url }\n    }\n  }\n": typeof types.WebhooksUrlByNodeDocument;
  "\n  mutation WebhooksDelete($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": typeof types.WebhooksDeleteDocument;
  "\n  mutation WebhookInstancesCreate($url: String!) {\n    createWebhook(url: $url, events: [PERSON_UPDATED]) { id }\n  }\n": typeof types.WebhookInstancesCreateDocument;
  "\n  mutation WebhookRestartCreate($url: String!) {\n    createWebhook(url: $url, events: [TOUCHPOINT_RECORDED]) { secret }\n  }\n": typeof types.WebhookRestartCreateDocument;
  "\n  mutation WebhookRestartIngest($records: [JSON!]!) {\n    ingest(records: $records) { rejected { index reason } }\n  }\n": typeof types.WebhookRestartIngestDocument;
};
const documents: Documents = {
  "\n  mutation GraphRecompute {\n    recomputeInfluence { communities }\n  }\n":
    types.GraphRecomputeDocument,
  "\n  query Graph($first: Int, $community: ID) {\n    influenceGraph(first: $first, networkCommunityId: $community) {\n      edgeCount\n      nodes { id score person { id displayName } networkCommunity { id label } }\n      edges { source target weight }\n    }\n  }\n":
    types.GraphDocument,
  "\n  query GraphScopedInfluence {\n    influencers(first: 10) {\n      edges {\n        node {\n          displayName\n          scopedInfluence { brand { name } community { name } influence { score components { contribution } } }\n        }\n      }\n    }\n  }\n":
    types.GraphScopedInfluenceDocument,
  "\n  mutation InfluenceRecompute {\n    recomputeInfluence { id trigger people edges communities milliseconds modularity }\n  }\n":
    types.InfluenceRecomputeDocument,
  "\n  query Influencers($filter: InfluencerFilter, $first: Int, $after: String) {\n    influencers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          displayName\n          influence {\n            score pageRank reach engagement\n            networkCommunity { id label }\n            components { name value weight contribution explanation }\n          }\n        }\n      }\n    }\n  }\n":
    types.InfluencersDocument,
  "\n  query InfluenceCommunitiesAndBrands {\n    communities(first: 5) { edges { node { id name } } }\n    brands { id name }\n  }\n":
    types.InfluenceCommunitiesAndBrandsDocument,
  "\n  query InfluenceNetworkCommunities {\n    networkCommunities(first: 10) {\n      totalCount\n      edges {\n        node {\n          id label size\n          topMembers(first: 2) { displayName }\n          mainChannels { channel messages }\n          mainBrands { brand { name } mentions }\n        }\n      }\n    }\n  }\n":
    types.InfluenceNetworkCommunitiesDocument,
  "\n  query InfluenceSuperusers {\n    communities(first: 5) { edges { node { id name superusers(first: 2) { displayName } } } }\n  }\n":
    types.InfluenceSuperusersDocument,
  "\n  query Scoped($community: ID!, $brand: ID!) {\n    influencers(first: 20) {\n      edges {\n        node {\n          displayName\n          inForum: influenceInCommunity(communityId: $community) { score engagement components { contribution } }\n          aboutLumen: influenceAboutBrand(brandId: $brand) { score }\n        }\n      }\n    }\n  }\n":
    types.ScopedDocument,
  "\n  query InfluenceMessagePriorities {\n    messages(first: 2) { edges { node { text priority author { displayName } } } }\n  }\n":
    types.InfluenceMessagePrioritiesDocument,
  "\n  query Volume($from: DateTime!, $to: DateTime!, $interval: MessageVolumeInterval!) {\n    messageVolume(from: $from, to: $to, interval: $interval) {\n      from to interval\n      total { start messages negative averageSentiment negativeShare }\n      channels { channel messages points { start messages negative averageSentiment negativeShare } }\n    }\n  }\n":
    types.VolumeDocument,
  "\n  query AlertsApiAlerts($filter: AlertFilter) {\n    alerts(first: 50, filter: $filter) { totalCount edges { node { ...AlertFields } } }\n  }\n":
    types.AlertsApiAlertsDocument,
  "\n  mutation AlertsApiSaveRule($input: AlertRuleInput!) {\n    saveAlertRule(input: $input) {\n      id name enabled kind description\n      crisis { threshold minCount weeks minWeeks windowMinutes sentimentBelow }\n      influentialUnhappy { minFollowers }\n    }\n  }\n":
    types.AlertsApiSaveRuleDocument,
  "\n  query AlertsApiRules {\n    alertRules {\n      name kind enabled description\n      influentialUnhappy { minFollowers minInfluence sentimentBelow problemIntent }\n      crisis { threshold minCount weeks minWeeks windowMinutes }\n      competitorUnhappy { minFollowers }\n    }\n  }\n":
    types.AlertsApiRulesDocument,
  "\n  mutation AlertsApiDeleteRule($id: ID!) {\n    deleteAlertRule(id: $id)\n  }\n":
    types.AlertsApiDeleteRuleDocument,
  "\n  subscription AlertsApiHighRaised {\n    alertRaised(minSeverity: HIGH) { ...AlertFields }\n  }\n":
    types.AlertsApiHighRaisedDocument,
  "\n  subscription AlertsApiUrgentRaised {\n    alertRaised(minSeverity: URGENT) { id }\n  }\n":
    types.AlertsApiUrgentRaisedDocument,
  "\n  subscription AlertsApiEvents {\n    events(types: [ALERT_RAISED]) { type payload conversation { id } }\n  }\n":
    types.AlertsApiEventsDocument,
  "\n  mutation AlertsApiAcknowledge($id: ID!) {\n    acknowledgeAlert(id: $id) { id acknowledgedAt acknowledgedBy }\n  }\n":
    types.AlertsApiAcknowledgeDocument,
  "\n  query AlertsApiPage($after: String) {\n    alerts(first: 1, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id } }\n    }\n  }\n":
    types.AlertsApiPageDocument,
  "\n  mutation AlertsApiAcknowledgeId($id: ID!) {\n    acknowledgeAlert(id: $id) { id }\n  }\n":
    types.AlertsApiAcknowledgeIdDocument,
  "\n  query ScenarioTopAlert {\n    alerts(first: 1, filter: { acknowledged: false }) { edges { node { ...AlertFields } } }\n  }\n":
    types.ScenarioTopAlertDocument,
  "\n  subscription ScenarioHighAlertRaised {\n    alertRaised(minSeverity: HIGH) { ...AlertFields }\n  }\n":
    types.ScenarioHighAlertRaisedDocument,
  "\n  query ScenarioCaseOfAlert($id: ID!) {\n    node(id: $id) {\n      ... on Alert { case { id priority status origin channel alert { id } } }\n    }\n  }\n":
    types.ScenarioCaseOfAlertDocument,
  "\n  mutation ScenarioOpenCaseFromAlert($id: ID!) {\n    openCase(input: { alertId: $id }) { id priority alert { id } }\n  }\n":
    types.ScenarioOpenCaseFromAlertDocument,
  "\n  query ScenarioInboxAndQueueCounts {\n    overview { openAlerts openCases breachedCases }\n    alerts(filter: { acknowledged: false }) { totalCount }\n    cases(filter: { status: [NEW, OPEN, PENDING] }) { totalCount }\n  }\n":
    types.ScenarioInboxAndQueueCountsDocument,
  '\n  mutation ScenarioOpenCaseOfNoAlert {\n    openCase(input: { alertId: "QWxlcnQ6OTk5OTk=" }) { id }\n  }\n':
    types.ScenarioOpenCaseOfNoAlertDocument,
  '\n  mutation ScenarioOpenCaseOfTwo {\n    openCase(input: { alertId: "QWxlcnQ6MQ==", messageId: "TWVzc2FnZTox" }) { id }\n  }\n':
    types.ScenarioOpenCaseOfTwoDocument,
  "\n  subscription AlertsInstancesRaised {\n    alertRaised { ...AlertFields }\n  }\n":
    types.AlertsInstancesRaisedDocument,
  "\n  mutation CasesIngest($records: [JSON!]!) {\n    ingest(records: $records) { created rejected { reason } }\n  }\n":
    types.CasesIngestDocument,
  "\n  query CasesOfConversations {\n    conversations(first: 50) {\n      edges {\n        node {\n          sourceId\n          case {\n            id status priority channel origin team assignee { name }\n            firstResponseAt firstResponseDueAt resolutionDueAt nextResponseDueAt\n            breached { firstResponse nextResponse resolution }\n            person { displayName }\n            sla { firstResponseMinutes }\n          }\n        }\n      }\n    }\n  }\n":
    types.CasesOfConversationsDocument,
  '\n  mutation CasesSaveSam {\n    saveTeammate(input: { name: "Sam Okafor", handle: "sam", team: "Care" }) { id handle team }\n  }\n':
    types.CasesSaveSamDocument,
  "\n  mutation CasesAssign($id: ID!, $to: ID) {\n    assignCase(id: $id, assigneeId: $to) { status team assignee { name } }\n  }\n":
    types.CasesAssignDocument,
  '\n  mutation CasesAddNote($id: ID!) {\n    addCaseNote(id: $id, text: "@sam please call her back") { author text mentions { handle } }\n  }\n':
    types.CasesAddNoteDocument,
  '\n  mutation CasesRespondSorry($id: ID!) {\n    respondToCase(id: $id, text: "We are so sorry: a technician comes today.") {\n      status\n      firstResponseAt\n      conversation {\n        messages(first: 10) { edges { node { direction channel text author { displayName } } } }\n      }\n    }\n  }\n':
    types.CasesRespondSorryDocument,
  "\n  mutation CasesResolve($id: ID!) {\n    resolveCase(id: $id) { status resolvedAt }\n  }\n":
    types.CasesResolveDocument,
  "\n  query CasesOfPeople {\n    people(first: 10) {\n      edges { node { displayName cases(first: 5) { totalCount edges { node { id status } } } } }\n    }\n  }\n":
    types.CasesOfPeopleDocument,
  "\n  query CasesOpenQueue {\n    cases(first: 10, filter: { status: [NEW, OPEN, PENDING] }) {\n      totalCount\n      edges { node { channel status } }\n    }\n  }\n":
    types.CasesOpenQueueDocument,
  "\n  query CasesPhoneNotBreached {\n    cases(first: 10, filter: { channel: PHONE, breached: false }) { totalCount }\n  }\n":
    types.CasesPhoneNotBreachedDocument,
  "\n  query CasesPage($after: String) {\n    cases(first: 2, after: $after) {\n      pageInfo { endCursor hasNextPage }\n      edges { node { id } }\n    }\n  }\n":
    types.CasesPageDocument,
  "\n  query CasesAllIds {\n    cases(first: 10) { edges { node { id } } }\n  }\n":
    types.CasesAllIdsDocument,
  "\n  query CasesResponseTimesByChannel {\n    responseTimes(groupBy: CHANNEL) { channel cases responded resolved firstResponseMedianSeconds slaMet }\n  }\n":
    types.CasesResponseTimesByChannelDocument,
  '\n  query CasesResponseTimesBackwards {\n    responseTimes(groupBy: PRIORITY, from: "2026-02-01T00:00:00Z", to: "2026-01-01T00:00:00Z") { cases }\n  }\n':
    types.CasesResponseTimesBackwardsDocument,
  "\n  mutation CasesResolveId($id: ID!) {\n    resolveCase(id: $id) { id }\n  }\n":
    types.CasesResolveIdDocument,
  "\n  mutation CasesReopen($id: ID!) {\n    reopenCase(id: $id) { id }\n  }\n":
    types.CasesReopenDocument,
  "\n  mutation CasesOpenOfNothing {\n    openCase(input: {}) { id }\n  }\n":
    types.CasesOpenOfNothingDocument,
  '\n  mutation CasesSaveTakenHandle {\n    saveTeammate(input: { name: "Other", handle: "@SAM" }) { id }\n  }\n':
    types.CasesSaveTakenHandleDocument,
  "\n  mutation CasesSaveSlowUrgentPolicy {\n    saveSlaPolicy(\n      input: { priority: URGENT, firstResponseMinutes: 500, nextResponseMinutes: 60, resolutionMinutes: 240 }\n    ) {\n      priority\n    }\n  }\n":
    types.CasesSaveSlowUrgentPolicyDocument,
  "\n  query CasesSlaPolicies {\n    slaPolicies { priority firstResponseMinutes nextResponseMinutes resolutionMinutes }\n  }\n":
    types.CasesSlaPoliciesDocument,
  '\n  mutation CasesCheckedNote($id: ID!) {\n    addCaseNote(id: $id, text: "checked") { text }\n  }\n':
    types.CasesCheckedNoteDocument,
  '\n  mutation CasesSaveLee {\n    saveTeammate(input: { name: "Lee", handle: "lee" }) { id }\n  }\n':
    types.CasesSaveLeeDocument,
  "\n  subscription CasesUpdated {\n    caseUpdated { id status channel }\n  }\n":
    types.CasesUpdatedDocument,
  '\n  mutation CasesProbeNote($id: ID!) {\n    addCaseNote(id: $id, text: "probe") { id }\n  }\n':
    types.CasesProbeNoteDocument,
  '\n  mutation CasesRespondCalling($id: ID!, $to: ID!) {\n    respondToCase(id: $id, text: "Calling you now.", teammateId: $to) { id }\n  }\n':
    types.CasesRespondCallingDocument,
  "\n  mutation CasesTwoInstancesIngest($records: [JSON!]!) {\n    ingest(records: $records) { rejected { reason } }\n  }\n":
    types.CasesTwoInstancesIngestDocument,
  "\n  query CasesTwoInstancesCases {\n    cases(first: 100) { totalCount edges { node { status openedAt firstResponseAt conversation { sourceId } } } }\n  }\n":
    types.CasesTwoInstancesCasesDocument,
  "\n  query ApiConversationsWithMessages($first: Int!) {\n    conversations(first: $first) {\n      edges {\n        node {\n          subject\n          channel\n          messages(first: 10) {\n            edges { node { text sentiment author { displayName reach organization { name } } } }\n          }\n        }\n      }\n    }\n  }\n":
    types.ApiConversationsWithMessagesDocument,
  "\n  query ApiConversationPage($first: Int!, $after: String) {\n    conversations(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id lastMessageAt } }\n    }\n  }\n":
    types.ApiConversationPageDocument,
  "\n  query ApiTwitterConversations {\n    conversations(first: 100, filter: { channel: TWITTER }) { totalCount edges { node { id channel } } }\n  }\n":
    types.ApiTwitterConversationsDocument,
  "\n  query ApiNegativeProblems {\n    messages(first: 100, filter: { sentimentBelow: 0, intent: PROBLEM }) { totalCount edges { node { sentiment } } }\n  }\n":
    types.ApiNegativeProblemsDocument,
  "\n  query ApiCustomersByReach {\n    people(first: 50, filter: { stage: CUSTOMER }, orderBy: { field: REACH, direction: DESC }) {\n      edges { node { stage reach } }\n    }\n  }\n":
    types.ApiCustomersByReachDocument,
  "\n  query ApiOrganizations {\n    organizations(first: 5) { edges { node { id name people(first: 10) { totalCount } } } }\n  }\n":
    types.ApiOrganizationsDocument,
  "\n  query ApiPeopleOfOrganization($first: Int!, $org: ID!) {\n    people(first: $first, filter: { organizationId: $org }) { totalCount }\n  }\n":
    types.ApiPeopleOfOrganizationDocument,
  "\n  query ApiMostReached {\n    people(first: 1, orderBy: { field: REACH, direction: DESC }) { edges { node { id displayName } } }\n  }\n":
    types.ApiMostReachedDocument,
  "\n  query ApiNodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Person { displayName }\n    }\n  }\n":
    types.ApiNodeByIdDocument,
  "\n  query ApiLeastReachedTimeline {\n    people(first: 1, orderBy: { field: REACH, direction: ASC }) {\n      edges {\n        node {\n          displayName\n          timeline(first: 10) { totalCount edges { node { kind department occurredAt summary } } }\n        }\n      }\n    }\n  }\n":
    types.ApiLeastReachedTimelineDocument,
  "\n  query ApiSearchPeople($query: String!) {\n    searchPeople(query: $query) { displayName }\n  }\n":
    types.ApiSearchPeopleDocument,
  "\n  query ApiOverview {\n    overview { people organizations openConversations openDeals pipelineValue }\n  }\n":
    types.ApiOverviewDocument,
  "\n  query ApiTooDeep {\n    conversations(first: 1) {\n      edges {\n        node {\n          messages(first: 1) {\n            edges {\n              node {\n                conversation {\n                  messages(first: 1) {\n                    edges {\n                      node {\n                        conversation { messages(first: 1) { edges { node { text } } } }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n":
    types.ApiTooDeepDocument,
  "\n  query ApiTooCostly {\n    conversations(first: 100) {\n      edges {\n        node {\n          messages(first: 100) {\n            edges {\n              node {\n                replyTo { text }\n                author { displayName messages(first: 100) { edges { node { text } } } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n":
    types.ApiTooCostlyDocument,
  "\n  query AuthViewerRole {\n    viewer { role }\n  }\n": types.AuthViewerRoleDocument,
  "\n  query AuthViewer {\n    viewer { name role }\n  }\n": types.AuthViewerDocument,
  "\n  mutation AuthCreateKey($name: String!, $role: ApiKeyRole!) {\n    createApiKey(name: $name, role: $role) { id role secret }\n  }\n":
    types.AuthCreateKeyDocument,
  "\n  mutation AuthRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) { id revokedAt }\n  }\n":
    types.AuthRevokeKeyDocument,
  "\n  query AuthApiKeyNames {\n    apiKeys { name }\n  }\n": types.AuthApiKeyNamesDocument,
  '\n  query AuthSearchRosa {\n    searchPeople(query: "rosa@example.com") { id }\n    people(first: 5, filter: { search: "Rosa" }) { edges { node { identities { kind value } } } }\n  }\n':
    types.AuthSearchRosaDocument,
  "\n  query AuthPeopleSources {\n    people(first: 1) { edges { node { sources { source id } } } }\n  }\n":
    types.AuthPeopleSourcesDocument,
  "\n  query AuthEventLog {\n    eventLog(first: 1) { endCursor }\n  }\n":
    types.AuthEventLogDocument,
  "\n  subscription AuthEventCursors {\n    events { cursor }\n  }\n":
    types.AuthEventCursorsDocument,
  "\n  subscription AuthOverviewPeople {\n    overviewUpdated { people }\n  }\n":
    types.AuthOverviewPeopleDocument,
  "\n  query BadInputFirstPerson {\n    people(first: 1) { edges { node { id } } }\n  }\n":
    types.BadInputFirstPersonDocument,
  "\n  query BadInputNode($id: ID!) {\n    node(id: $id) { id }\n  }\n": types.BadInputNodeDocument,
  "\n  query BadInputNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { id }\n  }\n":
    types.BadInputNodesDocument,
  "\n  mutation BadInputUnmerge($id: ID!) {\n    unmergePerson(mergeId: $id) { merge { id } }\n  }\n":
    types.BadInputUnmergeDocument,
  "\n  mutation BadInputMerge($a: ID!, $b: ID!) {\n    mergePeople(survivorId: $a, absorbedId: $b) { id }\n  }\n":
    types.BadInputMergeDocument,
  "\n  query BadInputSearch($q: String!) {\n    searchPeople(query: $q) { id }\n    people(first: 5, filter: { search: $q }) { totalCount }\n  }\n":
    types.BadInputSearchDocument,
  "\n  query DatabaseDownPeopleCount {\n    overview { people }\n  }\n":
    types.DatabaseDownPeopleCountDocument,
  "\n  query DatabaseDownPeopleTotal {\n    people(first: 1) { totalCount }\n  }\n":
    types.DatabaseDownPeopleTotalDocument,
  '\n  mutation DatabaseDownCreateKey {\n    createApiKey(name: "x", role: VIEWER) { id }\n  }\n':
    types.DatabaseDownCreateKeyDocument,
  "\n  query KeyCacheViewerRole {\n    viewer { role }\n  }\n": types.KeyCacheViewerRoleDocument,
  "\n  mutation KeyCacheCreateKey($name: String!) {\n    createApiKey(name: $name, role: ANALYST) { id secret }\n  }\n":
    types.KeyCacheCreateKeyDocument,
  "\n  mutation KeyCacheRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) { id }\n  }\n":
    types.KeyCacheRevokeKeyDocument,
  '\n  query NullabilityPeopleWithSources {\n    people(first: 5, filter: { search: "Ivo" }) { totalCount edges { node { displayName sources { source } } } }\n  }\n':
    types.NullabilityPeopleWithSourcesDocument,
  "\n  query NullabilityApiKeyNames {\n    apiKeys { name }\n  }\n":
    types.NullabilityApiKeyNamesDocument,
  "\n  mutation IngestOverGraphQL($records: [JSON!]!, $key: String) {\n    ingest(records: $records, idempotencyKey: $key) {\n      created updated merged unchanged\n      rejected { index type source id field reason }\n    }\n  }\n":
    types.IngestOverGraphQlDocument,
  "\n  query IngestPersonBySource($source: String!, $id: String!) {\n    person(source: $source, id: $id) { id displayName reach sources { source id } }\n  }\n":
    types.IngestPersonBySourceDocument,
  "\n  mutation ListeningIngest($records: [JSON!]!) {\n    ingest(records: $records) { created }\n  }\n":
    types.ListeningIngestDocument,
  "\n  query ListeningBrands {\n    brands { id name }\n  }\n": types.ListeningBrandsDocument,
  "\n  mutation ListeningAddFeed($url: String!, $brandIds: [ID!]!) {\n    addFeed(url: $url, brandIds: $brandIds, intervalMinutes: 15) { id url intervalMinutes brands { name } }\n  }\n":
    types.ListeningAddFeedDocument,
  "\n  query ListeningFeeds {\n    feeds { id title entries lastStatus lastError failures lastSuccessAt }\n  }\n":
    types.ListeningFeedsDocument,
  '\n  query ListeningBrandMetrics($ids: [ID!]!) {\n    brandMetrics(brandIds: $ids, from: "2026-10-26T00:00:00Z", to: "2026-11-09T00:00:00Z", interval: WEEK) {\n      periods\n      brands {\n        brand { name }\n        totals { mentions shareOfVoice channels { channel mentions } }\n        periods { start mentions }\n        risingTerms(first: 5) { term count examples { url } }\n      }\n    }\n  }\n':
    types.ListeningBrandMetricsDocument,
  '\n  query ListeningPlacedMessages {\n    messages(first: 5, filter: { city: "nowhere" }) { totalCount }\n    all: messages(first: 5, filter: { channel: BLOG }) { edges { node { place { lat lng } } } }\n  }\n':
    types.ListeningPlacedMessagesDocument,
  "\n  query ListeningMessagesOfBrand($id: ID!) {\n    messages(first: 5, filter: { brandId: $id }) { totalCount }\n  }\n":
    types.ListeningMessagesOfBrandDocument,
  "\n  mutation ListeningRemoveFeed($id: ID!) {\n    removeFeed(id: $id)\n  }\n":
    types.ListeningRemoveFeedDocument,
  '\n  query ListeningHourlyForAYear($ids: [ID!]!) {\n    brandMetrics(brandIds: $ids, from: "2026-01-01T00:00:00Z", to: "2026-12-01T00:00:00Z", interval: HOUR) { periods }\n  }\n':
    types.ListeningHourlyForAYearDocument,
  '\n  mutation ListeningAddBadFeed {\n    addFeed(url: "not a url", brandIds: []) { id }\n  }\n':
    types.ListeningAddBadFeedDocument,
  "\n  fragment AlertFields on Alert {\n    id severity reason messageCount raisedAt updatedAt acknowledgedAt\n    rule { id name kind }\n    person { id displayName }\n    message { id channel priority text }\n    conversation { id }\n  }\n":
    types.AlertFieldsFragmentDoc,
  "\n  mutation TestIngest($records: [JSON!]!) {\n    ingest(records: $records) { rejected { index field reason } }\n  }\n":
    types.TestIngestDocument,
  "\n  mutation WebhooksCreate($url: String!, $events: [EventType!]!) {\n    createWebhook(url: $url, events: $events) { id url events enabled secret }\n  }\n":
    types.WebhooksCreateDocument,
  "\n  mutation WebhooksCreateWithSecret($url: String!, $secret: String) {\n    createWebhook(url: $url, events: [PERSON_UPDATED], secret: $secret) { id secret }\n  }\n":
    types.WebhooksCreateWithSecretDocument,
  "\n  query WebhooksSecrets {\n    webhooks { id secret }\n  }\n": types.WebhooksSecretsDocument,
  "\n  query WebhooksList {\n    webhooks { id enabled disabledReason }\n  }\n":
    types.WebhooksListDocument,
  "\n  query WebhooksDeliveryLog {\n    webhooks { id deliveries(first: 10) { webhookId status attempts lastStatus latencyMs lastError } }\n  }\n":
    types.WebhooksDeliveryLogDocument,
  "\n  query WebhooksDeliveries {\n    webhooks { id disabledReason deliveries { status attempts lastStatus lastError } }\n  }\n":
    types.WebhooksDeliveriesDocument,
  "\n  mutation WebhooksReplay($id: ID!, $from: String!, $to: String!) {\n    replayWebhook(id: $id, from: $from, to: $to) { id }\n  }\n":
    types.WebhooksReplayDocument,
  "\n  mutation WebhooksRotateSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) { secret }\n  }\n":
    types.WebhooksRotateSecretDocument,
  "\n  query WebhooksUrlByNode($id: ID!) {\n    node(id: $id) {\n      ... on Webhook { url }\n    }\n  }\n":
    types.WebhooksUrlByNodeDocument,
  "\n  mutation WebhooksDelete($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n":
    types.WebhooksDeleteDocument,
  "\n  mutation WebhookInstancesCreate($url: String!) {\n    createWebhook(url: $url, events: [PERSON_UPDATED]) { id }\n  }\n":
    types.WebhookInstancesCreateDocument,
  "\n  mutation WebhookRestartCreate($url: String!) {\n    createWebhook(url: $url, events: [TOUCHPOINT_RECORDED]) { secret }\n  }\n":
    types.WebhookRestartCreateDocument,
  "\n  mutation WebhookRestartIngest($records: [JSON!]!) {\n    ingest(records: $records) { rejected { index reason } }\n  }\n":
    types.WebhookRestartIngestDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation GraphRecompute {\n    recomputeInfluence { communities }\n  }\n",
): typeof import("./graphql").GraphRecomputeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Graph($first: Int, $community: ID) {\n    influenceGraph(first: $first, networkCommunityId: $community) {\n      edgeCount\n      nodes { id score person { id displayName } networkCommunity { id label } }\n      edges { source target weight }\n    }\n  }\n",
): typeof import("./graphql").GraphDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query GraphScopedInfluence {\n    influencers(first: 10) {\n      edges {\n        node {\n          displayName\n          scopedInfluence { brand { name } community { name } influence { score components { contribution } } }\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").GraphScopedInfluenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation InfluenceRecompute {\n    recomputeInfluence { id trigger people edges communities milliseconds modularity }\n  }\n",
): typeof import("./graphql").InfluenceRecomputeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Influencers($filter: InfluencerFilter, $first: Int, $after: String) {\n    influencers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          displayName\n          influence {\n            score pageRank reach engagement\n            networkCommunity { id label }\n            components { name value weight contribution explanation }\n          }\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").InfluencersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query InfluenceCommunitiesAndBrands {\n    communities(first: 5) { edges { node { id name } } }\n    brands { id name }\n  }\n",
): typeof import("./graphql").InfluenceCommunitiesAndBrandsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query InfluenceNetworkCommunities {\n    networkCommunities(first: 10) {\n      totalCount\n      edges {\n        node {\n          id label size\n          topMembers(first: 2) { displayName }\n          mainChannels { channel messages }\n          mainBrands { brand { name } mentions }\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").InfluenceNetworkCommunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query InfluenceSuperusers {\n    communities(first: 5) { edges { node { id name superusers(first: 2) { displayName } } } }\n  }\n",
): typeof import("./graphql").InfluenceSuperusersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Scoped($community: ID!, $brand: ID!) {\n    influencers(first: 20) {\n      edges {\n        node {\n          displayName\n          inForum: influenceInCommunity(communityId: $community) { score engagement components { contribution } }\n          aboutLumen: influenceAboutBrand(brandId: $brand) { score }\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").ScopedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query InfluenceMessagePriorities {\n    messages(first: 2) { edges { node { text priority author { displayName } } } }\n  }\n",
): typeof import("./graphql").InfluenceMessagePrioritiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Volume($from: DateTime!, $to: DateTime!, $interval: MessageVolumeInterval!) {\n    messageVolume(from: $from, to: $to, interval: $interval) {\n      from to interval\n      total { start messages negative averageSentiment negativeShare }\n      channels { channel messages points { start messages negative averageSentiment negativeShare } }\n    }\n  }\n",
): typeof import("./graphql").VolumeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query AlertsApiAlerts($filter: AlertFilter) {\n    alerts(first: 50, filter: $filter) { totalCount edges { node { ...AlertFields } } }\n  }\n",
): typeof import("./graphql").AlertsApiAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation AlertsApiSaveRule($input: AlertRuleInput!) {\n    saveAlertRule(input: $input) {\n      id name enabled kind description\n      crisis { threshold minCount weeks minWeeks windowMinutes sentimentBelow }\n      influentialUnhappy { minFollowers }\n    }\n  }\n",
): typeof import("./graphql").AlertsApiSaveRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query AlertsApiRules {\n    alertRules {\n      name kind enabled description\n      influentialUnhappy { minFollowers minInfluence sentimentBelow problemIntent }\n      crisis { threshold minCount weeks minWeeks windowMinutes }\n      competitorUnhappy { minFollowers }\n    }\n  }\n",
): typeof import("./graphql").AlertsApiRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation AlertsApiDeleteRule($id: ID!) {\n    deleteAlertRule(id: $id)\n  }\n",
): typeof import("./graphql").AlertsApiDeleteRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  subscription AlertsApiHighRaised {\n    alertRaised(minSeverity: HIGH) { ...AlertFields }\n  }\n",
): typeof import("./graphql").AlertsApiHighRaisedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  subscription AlertsApiUrgentRaised {\n    alertRaised(minSeverity: URGENT) { id }\n  }\n",
): typeof import("./graphql").AlertsApiUrgentRaisedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  subscription AlertsApiEvents {\n    events(types: [ALERT_RAISED]) { type payload conversation { id } }\n  }\n",
): typeof import("./graphql").AlertsApiEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation AlertsApiAcknowledge($id: ID!) {\n    acknowledgeAlert(id: $id) { id acknowledgedAt acknowledgedBy }\n  }\n",
): typeof import("./graphql").AlertsApiAcknowledgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query AlertsApiPage($after: String) {\n    alerts(first: 1, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id } }\n    }\n  }\n",
): typeof import("./graphql").AlertsApiPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation AlertsApiAcknowledgeId($id: ID!) {\n    acknowledgeAlert(id: $id) { id }\n  }\n",
): typeof import("./graphql").AlertsApiAcknowledgeIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ScenarioTopAlert {\n    alerts(first: 1, filter: { acknowledged: false }) { edges { node { ...AlertFields } } }\n  }\n",
): typeof import("./graphql").ScenarioTopAlertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  subscription ScenarioHighAlertRaised {\n    alertRaised(minSeverity: HIGH) { ...AlertFields }\n  }\n",
): typeof import("./graphql").ScenarioHighAlertRaisedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ScenarioCaseOfAlert($id: ID!) {\n    node(id: $id) {\n      ... on Alert { case { id priority status origin channel alert { id } } }\n    }\n  }\n",
): typeof import("./graphql").ScenarioCaseOfAlertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ScenarioOpenCaseFromAlert($id: ID!) {\n    openCase(input: { alertId: $id }) { id priority alert { id } }\n  }\n",
): typeof import("./graphql").ScenarioOpenCaseFromAlertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ScenarioInboxAndQueueCounts {\n    overview { openAlerts openCases breachedCases }\n    alerts(filter: { acknowledged: false }) { totalCount }\n    cases(filter: { status: [NEW, OPEN, PENDING] }) { totalCount }\n  }\n",
): typeof import("./graphql").ScenarioInboxAndQueueCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ScenarioOpenCaseOfNoAlert {\n    openCase(input: { alertId: "QWxlcnQ6OTk5OTk=" }) { id }\n  }\n',
): typeof import("./graphql").ScenarioOpenCaseOfNoAlertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ScenarioOpenCaseOfTwo {\n    openCase(input: { alertId: "QWxlcnQ6MQ==", messageId: "TWVzc2FnZTox" }) { id }\n  }\n',
): typeof import("./graphql").ScenarioOpenCaseOfTwoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  subscription AlertsInstancesRaised {\n    alertRaised { ...AlertFields }\n  }\n",
): typeof import("./graphql").AlertsInstancesRaisedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CasesIngest($records: [JSON!]!) {\n    ingest(records: $records) { created rejected { reason } }\n  }\n",
): typeof import("./graphql").CasesIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query CasesOfConversations {\n    conversations(first: 50) {\n      edges {\n        node {\n          sourceId\n          case {\n            id status priority channel origin team assignee { name }\n            firstResponseAt firstResponseDueAt resolutionDueAt nextResponseDueAt\n            breached { firstResponse nextResponse resolution }\n            person { displayName }\n            sla { firstResponseMinutes }\n          }\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").CasesOfConversationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CasesSaveSam {\n    saveTeammate(input: { name: "Sam Okafor", handle: "sam", team: "Care" }) { id handle team }\n  }\n',
): typeof import("./graphql").CasesSaveSamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CasesAssign($id: ID!, $to: ID) {\n    assignCase(id: $id, assigneeId: $to) { status team assignee { name } }\n  }\n",
): typeof import("./graphql").CasesAssignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CasesAddNote($id: ID!) {\n    addCaseNote(id: $id, text: "@sam please call her back") { author text mentions { handle } }\n  }\n',
): typeof import("./graphql").CasesAddNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CasesRespondSorry($id: ID!) {\n    respondToCase(id: $id, text: "We are so sorry: a technician comes today.") {\n      status\n      firstResponseAt\n      conversation {\n        messages(first: 10) { edges { node { direction channel text author { displayName } } } }\n      }\n    }\n  }\n',
): typeof import("./graphql").CasesRespondSorryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CasesResolve($id: ID!) {\n    resolveCase(id: $id) { status resolvedAt }\n  }\n",
): typeof import("./graphql").CasesResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query CasesOfPeople {\n    people(first: 10) {\n      edges { node { displayName cases(first: 5) { totalCount edges { node { id status } } } } }\n    }\n  }\n",
): typeof import("./graphql").CasesOfPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query CasesOpenQueue {\n    cases(first: 10, filter: { status: [NEW, OPEN, PENDING] }) {\n      totalCount\n      edges { node { channel status } }\n    }\n  }\n",
): typeof import("./graphql").CasesOpenQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query CasesPhoneNotBreached {\n    cases(first: 10, filter: { channel: PHONE, breached: false }) { totalCount }\n  }\n",
): typeof import("./graphql").CasesPhoneNotBreachedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query CasesPage($after: String) {\n    cases(first: 2, after: $after) {\n      pageInfo { endCursor hasNextPage }\n      edges { node { id } }\n    }\n  }\n",
): typeof import("./graphql").CasesPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query CasesAllIds {\n    cases(first: 10) { edges { node { id } } }\n  }\n",
): typeof import("./graphql").CasesAllIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query CasesResponseTimesByChannel {\n    responseTimes(groupBy: CHANNEL) { channel cases responded resolved firstResponseMedianSeconds slaMet }\n  }\n",
): typeof import("./graphql").CasesResponseTimesByChannelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CasesResponseTimesBackwards {\n    responseTimes(groupBy: PRIORITY, from: "2026-02-01T00:00:00Z", to: "2026-01-01T00:00:00Z") { cases }\n  }\n',
): typeof import("./graphql").CasesResponseTimesBackwardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CasesResolveId($id: ID!) {\n    resolveCase(id: $id) { id }\n  }\n",
): typeof import("./graphql").CasesResolveIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CasesReopen($id: ID!) {\n    reopenCase(id: $id) { id }\n  }\n",
): typeof import("./graphql").CasesReopenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CasesOpenOfNothing {\n    openCase(input: {}) { id }\n  }\n",
): typeof import("./graphql").CasesOpenOfNothingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CasesSaveTakenHandle {\n    saveTeammate(input: { name: "Other", handle: "@SAM" }) { id }\n  }\n',
): typeof import("./graphql").CasesSaveTakenHandleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CasesSaveSlowUrgentPolicy {\n    saveSlaPolicy(\n      input: { priority: URGENT, firstResponseMinutes: 500, nextResponseMinutes: 60, resolutionMinutes: 240 }\n    ) {\n      priority\n    }\n  }\n",
): typeof import("./graphql").CasesSaveSlowUrgentPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query CasesSlaPolicies {\n    slaPolicies { priority firstResponseMinutes nextResponseMinutes resolutionMinutes }\n  }\n",
): typeof import("./graphql").CasesSlaPoliciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CasesCheckedNote($id: ID!) {\n    addCaseNote(id: $id, text: "checked") { text }\n  }\n',
): typeof import("./graphql").CasesCheckedNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CasesSaveLee {\n    saveTeammate(input: { name: "Lee", handle: "lee" }) { id }\n  }\n',
): typeof import("./graphql").CasesSaveLeeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  subscription CasesUpdated {\n    caseUpdated { id status channel }\n  }\n",
): typeof import("./graphql").CasesUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CasesProbeNote($id: ID!) {\n    addCaseNote(id: $id, text: "probe") { id }\n  }\n',
): typeof import("./graphql").CasesProbeNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CasesRespondCalling($id: ID!, $to: ID!) {\n    respondToCase(id: $id, text: "Calling you now.", teammateId: $to) { id }\n  }\n',
): typeof import("./graphql").CasesRespondCallingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation CasesTwoInstancesIngest($records: [JSON!]!) {\n    ingest(records: $records) { rejected { reason } }\n  }\n",
): typeof import("./graphql").CasesTwoInstancesIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query CasesTwoInstancesCases {\n    cases(first: 100) { totalCount edges { node { status openedAt firstResponseAt conversation { sourceId } } } }\n  }\n",
): typeof import("./graphql").CasesTwoInstancesCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ApiConversationsWithMessages($first: Int!) {\n    conversations(first: $first) {\n      edges {\n        node {\n          subject\n          channel\n          messages(first: 10) {\n            edges { node { text sentiment author { displayName reach organization { name } } } }\n          }\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").ApiConversationsWithMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ApiConversationPage($first: Int!, $after: String) {\n    conversations(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id lastMessageAt } }\n    }\n  }\n",
): typeof import("./graphql").ApiConversationPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ApiTwitterConversations {\n    conversations(first: 100, filter: { channel: TWITTER }) { totalCount edges { node { id channel } } }\n  }\n",
): typeof import("./graphql").ApiTwitterConversationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ApiNegativeProblems {\n    messages(first: 100, filter: { sentimentBelow: 0, intent: PROBLEM }) { totalCount edges { node { sentiment } } }\n  }\n",
): typeof import("./graphql").ApiNegativeProblemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ApiCustomersByReach {\n    people(first: 50, filter: { stage: CUSTOMER }, orderBy: { field: REACH, direction: DESC }) {\n      edges { node { stage reach } }\n    }\n  }\n",
): typeof import("./graphql").ApiCustomersByReachDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ApiOrganizations {\n    organizations(first: 5) { edges { node { id name people(first: 10) { totalCount } } } }\n  }\n",
): typeof import("./graphql").ApiOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ApiPeopleOfOrganization($first: Int!, $org: ID!) {\n    people(first: $first, filter: { organizationId: $org }) { totalCount }\n  }\n",
): typeof import("./graphql").ApiPeopleOfOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ApiMostReached {\n    people(first: 1, orderBy: { field: REACH, direction: DESC }) { edges { node { id displayName } } }\n  }\n",
): typeof import("./graphql").ApiMostReachedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ApiNodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Person { displayName }\n    }\n  }\n",
): typeof import("./graphql").ApiNodeByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ApiLeastReachedTimeline {\n    people(first: 1, orderBy: { field: REACH, direction: ASC }) {\n      edges {\n        node {\n          displayName\n          timeline(first: 10) { totalCount edges { node { kind department occurredAt summary } } }\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").ApiLeastReachedTimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ApiSearchPeople($query: String!) {\n    searchPeople(query: $query) { displayName }\n  }\n",
): typeof import("./graphql").ApiSearchPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ApiOverview {\n    overview { people organizations openConversations openDeals pipelineValue }\n  }\n",
): typeof import("./graphql").ApiOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ApiTooDeep {\n    conversations(first: 1) {\n      edges {\n        node {\n          messages(first: 1) {\n            edges {\n              node {\n                conversation {\n                  messages(first: 1) {\n                    edges {\n                      node {\n                        conversation { messages(first: 1) { edges { node { text } } } }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").ApiTooDeepDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ApiTooCostly {\n    conversations(first: 100) {\n      edges {\n        node {\n          messages(first: 100) {\n            edges {\n              node {\n                replyTo { text }\n                author { displayName messages(first: 100) { edges { node { text } } } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").ApiTooCostlyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query AuthViewerRole {\n    viewer { role }\n  }\n",
): typeof import("./graphql").AuthViewerRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query AuthViewer {\n    viewer { name role }\n  }\n",
): typeof import("./graphql").AuthViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation AuthCreateKey($name: String!, $role: ApiKeyRole!) {\n    createApiKey(name: $name, role: $role) { id role secret }\n  }\n",
): typeof import("./graphql").AuthCreateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation AuthRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) { id revokedAt }\n  }\n",
): typeof import("./graphql").AuthRevokeKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query AuthApiKeyNames {\n    apiKeys { name }\n  }\n",
): typeof import("./graphql").AuthApiKeyNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuthSearchRosa {\n    searchPeople(query: "rosa@example.com") { id }\n    people(first: 5, filter: { search: "Rosa" }) { edges { node { identities { kind value } } } }\n  }\n',
): typeof import("./graphql").AuthSearchRosaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query AuthPeopleSources {\n    people(first: 1) { edges { node { sources { source id } } } }\n  }\n",
): typeof import("./graphql").AuthPeopleSourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query AuthEventLog {\n    eventLog(first: 1) { endCursor }\n  }\n",
): typeof import("./graphql").AuthEventLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  subscription AuthEventCursors {\n    events { cursor }\n  }\n",
): typeof import("./graphql").AuthEventCursorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  subscription AuthOverviewPeople {\n    overviewUpdated { people }\n  }\n",
): typeof import("./graphql").AuthOverviewPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query BadInputFirstPerson {\n    people(first: 1) { edges { node { id } } }\n  }\n",
): typeof import("./graphql").BadInputFirstPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query BadInputNode($id: ID!) {\n    node(id: $id) { id }\n  }\n",
): typeof import("./graphql").BadInputNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query BadInputNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { id }\n  }\n",
): typeof import("./graphql").BadInputNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation BadInputUnmerge($id: ID!) {\n    unmergePerson(mergeId: $id) { merge { id } }\n  }\n",
): typeof import("./graphql").BadInputUnmergeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation BadInputMerge($a: ID!, $b: ID!) {\n    mergePeople(survivorId: $a, absorbedId: $b) { id }\n  }\n",
): typeof import("./graphql").BadInputMergeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query BadInputSearch($q: String!) {\n    searchPeople(query: $q) { id }\n    people(first: 5, filter: { search: $q }) { totalCount }\n  }\n",
): typeof import("./graphql").BadInputSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query DatabaseDownPeopleCount {\n    overview { people }\n  }\n",
): typeof import("./graphql").DatabaseDownPeopleCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query DatabaseDownPeopleTotal {\n    people(first: 1) { totalCount }\n  }\n",
): typeof import("./graphql").DatabaseDownPeopleTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DatabaseDownCreateKey {\n    createApiKey(name: "x", role: VIEWER) { id }\n  }\n',
): typeof import("./graphql").DatabaseDownCreateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query KeyCacheViewerRole {\n    viewer { role }\n  }\n",
): typeof import("./graphql").KeyCacheViewerRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation KeyCacheCreateKey($name: String!) {\n    createApiKey(name: $name, role: ANALYST) { id secret }\n  }\n",
): typeof import("./graphql").KeyCacheCreateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation KeyCacheRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) { id }\n  }\n",
): typeof import("./graphql").KeyCacheRevokeKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NullabilityPeopleWithSources {\n    people(first: 5, filter: { search: "Ivo" }) { totalCount edges { node { displayName sources { source } } } }\n  }\n',
): typeof import("./graphql").NullabilityPeopleWithSourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query NullabilityApiKeyNames {\n    apiKeys { name }\n  }\n",
): typeof import("./graphql").NullabilityApiKeyNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation IngestOverGraphQL($records: [JSON!]!, $key: String) {\n    ingest(records: $records, idempotencyKey: $key) {\n      created updated merged unchanged\n      rejected { index type source id field reason }\n    }\n  }\n",
): typeof import("./graphql").IngestOverGraphQlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query IngestPersonBySource($source: String!, $id: String!) {\n    person(source: $source, id: $id) { id displayName reach sources { source id } }\n  }\n",
): typeof import("./graphql").IngestPersonBySourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ListeningIngest($records: [JSON!]!) {\n    ingest(records: $records) { created }\n  }\n",
): typeof import("./graphql").ListeningIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ListeningBrands {\n    brands { id name }\n  }\n",
): typeof import("./graphql").ListeningBrandsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ListeningAddFeed($url: String!, $brandIds: [ID!]!) {\n    addFeed(url: $url, brandIds: $brandIds, intervalMinutes: 15) { id url intervalMinutes brands { name } }\n  }\n",
): typeof import("./graphql").ListeningAddFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ListeningFeeds {\n    feeds { id title entries lastStatus lastError failures lastSuccessAt }\n  }\n",
): typeof import("./graphql").ListeningFeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ListeningBrandMetrics($ids: [ID!]!) {\n    brandMetrics(brandIds: $ids, from: "2026-10-26T00:00:00Z", to: "2026-11-09T00:00:00Z", interval: WEEK) {\n      periods\n      brands {\n        brand { name }\n        totals { mentions shareOfVoice channels { channel mentions } }\n        periods { start mentions }\n        risingTerms(first: 5) { term count examples { url } }\n      }\n    }\n  }\n',
): typeof import("./graphql").ListeningBrandMetricsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ListeningPlacedMessages {\n    messages(first: 5, filter: { city: "nowhere" }) { totalCount }\n    all: messages(first: 5, filter: { channel: BLOG }) { edges { node { place { lat lng } } } }\n  }\n',
): typeof import("./graphql").ListeningPlacedMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ListeningMessagesOfBrand($id: ID!) {\n    messages(first: 5, filter: { brandId: $id }) { totalCount }\n  }\n",
): typeof import("./graphql").ListeningMessagesOfBrandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ListeningRemoveFeed($id: ID!) {\n    removeFeed(id: $id)\n  }\n",
): typeof import("./graphql").ListeningRemoveFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ListeningHourlyForAYear($ids: [ID!]!) {\n    brandMetrics(brandIds: $ids, from: "2026-01-01T00:00:00Z", to: "2026-12-01T00:00:00Z", interval: HOUR) { periods }\n  }\n',
): typeof import("./graphql").ListeningHourlyForAYearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ListeningAddBadFeed {\n    addFeed(url: "not a url", brandIds: []) { id }\n  }\n',
): typeof import("./graphql").ListeningAddBadFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment AlertFields on Alert {\n    id severity reason messageCount raisedAt updatedAt acknowledgedAt\n    rule { id name kind }\n    person { id displayName }\n    message { id channel priority text }\n    conversation { id }\n  }\n",
): typeof import("./graphql").AlertFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation TestIngest($records: [JSON!]!) {\n    ingest(records: $records) { rejected { index field reason } }\n  }\n",
): typeof import("./graphql").TestIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation WebhooksCreate($url: String!, $events: [EventType!]!) {\n    createWebhook(url: $url, events: $events) { id url events enabled secret }\n  }\n",
): typeof import("./graphql").WebhooksCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation WebhooksCreateWithSecret($url: String!, $secret: String) {\n    createWebhook(url: $url, events: [PERSON_UPDATED], secret: $secret) { id secret }\n  }\n",
): typeof import("./graphql").WebhooksCreateWithSecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query WebhooksSecrets {\n    webhooks { id secret }\n  }\n",
): typeof import("./graphql").WebhooksSecretsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query WebhooksList {\n    webhooks { id enabled disabledReason }\n  }\n",
): typeof import("./graphql").WebhooksListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query WebhooksDeliveryLog {\n    webhooks { id deliveries(first: 10) { webhookId status attempts lastStatus latencyMs lastError } }\n  }\n",
): typeof import("./graphql").WebhooksDeliveryLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query WebhooksDeliveries {\n    webhooks { id disabledReason deliveries { status attempts lastStatus lastError } }\n  }\n",
): typeof import("./graphql").WebhooksDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation WebhooksReplay($id: ID!, $from: String!, $to: String!) {\n    replayWebhook(id: $id, from: $from, to: $to) { id }\n  }\n",
): typeof import("./graphql").WebhooksReplayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation WebhooksRotateSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) { secret }\n  }\n",
): typeof import("./graphql").WebhooksRotateSecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query WebhooksUrlByNode($id: ID!) {\n    node(id: $id) {\n      ... on Webhook { url }\n    }\n  }\n",
): typeof import("./graphql").WebhooksUrlByNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation WebhooksDelete($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n",
): typeof import("./graphql").WebhooksDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation WebhookInstancesCreate($url: String!) {\n    createWebhook(url: $url, events: [PERSON_UPDATED]) { id }\n  }\n",
): typeof import("./graphql").WebhookInstancesCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation WebhookRestartCreate($url: String!) {\n    createWebhook(url: $url, events: [TOUCHPOINT_RECORDED]) { secret }\n  }\n",
): typeof import("./graphql").WebhookRestartCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation WebhookRestartIngest($records: [JSON!]!) {\n    ingest(records: $records) { rejected { index reason } }\n  }\n",
): typeof import("./graphql").WebhookRestartIngestDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
