// End-to-end tests against the production build, on a throwaway database, in a real Chromium.
import { defineConfig } from "@playwright/test";
import { CHROMIUM_FLAGS } from "./scripts/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const chromium = process.env.PLAYWRIGHT_CHROMIUM_PATH;

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: true,
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "on-first-retry",
    // The service worker precaches the build's files in every new context and answers /review from
    // its cache when offline; only the offline journey (tests/e2e/offline-review.spec.ts) turns it on.
    serviceWorkers: "block",
    launchOptions: {
      ...(chromium && chromium !== "playwright-bundled" ? { executablePath: chromium } : {}),
      args: CHROMIUM_FLAGS,
    },
  },
  // The seed-beside-a-busy-server journey holds SQLite's write lock on purpose (the migration, then the
  // demo seed); run beside the others, a loaded machine made their writes wait past the 5 s busy
  // timeout (P1008 starting a quiz). So it runs alone, once the other journeys are done.
  projects: [
    { name: "journeys", testIgnore: /seed-beside-server\.spec\.ts$/ },
    { name: "beside-the-seed", testMatch: /seed-beside-server\.spec\.ts$/, dependencies: ["journeys"] },
  ],
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: { E2E_PORT: String(port) },
  },
});
