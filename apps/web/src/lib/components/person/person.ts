import type {
  PersonProfileFragment,
  PersonSummaryFragment,
  TimelineActivityFragment,
} from "$lib/graphql/graphql.ts";
import { graphql } from "$lib/graphql/index.ts";

export type PersonProfile = PersonProfileFragment;
export type Identity = NonNullable<PersonProfile["identities"]>[number];
export type Activity = TimelineActivityFragment;
export type PersonSummary = PersonSummaryFragment;

graphql(`
  fragment PersonProfile on Person {
    id
    displayName
    title
    location
    stage
    reach
    followers
    messageCount
    averageSentiment
    firstSeenAt
    lastSeenAt
    organization {
      name
      domain
    }
    mergedInto {
      id
      displayName
    }
    identities {
      kind
      platform
      value
    }
  }
`);

export const personProfileQuery = graphql(`
  query PersonProfile($id: ID!) {
    node(id: $id) {
      __typename
      ...PersonProfile
    }
  }
`);

graphql(`
  fragment TimelineActivity on Activity {
    kind
    department
    summary
    occurredAt
  }
`);

export const personTimelineQuery = graphql(`
  query PersonTimeline($id: ID!, $first: Int!, $after: String) {
    node(id: $id) {
      ... on Person {
        id
        timeline(first: $first, after: $after) {
          totalCount
          pageInfo {
            ...PageCursor
          }
          edges {
            cursor
            node {
              ...TimelineActivity
            }
          }
        }
      }
    }
  }
`);

graphql(`
  fragment PersonSummary on Person {
    id
    displayName
    title
    stage
    reach
    messageCount
    lastSeenAt
    organization {
      name
    }
  }
`);

export const peopleQuery = graphql(`
  query People($first: Int!, $after: String, $search: String) {
    people(first: $first, after: $after, filter: { search: $search }, orderBy: { field: LAST_SEEN }) {
      totalCount
      pageInfo {
        ...PageCursor
      }
      edges {
        node {
          ...PersonSummary
        }
      }
    }
  }
`);
