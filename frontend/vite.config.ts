import preact from "@preact/preset-vite";
import { defineConfig } from "vitest/config";

// The built app is served by the backend at / (same origin as /api), so `npm run dev` proxies
// the API to a backend started with `make run`.
export default defineConfig({
  plugins: [preact()],
  build: {
    manifest: true,
    sourcemap: false,
    target: "es2022",
    reportCompressedSize: true,
  },
  server: {
    proxy: {
      "/api": "http://127.0.0.1:8000",
      "/calendar": "http://127.0.0.1:8000",
    },
  },
  test: {
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
  },
});
