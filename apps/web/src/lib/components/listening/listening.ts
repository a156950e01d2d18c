import type { ListeningMetricsQuery, MetricInterval } from "$lib/graphql/graphql.ts";
import { graphql } from "$lib/graphql/index.ts";

export type BrandSeriesView = ListeningMetricsQuery["brandMetrics"]["brands"][number];

/** The ranges the page offers, each with the interval its charts are drawn at. */
export const ranges: ReadonlyArray<{ days: number; interval: MetricInterval; label: string }> = [
  { days: 2, interval: "HOUR", label: "Last 48 hours, by hour" },
  { days: 14, interval: "DAY", label: "Last 14 days, by day" },
  { days: 30, interval: "DAY", label: "Last 30 days, by day" },
  { days: 182, interval: "WEEK", label: "Last 26 weeks, by week" },
];

/** [from, to) ending at the next whole hour, so a range asked twice in an hour is the same range. */
export function rangeOf(days: number, now = new Date()): { from: string; to: string } {
  const to = new Date(now);
  to.setUTCMinutes(0, 0, 0);
  to.setUTCHours(to.getUTCHours() + 1);
  return { from: new Date(to.getTime() - days * 86_400_000).toISOString(), to: to.toISOString() };
}

export const listeningBrandsQuery = graphql(`
  query ListeningBrands {
    brands {
      id
      name
      kind
    }
  }
`);

export const listeningMetricsQuery = graphql(`
  query ListeningMetrics($brandIds: [ID!]!, $from: DateTime!, $to: DateTime!, $interval: MetricInterval!) {
    brandMetrics(brandIds: $brandIds, from: $from, to: $to, interval: $interval) {
      periods
      brands {
        brand {
          id
          name
          kind
        }
        totals {
          mentions
          shareOfVoice
          averageSentiment
          negativeShare
          reachWeightedMentions
          channels {
            channel
            mentions
          }
        }
        periods {
          start
          mentions
          shareOfVoice
          averageSentiment
        }
      }
    }
  }
`);

export const risingTermsQuery = graphql(`
  query RisingTerms($brandIds: [ID!]!, $from: DateTime!, $to: DateTime!, $interval: MetricInterval!) {
    brandMetrics(brandIds: $brandIds, from: $from, to: $to, interval: $interval) {
      brands {
        risingTerms(first: 10) {
          term
          phrase
          count
          baselineCount
          score
          ratio
          examples {
            id
            text
            url
            channel
            author {
              id
              displayName
            }
          }
        }
      }
    }
  }
`);

export const placeBreakdownQuery = graphql(`
  query PlaceBreakdown($from: DateTime!, $to: DateTime!, $brandIds: [ID!]) {
    placeBreakdown(from: $from, to: $to, brandIds: $brandIds, first: 15) {
      country
      city
      messages
      averageSentiment
      negativeShare
    }
  }
`);
