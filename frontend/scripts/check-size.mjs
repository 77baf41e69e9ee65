// Run after `vite build`: fails when the initial JS is over budget, and prints the figure.
import { readFileSync } from "node:fs";
import { BUDGET_BYTES, gzipSize, initialChunks } from "./size-budget.mjs";

const dist = new URL("../dist/", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL(".vite/manifest.json", dist), "utf8"));
const files = initialChunks(manifest);
const total = files.reduce((sum, file) => sum + gzipSize(readFileSync(new URL(file, dist))), 0);
const kb = (total / 1000).toFixed(1);
const budget = `${BUDGET_BYTES / 1000} kB`;
if (total > BUDGET_BYTES) {
  console.error(`Initial JS is ${kb} kB gzipped (${files.join(", ")}): over the ${budget} budget.`);
  process.exit(1);
}
console.log(`Initial JS: ${kb} kB gzipped in ${files.length} file(s) (budget ${budget}).`);
