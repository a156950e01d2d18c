import { gql } from "@urql/core";
import type { ActivityKind, DateTime, Department, IdentityKind, LifecycleStage, PageInfo } from "$lib/types.ts";

export interface Identity {
  kind: IdentityKind | null;
  platform: string | null;
  value: string | null;
}

export interface PersonProfile {
  __typename: "Person";
  id: string;
  displayName: string | null;
  title: string | null;
  location: string | null;
  stage: LifecycleStage | null;
  reach: number | null;
  followers: Record<string, number> | null;
  messageCount: number | null;
  averageSentiment: number | null;
  firstSeenAt: DateTime | null;
  lastSeenAt: DateTime | null;
  organization: { name: string | null; domain: string | null } | null;
  mergedInto: { id: string; displayName: string | null } | null;
  identities: Identity[] | null;
}

export const personProfileQuery = gql<{ node: PersonProfile | { __typename: string } | null }, { id: string }>`
  query PersonProfile($id: ID!) {
    node(id: $id) {
      __typename
      ... on Person {
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
    }
  }
`;

export interface Activity {
  kind: ActivityKind | null;
  department: Department | null;
  summary: string | null;
  occurredAt: DateTime | null;
}

export interface TimelinePage {
  totalCount: number;
  pageInfo: PageInfo;
  edges: Array<{ cursor: string; node: Activity }>;
}

export const personTimelineQuery = gql<
  { node: { timeline?: TimelinePage | null } | null },
  { id: string; first: number; after?: string | null }
>`
  query PersonTimeline($id: ID!, $first: Int!, $after: String) {
    node(id: $id) {
      ... on Person {
        id
        timeline(first: $first, after: $after) {
          totalCount
          pageInfo {
            endCursor
            hasNextPage
          }
          edges {
            cursor
            node {
              kind
              department
              summary
              occurredAt
            }
          }
        }
      }
    }
  }
`;

export interface PersonSummary {
  id: string;
  displayName: string | null;
  title: string | null;
  stage: LifecycleStage | null;
  reach: number | null;
  messageCount: number | null;
  lastSeenAt: DateTime | null;
  organization: { name: string | null } | null;
}

export const peopleQuery = gql<
  { people: { totalCount: number; pageInfo: PageInfo; edges: Array<{ node: PersonSummary }> } | null },
  { first: number; after?: string | null; search?: string }
>`
  query People($first: Int!, $after: String, $search: String) {
    people(first: $first, after: $after, filter: { search: $search }, orderBy: { field: LAST_SEEN }) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
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
      }
    }
  }
`;
