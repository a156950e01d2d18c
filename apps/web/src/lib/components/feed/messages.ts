import type { Channel, FeedMessageFragment } from "$lib/graphql/graphql.ts";
import { graphql } from "$lib/graphql/index.ts";

export type FeedMessage = FeedMessageFragment;

/** Every channel of the schema, in the order the feed's filter lists them (a missing one is a type error). */
const channelOrder: Record<Channel, true> = {
  TWITTER: true,
  FACEBOOK: true,
  LINKEDIN: true,
  INSTAGRAM: true,
  FORUM: true,
  BLOG: true,
  REVIEW: true,
  EMAIL: true,
  PHONE: true,
  CHAT: true,
  SMS: true,
  SUPPORT_TICKET: true,
  OTHER: true,
};
export const channels = Object.keys(channelOrder) as Channel[];

graphql(`
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
    }
  }
`);

export const latestMessagesQuery = graphql(`
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
`);

export const messageAddedSubscription = graphql(`
  subscription MessageAdded($filter: MessageAddedFilter) {
    messageAdded(filter: $filter) {
      ...FeedMessage
    }
  }
`);
