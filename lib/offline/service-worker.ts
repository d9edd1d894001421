/// <reference lib="webworker" />
// The service worker (Serwist), bundled by scripts/build-service-worker.mjs after `next build`:
// it precaches the build's static files (hashed, the same for everyone) and keeps the review page
// network first, so the review screen opens and works without a connection. API answers carry a
// learner's data and always go to the network.
import { NetworkFirst, Serwist, type PrecacheEntry, type SerwistGlobalConfig } from "serwist";
import { REVIEW_PAGE_CACHE } from "./caches";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  disableDevLogs: true,
  runtimeCaching: [
    {
      matcher: ({ request, url, sameOrigin }) => sameOrigin && request.mode === "navigate" && url.pathname === "/review",
      handler: new NetworkFirst({
        cacheName: REVIEW_PAGE_CACHE,
        // A signed-out visit is redirected to sign-in: that page is not the review page, so it is not kept.
        plugins: [{ cacheWillUpdate: async ({ response }) => (response.ok && !response.redirected ? response : null) }],
      }),
    },
  ],
});

serwist.addEventListeners();
