import type { Channel } from "../generated/prisma/enums.ts";

export interface MessageAddedFilter {
  channels: Channel[] | null;
  communityId: number | null;
  brandId: number | null;
  sentimentBelow: number | null;
  minReach: number | null;
}

/** What a `message_added` event carries so subscribers can be filtered without a query per event. */
export interface MessageAddedPayload {
  channel: Channel;
  communityId: number | null;
  brandIds: number[];
  sentiment: number | null;
  reach: number;
}

export function matchesMessageFilter(
  payload: Record<string, unknown>,
  filter: MessageAddedFilter,
): boolean {
  const message = payload as unknown as MessageAddedPayload;
  if (filter.channels?.length && !filter.channels.includes(message.channel)) return false;
  if (filter.communityId != null && message.communityId !== filter.communityId) return false;
  if (filter.brandId != null && !(message.brandIds ?? []).includes(filter.brandId)) return false;
  if (
    filter.sentimentBelow != null &&
    !(message.sentiment != null && message.sentiment < filter.sentimentBelow)
  )
    return false;
  if (filter.minReach != null && (message.reach ?? 0) < filter.minReach) return false;
  return true;
}
