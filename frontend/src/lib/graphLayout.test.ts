import { describe, expect, it } from "vitest";
import { layoutGraph } from "./graphLayout";

describe("referral graph layout", () => {
  const nodes = [{ id: "a" }, { id: "b" }, { id: "c" }];
  const edges = [
    { source: "a", target: "b" },
    { source: "a", target: "c" },
  ];

  it("places every node at a finite position inside the view box", () => {
    const { nodes: placed, viewBox } = layoutGraph(nodes, edges);
    const [x, y, w, h] = viewBox;
    for (const node of placed) {
      expect(Number.isFinite(node.x) && Number.isFinite(node.y)).toBe(true);
      expect(node.x).toBeGreaterThan(x);
      expect(node.x).toBeLessThan(x + w);
      expect(node.y).toBeGreaterThan(y);
      expect(node.y).toBeLessThan(y + h);
    }
  });

  it("keeps nodes apart", () => {
    const { nodes: placed } = layoutGraph(nodes, edges);
    const [a, b] = placed;
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(40);
  });

  it("draws the same graph the same way twice, and ignores edges to unknown nodes", () => {
    const first = layoutGraph(nodes, [...edges, { source: "a", target: "zz" }]);
    const second = layoutGraph(nodes, edges);
    expect(first.nodes.map((n) => [n.x, n.y])).toEqual(second.nodes.map((n) => [n.x, n.y]));
  });
});
