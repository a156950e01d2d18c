// Enum and scalar types of packages/schema/schema.graphql that the dashboard uses. Object types are
// declared beside the GraphQL document that selects them, with exactly the selected fields.
export type ApiKeyRole = "ADMIN" | "ANALYST" | "INTEGRATOR" | "VIEWER";
export type Channel =
  | "BLOG" | "CHAT" | "EMAIL" | "FACEBOOK" | "FORUM" | "INSTAGRAM" | "LINKEDIN"
  | "OTHER" | "PHONE" | "REVIEW" | "SMS" | "SUPPORT_TICKET" | "TWITTER";
export const channels: Channel[] = [
  "TWITTER", "FACEBOOK", "LINKEDIN", "INSTAGRAM", "FORUM", "BLOG", "REVIEW",
  "EMAIL", "PHONE", "CHAT", "SMS", "SUPPORT_TICKET", "OTHER",
];
export type Intent = "IDEA" | "OTHER" | "PRAISE" | "PROBLEM" | "QUESTION";
export type LifecycleStage = "CUSTOMER" | "EVANGELIST" | "LEAD" | "MQL" | "OPPORTUNITY" | "OTHER" | "SQL" | "SUBSCRIBER";
export type ActivityKind = "DEAL_CHANGE" | "MEMBERSHIP" | "MESSAGE" | "TOUCHPOINT";
export type Department = "COMMUNICATIONS" | "MARKETING" | "SALES";
export type IdentityKind = "EMAIL" | "EXTERNAL" | "HANDLE" | "PHONE";
/** ISO 8601 timestamp in UTC. */
export type DateTime = string;
/** Exact decimal as a string (money amounts). */
export type Decimal = string;
export interface PageInfo {
  endCursor: string | null;
  hasNextPage: boolean;
}
