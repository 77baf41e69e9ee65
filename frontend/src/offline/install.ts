// The service worker (built by vite-plugin-pwa with Workbox): it precaches the app shell, so the
// dashboard installs on a phone's home screen and opens with no network. Registered after first
// paint; a new release waits until the user chooses to reload, so nothing typed is cut off.
import { registerSW } from "virtual:pwa-register";
import { updateConnection } from "./status";

let reloadWithUpdate: ((reload?: boolean) => Promise<void>) | null = null;

export function registerServiceWorker(): void {
  if (!("serviceWorker" in navigator)) return;
  reloadWithUpdate = registerSW({
    onNeedRefresh: () => updateConnection({ updateReady: true }),
  });
}

/** Switches to the waiting release and reloads the page. */
export function applyUpdate(): void {
  void reloadWithUpdate?.(true);
}
