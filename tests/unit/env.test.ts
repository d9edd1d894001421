import { describe, expect, it } from "vitest";
import { isThrowawayDatabase, parseEnv } from "@/lib/env";

describe("environment", () => {
  it("runs with nothing set: SQLite in data/, a development secret", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBe("file:./data/overflight.db");
    expect(env.authSecret).toBeTruthy();
  });

  it("sends no email with nothing set, and needs a sender with an SMTP server", async () => {
    const { mailSettings } = await import("@/lib/mail");
    expect(mailSettings(parseEnv({}))).toBeNull();
    expect(() => parseEnv({ SMTP_URL: "smtp://127.0.0.1:2525" })).toThrow(/MAIL_FROM/);
    expect(() => parseEnv({ SMTP_URL: "http://mail.example.org", MAIL_FROM: "a@b.c" })).toThrow(/smtp:\/\//);
    const configured = parseEnv({ SMTP_URL: "smtps://user:pw@mail.example.org:465", MAIL_FROM: "Overflight <no-reply@example.org>" });
    expect(mailSettings(configured)).toEqual({ url: "smtps://user:pw@mail.example.org:465", from: "Overflight <no-reply@example.org>" });
  });

  it("has no secret of its own in production (next-auth then refuses to run)", () => {
    expect(parseEnv({ NODE_ENV: "production" }).authSecret).toBeUndefined();
  });

  it.each([
    ["file:/repo/.tmp/e2e-3100.db", true],
    ["postgresql://u@127.0.0.1:5432/overflight_e2e_test", true],
    ["file:./data/overflight.db", false],
    ["postgresql://u@db.example.org:5432/overflight", false],
  ])("%s is a throwaway test database: %s", (url, expected) => {
    expect(isThrowawayDatabase(url)).toBe(expected);
  });

  it("refuses the test clock on a real database, and accepts it on a test one", () => {
    expect(() => parseEnv({ OVERFLIGHT_TEST_CLOCK: "1", DATABASE_URL: "file:./data/overflight.db" })).toThrow(/OVERFLIGHT_TEST_CLOCK/);
    expect(parseEnv({ OVERFLIGHT_TEST_CLOCK: "1", DATABASE_URL: "file:/x/.tmp/t.db" }).OVERFLIGHT_TEST_CLOCK).toBe("1");
  });

  it("serves the bench's baselines only on the bench's own databases", () => {
    for (const url of ["file:./data/overflight.db", "file:/x/.tmp/t.db", "postgresql://u@h:5432/overflight", "postgresql://u@h:5432/overflight_e2e_test"]) {
      expect(() => parseEnv({ OVERFLIGHT_BENCH: "1", DATABASE_URL: url }), url).toThrow(/OVERFLIGHT_BENCH/);
    }
    for (const url of ["file:/repo/bench/tmp/bench-1x.db", "postgresql://postgres@127.0.0.1:54339/overflight_bench_10x_test"]) {
      expect(parseEnv({ OVERFLIGHT_BENCH: "1", DATABASE_URL: url }).OVERFLIGHT_BENCH, url).toBe("1");
    }
  });

  it("names a bad database URL", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL must be a file: URL/);
  });
});
