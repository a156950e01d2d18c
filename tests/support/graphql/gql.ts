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
  "\n  query BrowserAlertsAcknowledged {\n    alerts(first: 5, filter: { acknowledged: true }) {\n      edges { node { message { text } acknowledgedBy } }\n    }\n  }\n": typeof types.BrowserAlertsAcknowledgedDocument;
  '\n  mutation BrowserCasesSaveTeammate {\n    saveTeammate(input: { name: "Sam Okafor", handle: "sam", team: "Care" }) { id }\n  }\n': typeof types.BrowserCasesSaveTeammateDocument;
  "\n  mutation BrowserInfluencersRecompute {\n    recomputeInfluence { communities }\n  }\n": typeof types.BrowserInfluencersRecomputeDocument;
  "\n  mutation BrowserListeningRecompute {\n    recomputeInfluence { id }\n  }\n": typeof types.BrowserListeningRecomputeDocument;
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
  "\n  mutation FaultsIngest($records: [JSON!]!) {\n    ingest(records: $records) {\n      created\n      rejected { index reason }\n    }\n  }\n": typeof types.FaultsIngestDocument;
  '\n  mutation FaultsFollowerKey {\n    createApiKey(name: "faults follower", role: INTEGRATOR) { secret }\n  }\n': typeof types.FaultsFollowerKeyDocument;
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
  "\n  query HostileHttpViewerRole {\n    viewer { role }\n  }\n": typeof types.HostileHttpViewerRoleDocument;
  "\n  query HostileHttpDealsCount {\n    deals(first: 1) { totalCount }\n  }\n": typeof types.HostileHttpDealsCountDocument;
  "\n  query KeyCacheViewerRole {\n    viewer { role }\n  }\n": typeof types.KeyCacheViewerRoleDocument;
  "\n  mutation KeyCacheCreateKey($name: String!) {\n    createApiKey(name: $name, role: ANALYST) { id secret }\n  }\n": typeof types.KeyCacheCreateKeyDocument;
  "\n  mutation KeyCacheRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) { id }\n  }\n": typeof types.KeyCacheRevokeKeyDocument;
  '\n  query NullabilityPeopleWithSources {\n    people(first: 5, filter: { search: "Ivo" }) { totalCount edges { node { displayName sources { source } } } }\n  }\n': typeof types.NullabilityPeopleWithSourcesDocument;
  "\n  query NullabilityApiKeyNames {\n    apiKeys { name }\n  }\n": typeof types.NullabilityApiKeyNamesDocument;
  "\n  query PersistedViewerRole {\n    viewer { role }\n  }\n": typeof types.PersistedViewerRoleDocument;
  '\n  mutation PersistedSneakyKey {\n    createApiKey(name: "sneaky", role: ADMIN) { id }\n  }\n': typeof types.PersistedSneakyKeyDocument;
  "\n  subscription PersistedOverviewUpdated {\n    overviewUpdated { people }\n  }\n": typeof types.PersistedOverviewUpdatedDocument;
  "\n  query IntegratorPeople($first: Int) {\n    people(first: $first) { totalCount }\n  }\n": typeof types.IntegratorPeopleDocument;
  "\n  mutation PersistedRegister($document: String!) {\n    registerPersistedOperation(document: $document) { hash name }\n  }\n": typeof types.PersistedRegisterDocument;
  "\n  query PersistedRegistered {\n    persistedOperations { hash document }\n  }\n": typeof types.PersistedRegisteredDocument;
  "\n  query RateLimitPeopleCount {\n    people(first: 1) { totalCount }\n  }\n": typeof types.RateLimitPeopleCountDocument;
  '\n  mutation RequestLogCreateKey {\n    createApiKey(name: "log viewer", role: VIEWER) { secret }\n  }\n': typeof types.RequestLogCreateKeyDocument;
  "\n  query RequestLogViewerRole {\n    viewer { role }\n  }\n": typeof types.RequestLogViewerRoleDocument;
  '\n  query Lookup($id: String!) {\n    person(source: "crm", id: $id) { id }\n  }\n': typeof types.LookupDocument;
  "\n  query StartOverviewAndConversations {\n    overview { people }\n    conversations(first: 1) { totalCount }\n  }\n": typeof types.StartOverviewAndConversationsDocument;
  "\n  query StartOverview {\n    overview { people messagesLast24h }\n  }\n": typeof types.StartOverviewDocument;
  '\n  query ViewerSourceQueryPerson {\n    person(source: "crm", id: "R1") { displayName }\n  }\n': typeof types.ViewerSourceQueryPersonDocument;
  '\n  query ViewerSourcePersonFilterSource {\n    people(first: 5, filter: { source: "crm" }) { totalCount }\n  }\n': typeof types.ViewerSourcePersonFilterSourceDocument;
  '\n  query ViewerSourceConversationFilterSource {\n    conversations(first: 5, filter: { source: "fixture" }) { totalCount }\n  }\n': typeof types.ViewerSourceConversationFilterSourceDocument;
  '\n  query ViewerSourceMessageFilterSource {\n    messages(first: 5, filter: { source: "fixture" }) { totalCount }\n  }\n': typeof types.ViewerSourceMessageFilterSourceDocument;
  '\n  query ViewerSourceDealFilterSource {\n    deals(first: 5, filter: { source: "crm" }) { totalCount }\n  }\n': typeof types.ViewerSourceDealFilterSourceDocument;
  "\n  query ViewerSourceMessageSource {\n    messages(first: 1) { edges { node { source } } }\n  }\n": typeof types.ViewerSourceMessageSourceDocument;
  "\n  query ViewerSourceMessageSourceId {\n    messages(first: 1) { edges { node { sourceId } } }\n  }\n": typeof types.ViewerSourceMessageSourceIdDocument;
  "\n  query ViewerSourceConversationSource {\n    conversations(first: 1) { edges { node { source } } }\n  }\n": typeof types.ViewerSourceConversationSourceDocument;
  "\n  query ViewerSourceConversationSourceId {\n    conversations(first: 1) { edges { node { sourceId } } }\n  }\n": typeof types.ViewerSourceConversationSourceIdDocument;
  "\n  query ViewerSourceDealSource {\n    deals(first: 1) { edges { node { source } } }\n  }\n": typeof types.ViewerSourceDealSourceDocument;
  "\n  query ViewerSourceDealSourceId {\n    deals(first: 1) { edges { node { sourceId } } }\n  }\n": typeof types.ViewerSourceDealSourceIdDocument;
  "\n  query ViewerSourceListsWithout {\n    people(first: 5) { totalCount }\n    conversations(first: 5) { totalCount }\n    messages(first: 5) { edges { node { text } } }\n    deals(first: 5) { edges { node { name } } }\n  }\n": typeof types.ViewerSourceListsWithoutDocument;
  "\n  mutation AttributionApiIngest($records: [JSON!]!) {\n    ingest(records: $records) { rejected { index reason } }\n  }\n": typeof types.AttributionApiIngestDocument;
  "\n  query AttributionApiAttribution($input: AttributionInput!) {\n    attribution(input: $input) {\n      conversions\n      revenue { currency amount }\n      rows { label credits { model conversions revenue { currency amount } } }\n    }\n  }\n": typeof types.AttributionApiAttributionDocument;
  "\n  query AttributionApiDealTouches {\n    deals(first: 5, filter: { status: WON }) {\n      edges {\n        node {\n          name\n          attribution { channel activity { kind occurredAt } credits { model credit } }\n        }\n      }\n    }\n  }\n": typeof types.AttributionApiDealTouchesDocument;
  "\n  query FunnelApiFunnel($input: FunnelInput!) {\n    funnel(input: $input) {\n      steps {\n        name count conversionFromFirst conversionFromPrevious droppedOff\n        medianSecondsFromPrevious p90SecondsFromPrevious\n      }\n      breakdown { value label steps { count } }\n      timeToConvert { fromSeconds toSeconds count }\n      trend { weekStart entered converted conversion }\n      correlations {\n        kind label oddsRatio lower95 upper95\n        convertedWith droppedWith convertedWithout droppedWithout\n      }\n    }\n  }\n": typeof types.FunnelApiFunnelDocument;
  "\n  query FunnelApiPeople($input: FunnelInput!) {\n    funnel(input: $input) {\n      steps {\n        converted: people(first: 10) { edges { node { displayName } } }\n        dropped: people(first: 10, outcome: DROPPED_OFF) {\n          edges { node { displayName } }\n          pageInfo { hasNextPage }\n        }\n      }\n    }\n  }\n": typeof types.FunnelApiPeopleDocument;
  "\n  query FunnelApiCounts($input: FunnelInput!) {\n    funnel(input: $input) { steps { count } }\n  }\n": typeof types.FunnelApiCountsDocument;
  "\n  query FunnelApiStepPeople($input: FunnelInput!) {\n    funnel(input: $input) { steps { people(first: 5) { edges { node { id } } } } }\n  }\n": typeof types.FunnelApiStepPeopleDocument;
  "\n  mutation FunnelApiIngest($records: [JSON!]!) {\n    ingest(records: $records) { created rejected { index reason } }\n  }\n": typeof types.FunnelApiIngestDocument;
  '\n  query IndexAtStartFunnel {\n    funnel(\n      input: {\n        windowSeconds: 604800\n        steps: [\n          { name: "Clicked", where: { touchpointKinds: [EMAIL_CLICK] } }\n          { name: "Posted", where: { channels: [FORUM] } }\n        ]\n      }\n    ) {\n      steps { count }\n    }\n  }\n': typeof types.IndexAtStartFunnelDocument;
  "\n  mutation IndexAtStartIngest($records: [JSON!]!) {\n    ingest(records: $records) { rejected { index reason } }\n  }\n": typeof types.IndexAtStartIngestDocument;
  "\n  mutation SavedFunnelsSave($name: String!, $input: FunnelInput!) {\n    saveFunnel(name: $name, input: $input) {\n      id name savedBy\n      result { steps { count } }\n    }\n  }\n": typeof types.SavedFunnelsSaveDocument;
  '\n  mutation SavedFunnelsRename($id: ID!, $input: FunnelInput!) {\n    saveFunnel(id: $id, name: "Renamed", input: $input) { id name }\n  }\n': typeof types.SavedFunnelsRenameDocument;
  "\n  query SavedFunnelsList {\n    funnels(first: 10) {\n      totalCount\n      edges { node { id name definition } }\n    }\n  }\n": typeof types.SavedFunnelsListDocument;
  "\n  query SavedFunnelsOne($id: ID!) {\n    savedFunnel(id: $id) { name }\n  }\n": typeof types.SavedFunnelsOneDocument;
  "\n  query SavedFunnelsById($id: ID!) {\n    funnel(id: $id) { steps { name count } }\n  }\n": typeof types.SavedFunnelsByIdDocument;
  "\n  query SavedFunnelsByBoth($id: ID!, $input: FunnelInput!) {\n    funnel(id: $id, input: $input) { steps { count } }\n  }\n": typeof types.SavedFunnelsByBothDocument;
  "\n  query SavedFunnelsByNeither {\n    funnel { steps { count } }\n  }\n": typeof types.SavedFunnelsByNeitherDocument;
  "\n  mutation SavedFunnelsDelete($id: ID!) {\n    deleteFunnel(id: $id)\n  }\n": typeof types.SavedFunnelsDeleteDocument;
  "\n  subscription SavedFunnelsUpdated($id: ID!) {\n    funnelUpdated(id: $id) { steps { count } }\n  }\n": typeof types.SavedFunnelsUpdatedDocument;
  "\n  mutation SavedFunnelsIngest($records: [JSON!]!) {\n    ingest(records: $records) { rejected { index reason } }\n  }\n": typeof types.SavedFunnelsIngestDocument;
  '\n  query FoundDefectsMessagesSinceTheLastDay {\n    messages(filter: { since: "9999-12-31T00:00:00Z" }, first: 1) { totalCount }\n  }\n': typeof types.FoundDefectsMessagesSinceTheLastDayDocument;
  "\n  query FoundDefectsNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { id }\n  }\n": typeof types.FoundDefectsNodesDocument;
  "\n  mutation AddressIngest($records: [JSON!]!) {\n    ingest(records: $records) {\n      created\n      rejected { index field reason }\n    }\n  }\n": typeof types.AddressIngestDocument;
  "\n  query AddressOfPerson($source: String!, $id: String!) {\n    person(source: $source, id: $id) {\n      displayName\n      location\n      address { street city postcode region country }\n    }\n  }\n": typeof types.AddressOfPersonDocument;
  '\n  query AddressPeople {\n    people(first: 5, filter: { search: "Whitlock" }) {\n      edges { node { displayName address { city } } }\n    }\n  }\n': typeof types.AddressPeopleDocument;
  "\n  query MergeApiSuggestions($status: SuggestionStatus) {\n    mergeSuggestions(status: $status, first: 10) {\n      totalCount\n      edges {\n        node {\n          id score explanation signals status decidedBy\n          personA { id displayName }\n          personB { id displayName }\n        }\n      }\n    }\n  }\n": typeof types.MergeApiSuggestionsDocument;
  "\n  mutation MergeApiAccept($id: ID!) {\n    acceptMergeSuggestion(id: $id) {\n      id actor reason createdAt undoneAt movedRows\n      survivor { id displayName }\n      absorbed { id displayName mergedInto { id } }\n    }\n  }\n": typeof types.MergeApiAcceptDocument;
  "\n  mutation MergeApiReject($id: ID!) {\n    rejectMergeSuggestion(id: $id) { status decidedBy }\n  }\n": typeof types.MergeApiRejectDocument;
  "\n  query MergeApiHistory($id: ID!) {\n    node(id: $id) { ... on Person { merges { id reason } } }\n  }\n": typeof types.MergeApiHistoryDocument;
  "\n  mutation MergeApiUnmerge($id: ID!) {\n    unmergePerson(mergeId: $id) {\n      merge { id undoneAt }\n      survivor { id }\n      restored { id displayName mergedInto { id } }\n    }\n  }\n": typeof types.MergeApiUnmergeDocument;
  "\n  mutation MergeApiMerge($a: ID!, $b: ID!) {\n    mergePeople(survivorId: $a, absorbedId: $b) { id }\n  }\n": typeof types.MergeApiMergeDocument;
  "\n  query MergeApiSuggestionIdentities {\n    mergeSuggestions {\n      edges {\n        node {\n          explanation signals\n          personA { displayName identities { value } }\n          personB { identities { value } }\n        }\n      }\n    }\n  }\n": typeof types.MergeApiSuggestionIdentitiesDocument;
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
  "\n  subscription FanOutEvents($after: String) {\n    events(after: $after, types: [PERSON_UPDATED]) { cursor payload }\n  }\n": typeof types.FanOutEventsDocument;
  "\n  subscription FanOutMessages {\n    messageAdded { text }\n  }\n": typeof types.FanOutMessagesDocument;
  "\n  mutation FanOutIngest($records: [JSON!]!) {\n    ingest(records: $records) { created }\n  }\n": typeof types.FanOutIngestDocument;
  "\n  subscription RedisInstancesEvents {\n    events { cursor payload }\n  }\n": typeof types.RedisInstancesEventsDocument;
  "\n  subscription RedisInstancesCursors {\n    events { cursor }\n  }\n": typeof types.RedisInstancesCursorsDocument;
  "\n  mutation RedisOutageIngest($records: [JSON!]!) {\n    ingest(records: $records) { created rejected { field reason } }\n  }\n": typeof types.RedisOutageIngestDocument;
  "\n  subscription RedisOutageEvents {\n    events { type payload }\n  }\n": typeof types.RedisOutageEventsDocument;
  "\n  query RedisOutageViewerRole {\n    viewer { role }\n  }\n": typeof types.RedisOutageViewerRoleDocument;
  "\n  subscription ResumeEvents($after: String, $types: [EventType!]) {\n    events(after: $after, types: $types) { cursor type payload }\n  }\n": typeof types.ResumeEventsDocument;
  "\n  mutation RevocationCreateKey($name: String!) {\n    createApiKey(name: $name, role: INTEGRATOR) { id secret }\n  }\n": typeof types.RevocationCreateKeyDocument;
  "\n  mutation RevocationRevoke($id: ID!) {\n    revokeApiKey(id: $id) { id revokedAt }\n  }\n": typeof types.RevocationRevokeDocument;
  "\n  subscription RevocationEvents {\n    events { cursor }\n  }\n": typeof types.RevocationEventsDocument;
  "\n  mutation SharedExecutionIngest($records: [JSON!]!) {\n    ingest(records: $records) { created rejected { reason } }\n  }\n": typeof types.SharedExecutionIngestDocument;
  "\n  subscription SharedExecutionMessages {\n    messageAdded { text author { displayName identities { kind platform value } } }\n  }\n": typeof types.SharedExecutionMessagesDocument;
  "\n  subscription SharedExecutionBelow($below: Float) {\n    messageAdded(filter: { sentimentBelow: $below }) { text }\n  }\n": typeof types.SharedExecutionBelowDocument;
  "\n  subscription SlowSubscriberEvents {\n    events { cursor payload }\n  }\n": typeof types.SlowSubscriberEventsDocument;
  "\n  subscription SlowSubscriberCursors {\n    events { cursor }\n  }\n": typeof types.SlowSubscriberCursorsDocument;
  "\n  subscription WebsocketLimitsEvents {\n    events { cursor }\n  }\n": typeof types.WebsocketLimitsEventsDocument;
  "\n  query WebsocketLimitsViewerRole {\n    viewer { role }\n  }\n": typeof types.WebsocketLimitsViewerRoleDocument;
  "\n  fragment AlertFields on Alert {\n    id severity reason messageCount raisedAt updatedAt acknowledgedAt\n    rule { id name kind }\n    person { id displayName }\n    message { id channel priority text }\n    conversation { id }\n  }\n": typeof types.AlertFieldsFragmentDoc;
  "\n  mutation TestIngest($records: [JSON!]!) {\n    ingest(records: $records) { rejected { index field reason } }\n  }\n": typeof types.TestIngestDocument;
  "\n  subscription FollowedEventPayloads {\n    events { payload }\n  }\n": typeof types.FollowedEventPayloadsDocument;
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
  "\n  query BrowserAlertsAcknowledged {\n    alerts(first: 5, filter: { acknowledged: true }) {\n      edges { node { message { text } acknowledgedBy } }\n    }\n  }\n":
    types.BrowserAlertsAcknowledgedDocument,
  '\n  mutation BrowserCasesSaveTeammate {\n    saveTeammate(input: { name: "Sam Okafor", handle: "sam", team: "Care" }) { id }\n  }\n':
    types.BrowserCasesSaveTeammateDocument,
  "\n  mutation BrowserInfluencersRecompute {\n    recomputeInfluence { communities }\n  }\n":
    types.BrowserInfluencersRecomputeDocument,
  "\n  mutation BrowserListeningRecompute {\n    recomputeInfluence { id }\n  }\n":
    types.BrowserListeningRecomputeDocument,
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
  "\n  mutation FaultsIngest($records: [JSON!]!) {\n    ingest(records: $records) {\n      created\n      rejected { index reason }\n    }\n  }\n":
    types.FaultsIngestDocument,
  '\n  mutation FaultsFollowerKey {\n    createApiKey(name: "faults follower", role: INTEGRATOR) { secret }\n  }\n':
    types.FaultsFollowerKeyDocument,
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
  "\n  query HostileHttpViewerRole {\n    viewer { role }\n  }\n":
    types.HostileHttpViewerRoleDocument,
  "\n  query HostileHttpDealsCount {\n    deals(first: 1) { totalCount }\n  }\n":
    types.HostileHttpDealsCountDocument,
  "\n  query KeyCacheViewerRole {\n    viewer { role }\n  }\n": types.KeyCacheViewerRoleDocument,
  "\n  mutation KeyCacheCreateKey($name: String!) {\n    createApiKey(name: $name, role: ANALYST) { id secret }\n  }\n":
    types.KeyCacheCreateKeyDocument,
  "\n  mutation KeyCacheRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) { id }\n  }\n":
    types.KeyCacheRevokeKeyDocument,
  '\n  query NullabilityPeopleWithSources {\n    people(first: 5, filter: { search: "Ivo" }) { totalCount edges { node { displayName sources { source } } } }\n  }\n':
    types.NullabilityPeopleWithSourcesDocument,
  "\n  query NullabilityApiKeyNames {\n    apiKeys { name }\n  }\n":
    types.NullabilityApiKeyNamesDocument,
  "\n  query PersistedViewerRole {\n    viewer { role }\n  }\n": types.PersistedViewerRoleDocument,
  '\n  mutation PersistedSneakyKey {\n    createApiKey(name: "sneaky", role: ADMIN) { id }\n  }\n':
    types.PersistedSneakyKeyDocument,
  "\n  subscription PersistedOverviewUpdated {\n    overviewUpdated { people }\n  }\n":
    types.PersistedOverviewUpdatedDocument,
  "\n  query IntegratorPeople($first: Int) {\n    people(first: $first) { totalCount }\n  }\n":
    types.IntegratorPeopleDocument,
  "\n  mutation PersistedRegister($document: String!) {\n    registerPersistedOperation(document: $document) { hash name }\n  }\n":
    types.PersistedRegisterDocument,
  "\n  query PersistedRegistered {\n    persistedOperations { hash document }\n  }\n":
    types.PersistedRegisteredDocument,
  "\n  query RateLimitPeopleCount {\n    people(first: 1) { totalCount }\n  }\n":
    types.RateLimitPeopleCountDocument,
  '\n  mutation RequestLogCreateKey {\n    createApiKey(name: "log viewer", role: VIEWER) { secret }\n  }\n':
    types.RequestLogCreateKeyDocument,
  "\n  query RequestLogViewerRole {\n    viewer { role }\n  }\n":
    types.RequestLogViewerRoleDocument,
  '\n  query Lookup($id: String!) {\n    person(source: "crm", id: $id) { id }\n  }\n':
    types.LookupDocument,
  "\n  query StartOverviewAndConversations {\n    overview { people }\n    conversations(first: 1) { totalCount }\n  }\n":
    types.StartOverviewAndConversationsDocument,
  "\n  query StartOverview {\n    overview { people messagesLast24h }\n  }\n":
    types.StartOverviewDocument,
  '\n  query ViewerSourceQueryPerson {\n    person(source: "crm", id: "R1") { displayName }\n  }\n':
    types.ViewerSourceQueryPersonDocument,
  '\n  query ViewerSourcePersonFilterSource {\n    people(first: 5, filter: { source: "crm" }) { totalCount }\n  }\n':
    types.ViewerSourcePersonFilterSourceDocument,
  '\n  query ViewerSourceConversationFilterSource {\n    conversations(first: 5, filter: { source: "fixture" }) { totalCount }\n  }\n':
    types.ViewerSourceConversationFilterSourceDocument,
  '\n  query ViewerSourceMessageFilterSource {\n    messages(first: 5, filter: { source: "fixture" }) { totalCount }\n  }\n':
    types.ViewerSourceMessageFilterSourceDocument,
  '\n  query ViewerSourceDealFilterSource {\n    deals(first: 5, filter: { source: "crm" }) { totalCount }\n  }\n':
    types.ViewerSourceDealFilterSourceDocument,
  "\n  query ViewerSourceMessageSource {\n    messages(first: 1) { edges { node { source } } }\n  }\n":
    types.ViewerSourceMessageSourceDocument,
  "\n  query ViewerSourceMessageSourceId {\n    messages(first: 1) { edges { node { sourceId } } }\n  }\n":
    types.ViewerSourceMessageSourceIdDocument,
  "\n  query ViewerSourceConversationSource {\n    conversations(first: 1) { edges { node { source } } }\n  }\n":
    types.ViewerSourceConversationSourceDocument,
  "\n  query ViewerSourceConversationSourceId {\n    conversations(first: 1) { edges { node { sourceId } } }\n  }\n":
    types.ViewerSourceConversationSourceIdDocument,
  "\n  query ViewerSourceDealSource {\n    deals(first: 1) { edges { node { source } } }\n  }\n":
    types.ViewerSourceDealSourceDocument,
  "\n  query ViewerSourceDealSourceId {\n    deals(first: 1) { edges { node { sourceId } } }\n  }\n":
    types.ViewerSourceDealSourceIdDocument,
  "\n  query ViewerSourceListsWithout {\n    people(first: 5) { totalCount }\n    conversations(first: 5) { totalCount }\n    messages(first: 5) { edges { node { text } } }\n    deals(first: 5) { edges { node { name } } }\n  }\n":
    types.ViewerSourceListsWithoutDocument,
  "\n  mutation AttributionApiIngest($records: [JSON!]!) {\n    ingest(records: $records) { rejected { index reason } }\n  }\n":
    types.AttributionApiIngestDocument,
  "\n  query AttributionApiAttribution($input: AttributionInput!) {\n    attribution(input: $input) {\n      conversions\n      revenue { currency amount }\n      rows { label credits { model conversions revenue { currency amount } } }\n    }\n  }\n":
    types.AttributionApiAttributionDocument,
  "\n  query AttributionApiDealTouches {\n    deals(first: 5, filter: { status: WON }) {\n      edges {\n        node {\n          name\n          attribution { channel activity { kind occurredAt } credits { model credit } }\n        }\n      }\n    }\n  }\n":
    types.AttributionApiDealTouchesDocument,
  "\n  query FunnelApiFunnel($input: FunnelInput!) {\n    funnel(input: $input) {\n      steps {\n        name count conversionFromFirst conversionFromPrevious droppedOff\n        medianSecondsFromPrevious p90SecondsFromPrevious\n      }\n      breakdown { value label steps { count } }\n      timeToConvert { fromSeconds toSeconds count }\n      trend { weekStart entered converted conversion }\n      correlations {\n        kind label oddsRatio lower95 upper95\n        convertedWith droppedWith convertedWithout droppedWithout\n      }\n    }\n  }\n":
    types.FunnelApiFunnelDocument,
  "\n  query FunnelApiPeople($input: FunnelInput!) {\n    funnel(input: $input) {\n      steps {\n        converted: people(first: 10) { edges { node { displayName } } }\n        dropped: people(first: 10, outcome: DROPPED_OFF) {\n          edges { node { displayName } }\n          pageInfo { hasNextPage }\n        }\n      }\n    }\n  }\n":
    types.FunnelApiPeopleDocument,
  "\n  query FunnelApiCounts($input: FunnelInput!) {\n    funnel(input: $input) { steps { count } }\n  }\n":
    types.FunnelApiCountsDocument,
  "\n  query FunnelApiStepPeople($input: FunnelInput!) {\n    funnel(input: $input) { steps { people(first: 5) { edges { node { id } } } } }\n  }\n":
    types.FunnelApiStepPeopleDocument,
  "\n  mutation FunnelApiIngest($records: [JSON!]!) {\n    ingest(records: $records) { created rejected { index reason } }\n  }\n":
    types.FunnelApiIngestDocument,
  '\n  query IndexAtStartFunnel {\n    funnel(\n      input: {\n        windowSeconds: 604800\n        steps: [\n          { name: "Clicked", where: { touchpointKinds: [EMAIL_CLICK] } }\n          { name: "Posted", where: { channels: [FORUM] } }\n        ]\n      }\n    ) {\n      steps { count }\n    }\n  }\n':
    types.IndexAtStartFunnelDocument,
  "\n  mutation IndexAtStartIngest($records: [JSON!]!) {\n    ingest(records: $records) { rejected { index reason } }\n  }\n":
    types.IndexAtStartIngestDocument,
  "\n  mutation SavedFunnelsSave($name: String!, $input: FunnelInput!) {\n    saveFunnel(name: $name, input: $input) {\n      id name savedBy\n      result { steps { count } }\n    }\n  }\n":
    types.SavedFunnelsSaveDocument,
  '\n  mutation SavedFunnelsRename($id: ID!, $input: FunnelInput!) {\n    saveFunnel(id: $id, name: "Renamed", input: $input) { id name }\n  }\n':
    types.SavedFunnelsRenameDocument,
  "\n  query SavedFunnelsList {\n    funnels(first: 10) {\n      totalCount\n      edges { node { id name definition } }\n    }\n  }\n":
    types.SavedFunnelsListDocument,
  "\n  query SavedFunnelsOne($id: ID!) {\n    savedFunnel(id: $id) { name }\n  }\n":
    types.SavedFunnelsOneDocument,
  "\n  query SavedFunnelsById($id: ID!) {\n    funnel(id: $id) { steps { name count } }\n  }\n":
    types.SavedFunnelsByIdDocument,
  "\n  query SavedFunnelsByBoth($id: ID!, $input: FunnelInput!) {\n    funnel(id: $id, input: $input) { steps { count } }\n  }\n":
    types.SavedFunnelsByBothDocument,
  "\n  query SavedFunnelsByNeither {\n    funnel { steps { count } }\n  }\n":
    types.SavedFunnelsByNeitherDocument,
  "\n  mutation SavedFunnelsDelete($id: ID!) {\n    deleteFunnel(id: $id)\n  }\n":
    types.SavedFunnelsDeleteDocument,
  "\n  subscription SavedFunnelsUpdated($id: ID!) {\n    funnelUpdated(id: $id) { steps { count } }\n  }\n":
    types.SavedFunnelsUpdatedDocument,
  "\n  mutation SavedFunnelsIngest($records: [JSON!]!) {\n    ingest(records: $records) { rejected { index reason } }\n  }\n":
    types.SavedFunnelsIngestDocument,
  '\n  query FoundDefectsMessagesSinceTheLastDay {\n    messages(filter: { since: "9999-12-31T00:00:00Z" }, first: 1) { totalCount }\n  }\n':
    types.FoundDefectsMessagesSinceTheLastDayDocument,
  "\n  query FoundDefectsNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { id }\n  }\n":
    types.FoundDefectsNodesDocument,
  "\n  mutation AddressIngest($records: [JSON!]!) {\n    ingest(records: $records) {\n      created\n      rejected { index field reason }\n    }\n  }\n":
    types.AddressIngestDocument,
  "\n  query AddressOfPerson($source: String!, $id: String!) {\n    person(source: $source, id: $id) {\n      displayName\n      location\n      address { street city postcode region country }\n    }\n  }\n":
    types.AddressOfPersonDocument,
  '\n  query AddressPeople {\n    people(first: 5, filter: { search: "Whitlock" }) {\n      edges { node { displayName address { city } } }\n    }\n  }\n':
    types.AddressPeopleDocument,
  "\n  query MergeApiSuggestions($status: SuggestionStatus) {\n    mergeSuggestions(status: $status, first: 10) {\n      totalCount\n      edges {\n        node {\n          id score explanation signals status decidedBy\n          personA { id displayName }\n          personB { id displayName }\n        }\n      }\n    }\n  }\n":
    types.MergeApiSuggestionsDocument,
  "\n  mutation MergeApiAccept($id: ID!) {\n    acceptMergeSuggestion(id: $id) {\n      id actor reason createdAt undoneAt movedRows\n      survivor { id displayName }\n      absorbed { id displayName mergedInto { id } }\n    }\n  }\n":
    types.MergeApiAcceptDocument,
  "\n  mutation MergeApiReject($id: ID!) {\n    rejectMergeSuggestion(id: $id) { status decidedBy }\n  }\n":
    types.MergeApiRejectDocument,
  "\n  query MergeApiHistory($id: ID!) {\n    node(id: $id) { ... on Person { merges { id reason } } }\n  }\n":
    types.MergeApiHistoryDocument,
  "\n  mutation MergeApiUnmerge($id: ID!) {\n    unmergePerson(mergeId: $id) {\n      merge { id undoneAt }\n      survivor { id }\n      restored { id displayName mergedInto { id } }\n    }\n  }\n":
    types.MergeApiUnmergeDocument,
  "\n  mutation MergeApiMerge($a: ID!, $b: ID!) {\n    mergePeople(survivorId: $a, absorbedId: $b) { id }\n  }\n":
    types.MergeApiMergeDocument,
  "\n  query MergeApiSuggestionIdentities {\n    mergeSuggestions {\n      edges {\n        node {\n          explanation signals\n          personA { displayName identities { value } }\n          personB { identities { value } }\n        }\n      }\n    }\n  }\n":
    types.MergeApiSuggestionIdentitiesDocument,
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
  "\n  subscription FanOutEvents($after: String) {\n    events(after: $after, types: [PERSON_UPDATED]) { cursor payload }\n  }\n":
    types.FanOutEventsDocument,
  "\n  subscription FanOutMessages {\n    messageAdded { text }\n  }\n":
    types.FanOutMessagesDocument,
  "\n  mutation FanOutIngest($records: [JSON!]!) {\n    ingest(records: $records) { created }\n  }\n":
    types.FanOutIngestDocument,
  "\n  subscription RedisInstancesEvents {\n    events { cursor payload }\n  }\n":
    types.RedisInstancesEventsDocument,
  "\n  subscription RedisInstancesCursors {\n    events { cursor }\n  }\n":
    types.RedisInstancesCursorsDocument,
  "\n  mutation RedisOutageIngest($records: [JSON!]!) {\n    ingest(records: $records) { created rejected { field reason } }\n  }\n":
    types.RedisOutageIngestDocument,
  "\n  subscription RedisOutageEvents {\n    events { type payload }\n  }\n":
    types.RedisOutageEventsDocument,
  "\n  query RedisOutageViewerRole {\n    viewer { role }\n  }\n":
    types.RedisOutageViewerRoleDocument,
  "\n  subscription ResumeEvents($after: String, $types: [EventType!]) {\n    events(after: $after, types: $types) { cursor type payload }\n  }\n":
    types.ResumeEventsDocument,
  "\n  mutation RevocationCreateKey($name: String!) {\n    createApiKey(name: $name, role: INTEGRATOR) { id secret }\n  }\n":
    types.RevocationCreateKeyDocument,
  "\n  mutation RevocationRevoke($id: ID!) {\n    revokeApiKey(id: $id) { id revokedAt }\n  }\n":
    types.RevocationRevokeDocument,
  "\n  subscription RevocationEvents {\n    events { cursor }\n  }\n":
    types.RevocationEventsDocument,
  "\n  mutation SharedExecutionIngest($records: [JSON!]!) {\n    ingest(records: $records) { created rejected { reason } }\n  }\n":
    types.SharedExecutionIngestDocument,
  "\n  subscription SharedExecutionMessages {\n    messageAdded { text author { displayName identities { kind platform value } } }\n  }\n":
    types.SharedExecutionMessagesDocument,
  "\n  subscription SharedExecutionBelow($below: Float) {\n    messageAdded(filter: { sentimentBelow: $below }) { text }\n  }\n":
    types.SharedExecutionBelowDocument,
  "\n  subscription SlowSubscriberEvents {\n    events { cursor payload }\n  }\n":
    types.SlowSubscriberEventsDocument,
  "\n  subscription SlowSubscriberCursors {\n    events { cursor }\n  }\n":
    types.SlowSubscriberCursorsDocument,
  "\n  subscription WebsocketLimitsEvents {\n    events { cursor }\n  }\n":
    types.WebsocketLimitsEventsDocument,
  "\n  query WebsocketLimitsViewerRole {\n    viewer { role }\n  }\n":
    types.WebsocketLimitsViewerRoleDocument,
  "\n  fragment AlertFields on Alert {\n    id severity reason messageCount raisedAt updatedAt acknowledgedAt\n    rule { id name kind }\n    person { id displayName }\n    message { id channel priority text }\n    conversation { id }\n  }\n":
    types.AlertFieldsFragmentDoc,
  "\n  mutation TestIngest($records: [JSON!]!) {\n    ingest(records: $records) { rejected { index field reason } }\n  }\n":
    types.TestIngestDocument,
  "\n  subscription FollowedEventPayloads {\n    events { payload }\n  }\n":
    types.FollowedEventPayloadsDocument,
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
  source: "\n  query BrowserAlertsAcknowledged {\n    alerts(first: 5, filter: { acknowledged: true }) {\n      edges { node { message { text } acknowledgedBy } }\n    }\n  }\n",
): typeof import("./graphql").BrowserAlertsAcknowledgedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BrowserCasesSaveTeammate {\n    saveTeammate(input: { name: "Sam Okafor", handle: "sam", team: "Care" }) { id }\n  }\n',
): typeof import("./graphql").BrowserCasesSaveTeammateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation BrowserInfluencersRecompute {\n    recomputeInfluence { communities }\n  }\n",
): typeof import("./graphql").BrowserInfluencersRecomputeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation BrowserListeningRecompute {\n    recomputeInfluence { id }\n  }\n",
): typeof import("./graphql").BrowserListeningRecomputeDocument;
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
  source: "\n  mutation FaultsIngest($records: [JSON!]!) {\n    ingest(records: $records) {\n      created\n      rejected { index reason }\n    }\n  }\n",
): typeof import("./graphql").FaultsIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FaultsFollowerKey {\n    createApiKey(name: "faults follower", role: INTEGRATOR) { secret }\n  }\n',
): typeof import("./graphql").FaultsFollowerKeyDocument;
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
  source: "\n  query HostileHttpViewerRole {\n    viewer { role }\n  }\n",
): typeof import("./graphql").HostileHttpViewerRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query HostileHttpDealsCount {\n    deals(first: 1) { totalCount }\n  }\n",
): typeof import("./graphql").HostileHttpDealsCountDocument;
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
  source: "\n  query PersistedViewerRole {\n    viewer { role }\n  }\n",
): typeof import("./graphql").PersistedViewerRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PersistedSneakyKey {\n    createApiKey(name: "sneaky", role: ADMIN) { id }\n  }\n',
): typeof import("./graphql").PersistedSneakyKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  subscription PersistedOverviewUpdated {\n    overviewUpdated { people }\n  }\n",
): typeof import("./graphql").PersistedOverviewUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query IntegratorPeople($first: Int) {\n    people(first: $first) { totalCount }\n  }\n",
): typeof import("./graphql").IntegratorPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PersistedRegister($document: String!) {\n    registerPersistedOperation(document: $document) { hash name }\n  }\n",
): typeof import("./graphql").PersistedRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PersistedRegistered {\n    persistedOperations { hash document }\n  }\n",
): typeof import("./graphql").PersistedRegisteredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query RateLimitPeopleCount {\n    people(first: 1) { totalCount }\n  }\n",
): typeof import("./graphql").RateLimitPeopleCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestLogCreateKey {\n    createApiKey(name: "log viewer", role: VIEWER) { secret }\n  }\n',
): typeof import("./graphql").RequestLogCreateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query RequestLogViewerRole {\n    viewer { role }\n  }\n",
): typeof import("./graphql").RequestLogViewerRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Lookup($id: String!) {\n    person(source: "crm", id: $id) { id }\n  }\n',
): typeof import("./graphql").LookupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query StartOverviewAndConversations {\n    overview { people }\n    conversations(first: 1) { totalCount }\n  }\n",
): typeof import("./graphql").StartOverviewAndConversationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query StartOverview {\n    overview { people messagesLast24h }\n  }\n",
): typeof import("./graphql").StartOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ViewerSourceQueryPerson {\n    person(source: "crm", id: "R1") { displayName }\n  }\n',
): typeof import("./graphql").ViewerSourceQueryPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ViewerSourcePersonFilterSource {\n    people(first: 5, filter: { source: "crm" }) { totalCount }\n  }\n',
): typeof import("./graphql").ViewerSourcePersonFilterSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ViewerSourceConversationFilterSource {\n    conversations(first: 5, filter: { source: "fixture" }) { totalCount }\n  }\n',
): typeof import("./graphql").ViewerSourceConversationFilterSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ViewerSourceMessageFilterSource {\n    messages(first: 5, filter: { source: "fixture" }) { totalCount }\n  }\n',
): typeof import("./graphql").ViewerSourceMessageFilterSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ViewerSourceDealFilterSource {\n    deals(first: 5, filter: { source: "crm" }) { totalCount }\n  }\n',
): typeof import("./graphql").ViewerSourceDealFilterSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ViewerSourceMessageSource {\n    messages(first: 1) { edges { node { source } } }\n  }\n",
): typeof import("./graphql").ViewerSourceMessageSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ViewerSourceMessageSourceId {\n    messages(first: 1) { edges { node { sourceId } } }\n  }\n",
): typeof import("./graphql").ViewerSourceMessageSourceIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ViewerSourceConversationSource {\n    conversations(first: 1) { edges { node { source } } }\n  }\n",
): typeof import("./graphql").ViewerSourceConversationSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ViewerSourceConversationSourceId {\n    conversations(first: 1) { edges { node { sourceId } } }\n  }\n",
): typeof import("./graphql").ViewerSourceConversationSourceIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ViewerSourceDealSource {\n    deals(first: 1) { edges { node { source } } }\n  }\n",
): typeof import("./graphql").ViewerSourceDealSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ViewerSourceDealSourceId {\n    deals(first: 1) { edges { node { sourceId } } }\n  }\n",
): typeof import("./graphql").ViewerSourceDealSourceIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ViewerSourceListsWithout {\n    people(first: 5) { totalCount }\n    conversations(first: 5) { totalCount }\n    messages(first: 5) { edges { node { text } } }\n    deals(first: 5) { edges { node { name } } }\n  }\n",
): typeof import("./graphql").ViewerSourceListsWithoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation AttributionApiIngest($records: [JSON!]!) {\n    ingest(records: $records) { rejected { index reason } }\n  }\n",
): typeof import("./graphql").AttributionApiIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query AttributionApiAttribution($input: AttributionInput!) {\n    attribution(input: $input) {\n      conversions\n      revenue { currency amount }\n      rows { label credits { model conversions revenue { currency amount } } }\n    }\n  }\n",
): typeof import("./graphql").AttributionApiAttributionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query AttributionApiDealTouches {\n    deals(first: 5, filter: { status: WON }) {\n      edges {\n        node {\n          name\n          attribution { channel activity { kind occurredAt } credits { model credit } }\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").AttributionApiDealTouchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query FunnelApiFunnel($input: FunnelInput!) {\n    funnel(input: $input) {\n      steps {\n        name count conversionFromFirst conversionFromPrevious droppedOff\n        medianSecondsFromPrevious p90SecondsFromPrevious\n      }\n      breakdown { value label steps { count } }\n      timeToConvert { fromSeconds toSeconds count }\n      trend { weekStart entered converted conversion }\n      correlations {\n        kind label oddsRatio lower95 upper95\n        convertedWith droppedWith convertedWithout droppedWithout\n      }\n    }\n  }\n",
): typeof import("./graphql").FunnelApiFunnelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query FunnelApiPeople($input: FunnelInput!) {\n    funnel(input: $input) {\n      steps {\n        converted: people(first: 10) { edges { node { displayName } } }\n        dropped: people(first: 10, outcome: DROPPED_OFF) {\n          edges { node { displayName } }\n          pageInfo { hasNextPage }\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").FunnelApiPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query FunnelApiCounts($input: FunnelInput!) {\n    funnel(input: $input) { steps { count } }\n  }\n",
): typeof import("./graphql").FunnelApiCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query FunnelApiStepPeople($input: FunnelInput!) {\n    funnel(input: $input) { steps { people(first: 5) { edges { node { id } } } } }\n  }\n",
): typeof import("./graphql").FunnelApiStepPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation FunnelApiIngest($records: [JSON!]!) {\n    ingest(records: $records) { created rejected { index reason } }\n  }\n",
): typeof import("./graphql").FunnelApiIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IndexAtStartFunnel {\n    funnel(\n      input: {\n        windowSeconds: 604800\n        steps: [\n          { name: "Clicked", where: { touchpointKinds: [EMAIL_CLICK] } }\n          { name: "Posted", where: { channels: [FORUM] } }\n        ]\n      }\n    ) {\n      steps { count }\n    }\n  }\n',
): typeof import("./graphql").IndexAtStartFunnelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation IndexAtStartIngest($records: [JSON!]!) {\n    ingest(records: $records) { rejected { index reason } }\n  }\n",
): typeof import("./graphql").IndexAtStartIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation SavedFunnelsSave($name: String!, $input: FunnelInput!) {\n    saveFunnel(name: $name, input: $input) {\n      id name savedBy\n      result { steps { count } }\n    }\n  }\n",
): typeof import("./graphql").SavedFunnelsSaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SavedFunnelsRename($id: ID!, $input: FunnelInput!) {\n    saveFunnel(id: $id, name: "Renamed", input: $input) { id name }\n  }\n',
): typeof import("./graphql").SavedFunnelsRenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query SavedFunnelsList {\n    funnels(first: 10) {\n      totalCount\n      edges { node { id name definition } }\n    }\n  }\n",
): typeof import("./graphql").SavedFunnelsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query SavedFunnelsOne($id: ID!) {\n    savedFunnel(id: $id) { name }\n  }\n",
): typeof import("./graphql").SavedFunnelsOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query SavedFunnelsById($id: ID!) {\n    funnel(id: $id) { steps { name count } }\n  }\n",
): typeof import("./graphql").SavedFunnelsByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query SavedFunnelsByBoth($id: ID!, $input: FunnelInput!) {\n    funnel(id: $id, input: $input) { steps { count } }\n  }\n",
): typeof import("./graphql").SavedFunnelsByBothDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query SavedFunnelsByNeither {\n    funnel { steps { count } }\n  }\n",
): typeof import("./graphql").SavedFunnelsByNeitherDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation SavedFunnelsDelete($id: ID!) {\n    deleteFunnel(id: $id)\n  }\n",
): typeof import("./graphql").SavedFunnelsDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  subscription SavedFunnelsUpdated($id: ID!) {\n    funnelUpdated(id: $id) { steps { count } }\n  }\n",
): typeof import("./graphql").SavedFunnelsUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation SavedFunnelsIngest($records: [JSON!]!) {\n    ingest(records: $records) { rejected { index reason } }\n  }\n",
): typeof import("./graphql").SavedFunnelsIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FoundDefectsMessagesSinceTheLastDay {\n    messages(filter: { since: "9999-12-31T00:00:00Z" }, first: 1) { totalCount }\n  }\n',
): typeof import("./graphql").FoundDefectsMessagesSinceTheLastDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query FoundDefectsNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { id }\n  }\n",
): typeof import("./graphql").FoundDefectsNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation AddressIngest($records: [JSON!]!) {\n    ingest(records: $records) {\n      created\n      rejected { index field reason }\n    }\n  }\n",
): typeof import("./graphql").AddressIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query AddressOfPerson($source: String!, $id: String!) {\n    person(source: $source, id: $id) {\n      displayName\n      location\n      address { street city postcode region country }\n    }\n  }\n",
): typeof import("./graphql").AddressOfPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AddressPeople {\n    people(first: 5, filter: { search: "Whitlock" }) {\n      edges { node { displayName address { city } } }\n    }\n  }\n',
): typeof import("./graphql").AddressPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query MergeApiSuggestions($status: SuggestionStatus) {\n    mergeSuggestions(status: $status, first: 10) {\n      totalCount\n      edges {\n        node {\n          id score explanation signals status decidedBy\n          personA { id displayName }\n          personB { id displayName }\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").MergeApiSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation MergeApiAccept($id: ID!) {\n    acceptMergeSuggestion(id: $id) {\n      id actor reason createdAt undoneAt movedRows\n      survivor { id displayName }\n      absorbed { id displayName mergedInto { id } }\n    }\n  }\n",
): typeof import("./graphql").MergeApiAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation MergeApiReject($id: ID!) {\n    rejectMergeSuggestion(id: $id) { status decidedBy }\n  }\n",
): typeof import("./graphql").MergeApiRejectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query MergeApiHistory($id: ID!) {\n    node(id: $id) { ... on Person { merges { id reason } } }\n  }\n",
): typeof import("./graphql").MergeApiHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation MergeApiUnmerge($id: ID!) {\n    unmergePerson(mergeId: $id) {\n      merge { id undoneAt }\n      survivor { id }\n      restored { id displayName mergedInto { id } }\n    }\n  }\n",
): typeof import("./graphql").MergeApiUnmergeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation MergeApiMerge($a: ID!, $b: ID!) {\n    mergePeople(survivorId: $a, absorbedId: $b) { id }\n  }\n",
): typeof import("./graphql").MergeApiMergeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query MergeApiSuggestionIdentities {\n    mergeSuggestions {\n      edges {\n        node {\n          explanation signals\n          personA { displayName identities { value } }\n          personB { identities { value } }\n        }\n      }\n    }\n  }\n",
): typeof import("./graphql").MergeApiSuggestionIdentitiesDocument;
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
  source: "\n  subscription FanOutEvents($after: String) {\n    events(after: $after, types: [PERSON_UPDATED]) { cursor payload }\n  }\n",
): typeof import("./graphql").FanOutEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  subscription FanOutMessages {\n    messageAdded { text }\n  }\n",
): typeof import("./graphql").FanOutMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation FanOutIngest($records: [JSON!]!) {\n    ingest(records: $records) { created }\n  }\n",
): typeof import("./graphql").FanOutIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  subscription RedisInstancesEvents {\n    events { cursor payload }\n  }\n",
): typeof import("./graphql").RedisInstancesEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  subscription RedisInstancesCursors {\n    events { cursor }\n  }\n",
): typeof import("./graphql").RedisInstancesCursorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RedisOutageIngest($records: [JSON!]!) {\n    ingest(records: $records) { created rejected { field reason } }\n  }\n",
): typeof import("./graphql").RedisOutageIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  subscription RedisOutageEvents {\n    events { type payload }\n  }\n",
): typeof import("./graphql").RedisOutageEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query RedisOutageViewerRole {\n    viewer { role }\n  }\n",
): typeof import("./graphql").RedisOutageViewerRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  subscription ResumeEvents($after: String, $types: [EventType!]) {\n    events(after: $after, types: $types) { cursor type payload }\n  }\n",
): typeof import("./graphql").ResumeEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RevocationCreateKey($name: String!) {\n    createApiKey(name: $name, role: INTEGRATOR) { id secret }\n  }\n",
): typeof import("./graphql").RevocationCreateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RevocationRevoke($id: ID!) {\n    revokeApiKey(id: $id) { id revokedAt }\n  }\n",
): typeof import("./graphql").RevocationRevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  subscription RevocationEvents {\n    events { cursor }\n  }\n",
): typeof import("./graphql").RevocationEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation SharedExecutionIngest($records: [JSON!]!) {\n    ingest(records: $records) { created rejected { reason } }\n  }\n",
): typeof import("./graphql").SharedExecutionIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  subscription SharedExecutionMessages {\n    messageAdded { text author { displayName identities { kind platform value } } }\n  }\n",
): typeof import("./graphql").SharedExecutionMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  subscription SharedExecutionBelow($below: Float) {\n    messageAdded(filter: { sentimentBelow: $below }) { text }\n  }\n",
): typeof import("./graphql").SharedExecutionBelowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  subscription SlowSubscriberEvents {\n    events { cursor payload }\n  }\n",
): typeof import("./graphql").SlowSubscriberEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  subscription SlowSubscriberCursors {\n    events { cursor }\n  }\n",
): typeof import("./graphql").SlowSubscriberCursorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  subscription WebsocketLimitsEvents {\n    events { cursor }\n  }\n",
): typeof import("./graphql").WebsocketLimitsEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query WebsocketLimitsViewerRole {\n    viewer { role }\n  }\n",
): typeof import("./graphql").WebsocketLimitsViewerRoleDocument;
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
  source: "\n  subscription FollowedEventPayloads {\n    events { payload }\n  }\n",
): typeof import("./graphql").FollowedEventPayloadsDocument;
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
