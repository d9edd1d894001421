// The one place that reads process.env: every setting is validated here once, with defaults
// that let the app run on a fresh machine with nothing configured.
import { z } from "zod";

const Env = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** file: for the embedded SQLite database (the default). */
  DATABASE_URL: z
    .string()
    .regex(/^file:/, "DATABASE_URL must be a file: URL for SQLite")
    .default("file:./data/overflight.db"),
  /** Only for tests and local runs: attempts stay reachable over plain HTTP. */
  COOKIE_SECURE: z.enum(["true", "false"]).optional(),
});

export type Env = z.infer<typeof Env>;

function loadEnv(): Env {
  const parsed = Env.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

export const env = loadEnv();
