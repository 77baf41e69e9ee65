// Positions for the referral graph, computed by d3-force (run to rest, then drawn once).
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from "d3-force";

export interface LayoutNode extends SimulationNodeDatum {
  id: string;
  x: number;
  y: number;
}

export interface Layout<N> {
  nodes: (N & { x: number; y: number })[];
  viewBox: [number, number, number, number];
}

export function layoutGraph<N extends { id: string }>(nodes: N[], edges: { source: string; target: string }[], ticks = 300): Layout<N> {
  const simNodes = nodes.map((node, index) => ({
    ...node,
    // A deterministic start (a spiral), so the same graph is drawn the same way every time.
    x: Math.cos(index * 2.4) * (10 + 8 * Math.sqrt(index)),
    y: Math.sin(index * 2.4) * (10 + 8 * Math.sqrt(index)),
  }));
  const known = new Set(nodes.map((n) => n.id));
  const links = edges.filter((e) => known.has(e.source) && known.has(e.target)).map((e) => ({ source: e.source, target: e.target }));
  const simulation = forceSimulation(simNodes)
    .force("link", forceLink<(typeof simNodes)[number], { source: string; target: string }>(links).id((n) => n.id).distance(90).strength(0.7))
    .force("charge", forceManyBody().strength(-260))
    .force("collide", forceCollide(34))
    .force("x", forceX(0).strength(0.04))
    .force("y", forceY(0).strength(0.04))
    .force("center", forceCenter(0, 0))
    .stop();
  for (let i = 0; i < ticks; i++) simulation.tick();
  const pad = 70;
  const xs = simNodes.map((n) => n.x);
  const ys = simNodes.map((n) => n.y);
  const minX = Math.min(0, ...xs) - pad;
  const minY = Math.min(0, ...ys) - pad;
  const maxX = Math.max(0, ...xs) + pad;
  const maxY = Math.max(0, ...ys) + pad;
  // Small graphs keep their natural size (centred) instead of being blown up to fill the box.
  const width = Math.max(720, maxX - minX);
  const height = Math.max(420, maxY - minY);
  const left = (minX + maxX) / 2 - width / 2;
  const top = (minY + maxY) / 2 - height / 2;
  return { nodes: simNodes, viewBox: [left, top, width, height] };
}
