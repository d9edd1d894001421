// One data model, two engines: prisma/schema.prisma (SQLite) is the source of truth and
// prisma/postgres/schema.prisma is generated from it. `npm run db:schema` rewrites the copy;
// `--check` (run by the unit tests) fails when the copy has drifted.
import fs from "node:fs";

const SOURCE = "prisma/schema.prisma";
const TARGET = "prisma/postgres/schema.prisma";

export function postgresSchema(source) {
  const header = "// GENERATED from prisma/schema.prisma by scripts/db-schema.mjs: do not edit; run npm run db:schema.\n";
  const out = source
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/output\s*=\s*"\.\.\/lib\/generated\/prisma"/, 'output       = "../../lib/generated/prisma-pg"');
  if (out === source) throw new Error("db-schema: the SQLite schema no longer has the expected provider/output lines");
  return header + out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const expected = postgresSchema(fs.readFileSync(SOURCE, "utf8"));
  if (process.argv.includes("--check")) {
    const actual = fs.existsSync(TARGET) ? fs.readFileSync(TARGET, "utf8") : "";
    if (actual !== expected) {
      console.error(`${TARGET} is out of date: run npm run db:schema`);
      process.exit(1);
    }
    console.log(`${TARGET} matches ${SOURCE}`);
  } else {
    fs.writeFileSync(TARGET, expected);
    console.log(`wrote ${TARGET}`);
  }
}
