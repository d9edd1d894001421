// Two app instances over one PostgreSQL database (npm test's PostgreSQL stage).
import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

const [first = "3110", second = "3111"] = (process.env.E2E_PORTS ?? "3110,3111").split(",");

export default defineConfig({
  ...base,
  testDir: "tests/multi",
  projects: [{ name: "instances" }],
  workers: 1,
  use: { ...base.use, baseURL: `http://127.0.0.1:${first}` },
  webServer: {
    command: "node scripts/e2e-two-servers.mjs",
    url: `http://127.0.0.1:${second}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: { E2E_PORTS: `${first},${second}` },
  },
});
