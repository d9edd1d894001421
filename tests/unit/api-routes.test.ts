// Requests no route handler serves: Next's own routing would answer them with an empty 405 or the
// HTML not-found page, so proxy.ts answers them first with the app's JSON error body. The route
// table it uses is held here to the route files under app/api.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { API_ROUTES, matchApiRoute, routeApiRequest } from "@/lib/http/api-routes";
import { proxy } from "@/proxy";
import { discoverApiRoutes } from "../reliability/routes";

describe("API_ROUTES", () => {
  it("lists every route handler under app/api with exactly the methods its route.ts exports", () => {
    const found: Record<string, string[]> = {};
    for (const route of discoverApiRoutes()) (found[route.pattern] ??= []).push(route.method);
    const sorted = (table: Record<string, readonly string[]>) => Object.fromEntries(Object.entries(table).map(([k, v]) => [k, [...v].sort()] as const));
    expect(sorted(API_ROUTES)).toEqual(sorted(found));
  });
});

describe("matchApiRoute", () => {
  it("prefers a static segment to a parameter, as Next.js does", () => {
    expect(matchApiRoute("/api/classes/join")).toBe("/api/classes/join");
    expect(matchApiRoute("/api/classes/c1")).toBe("/api/classes/[id]");
    expect(matchApiRoute("/api/classes/join/assignments")).toBe("/api/classes/[id]/assignments");
    expect(matchApiRoute("/api/auth/callback/github")).toBe("/api/auth/[...nextauth]");
  });
  it("finds nothing for paths no handler serves", () => {
    expect(matchApiRoute("/api/auth")).toBeNull();
    expect(matchApiRoute("/api/nothing")).toBeNull();
    expect(matchApiRoute("/api/classes/c1/gradebook/extra")).toBeNull();
  });
});

describe("routeApiRequest", () => {
  it("refuses a method the route does not export, and lets HEAD and OPTIONS through where Next answers them", () => {
    // An id of "." is normalised away: POST /api/attempts/./answers arrives as POST /api/attempts/answers.
    expect(routeApiRequest("POST", "/api/attempts/answers")).toEqual({ ok: false, status: 405, allow: ["GET", "HEAD", "OPTIONS"] });
    expect(routeApiRequest("GET", "/api/classes/gradebook")).toEqual({ ok: false, status: 405, allow: ["PATCH", "OPTIONS"] });
    expect(routeApiRequest("POST", "/api/attempts/a1/answers")).toEqual({ ok: true });
    expect(routeApiRequest("HEAD", "/api/health")).toEqual({ ok: true });
    expect(routeApiRequest("OPTIONS", "/api/reviews")).toEqual({ ok: true });
    expect(routeApiRequest("GET", "/api/nothing")).toEqual({ ok: false, status: 404 });
  });
});

describe("proxy", () => {
  const send = (path: string, method: string) => proxy(new NextRequest(`http://127.0.0.1:3000${path}`, { method, headers: { "content-type": "application/json" }, body: method === "GET" ? null : "{}" }));

  for (const [method, path] of [["POST", "/api/attempts/./answers"], ["POST", "/api/classes/./assignments"], ["GET", "/api/classes/./gradebook"], ["DELETE", "/api/classes/./membership"]] as const) {
    it(`answers ${method} ${path} with a 405 and the app's JSON error body`, async () => {
      const response = await send(path, method);
      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toMatch(/OPTIONS/);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("method_not_allowed");
      expect(body.error.message).toMatch(/does not take/);
    });
  }

  it("answers an unknown /api path with a JSON 404, and passes pages and real routes on", async () => {
    const missing = await send("/api/no-such-thing", "GET");
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe("not_found");
    expect((await send("/api/health", "GET")).headers.get("x-middleware-next")).toBe("1");
    expect((await send("/no-such-page", "GET")).headers.get("x-middleware-next")).toBe("1");
  });
});
