// What `npm run bench` measures and how hard: the two database sizes, the load levels and the
// bounds that make every step stop by itself. One place to read the whole plan.
import path from "node:path";
import { CHROMIUM_FLAGS } from "../scripts/chromium";

export const ROOT = path.resolve(import.meta.dirname, "..");
export const TMP = path.join(ROOT, "bench", "tmp");
export const HOST = "127.0.0.1";
/** Reads a port from the environment (BENCH_PORT, BENCH_PG_PORT), so two benches on one machine need not meet. */
function portFrom(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${name} must be a port number (1-65535), not "${raw}"`);
  return port;
}

/** The bench's own port range (3400-3499 unless BENCH_PORT moves it), clear of the dev server and the e2e runs. */
export const PORT = portFrom("BENCH_PORT", 3400);
/** The bench's own PostgreSQL cluster (BENCH_PG_PORT moves it): clear of the tests' one (54329, PG_TEST_PORT). */
export const PG_PORT = portFrom("BENCH_PG_PORT", 54339);
/** Connections in the app's pg pool (lib/db/index.ts); the raw pg figure uses a pool of the same size. */
export const PG_POOL_SIZE = 10;

export type SeedSize = {
  name: "1x" | "10x";
  learners: number;
  /** Classes of CLASS_SIZE; one more class of BIG_CLASS_SIZE is added to every database. */
  classes: number;
};

export const SIZES: readonly SeedSize[] = [
  { name: "1x", learners: 1_000, classes: 30 },
  { name: "10x", learners: 10_000, classes: 300 },
];

export const FACTS_PER_LEARNER = 100;
export const REVIEWS_PER_CARD = 5; // 500 past reviews per learner
export const CLASS_SIZE = 30;
export const BIG_CLASS_SIZE = 300;
export const ASSIGNMENTS_PER_CLASS = 10;
export const QUIZ_ASSIGNMENTS_PER_CLASS = 7; // the other three are mastery assignments
export const QUESTIONS_PER_QUIZ = 10;

/** Learners the load test signs in over HTTP (each gets a real Argon2id hash of BENCH_PASSWORD). */
export const SIGNED_IN_LEARNERS = 80;
export const BENCH_PASSWORD = "bench correct horse battery";

/** Each load level runs for LOAD_SECONDS or MAX_REQUESTS requests, whichever ends first. */
export const CONNECTIONS = [16, 64] as const;
export const LOAD_SECONDS = 8;
export const MAX_REQUESTS = 40_000;
export const RAW_SECONDS = 3;

/** Reads: sequential requests per page and database size, after WARMUP unmeasured ones. */
export const READ_SAMPLES = 25;
export const WARMUP = 5;

export const FSRS_CARDS = 20_000;

/**
 * Whole-run bound: the bench stops itself (and its servers) past this. A full run on this machine takes
 * about 13 minutes since the fast-paths and live-games blocks joined it (10 without them).
 */
export const RUN_LIMIT_MS = 20 * 60 * 1000;

/** Chromium headless, launched as the browser tests launch it (found by scripts/chromium.ts's chromiumPath). */
export const CHROME_FLAGS = ["--headless", ...CHROMIUM_FLAGS];
