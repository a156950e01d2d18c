import { gql } from "@urql/core";
import type { Channel, DateTime, Intent } from "$lib/types.ts";

export interface FeedMessage {
  id: string;
  channel: Channel | null;
  text: string | null;
  sentiment: number | null;
  intent: Intent | null;
  postedAt: DateTime | null;
  reach: number | null;
  author: { id: string; displayName: string | null; reach: number | null } | null;
}

export interface MessageFilter {
  channel?: Channel;
  sentimentBelow?: number;
}

const feedMessageFields = gql`
  fragment FeedMessage on Message {
    id
    channel
    text
    sentiment
    intent
    postedAt
    reach
    author {
      id
      displayName
      reach
    }
  }
`;

export const latestMessagesQuery = gql<
  { messages: { totalCount: number; edges: Array<{ node: FeedMessage }> } | null },
  { first: number; filter?: MessageFilter }
>`
  query LatestMessages($first: Int!, $filter: MessageFilter) {
    messages(first: $first, filter: $filter) {
      totalCount
      edges {
        node {
          ...FeedMessage
        }
      }
    }
  }
  ${feedMessageFields}
`;

export const messageAddedSubscription = gql<
  { messageAdded: FeedMessage | null },
  { filter?: { channels?: Channel[]; sentimentBelow?: number } }
>`
  subscription MessageAdded($filter: MessageAddedFilter) {
    messageAdded(filter: $filter) {
      ...FeedMessage
    }
  }
  ${feedMessageFields}
`;
