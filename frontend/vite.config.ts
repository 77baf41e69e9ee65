import preact from "@preact/preset-vite";
import { VitePWA } from "vite-plugin-pwa";
import { defineConfig } from "vitest/config";

const THEME = "#3145c8";

// The built app is served by the backend at / (same origin as /api), so `npm run dev` proxies
// the API to a backend started with `make run`.
export default defineConfig({
  plugins: [
    preact(),
    // Installable and usable offline: a web app manifest, icons drawn from public/favicon.svg at
    // build time, and a Workbox service worker that precaches the app shell. The page registers
    // it itself after first paint (src/offline/install.ts), so nothing is injected into the HTML.
    VitePWA({
      injectRegister: false,
      registerType: "prompt",
      pwaAssets: { image: "public/favicon.svg", preset: "minimal-2023", overrideManifestIcons: true },
      manifest: {
        id: "/",
        name: "Rapport — informational interviews",
        short_name: "Rapport",
        description: "Informational interviews, from first e-mail to thank-you and beyond.",
        lang: "en",
        start_url: "/",
        scope: "/",
        display: "standalone",
        theme_color: THEME,
        background_color: "#f5f6fa",
        shortcuts: [
          { name: "Today", url: "/", description: "What is due now" },
          { name: "Contacts", url: "/contacts", description: "Find someone, log a touch" },
          { name: "Interviews", url: "/interviews", description: "Prepare or hold an interview" },
        ],
      },
      workbox: {
        globPatterns: ["**/*.{js,css,html,svg,png,ico}"],
        // Every page path opens the app shell; the API, the calendar feed, the docs and the
        // probes always go to the network (the page keeps its own offline copies of data).
        navigateFallback: "/index.html",
        navigateFallbackDenylist: [/^\/api\//, /^\/calendar\//, /^\/docs/, /^\/redoc/, /^\/healthz/, /^\/readyz/],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        inlineWorkboxRuntime: true,
      },
    }),
  ],
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
