// Cross-site request refusal: a browser always sends Origin on a cross-site POST, PUT, PATCH or
// DELETE, so a present Origin that is not this site's host means another site is trying to write
// with the visitor's cookies. Requests without Origin (curl, server-to-server) carry no such cookies.
const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

type HeaderSource = { get(name: string): string | null };

/** The host the request was addressed to: the proxy's forwarded host, else Host. */
function requestHost(headers: HeaderSource): string | null {
  return headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
}

export function isForeignOrigin(method: string, headers: HeaderSource): boolean {
  if (!UNSAFE_METHODS.has(method.toUpperCase())) return false;
  const origin = headers.get("origin");
  if (origin === null) return false;
  try {
    return new URL(origin).host !== requestHost(headers);
  } catch {
    // "null" (sandboxed frames, some redirects) and anything unparsable.
    return true;
  }
}

/** This site's origin as the visitor reached it (the proxy's forwarded host and protocol), for links shown to be shared. */
export function requestOrigin(headers: HeaderSource): string | null {
  const host = requestHost(headers);
  if (!host) return null;
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  return `${proto}://${host}`;
}

/**
 * The origin for links this site sends or shows (a join link, a reset link in an email): the
 * configured NEXTAUTH_URL when set, so a forged Host header cannot aim an emailed link elsewhere,
 * else the origin the visitor reached.
 */
export function siteOrigin(configured: string | undefined, headers: HeaderSource): string {
  return configured?.replace(/\/$/, "") ?? requestOrigin(headers) ?? "";
}
