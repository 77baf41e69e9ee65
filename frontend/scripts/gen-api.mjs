// Generates src/api/schema.d.ts (the typed API surface) from the repository's openapi.json.
// `npm run gen:api` writes it; `node scripts/gen-api.mjs --check` fails when it is stale.
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

// RAPPORT_OPENAPI points at another document (e.g. a preview of routes still being built).
const SPEC = process.env.RAPPORT_OPENAPI
  ? new URL(`file://${process.env.RAPPORT_OPENAPI}`)
  : new URL("../../openapi.json", import.meta.url);
const OUT = new URL("../src/api/schema.d.ts", import.meta.url);
const HEADER =
  "// Generated from openapi.json by `npm run gen:api` (make openapi). Do not edit by hand.\n\n";

export async function generateSchema() {
  // Fields with a default stay optional in request bodies (the server fills them in).
  const ast = await openapiTS(JSON.parse(await readFile(SPEC, "utf8")), {
    defaultNonNullable: false,
  });
  return HEADER + astToString(ast);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const fresh = await generateSchema();
  if (process.argv.includes("--check")) {
    const current = await readFile(OUT, "utf8").catch(() => "");
    if (current !== fresh) {
      console.error("src/api/schema.d.ts is stale: run `make openapi` (or `npm run gen:api`).");
      process.exit(1);
    }
    console.log("src/api/schema.d.ts matches openapi.json");
  } else {
    await writeFile(OUT, fresh);
    console.log(`wrote ${fileURLToPath(OUT)}`);
  }
}
