import { gql } from "@urql/core";
import type { DateTime, Decimal } from "$lib/types.ts";

export interface OverviewNumbers {
  asOf: DateTime | null;
  people: number | null;
  openConversations: number | null;
  messagesLast24h: number | null;
  negativeMessagesLast24h: number | null;
  averageSentimentLast24h: number | null;
  touchpointsLast24h: number | null;
  openDeals: number | null;
  pipelineValue: Decimal | null;
  wonValue: Decimal | null;
  pendingMergeSuggestions: number | null;
}

const overviewFields = gql`
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
  }
`;

export const overviewQuery = gql<{ overview: OverviewNumbers | null }>`
  query Overview {
    overview {
      ...OverviewNumbers
    }
  }
  ${overviewFields}
`;

/** Emits the numbers at once, then on every change (at most once a second). */
export const overviewUpdatedSubscription = gql<{ overviewUpdated: OverviewNumbers | null }>`
  subscription OverviewUpdated {
    overviewUpdated {
      ...OverviewNumbers
    }
  }
  ${overviewFields}
`;
