// The one place that reads process.env: every setting is validated here once, with defaults
// that let the app run on a fresh machine with nothing configured.
import { z } from "zod";
import { isPostgresTestUrl, isPostgresUrl, postgresDatabaseName } from "./db/database-url.mjs";

export const isPostgres = isPostgresUrl;

/** Test databases: SQLite files under .tmp/, or PostgreSQL databases whose name ends in _test. */
export function isThrowawayDatabase(url: string): boolean {
  return /^file:.*[\\/]\.tmp[\\/]/.test(url) || isPostgresTestUrl(url);
}

/** The databases `npm run bench` makes: files under bench/tmp/, PostgreSQL overflight_bench_*_test. */
export function isBenchDatabase(url: string): boolean {
  return /^file:.*[\\/]bench[\\/]tmp[\\/]/.test(url) || (isPostgresTestUrl(url) && /^overflight_bench_\w+_test$/.test(postgresDatabaseName(url)));
}

const DEV_ONLY_SECRET = "overflight-development-secret-not-for-production";

const Env = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /** file: for the embedded SQLite database (the default), postgres:// for PostgreSQL. */
    DATABASE_URL: z
      .string()
      .refine((url) => /^file:/i.test(url) || isPostgresUrl(url), "DATABASE_URL must be a file: URL (SQLite) or a postgres:// URL (PostgreSQL)")
      .default("file:./data/overflight.db"),
    /** Signs session tokens. `npm start` creates one in data/ when none is set. */
    NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters").optional(),
    NEXTAUTH_URL: z.url().optional(),
    /** Cookie flag override for the guest cookie; by default Secure in production. */
    COOKIE_SECURE: z.enum(["true", "false"]).optional(),
    /**
     * The SMTP server that sends password-reset and verification links, as a URL:
     * smtp://user:pass@host:587 (STARTTLS when offered) or smtps://user:pass@host:465. Unset: no email
     * is sent and the app says so (a teacher's reset link still works).
     */
    SMTP_URL: z
      .url("SMTP_URL must be a URL like smtp://user:password@mail.example.org:587")
      .refine((url) => /^smtps?:\/\//i.test(url), "SMTP_URL must start with smtp:// or smtps://")
      .optional(),
    /** The sender of those emails, e.g. "Overflight <no-reply@example.org>"; needed with SMTP_URL. */
    MAIL_FROM: z.string().trim().min(3).max(320).optional(),
    GITHUB_ID: z.string().min(1).optional(),
    GITHUB_SECRET: z.string().min(1).optional(),
    GOOGLE_ID: z.string().min(1).optional(),
    GOOGLE_SECRET: z.string().min(1).optional(),
    /**
     * Test runs only: lets a request move the server's clock (header x-overflight-clock-offset)
     * for multi-day journeys. Refused unless the database is a throwaway one under .tmp/.
     */
    OVERFLIGHT_TEST_CLOCK: z.enum(["1"]).optional(),
    /**
     * `npm run bench` only: serves the benchmark's baselines (POST /api/bench/echo, /bench-baseline).
     * Refused unless the database is a bench's throwaway one (a file under bench/tmp/, or a PostgreSQL
     * database named overflight_bench_*_test), so production never serves them.
     */
    OVERFLIGHT_BENCH: z.enum(["1"]).optional(),
  })
  .refine((e) => !e.SMTP_URL || !!e.MAIL_FROM, {
    message: 'MAIL_FROM is needed with SMTP_URL: the sender of the emails, e.g. "Overflight <no-reply@example.org>"',
    path: ["MAIL_FROM"],
  })
  .refine((e) => !e.OVERFLIGHT_TEST_CLOCK || isThrowawayDatabase(e.DATABASE_URL), {
    message: "OVERFLIGHT_TEST_CLOCK is for test runs on a throwaway database only (a file under .tmp/, or a PostgreSQL database named *_test)",
    path: ["OVERFLIGHT_TEST_CLOCK"],
  })
  .refine((e) => !e.OVERFLIGHT_BENCH || isBenchDatabase(e.DATABASE_URL), {
    message: "OVERFLIGHT_BENCH is for npm run bench on its throwaway databases only (under bench/tmp/, or PostgreSQL overflight_bench_*_test)",
    path: ["OVERFLIGHT_BENCH"],
  });

/** authSecret: NEXTAUTH_SECRET, or a fixed secret outside production (next-auth refuses none in production). */
export type Env = z.infer<typeof Env> & { authSecret: string | undefined };

/** Validates a set of variables; throws a readable error naming each bad one. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = Env.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  const { NEXTAUTH_SECRET, NODE_ENV } = parsed.data;
  return { ...parsed.data, authSecret: NEXTAUTH_SECRET ?? (NODE_ENV === "production" ? undefined : DEV_ONLY_SECRET) };
}

export const env = parseEnv(process.env);
