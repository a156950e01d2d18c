import { graphql } from "$lib/graphql/index.ts";

export const communityListQuery = graphql(`
  query CommunityList {
    communities(first: 100) {
      edges {
        node {
          id
          name
          platform
        }
      }
    }
  }
`);

export const communityViewQuery = graphql(`
  query CommunityView($communityId: ID!, $from: DateTime!, $to: DateTime!) {
    communityMetrics(communityId: $communityId, from: $from, to: $to) {
      months {
        start
        members
        joined
        active
        lapsed
      }
      firstAnswer {
        newMembersWhoPosted
        answered
        medianSeconds
        p90Seconds
      }
      superusers(first: 8) {
        id
        displayName
        reach
      }
    }
    communityRetention(communityId: $communityId, interval: MONTH, periods: 6) {
      start
      size
      retention {
        offset
        active
        share
      }
    }
  }
`);

/** The last `months` whole UTC months up to the end of the current one. */
export function lastMonths(months: number, now = new Date()): { from: string; to: string } {
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1 - months, 1));
  return { from: from.toISOString(), to: to.toISOString() };
}

/** 5400 → "1.5 h", 90 → "1.5 min". */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds == null) return "–";
  const one = new Intl.NumberFormat("en", { maximumFractionDigits: 1 });
  if (seconds < 60) return `${one.format(seconds)} s`;
  if (seconds < 3600) return `${one.format(seconds / 60)} min`;
  if (seconds < 86_400 * 2) return `${one.format(seconds / 3600)} h`;
  return `${one.format(seconds / 86_400)} days`;
}
