// Every request but static files passes here first: addresses with broken %-escapes, /api paths
// or methods no route handler serves (Next's own answer there is an empty 405 or an HTML page) and
// writes from another site are refused, malformed server-action payloads and multipart bodies get a 4xx
// instead of Next's 500, and each response gets a fresh CSP nonce that Next.js puts on its own scripts, and HSTS when
// NEXTAUTH_URL is https. The other security headers are in next.config.js. Authentication stays in each handler; this only refuses early.
import { NextResponse, type NextRequest } from "next/server";
import { checkActionPayload, checkMultipartPost } from "@/lib/http/action-payload";
import { env } from "@/lib/env";
import { apiError } from "@/lib/http/api";
import { routeApiRequest } from "@/lib/http/api-routes";
import { contentSecurityPolicy, newNonce } from "@/lib/http/csp";
import { strictTransportSecurity } from "@/lib/http/hsts";
import { isForeignOrigin } from "@/lib/http/origin";

/** Next.js answers 500 to a dynamic segment with a broken %-escape ("/quiz/%E0%A4%A"): refuse it here. */
function hasBrokenEscape(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

const hsts = strictTransportSecurity(env.NEXTAUTH_URL);

/** An /api request no route handler would serve, answered with the app's JSON error body. */
function refuseUnroutedApi(request: NextRequest): NextResponse | null {
  const { pathname } = request.nextUrl;
  if (pathname !== "/api" && !pathname.startsWith("/api/")) return null;
  const routing = routeApiRequest(request.method, pathname);
  if (routing.ok) return null;
  if (routing.status === 404) return apiError(404, "not_found", "There is nothing at this address of the API.");
  const response = apiError(405, "method_not_allowed", `This address of the API does not take ${request.method} requests; it takes ${routing.allow.join(", ")}.`);
  response.headers.set("allow", routing.allow.join(", "));
  return response;
}

async function refusal(request: NextRequest): Promise<NextResponse | null> {
  if (hasBrokenEscape(request.nextUrl.pathname)) {
    return apiError(400, "malformed_url", "This address has a broken %-escape in it, so it leads nowhere.");
  }
  const unrouted = refuseUnroutedApi(request);
  if (unrouted) return unrouted;
  if (isForeignOrigin(request.method, request.headers)) {
    return apiError(403, "foreign_origin", "This request came from another site, so it was refused.");
  }
  if (request.method === "POST") {
    return request.headers.has("next-action") ? await checkActionPayload(request) : await checkMultipartPost(request);
  }
  return null;
}

export async function proxy(request: NextRequest) {
  const refused = await refusal(request);
  if (refused) {
    if (hsts) refused.headers.set("strict-transport-security", hsts);
    return refused;
  }
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  if (hsts) response.headers.set("strict-transport-security", hsts);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
