// Strict-Transport-Security follows the app's public address: sent for https, never for http,
// where it would lock browsers out of the plain-http address the app is served from.
import { describe, expect, it } from "vitest";
import { HSTS_VALUE, strictTransportSecurity } from "@/lib/http/hsts";

describe("strictTransportSecurity", () => {
  it("is two years of HSTS when NEXTAUTH_URL is https", () => {
    expect(strictTransportSecurity("https://overflight.example.org")).toBe(HSTS_VALUE);
    expect(strictTransportSecurity("HTTPS://overflight.example.org:8443/app")).toBe("max-age=63072000");
  });
  it("is never sent for http, an unset or an unreadable NEXTAUTH_URL", () => {
    for (const url of ["http://localhost:3000", "http://overflight.example.org", undefined, "", "not a url"]) {
      expect(strictTransportSecurity(url)).toBeNull();
    }
  });
});
