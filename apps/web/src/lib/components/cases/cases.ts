import type { CaseRowFragment } from "$lib/graphql/graphql.ts";
import { graphql } from "$lib/graphql/index.ts";

export type CaseRow = CaseRowFragment;

graphql(`
  fragment CaseRow on Case {
    id
    status
    priority
    channel
    team
    openedAt
    firstResponseAt
    resolvedAt
    firstResponseDueAt
    nextResponseDueAt
    resolutionDueAt
    breached {
      firstResponse
      nextResponse
      resolution
    }
    assignee {
      id
      name
    }
    person {
      id
      displayName
    }
    message {
      id
      text
    }
  }
`);

export const casesQuery = graphql(`
  query CaseQueue($first: Int!, $after: String, $filter: CaseFilter) {
    cases(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageCursor
      }
      edges {
        node {
          ...CaseRow
        }
      }
    }
  }
`);

export const caseQuery = graphql(`
  query CaseDetail($id: ID!) {
    case(id: $id) {
      ...CaseRow
      lastResponseAt
      awaitingSince
      reopenedAt
      sla {
        firstResponseMinutes
        nextResponseMinutes
        resolutionMinutes
      }
      conversation {
        id
        subject
        messages(first: 100) {
          edges {
            node {
              id
              direction
              text
              postedAt
              author {
                id
                displayName
              }
            }
          }
        }
      }
      notes(first: 100) {
        edges {
          node {
            id
            author
            text
            createdAt
            mentions {
              id
              handle
              name
            }
          }
        }
      }
    }
    teammates {
      id
      name
      handle
      team
    }
  }
`);

export const personCasesQuery = graphql(`
  query PersonCases($id: ID!) {
    node(id: $id) {
      __typename
      ... on Person {
        id
        cases(first: 20) {
          totalCount
          edges {
            node {
              ...CaseRow
            }
          }
        }
      }
    }
  }
`);

export const caseUpdatedSubscription = graphql(`
  subscription CaseUpdated($id: ID) {
    caseUpdated(id: $id) {
      ...CaseRow
    }
  }
`);

export const assignCaseMutation = graphql(`
  mutation AssignCase($id: ID!, $assigneeId: ID) {
    assignCase(id: $id, assigneeId: $assigneeId) {
      id
    }
  }
`);

export const addCaseNoteMutation = graphql(`
  mutation AddCaseNote($id: ID!, $text: String!) {
    addCaseNote(id: $id, text: $text) {
      id
    }
  }
`);

export const respondToCaseMutation = graphql(`
  mutation RespondToCase($id: ID!, $text: String!, $teammateId: ID) {
    respondToCase(id: $id, text: $text, teammateId: $teammateId) {
      id
    }
  }
`);

export const resolveCaseMutation = graphql(`
  mutation ResolveCase($id: ID!) {
    resolveCase(id: $id) {
      id
    }
  }
`);

export const reopenCaseMutation = graphql(`
  mutation ReopenCase($id: ID!) {
    reopenCase(id: $id) {
      id
    }
  }
`);

/** A case's title: the start of the message that opened it. */
export function caseTitle(c: Pick<CaseRow, "message">, length = 80): string {
  const text = c.message?.text.trim() ?? "";
  if (!text) return "Case";
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}

export type TimerState = "running" | "breached" | "met" | "missed";

export interface SlaTimer {
  label: string;
  state: TimerState;
  /** What the timer is for: "First response", "Next response", "Resolution". */
  target: string;
}

function span(ms: number): string {
  const seconds = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h >= 24) return `${Math.floor(h / 24)}d ${h % 24}h`;
  if (h > 0) return `${h}h ${String(m).padStart(2, "0")}m`;
  return `${m}m ${String(s).padStart(2, "0")}s`;
}

/**
 * The timer a queue shows for a case at `now`: the target it waits on next (the first response,
 * then a next response while the customer waits, then the resolution), as time left or breached
 * since; a resolved case shows whether it met its targets.
 */
export function slaTimer(
  c: Pick<
    CaseRow,
    | "status"
    | "firstResponseAt"
    | "firstResponseDueAt"
    | "nextResponseDueAt"
    | "resolutionDueAt"
    | "breached"
  >,
  now: number,
): SlaTimer {
  if (c.status === "RESOLVED") {
    const missed = c.breached.firstResponse || c.breached.nextResponse || c.breached.resolution;
    return { target: "SLA", state: missed ? "missed" : "met", label: missed ? "missed" : "met" };
  }
  const [target, due] = !c.firstResponseAt
    ? ["First response", c.firstResponseDueAt]
    : c.nextResponseDueAt
      ? ["Next response", c.nextResponseDueAt]
      : ["Resolution", c.resolutionDueAt];
  const left = new Date(due).getTime() - now;
  return left >= 0
    ? { target, state: "running", label: `${span(left)} left` }
    : { target, state: "breached", label: `breached ${span(left)} ago` };
}
