// One more production server on E2E_PORT over the PostgreSQL database as it is (E2E_DATABASE_URL,
// already made by scripts/e2e-two-servers.mjs), for a test that stops an instance mid-journey
// (tests/multi/instances.ts). A script of its own, as Playwright's transform cannot load these .mjs.
import { isPostgresTestUrl } from "../lib/db/database-url.mjs";
import { exitWith, spawnServer } from "./test-server.mjs";

const target = process.env.E2E_DATABASE_URL;
if (!target || !isPostgresTestUrl(target) || !process.env.E2E_PORT) {
  console.error("e2e-instance: E2E_PORT and E2E_DATABASE_URL (a PostgreSQL test database) are needed");
  process.exit(1);
}
exitWith([spawnServer({ port: process.env.E2E_PORT, url: target, stdio: "ignore" })]);
