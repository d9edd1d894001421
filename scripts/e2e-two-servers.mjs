// Two production servers on two ports over one PostgreSQL database (E2E_DATABASE_URL), as two
// app instances behind a load balancer would run; for tests/multi.
import { isPostgresTestUrl } from "../lib/db/database-url.mjs";
import { exitWith, freshDatabase, spawnServer } from "./test-server.mjs";

const target = process.env.E2E_DATABASE_URL;
if (!target || !isPostgresTestUrl(target)) {
  console.error("e2e-two-servers: E2E_DATABASE_URL must name a PostgreSQL test database (its name ends in _test)");
  process.exit(1);
}
const url = await freshDatabase(target);
exitWith((process.env.E2E_PORTS || "3110,3111").split(",").map((port) => spawnServer({ port, url })));
