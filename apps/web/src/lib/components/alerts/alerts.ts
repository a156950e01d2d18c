import type { AlertItemFragment, Priority } from "$lib/graphql/graphql.ts";
import { graphql } from "$lib/graphql/index.ts";

export type AlertItem = AlertItemFragment;

/** Severities from least to most severe (a missing one is a type error). */
const severityOrder: Record<Priority, number> = { LOW: 0, NORMAL: 1, HIGH: 2, URGENT: 3 };
export const severities = (Object.keys(severityOrder) as Priority[]).sort(
  (a, b) => severityOrder[a] - severityOrder[b],
);

/** The inbox's order, the API's: most severe first, then the most recently raised or updated. */
export function byInboxOrder(a: AlertItem, b: AlertItem): number {
  return (
    severityOrder[b.severity] - severityOrder[a.severity] ||
    b.updatedAt.localeCompare(a.updatedAt) ||
    b.id.localeCompare(a.id)
  );
}

export const atLeast = (severity: Priority, floor: Priority) =>
  severityOrder[severity] >= severityOrder[floor];

graphql(`
  fragment AlertItem on Alert {
    id
    severity
    reason
    messageCount
    raisedAt
    updatedAt
    acknowledgedAt
    acknowledgedBy
    rule {
      id
      name
      kind
    }
    person {
      id
      displayName
    }
    message {
      id
      channel
      text
    }
  }
`);

export const alertsQuery = graphql(`
  query Alerts($first: Int!, $filter: AlertFilter) {
    alerts(first: $first, filter: $filter) {
      totalCount
      edges {
        node {
          ...AlertItem
        }
      }
    }
  }
`);

export const alertRaisedSubscription = graphql(`
  subscription AlertRaised($minSeverity: Priority) {
    alertRaised(minSeverity: $minSeverity) {
      ...AlertItem
    }
  }
`);

export const acknowledgeAlertMutation = graphql(`
  mutation AcknowledgeAlert($id: ID!) {
    acknowledgeAlert(id: $id) {
      ...AlertItem
    }
  }
`);
