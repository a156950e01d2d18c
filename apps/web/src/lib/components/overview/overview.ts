import type { OverviewNumbersFragment } from "$lib/graphql/graphql.ts";
import { graphql } from "$lib/graphql/index.ts";

export type OverviewNumbers = OverviewNumbersFragment;

graphql(`
  fragment OverviewNumbers on Overview {
    asOf
    people
    openConversations
    messagesLast24h
    negativeMessagesLast24h
    averageSentimentLast24h
    touchpointsLast24h
    openDeals
    pipelineValue
    wonValue
    pendingMergeSuggestions
    openAlerts
    openCases
    breachedCases
  }
`);

export const overviewQuery = graphql(`
  query Overview {
    overview {
      ...OverviewNumbers
    }
  }
`);

/** Emits the numbers at once, then on every change (at most once a second). */
export const overviewUpdatedSubscription = graphql(`
  subscription OverviewUpdated {
    overviewUpdated {
      ...OverviewNumbers
    }
  }
`);

export const messageVolumeQuery = graphql(`
  query MessageVolume($from: DateTime!, $to: DateTime!, $interval: MessageVolumeInterval!) {
    messageVolume(from: $from, to: $to, interval: $interval) {
      interval
      total {
        start
        messages
        negative
        averageSentiment
        negativeShare
      }
      channels {
        channel
        messages
        points {
          start
          messages
        }
      }
    }
  }
`);
