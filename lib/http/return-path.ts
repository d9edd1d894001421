// Where a person may be sent back to after signing in or up (callbackUrl, join links): a path on
// this site only. A browser reads `/\evil.com` and `//evil.com` as another host and strips tabs and
// newlines before it resolves a URL, so anything that could become one of those, also after
// percent-decoding, is refused and the fallback used instead.
const MAX_LENGTH = 2048;
const BASE = "http://return-path.invalid";

function looksForeign(path: string): boolean {
  return !path.startsWith("/") || path.startsWith("//") || /[\\\u0000-\u001f\u007f]/.test(path);
}

/** The same-origin path to go to, normalised, or the fallback when the value is missing or unsafe. */
export function safeReturnPath(value: unknown, fallback: string): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return fallback;
  let decoded = value;
  for (let round = 0; round < 3; round++) {
    if (looksForeign(decoded)) return fallback;
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      return fallback;
    }
    if (next === decoded) break;
    decoded = next;
  }
  if (looksForeign(decoded)) return fallback;
  const url = new URL(value, BASE);
  if (url.origin !== BASE) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Where a person lands after signing in or up: a safe callbackUrl, else Teach for a teacher and home for a learner. */
export function afterSignIn(role: string, callbackUrl: unknown): string {
  return safeReturnPath(callbackUrl, role === "teacher" ? "/teach" : "/");
}
