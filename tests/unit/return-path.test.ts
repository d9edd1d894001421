// Return paths after sign-in and sign-up: same-site paths only, however the other host is spelled.
import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/http/return-path";

const FALLBACK = "/fallback";

describe("safeReturnPath", () => {
  it.each([
    ["//evil.com", "protocol-relative"],
    ["/\\evil.com", "backslash, which a browser reads as a slash"],
    ["/%5Cevil.com", "percent-encoded backslash"],
    ["/%2F%2Fevil.com", "percent-encoded slashes"],
    ["/%252F%252Fevil.com", "doubly encoded slashes"],
    ["https:evil.com", "scheme without slashes"],
    ["https://evil.com/", "absolute URL"],
    ["javascript:alert(1)", "script URL"],
    ["/\t/evil.com", "tab inside, stripped by the browser"],
    ["/\n/evil.com", "newline inside"],
    ["/\r\n/evil.com", "carriage return and newline"],
    ["/%09/evil.com", "percent-encoded tab"],
    [" /review", "leading space"],
    ["review", "relative path"],
    ["/%E0%A4%A", "malformed percent-encoding"],
    ["", "empty"],
    ["/" + "a".repeat(3000), "too long"],
  ])("refuses %j (%s)", (value) => {
    expect(safeReturnPath(value, FALLBACK)).toBe(FALLBACK);
  });

  it("refuses what is not a string", () => {
    expect(safeReturnPath(undefined, FALLBACK)).toBe(FALLBACK);
    expect(safeReturnPath(null, FALLBACK)).toBe(FALLBACK);
    expect(safeReturnPath(["/review"], FALLBACK)).toBe(FALLBACK);
  });

  it.each([
    ["/", "/"],
    ["/review", "/review"],
    ["/quiz/abc/results", "/quiz/abc/results"],
    ["/join/AB12CD34", "/join/AB12CD34"],
    ["/progress?topic=new-start&days=30", "/progress?topic=new-start&days=30"],
    ["/cards?q=open%20skies#due", "/cards?q=open%20skies#due"],
    ["/teach/classes/x/../y", "/teach/classes/y"],
  ])("keeps the same-site path %j", (value, expected) => {
    expect(safeReturnPath(value, FALLBACK)).toBe(expected);
  });
});
