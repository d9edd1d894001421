// The request guards that run before any handler: foreign Origins, lone surrogates in JSON, the
// CSP, and which database errors mean "unavailable" rather than a bug.
import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable, isReadOnlyConnection } from "@/lib/db/errors";
import { hasLoneSurrogate } from "@/lib/http/api";
import { contentSecurityPolicy } from "@/lib/http/csp";
import { isForeignOrigin } from "@/lib/http/origin";

const headers = (h: Record<string, string>) => new Headers(h);

describe("isForeignOrigin", () => {
  it("refuses writes whose Origin is another site, or null", () => {
    expect(isForeignOrigin("POST", headers({ host: "app.example", origin: "https://evil.example" }))).toBe(true);
    expect(isForeignOrigin("DELETE", headers({ host: "app.example", origin: "null" }))).toBe(true);
    expect(isForeignOrigin("PATCH", headers({ host: "app.example:3000", origin: "http://app.example" }))).toBe(true);
  });
  it("lets through the site's own Origin, no Origin, and reads", () => {
    expect(isForeignOrigin("POST", headers({ host: "app.example", origin: "https://app.example" }))).toBe(false);
    expect(isForeignOrigin("POST", headers({ host: "10.0.0.5:3000", "x-forwarded-host": "app.example", origin: "https://app.example" }))).toBe(false);
    expect(isForeignOrigin("POST", headers({ host: "app.example" }))).toBe(false);
    expect(isForeignOrigin("GET", headers({ host: "app.example", origin: "https://evil.example" }))).toBe(false);
  });
});

describe("hasLoneSurrogate", () => {
  it("finds half a UTF-16 pair in values and keys, however deep", () => {
    expect(hasLoneSurrogate(JSON.parse('{"name": "\\ud800"}'))).toBe(true);
    expect(hasLoneSurrogate(JSON.parse('{"\\udfff": 1}'))).toBe(true);
    expect(hasLoneSurrogate(JSON.parse(`${"[".repeat(9000)}"\\ud83d"${"]".repeat(9000)}`))).toBe(true);
  });
  it("accepts whole pairs and ordinary text", () => {
    expect(hasLoneSurrogate({ name: "😀 Zoë", list: ["ok", 1, null] })).toBe(false);
  });
});

describe("contentSecurityPolicy", () => {
  it("allows scripts by nonce only, never eval, and no framing", () => {
    const csp = contentSecurityPolicy("abc");
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
  });
});

describe("isDatabaseUnavailable", () => {
  it("is true for disk, lock and read-only errors, also wrapped as a cause", () => {
    expect(isDatabaseUnavailable({ code: "SQLITE_IOERR_WRITE" })).toBe(true);
    expect(isDatabaseUnavailable({ code: "SQLITE_BUSY" })).toBe(true);
    expect(isDatabaseUnavailable(new Error("wrapped", { cause: { code: "SQLITE_READONLY" } }))).toBe(true);
    expect(isDatabaseUnavailable({ code: "P2028" })).toBe(true);
  });
  it("is false for bugs and constraint errors", () => {
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
    expect(isDatabaseUnavailable({ code: "P2002" })).toBe(false);
    expect(isDatabaseUnavailable({ code: "SQLITE_CONSTRAINT_FOREIGNKEY" })).toBe(false);
  });
  it("tells a connection opened read-only apart", () => {
    expect(isReadOnlyConnection({ code: "SQLITE_READONLY" })).toBe(true);
    expect(isReadOnlyConnection({ code: "SQLITE_IOERR_WRITE" })).toBe(false);
  });
});
