// Fails when src/api/schema.d.ts no longer matches ../openapi.json (run `make openapi`).
import { readFile } from "node:fs/promises";
import { expect, it } from "vitest";
// @ts-expect-error - a plain .mjs script without types
import { generateSchema } from "./gen-api.mjs";

it("the generated API types match openapi.json", async () => {
  const committed = await readFile(new URL("../src/api/schema.d.ts", import.meta.url), "utf8");
  const fresh: string = await generateSchema();
  expect(committed === fresh, "src/api/schema.d.ts is stale: run `make openapi`").toBe(true);
});
