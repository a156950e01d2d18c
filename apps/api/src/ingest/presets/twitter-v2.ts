import { type JsonObject, numberAt, objectAt, objectsAt, textAt } from "./json-values.ts";
import type { DocumentPreset, PresetContext, RawRecord } from "./types.ts";
import { compact } from "./values.ts";

/** Search and timeline responses hold a list of tweets in `data`; a single-tweet lookup holds one. */
const tweetsIn = (response: JsonObject) =>
  objectsAt(Array.isArray(response.data) ? response.data : [response.data]);

/** A Twitter/X API v2 response: tweets in `data`, their authors and referenced tweets in `includes`. */
function isTwitterResponse(document: unknown): boolean {
  const response = objectAt(document);
  const first = response && tweetsIn(response)[0];
  return first !== undefined && "text" in first && ("author_id" in first || "created_at" in first);
}

function personOfUser(user: JsonObject, ctx: PresetContext): RawRecord {
  const username = textAt(user.username);
  const followers = numberAt(objectAt(user.public_metrics)?.followers_count);
  return compact({
    type: "person",
    source: ctx.source,
    id: textAt(user.id),
    name: textAt(user.name),
    handles: username ? [{ platform: "twitter", handle: username }] : undefined,
    location: textAt(user.location),
    followers: followers === undefined ? undefined : { twitter: followers },
  });
}

/**
 * A tweet's place (requested with `expansions=geo.place_id&place.fields=full_name,name,country,place_type,geo`):
 * the tagged place's name, city and country, at the tweet's exact point when it has one and
 * otherwise at the centre of the place's bounding box.
 */
function placeOfTweet(
  tweet: JsonObject,
  places: Map<string, JsonObject>,
): Record<string, unknown> | undefined {
  const geo = objectAt(tweet.geo);
  const place = places.get(textAt(geo?.place_id) ?? "");
  const point = objectAt(geo?.coordinates)?.coordinates;
  const bbox = objectAt(place?.geo)?.bbox;
  const [lng, lat] =
    Array.isArray(point) && point.length === 2
      ? point
      : Array.isArray(bbox) && bbox.length === 4
        ? [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2]
        : [undefined, undefined];
  if (!place && lat === undefined) return undefined;
  return {
    name: textAt(place?.full_name),
    city: textAt(place?.place_type) === "city" ? textAt(place?.name) : undefined,
    country: textAt(place?.country),
    lat: numberAt(lat),
    lng: numberAt(lng),
  };
}

function messageOfTweet(
  tweet: JsonObject,
  usernames: Map<string, string>,
  places: Map<string, JsonObject>,
  ctx: PresetContext,
): RawRecord {
  const id = textAt(tweet.id);
  const authorId = textAt(tweet.author_id);
  const metrics = objectAt(tweet.public_metrics);
  const username = authorId === undefined ? undefined : usernames.get(authorId);
  const repliedTo = objectsAt(tweet.referenced_tweets).find((ref) => ref.type === "replied_to");
  const shared = objectsAt(tweet.referenced_tweets).find(
    (ref) => ref.type === "quoted" || ref.type === "retweeted",
  );
  const retweets = numberAt(metrics?.retweet_count);
  const quotes = numberAt(metrics?.quote_count);
  return compact({
    type: "message",
    source: ctx.source,
    id,
    channel: "twitter",
    conversation: textAt(tweet.conversation_id),
    author: authorId === undefined ? undefined : { source: ctx.source, id: authorId },
    // Tweets over 280 characters carry their full text in note_tweet; `text` is cut short.
    text: textAt(objectAt(tweet.note_tweet)?.text) ?? textAt(tweet.text),
    at: textAt(tweet.created_at),
    inReplyTo: textAt(repliedTo?.id),
    shareOf: textAt(shared?.id),
    url: id === undefined ? undefined : `https://x.com/${username ?? "i/web"}/status/${id}`,
    metrics: {
      likes: numberAt(metrics?.like_count),
      replies: numberAt(metrics?.reply_count),
      shares:
        retweets === undefined && quotes === undefined
          ? undefined
          : (retweets ?? 0) + (quotes ?? 0),
      views: numberAt(metrics?.impression_count),
    },
    place: placeOfTweet(tweet, places),
  });
}

export const twitterV2: DocumentPreset = {
  name: "twitter-v2",
  description:
    "Twitter/X API v2 search or timeline response (JSON, or .jsonl with one response per line)",
  input: "document",
  formats: ["json", "jsonl"],
  defaultSource: "twitter",
  matchesDocument: isTwitterResponse,
  toRecords(document, ctx) {
    const response = objectAt(document) ?? {};
    const includes = objectAt(response.includes) ?? {};
    const users = objectsAt(includes.users);
    const usernames = new Map<string, string>();
    for (const user of users) {
      const id = textAt(user.id);
      const username = textAt(user.username);
      if (id !== undefined && username !== undefined) usernames.set(id, username);
    }
    const places = new Map(
      objectsAt(includes.places).map((place) => [textAt(place.id) ?? "", place]),
    );
    // Referenced tweets (the tweet replied to or quoted) are conversation context worth keeping too.
    const tweets = [...tweetsIn(response), ...objectsAt(includes.tweets)];
    const seen = new Set<string>();
    const uniqueTweets = tweets.filter((tweet) => {
      const id = textAt(tweet.id) ?? "";
      return !seen.has(id) && seen.add(id);
    });
    // People first, so the import can resolve each tweet's author to a person already seen.
    return [
      ...users.map((user) => personOfUser(user, ctx)),
      ...uniqueTweets.map((tweet) => messageOfTweet(tweet, usernames, places, ctx)),
    ];
  },
};
