import type { BrandMatcher, BrandMention } from "./brands.ts";
import { classifyIntent, type Intent } from "./intent.ts";
import { scoreSentiment } from "./sentiment.ts";
import type { TextKind } from "./sentiment-profiles.ts";

export {
  type BrandDefinition,
  type BrandMatcher,
  type BrandMention,
  compileBrandMatcher,
  termWords,
} from "./brands.ts";
export { classifyIntent, INTENTS, type Intent } from "./intent.ts";
export { scoreSentiment } from "./sentiment.ts";
export { TEXT_KIND_OF_CHANNEL, TEXT_KINDS, type TextKind } from "./sentiment-profiles.ts";

export interface MessageEnrichment<BrandId extends string | number = string> {
  /** In [-1, 1]; 0 when nothing in the text carries sentiment. */
  sentiment: number;
  intent: Intent;
  /** Brands mentioned, each once at its first mention; empty without a matcher. */
  mentions: BrandMention<BrandId>[];
}

/**
 * Enriches one message. Pure and synchronous, so the ingest pipeline can call
 * it per record; compile the brand matcher once per import, not per message.
 */
export function enrichMessage<BrandId extends string | number = string>(
  text: string,
  matcher?: BrandMatcher<BrandId>,
  kind: TextKind = "social",
): MessageEnrichment<BrandId> {
  return { ...scoreMessage(text, kind), mentions: matcher ? matcher(text) : [] };
}

export type MessageScore = Omit<MessageEnrichment, "mentions">;

/**
 * The part of enrichment that needs nothing but the text and its kind (brand
 * matching needs the tracked brands); TEXT_KIND_OF_CHANNEL gives a message's kind.
 */
export function scoreMessage(text: string, kind: TextKind = "social"): MessageScore {
  const sentiment = scoreSentiment(text, kind);
  return { sentiment, intent: classifyIntent(text, sentiment) };
}
