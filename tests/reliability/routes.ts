// What the app exposes, found without a hand-kept list: route handlers and their methods from
// app/api/**/route.ts, server actions from the build's manifest, pages from the build's app paths.
// A route, action or page added later is covered by every check without editing the suite.
import fs from "node:fs";
import path from "node:path";

export type ApiRoute = { pattern: string; method: string; params: string[]; catchAll: string | null };
export type ServerAction = { id: string; name: string; file: string; page: string };

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** "app/(learn)/quiz/[id]" -> "/quiz/[id]": route groups do not appear in URLs. */
function urlPattern(dir: string): string {
  const parts = dir.split(/[\\/]/).filter((p) => p && p !== "app" && !/^\(.*\)$/.test(p));
  return `/${parts.join("/")}`;
}

function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:async\s+function|const|function)\s+([A-Z]+)\b/g)) found.add(m[1]!);
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of m[1]!.split(",")) found.add(part.trim().split(/\s+as\s+/).pop()!.trim());
  }
  return METHODS.filter((method) => found.has(method));
}

export function discoverApiRoutes(root = "app/api"): ApiRoute[] {
  const files = (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => path.basename(f) === "route.ts").sort();
  return files.flatMap((file) => {
    const pattern = urlPattern(path.join(root, path.dirname(file)));
    const params = [...pattern.matchAll(/\[(?:\.\.\.)?([^\]]+)\]/g)].map((m) => m[1]!);
    const catchAll = /\[\.\.\.([^\]]+)\]/.exec(pattern)?.[1] ?? null;
    return exportedMethods(fs.readFileSync(path.join(root, file), "utf8")).map((method) => ({ pattern, method, params, catchAll }));
  });
}

/** Server actions and the page each is served from ("app/(learn)/quiz/[id]/results/page" -> "/quiz/[id]/results"). */
export function discoverActions(manifest = ".next/server/server-reference-manifest.json"): ServerAction[] {
  const json = JSON.parse(fs.readFileSync(manifest, "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  return Object.entries(json.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers)[0] ?? "app/page";
    return { id, name: entry.exportedName, file: entry.filename, page: urlPattern(path.dirname(worker)) };
  });
}

/** Every page of the build, as URL patterns ("/quiz/[id]"); Next's own error pages left out. */
export function discoverPages(manifest = ".next/server/app-paths-manifest.json"): string[] {
  const json = JSON.parse(fs.readFileSync(manifest, "utf8")) as Record<string, string>;
  return Object.keys(json)
    .filter((k) => k.endsWith("/page") && !/\/_(not-found|global-error)\//.test(k))
    .map((k) => urlPattern(k.slice(0, -"/page".length)))
    .sort();
}

/** A path segment sent as written, e.g. with a broken %-escape that no encoder would produce. */
export class RawSegment {
  constructor(readonly text: string) {}
}

type Segment = string | RawSegment;

/** Fills a pattern's [param] and [...param] segments, each value percent-encoded as UTF-8 bytes; a param without a value is an error. */
export function fillPattern(pattern: string, values: Record<string, Segment | Segment[]>): string {
  return pattern.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for [${name}] in ${pattern}`);
    return (Array.isArray(value) ? value : [value]).map((v) => (v instanceof RawSegment ? v.text : encodeSegment(v))).join("/");
  });
}

/** encodeURIComponent without its URIError on lone surrogates (they become U+FFFD, as in UTF-8). */
export function encodeSegment(value: string): string {
  return [...Buffer.from(value, "utf8")].map((b) => (/[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, "0")}`)).join("");
}
