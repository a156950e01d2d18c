// The map's graph, built apart from drawing it so the rules (colour by community, size by score,
// a layout that is the same on every load) are tested without WebGL.
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { communityColour, type InfluenceMap } from "./influence.ts";

export interface MapNodeAttributes {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  score: number;
  communityId: string | null;
}

export interface MapCommunity {
  id: string | null;
  label: string;
  colour: string;
  people: number;
}

const unplaced = "#9aa0a6";
const edgeColour = "rgba(120, 120, 140, 0.35)";
const goldenAngle = Math.PI * (3 - Math.sqrt(5));

/**
 * Nodes coloured by network community (in the order the communities first appear, i.e. by their
 * most influential member) and sized by the square root of the score relative to the top score, so
 * area follows influence. Each community starts as a sunflower spiral (the golden angle) around its
 * own point on a circle, with no randomness, so the same data lays out the same way on every load;
 * then ForceAtlas2 pulls connected people together.
 */
export function buildMapGraph(
  map: InfluenceMap,
  iterations = 150,
): { graph: Graph<MapNodeAttributes>; communities: MapCommunity[] } {
  const graph = new Graph<MapNodeAttributes>({ type: "directed" });
  const communities = new Map<string | null, MapCommunity>();
  for (const node of map.nodes) {
    const id = node.networkCommunity?.id ?? null;
    const community = communities.get(id);
    if (community) community.people++;
    else
      communities.set(id, {
        id,
        label: node.networkCommunity?.label ?? "No community yet",
        colour: id ? communityColour(communities.size) : unplaced,
        people: 1,
      });
  }
  const order = [...communities.keys()];
  const placed = new Map<string | null, number>();
  const topScore = Math.max(...map.nodes.map((node) => node.score), 1e-9);
  for (const node of map.nodes) {
    const communityId = node.networkCommunity?.id ?? null;
    const angle = (2 * Math.PI * order.indexOf(communityId)) / Math.max(order.length, 1);
    const rank = placed.get(communityId) ?? 0;
    placed.set(communityId, rank + 1);
    graph.addNode(node.id, {
      label: node.person.displayName,
      x: 10 * Math.cos(angle) + Math.sqrt(rank + 1) * Math.cos(rank * goldenAngle),
      y: 10 * Math.sin(angle) + Math.sqrt(rank + 1) * Math.sin(rank * goldenAngle),
      size: 3 + 13 * Math.sqrt(Math.max(node.score, 0) / topScore),
      color: communities.get(communityId)!.colour,
      score: node.score,
      communityId,
    });
  }
  const heaviest = Math.max(...map.edges.map((edge) => edge.weight), 1);
  for (const edge of map.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.addDirectedEdge(edge.source, edge.target, {
      weight: edge.weight,
      size: 0.5 + 3 * (edge.weight / heaviest),
      color: edgeColour,
    });
  }
  if (graph.order > 1 && iterations > 0) {
    forceAtlas2.assign(graph, {
      iterations,
      getEdgeWeight: "weight",
      settings: { ...forceAtlas2.inferSettings(graph), adjustSizes: false },
    });
  }
  return { graph, communities: [...communities.values()] };
}
