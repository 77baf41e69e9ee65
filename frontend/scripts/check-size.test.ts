import { expect, it } from "vitest";

it("counts the entry chunk and its static imports, not lazy screens", async () => {
  // The module reads dist/ on import only when run as a script; import its pure helpers here.
  const { initialChunks } = await import("./size-budget.mjs");
  const manifest = {
    "src/main.tsx": { file: "assets/main.js", isEntry: true, imports: ["_vendor.js"], dynamicImports: ["src/Network.tsx"] },
    "_vendor.js": { file: "assets/vendor.js" },
    "src/Network.tsx": { file: "assets/Network.js", isDynamicEntry: true, imports: ["_vendor.js"] },
    "style.css": { file: "assets/style.css" },
  };
  expect(initialChunks(manifest).sort()).toEqual(["assets/main.js", "assets/vendor.js"]);
});
