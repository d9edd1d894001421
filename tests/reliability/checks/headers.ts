// Group 6, headers: every page (signed out and signed in), the 404 page, an API answer and a static
// file carry the security headers; pages carry a CSP whose nonce is fresh per response and is on
// every script the page has, with no 'unsafe-eval' and no 'unsafe-inline' scripts.
import type { Client, Reply } from "../http";
import type { Report } from "../report";

const STATIC_HEADERS: [string, (v: string) => boolean][] = [
  ["x-content-type-options", (v) => v === "nosniff"],
  ["x-frame-options", (v) => v.toUpperCase() === "DENY"],
  ["referrer-policy", (v) => ["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"].includes(v)],
  ["permissions-policy", (v) => /camera=\(\)/.test(v)],
];

export function headerProblems(reply: Reply): string[] {
  return STATIC_HEADERS.filter(([name, ok]) => !ok(reply.headers.get(name) ?? "")).map(([name]) => `${name}: ${reply.headers.get(name) ?? "missing"}`);
}

/** Problems with a page's CSP, and the nonce it names. */
export function cspProblems(reply: Reply): { problems: string[]; nonce: string | null } {
  const csp = reply.headers.get("content-security-policy") ?? "";
  const directive = (name: string) => csp.split(";").map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? "";
  const scripts = directive("script-src");
  const nonce = /'nonce-([^']+)'/.exec(scripts)?.[1] ?? null;
  const problems = [
    csp ? null : "no Content-Security-Policy",
    nonce ? null : "script-src has no nonce",
    csp.includes("'unsafe-eval'") ? "'unsafe-eval' allowed" : null,
    scripts.includes("'unsafe-inline'") ? "inline scripts allowed" : null,
    directive("frame-ancestors") === "frame-ancestors 'none'" ? null : "frame-ancestors is not 'none'",
    directive("object-src") === "object-src 'none'" ? null : "object-src is not 'none'",
  ].filter((p): p is string => p !== null);
  const tags = reply.text.match(/<script\b[^>]*>/g) ?? [];
  const without = tags.filter((t) => !t.includes(`nonce="${nonce}"`));
  if (nonce && without.length > 0) problems.push(`${without.length} of ${tags.length} scripts lack the nonce, e.g. ${without[0]!.slice(0, 80)}`);
  return { problems, nonce };
}

export async function checkHeaders(report: Report, pages: { name: string; path: string }[], guest: Client, learner: Client, staticFile: string) {
  for (const page of pages) {
    const problems: string[] = [];
    const nonces: (string | null)[] = [];
    for (const [who, client] of [["guest", guest], ["learner", learner]] as const) {
      const reply = await client.request(page.path);
      if (reply.status >= 500) problems.push(`${who}: ${reply.status}`);
      const csp = cspProblems(reply);
      nonces.push(csp.nonce);
      problems.push(...[...headerProblems(reply), ...csp.problems].map((p) => `${who}: ${p}`));
    }
    if (nonces[0] && nonces[0] === nonces[1]) problems.push("the same nonce twice");
    report.add({
      group: "headers", check: "security headers and nonce CSP", target: page.name, tried: 2,
      passed: problems.length === 0, note: problems.join("; ") || "CSP with a fresh nonce on every script, no unsafe-eval; nosniff, DENY, Referrer-Policy, Permissions-Policy",
    });
  }
  await checkKeepAlive(report, guest);
  for (const [name, path] of [["API answer", "/api/health"], ["static file", staticFile]] as const) {
    const reply = await guest.request(path);
    const problems = headerProblems(reply);
    report.add({ group: "headers", check: "security headers", target: `${name} (${path.slice(0, 40)})`, tried: 1, passed: reply.status === 200 && problems.length === 0, note: problems.join("; ") || `${reply.status}, all four headers` });
  }
}

/** A proxy idles its kept-alive connections up to 60 s (nginx, AWS ALB); the server must wait longer. */
const PROXY_IDLE_SECONDS = 60;

/**
 * The server keeps an idle connection open longer than a proxy would, so it never closes one just
 * as the proxy (or a test client) sends the next request on it: that request would fail with
 * ECONNRESET and never reach the app. Node announces its timeout in the Keep-Alive header.
 */
async function checkKeepAlive(report: Report, guest: Client) {
  const reply = await guest.request("/api/health", { headers: { connection: "keep-alive" } });
  const header = reply.headers.get("keep-alive") ?? "";
  const seconds = Number(/timeout=(\d+)/.exec(header)?.[1] ?? 0);
  report.add({
    group: "headers", check: "keep-alive outlasts a proxy's idle timeout", target: "API answer (/api/health)", tried: 1,
    passed: seconds > PROXY_IDLE_SECONDS, note: `Keep-Alive: ${header || "missing"} (a proxy idles up to ${PROXY_IDLE_SECONDS} s)`,
  });
}
