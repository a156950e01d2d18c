// Where messages come from: a breakdown by the country and city of Message.place.
import type pg from "pg";
import { ValidationError } from "../errors.ts";
import { negativeSentimentThreshold } from "../overview/service.ts";

export interface PlaceCount {
  country: string | null;
  city: string | null;
  messages: number;
  averageSentiment: number | null;
  negativeShare: number;
}

export interface PlaceBreakdownInput {
  from: Date;
  to: Date;
  /** Only messages that mention one of these brands; all messages when empty. */
  brandIds: number[];
  first: number;
}

/**
 * Messages with a place in [from, to), per country and city (a place with coordinates but neither
 * is left out: it names nowhere a team could go), most messages first.
 */
export async function placeBreakdown(
  pool: pg.Pool,
  input: PlaceBreakdownInput,
): Promise<PlaceCount[]> {
  if (!(input.to.getTime() > input.from.getTime()))
    throw new ValidationError("to", "must be later than from");
  if (!(input.first >= 1 && input.first <= 100))
    throw new ValidationError("first", "must be from 1 to 100");
  const { rows } = await pool.query<PlaceCount>(
    `SELECT m."placeCountry" AS country, m."placeCity" AS city, count(*)::int AS messages, avg(m.sentiment)::float8 AS "averageSentiment",
            (count(*) FILTER (WHERE m.sentiment < $4))::float8 / count(*) AS "negativeShare"
       FROM "Message" m
      WHERE m."postedAt" >= $1::timestamp AND m."postedAt" < $2::timestamp AND (m."placeCountry" IS NOT NULL OR m."placeCity" IS NOT NULL)
        AND (cardinality($3::int[]) = 0 OR EXISTS (SELECT 1 FROM "BrandMention" b WHERE b."messageId" = m.id AND b."brandId" = ANY($3::int[])))
      GROUP BY 1, 2 ORDER BY messages DESC, country NULLS LAST, city NULLS LAST LIMIT $5`,
    [
      input.from.toISOString(),
      input.to.toISOString(),
      input.brandIds,
      negativeSentimentThreshold,
      input.first,
    ],
  );
  return rows;
}
