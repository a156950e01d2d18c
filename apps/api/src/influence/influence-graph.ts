// The part of the interaction graph the dashboard draws: the most influential people and the
// weighted edges among them. Bounded on both sides, since a map of a whole graph of 100k people is
// neither readable nor cheap to send: at most `maxInfluenceGraphNodes` people and the
// `maxInfluenceGraphEdges` heaviest edges among them.
import type pg from "pg";
import { ValidationError } from "../errors.ts";

export const maxInfluenceGraphNodes = 1000;
export const maxInfluenceGraphEdges = 5000;

export interface InfluenceGraphNode {
  personId: number;
  score: number;
  networkCommunityId: number | null;
}

export interface InfluenceGraphEdge {
  fromPersonId: number;
  toPersonId: number;
  /** Messages from one to the other (replies, shares, mentions), as the run weighs the edge. */
  weight: number;
}

export interface InfluenceGraphView {
  nodes: InfluenceGraphNode[];
  edges: InfluenceGraphEdge[];
  /** Edges among these people, of which `edges` holds the heaviest. */
  edgeCount: number;
}

export async function loadInfluenceGraph(
  pool: pg.Pool,
  options: { first: number; networkCommunityId?: number },
): Promise<InfluenceGraphView> {
  if (
    !Number.isInteger(options.first) ||
    options.first < 1 ||
    options.first > maxInfluenceGraphNodes
  ) {
    throw new ValidationError(
      "first",
      `must be an integer from 1 to ${maxInfluenceGraphNodes}, got ${options.first}`,
    );
  }
  // People the last run placed in a network community are the ones with interactions: the graph's nodes.
  const { rows: nodes } = await pool.query<InfluenceGraphNode>(
    `SELECT id AS "personId", "influenceScore" AS score, "networkCommunityId"
       FROM "Person"
      WHERE "mergedIntoId" IS NULL AND "networkCommunityId" IS NOT NULL AND ($2::int IS NULL OR "networkCommunityId" = $2)
      ORDER BY "influenceScore" DESC, id DESC
      LIMIT $1`,
    [options.first, options.networkCommunityId ?? null],
  );
  if (!nodes.length) return { nodes, edges: [], edgeCount: 0 };
  const { rows: edges } = await pool.query<InfluenceGraphEdge & { edgeCount: number }>(
    `SELECT "fromPersonId", "toPersonId", weight, count(*) OVER ()::int AS "edgeCount"
       FROM (SELECT "fromPersonId", "toPersonId", count(DISTINCT "messageId")::int AS weight
               FROM "Interaction"
              WHERE "fromPersonId" = ANY($1::int[]) AND "toPersonId" = ANY($1::int[]) AND "fromPersonId" <> "toPersonId"
              GROUP BY 1, 2) e
      ORDER BY weight DESC, "fromPersonId", "toPersonId"
      LIMIT $2`,
    [nodes.map((node) => node.personId), maxInfluenceGraphEdges],
  );
  return {
    nodes,
    edges: edges.map(({ fromPersonId, toPersonId, weight }) => ({
      fromPersonId,
      toPersonId,
      weight,
    })),
    edgeCount: edges[0]?.edgeCount ?? 0,
  };
}
