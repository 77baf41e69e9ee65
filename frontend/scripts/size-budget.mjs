// The initial-JS budget: the entry chunk and everything it imports statically, gzipped.
// Lazy screens (network graph, charts, settings…), the service worker and the offline store are
// loaded by dynamic import after first paint and do not count. A phone on a slow link gets the
// first screen from 40 kB; `npm run build` (and so `make test`) fails over it.
import { gzipSync } from "node:zlib";

export const BUDGET_BYTES = 40_000; // 40 kB, as Vite counts kB

/** Files a first visit loads: the entry and its static imports, from Vite's manifest. */
export function initialChunks(manifest) {
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entry) throw new Error("no entry chunk in the Vite manifest");
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  visit(entry);
  return [...seen].map((key) => manifest[key].file).filter((file) => file.endsWith(".js"));
}

export function gzipSize(buffer) {
  return gzipSync(buffer, { level: 9 }).length;
}
