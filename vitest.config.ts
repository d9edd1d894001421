import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname), "server-only": path.resolve(__dirname, "tests/helpers/server-only.ts") } },
  test: {
    // With TEST_PG_URL set (npm test's PostgreSQL stage) only the PostgreSQL tests run.
    include: process.env.TEST_PG_URL ? ["tests/postgres/**/*.test.ts"] : ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    testTimeout: 30_000,
    environment: "node",
  },
});
