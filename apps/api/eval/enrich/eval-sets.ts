import { readFileSync } from "node:fs";
import path from "node:path";
import * as z from "zod";
import { INTENTS } from "../../src/enrich/intent.ts";

/*
 * Hand-written social posts labelled by a person, used to measure the
 * enrichment functions (bench/enrich.ts) and to guard them against regressions.
 */
const polarityExample = z.object({ text: z.string(), label: z.enum(["positive", "negative"]) });
const gradedExample = z.object({ text: z.string(), rating: z.number().int().min(-4).max(4) });
const intentExample = z.object({ text: z.string(), intent: z.enum(INTENTS) });

export type PolarityExample = z.infer<typeof polarityExample>;
export type GradedExample = z.infer<typeof gradedExample>;
export type IntentExample = z.infer<typeof intentExample>;

function readJsonLines<T>(fileName: string, schema: z.ZodType<T>): T[] {
  const file = path.join(import.meta.dirname, fileName);
  return readFileSync(file, "utf8")
    .split("\n")
    .flatMap((line, lineIndex) => {
      if (line.trim() === "") return [];
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${fileName}:${lineIndex + 1}: ${z.prettifyError(parsed.error)}`);
      return [parsed.data];
    });
}

export const readPolaritySet = (): PolarityExample[] => readJsonLines("polarity.jsonl", polarityExample);
export const readGradedSet = (): GradedExample[] => readJsonLines("graded.jsonl", gradedExample);
export const readIntentSet = (): IntentExample[] => readJsonLines("intent.jsonl", intentExample);

/** Share of examples whose score has the labelled sign; a score of 0 counts as a miss. */
export function polarityAgreement(examples: readonly PolarityExample[], score: (text: string) => number): number {
  const agreeing = examples.filter(({ text, label }) => {
    const value = score(text);
    return label === "positive" ? value > 0 : value < 0;
  });
  return agreeing.length / examples.length;
}

export function pearsonCorrelation(xs: readonly number[], ys: readonly number[]): number {
  const n = Math.min(xs.length, ys.length);
  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < n; i++) {
    meanX += xs[i]! / n;
    meanY += ys[i]! / n;
  }
  let covariance = 0;
  let varianceX = 0;
  let varianceY = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - meanX;
    const dy = ys[i]! - meanY;
    covariance += dx * dy;
    varianceX += dx * dx;
    varianceY += dy * dy;
  }
  return varianceX === 0 || varianceY === 0 ? 0 : covariance / Math.sqrt(varianceX * varianceY);
}
