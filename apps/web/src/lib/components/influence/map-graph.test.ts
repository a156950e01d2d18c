import { describe, expect, test } from "vitest";
import type { InfluenceMap } from "./influence.ts";
import { buildMapGraph } from "./map-graph.ts";

const node = (id: string, score: number, community: string | null) => ({
  id,
  score,
  person: { displayName: `Person ${id}` },
  networkCommunity: community ? { id: community, label: `Community ${community}` } : null,
});

const map: InfluenceMap = {
  edgeCount: 4,
  nodes: [
    node("a", 80, "c1"),
    node("b", 20, "c1"),
    node("c", 45, "c2"),
    node("d", 5, "c2"),
    node("e", 10, null),
  ],
  edges: [
    { source: "b", target: "a", weight: 4 },
    { source: "a", target: "b", weight: 1 },
    { source: "d", target: "c", weight: 2 },
    { source: "d", target: "gone", weight: 9 },
  ],
};

describe("the network map's graph", () => {
  test("colours by network community, sizes by score and keeps only edges between people on the map", () => {
    const { graph, communities } = buildMapGraph(map);
    expect(communities.map((c) => [c.label, c.people])).toEqual([
      ["Community c1", 2],
      ["Community c2", 2],
      ["No community yet", 1],
    ]);
    const colour = (id: string) => graph.getNodeAttribute(id, "color");
    expect(colour("a")).toBe(colour("b"));
    expect(colour("c")).toBe(colour("d"));
    expect(new Set([colour("a"), colour("c"), colour("e")]).size).toBe(3);
    const size = (id: string) => graph.getNodeAttribute(id, "size");
    expect(size("a")).toBeGreaterThan(size("c"));
    expect(size("c")).toBeGreaterThan(size("b"));
    expect(size("b")).toBeGreaterThan(size("d"));
    expect(graph.getNodeAttribute("a", "label")).toBe("Person a");
    expect(graph.size).toBe(3);
    expect(graph.getDirectedEdgeAttribute("b", "a", "size")).toBeGreaterThan(
      graph.getDirectedEdgeAttribute("a", "b", "size"),
    );
  });

  test("lays the same data out the same way every time, with finite positions", () => {
    const positions = () => {
      const { graph } = buildMapGraph(map);
      return graph.mapNodes((id, attributes) => [id, attributes.x, attributes.y]);
    };
    const first = positions();
    expect(positions()).toEqual(first);
    for (const [, x, y] of first) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
  });
});
