import type {
  InfluenceBreakdownFragment,
  InfluenceMapQuery,
  InfluencerRowFragment,
  PersonInfluenceQuery,
} from "$lib/graphql/graphql.ts";
import { graphql } from "$lib/graphql/index.ts";

export type InfluenceBreakdown = InfluenceBreakdownFragment;
export type InfluencerRow = InfluencerRowFragment;
export type InfluenceMap = InfluenceMapQuery["influenceGraph"];
export type PersonInfluenceData = Extract<
  NonNullable<PersonInfluenceQuery["node"]>,
  { __typename: "Person" }
>;

graphql(`
  fragment InfluenceBreakdown on Influence {
    score
    components {
      name
      value
      weight
      contribution
      explanation
    }
  }
`);

graphql(`
  fragment InfluencerRow on Person {
    id
    displayName
    stage
    reach
    averageSentiment
    influence {
      ...InfluenceBreakdown
      pageRankPercentile
      networkCommunity {
        id
        label
      }
    }
  }
`);

export const influencersQuery = graphql(`
  query Influencers($first: Int!, $after: String, $filter: InfluencerFilter) {
    influencers(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageCursor
      }
      edges {
        node {
          ...InfluencerRow
        }
      }
    }
  }
`);

/** What the filters offer: the graph's communities, the platform communities and the brands. */
export const influencerFilterOptionsQuery = graphql(`
  query InfluencerFilterOptions {
    networkCommunities(first: 50) {
      edges {
        node {
          id
          label
          size
        }
      }
    }
    communities(first: 100) {
      edges {
        node {
          id
          name
          platform
        }
      }
    }
    brands {
      id
      name
      kind
    }
  }
`);

export const influenceMapQuery = graphql(`
  query InfluenceMap($first: Int!, $networkCommunityId: ID) {
    influenceGraph(first: $first, networkCommunityId: $networkCommunityId) {
      edgeCount
      nodes {
        id
        score
        person {
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
`);

export const personInfluenceQuery = graphql(`
  query PersonInfluence($id: ID!) {
    node(id: $id) {
      __typename
      ... on Person {
        id
        influence {
          ...InfluenceBreakdown
          pageRank
          pageRankPercentile
          reach
          engagement
          networkCommunity {
            id
            label
            size
          }
        }
        scopedInfluence(first: 10) {
          community {
            id
            name
          }
          brand {
            id
            name
          }
          influence {
            ...InfluenceBreakdown
            pageRankPercentile
          }
        }
      }
    }
  }
`);

/** The component's name as a reader says it. */
export const componentLabels: Record<string, string> = {
  network: "Network (PageRank)",
  reach: "Reach",
  engagement: "Engagement",
};

/** One colour per score component, the same in every breakdown. */
export const componentColours: Record<string, string> = {
  network: "#5b6ee1",
  reach: "#2a9d8f",
  engagement: "#e9a23b",
};

/** Community colours for the map and its legend; repeats after twelve. */
const palette = [
  "#5b6ee1",
  "#e76f51",
  "#2a9d8f",
  "#e9a23b",
  "#8e5bd6",
  "#d6457a",
  "#3a86c8",
  "#6a994e",
  "#bc6c25",
  "#4d908e",
  "#9d4edd",
  "#577590",
];

export function communityColour(index: number): string {
  return palette[index % palette.length]!;
}

const percent = new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 0 });
export const formatPercent = (value: number | null | undefined) =>
  value == null ? "–" : percent.format(value);
export const formatScore = (value: number) => value.toFixed(1);
