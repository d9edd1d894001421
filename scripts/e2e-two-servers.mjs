// Two production servers on two ports over one PostgreSQL database (E2E_DATABASE_URL), as two
// app instances behind a load balancer would run; for tests/multi.
import { prepareDatabase, startServer } from "./e2e-server.mjs";

const url = process.env.E2E_DATABASE_URL;
if (!url || !/^postgres/.test(url)) {
  console.error("e2e-two-servers: E2E_DATABASE_URL must name a PostgreSQL test database");
  process.exit(1);
}
const ports = (process.env.E2E_PORTS || "3110,3111").split(",");
await prepareDatabase(url);
const servers = ports.map((port) => startServer(port, url));
for (const server of servers) server.on("exit", (code) => process.exit(code ?? 0));
