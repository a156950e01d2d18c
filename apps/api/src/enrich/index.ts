import type { BrandMatcher, BrandMention } from "./brands.ts";
import { classifyIntent, type Intent } from "./intent.ts";
import { scoreSentiment } from "./sentiment.ts";

export {
  type BrandDefinition,
  type BrandMatcher,
  type BrandMention,
  compileBrandMatcher,
  termWords,
} from "./brands.ts";
export { classifyIntent, INTENTS, type Intent } from "./intent.ts";
export { scoreSentiment } from "./sentiment.ts";

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
): MessageEnrichment<BrandId> {
  return { ...scoreMessage(text), mentions: matcher ? matcher(text) : [] };
}

export type MessageScore = Omit<MessageEnrichment, "mentions">;

/** The part of enrichment that needs nothing but the text (brand matching needs the tracked brands). */
export function scoreMessage(text: string): MessageScore {
  const sentiment = scoreSentiment(text);
  return { sentiment, intent: classifyIntent(text, sentiment) };
}
