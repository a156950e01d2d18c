// Feed subscriptions: what may be subscribed to, and the rules a subscription keeps.
import { NotFoundError, ValidationError } from "../errors.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { LIMITS } from "../ingest/records/fields.ts";
import { assertPublicTarget } from "../webhooks/addresses.ts";

/** Subscriptions one installation may have: each is fetched every few minutes. */
export const maxFeeds = 500;
export const minIntervalMinutes = 1;
/** A week: a feed polled more rarely than that has dropped entries off its page in between. */
export const maxIntervalMinutes = 7 * 24 * 60;

const feedTarget = {
  record: "Feed",
  allowedBy: "PARLEY_FEEDS_ALLOW_PRIVATE=1 for on-premise feeds",
};

export interface NewFeed {
  url: string;
  brandIds: number[];
  intervalMinutes: number;
}

/** An absolute http(s) URL without credentials (they would be shown to every reader of `feeds`). */
export function parseFeedUrl(raw: string): URL {
  const text = raw.trim();
  if (text.length > LIMITS.url)
    throw new ValidationError("url", `is longer than ${LIMITS.url} characters`, "Feed");
  if (!URL.canParse(text))
    throw new ValidationError(
      "url",
      `is not an absolute URL (got ${JSON.stringify(text.slice(0, 200))})`,
      "Feed",
    );
  const url = new URL(text);
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new ValidationError("url", `must be http or https, got ${url.protocol}`, "Feed");
  if (url.username || url.password)
    throw new ValidationError("url", "may not carry credentials", "Feed");
  return url;
}

/** Subscribes to a feed; it is fetched at once, then every `intervalMinutes`. */
export async function addFeed(prisma: PrismaClient, input: NewFeed, allowPrivate: boolean) {
  const url = parseFeedUrl(input.url);
  if (
    !(
      Number.isInteger(input.intervalMinutes) &&
      input.intervalMinutes >= minIntervalMinutes &&
      input.intervalMinutes <= maxIntervalMinutes
    )
  ) {
    throw new ValidationError(
      "intervalMinutes",
      `must be a whole number of minutes from ${minIntervalMinutes} to ${maxIntervalMinutes}, got ${input.intervalMinutes}`,
      "Feed",
    );
  }
  const brandIds = [...new Set(input.brandIds)];
  if (brandIds.length > 20)
    throw new ValidationError("brandIds", "may name at most 20 brands", "Feed");
  const known = await prisma.brand.findMany({
    where: { id: { in: brandIds } },
    select: { id: true },
  });
  const unknown = brandIds.find((id) => !known.some((brand) => brand.id === id));
  if (unknown !== undefined)
    throw new ValidationError("brandIds", `names no tracked brand (id ${unknown})`, "Feed");
  await assertPublicTarget(url, allowPrivate, feedTarget);
  const existing = await prisma.feed.findUnique({
    where: { url: url.toString() },
    select: { id: true },
  });
  if (existing) throw new ValidationError("url", "is already subscribed", "Feed");
  if ((await prisma.feed.count()) >= maxFeeds)
    throw new ValidationError("url", `cannot be added: at most ${maxFeeds} feeds`, "Feed");
  return prisma.feed.create({
    data: { url: url.toString(), brandIds, intervalMinutes: input.intervalMinutes },
  });
}

/** Ends a subscription; the messages its entries made stay. */
export async function removeFeed(prisma: PrismaClient, id: number): Promise<void> {
  const { count } = await prisma.feed.deleteMany({ where: { id } });
  if (count === 0) throw new NotFoundError("Feed", String(id));
}
