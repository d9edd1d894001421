// Single-use link tokens: what is stored is only a hash, tokens are unguessable and well-formed, and a
// token's state at a moment is valid, expired or used exactly as the rules say.
import { describe, expect, it } from "vitest";
import {
  EMAIL_RESET_LIFETIME_MS,
  expiryFrom,
  hashToken,
  newToken,
  TEACHER_RESET_LIFETIME_MS,
  tokenLink,
  tokenRefusal,
  tokenState,
  TokenText,
} from "@/lib/auth/token";

describe("link tokens", () => {
  it("are 32 random bytes in base64url, and only their SHA-256 is kept", () => {
    const { token, tokenHash } = newToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash).toBe(hashToken(token));
    expect(tokenHash).not.toContain(token);
    // The known SHA-256 of a fixed string: the hash is the standard one, not something home-made.
    expect(hashToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("never repeat", () => {
    const tokens = new Set(Array.from({ length: 200 }, () => newToken().token));
    expect(tokens.size).toBe(200);
  });

  it("accept only the exact shape of a token", () => {
    expect(TokenText.safeParse(newToken().token).success).toBe(true);
    for (const bad of ["", "short", `${newToken().token}x`, `${newToken().token.slice(0, 42)}=`, "a".repeat(42) + "/", 43]) {
      expect(TokenText.safeParse(bad).success).toBe(false);
    }
  });

  it("expire 30 minutes after an email reset and 24 hours after a teacher's link", () => {
    const now = new Date("2026-12-03T10:00:00Z");
    expect(expiryFrom(now, EMAIL_RESET_LIFETIME_MS).toISOString()).toBe("2026-12-03T10:30:00.000Z");
    expect(expiryFrom(now, TEACHER_RESET_LIFETIME_MS).toISOString()).toBe("2026-12-04T10:00:00.000Z");
  });

  it("are valid until the expiry instant, expired from it, and used once used (even after expiry)", () => {
    const expiresAt = new Date("2026-12-03T10:30:00Z");
    const at = (iso: string) => new Date(iso);
    expect(tokenState({ expiresAt, usedAt: null }, at("2026-12-03T10:29:59.999Z"))).toBe("valid");
    expect(tokenState({ expiresAt, usedAt: null }, expiresAt)).toBe("expired");
    expect(tokenState({ expiresAt, usedAt: null }, at("2026-12-04T00:00:00Z"))).toBe("expired");
    expect(tokenState({ expiresAt, usedAt: at("2026-12-03T10:05:00Z") }, at("2026-12-03T10:06:00Z"))).toBe("used");
    expect(tokenState({ expiresAt, usedAt: at("2026-12-03T10:05:00Z") }, at("2026-12-05T00:00:00Z"))).toBe("used");
    expect(tokenState(null, at("2026-12-03T10:00:00Z"))).toBe("unknown");
  });

  it("refuse with a sentence that says what happened and what to do", () => {
    expect(tokenRefusal("expired", "password_reset")).toMatch(/expired.*Forgot your password/);
    expect(tokenRefusal("used", "password_reset")).toMatch(/already been used/);
    expect(tokenRefusal("unknown", "email_verification")).toMatch(/not valid.*account page/);
  });

  it("travel in a link to the site's page", () => {
    expect(tokenLink("https://overflight.example.org/", "/reset-password", "abc")).toBe("https://overflight.example.org/reset-password?token=abc");
  });
});
