import type { FunnelResultViewFragment, SavedFunnelSummaryFragment } from "$lib/graphql/graphql.ts";
import { graphql } from "$lib/graphql/index.ts";

export type FunnelResultView = FunnelResultViewFragment;
export type SavedFunnelSummary = SavedFunnelSummaryFragment;

graphql(`
  fragment FunnelResultView on FunnelResult {
    steps {
      name
      count
      conversionFromFirst
      conversionFromPrevious
      droppedOff
      medianSecondsFromPrevious
    }
    breakdown {
      value
      label
      steps {
        count
        conversionFromFirst
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
      value
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
`);

graphql(`
  fragment SavedFunnelSummary on SavedFunnel {
    id
    name
    savedBy
    updatedAt
  }
`);

export const funnelQuery = graphql(`
  query Funnel($input: FunnelInput!) {
    funnel(input: $input) {
      ...FunnelResultView
    }
  }
`);

export const savedFunnelsQuery = graphql(`
  query SavedFunnels($first: Int!, $after: String) {
    funnels(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageCursor
      }
      edges {
        node {
          ...SavedFunnelSummary
        }
      }
    }
  }
`);

export const saveFunnelMutation = graphql(`
  mutation SaveFunnel($name: String!, $input: FunnelInput!) {
    saveFunnel(name: $name, input: $input) {
      ...SavedFunnelSummary
    }
  }
`);

export const deleteFunnelMutation = graphql(`
  mutation DeleteFunnel($id: ID!) {
    deleteFunnel(id: $id)
  }
`);

export const funnelUpdatedSubscription = graphql(`
  subscription FunnelUpdated($id: ID!) {
    funnelUpdated(id: $id) {
      ...FunnelResultView
    }
  }
`);

export const campaignChoicesQuery = graphql(`
  query CampaignChoices {
    campaigns(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const stepPeopleQuery = graphql(`
  query FunnelStepPeople($input: FunnelInput, $id: ID, $outcome: FunnelOutcome!) {
    funnel(input: $input, id: $id) {
      steps {
        people(first: 50, outcome: $outcome) {
          edges {
            node {
              ...PersonSummary
            }
          }
        }
      }
    }
  }
`);
