// Runs the Prisma CLI with DATABASE_URL always set. The app's client is Prisma 7, and its
// `generate` runs offline once PRISMA_SCHEMA_ENGINE_BINARY names a path (generate never runs the
// engine; without the variable it tries to download it). Prisma 7's migrate commands need that native
// engine, so every other command runs through the Prisma 6.19 CLI (the prisma6 npm alias) with
// prisma.migrate.config.ts, which works offline through the WebAssembly schema engine.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

// Next.js reads .env by itself; the scripts read it here so both see the same settings.
if (fs.existsSync(".env")) process.loadEnvFile(".env");

export const DEFAULT_DATABASE_URL = "file:./data/overflight.db";

const require = createRequire(import.meta.url);

/**
 * Prisma 7 refuses a `url` in the schema's datasource block and Prisma 6.19 requires one (without
 * it, it downloads a native engine), so the 6.19 CLI reads a copy of the schema with the line added,
 * under .tmp/prisma6/. Returns the copy's path.
 */
export function prisma6Schema(schemaFile) {
  const source = fs.readFileSync(schemaFile, "utf8");
  const copy = source.replace(/(datasource db \{\n\s*provider\s*=\s*"\w+")/, '$1\n  url      = env("DATABASE_URL")');
  if (copy === source) throw new Error(`scripts/prisma.mjs: ${schemaFile} has no datasource block to add the url to`);
  const file = path.join(".tmp", "prisma6", path.relative(".", path.resolve(schemaFile)).replaceAll("..", "_"));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, copy);
  return file;
}

/** The CLI, arguments and environment that run `args` offline. */
function cliFor(args) {
  if (args[0] === "generate") {
    // Any existing file will do: generate never runs it.
    return { cli: require.resolve("prisma/build/index.js"), args, env: { PRISMA_SCHEMA_ENGINE_BINARY: process.execPath } };
  }
  // A schema file named on the command line (migrate diff --to-schema-datamodel ...) is read through its copy.
  const mapped = args.map((arg) => (arg.endsWith(".prisma") && fs.existsSync(arg) ? prisma6Schema(arg) : arg));
  return { cli: require.resolve("prisma6/build/index.js"), args: [...mapped, "--config", "prisma.migrate.config.ts"], env: {} };
}

export function runPrisma(args, extraEnv = {}) {
  const { cli, args: cliArgs, env } = cliFor(args);
  const result = spawnSync(process.execPath, [cli, ...cliArgs], {
    stdio: "inherit",
    env: { ...process.env, ...env, DATABASE_URL: process.env.DATABASE_URL || DEFAULT_DATABASE_URL, ...extraEnv },
  });
  return result.status ?? 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit(runPrisma(process.argv.slice(2)));
}
