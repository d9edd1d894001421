// Page weight: the JavaScript a first visit downloads, read from the build output. Turbopack records
// the framework's chunks in build-manifest.json (rootMainFiles) and each segment's chunks in the page's
// client reference manifest (entryJSFiles); each file is gzipped as `next start` sends it.
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";
import { ROOT } from "./config";

const NEXT = path.join(ROOT, ".next");

export type PageWeight = { files: number; rawBytes: number; gzipBytes: number; brotliBytes: number; chunks: string[] };

type BuildManifest = { rootMainFiles: string[]; polyfillFiles: string[] };
const buildManifest = () => JSON.parse(fs.readFileSync(path.join(NEXT, "build-manifest.json"), "utf8")) as BuildManifest;

/** Polyfills go in a `nomodule` script: the HTML names them, but browsers that run modules never fetch them. */
export const polyfillChunks = () => buildManifest().polyfillFiles;

/** The chunks of one app route, e.g. "/(learn)/quiz/[id]/page": framework chunks plus every segment's. */
export function pageChunks(route: string): string[] {
  const manifest = buildManifest();
  const file = path.join(NEXT, "server", "app", `${route}_client-reference-manifest.js`);
  const sandbox = { globalThis: {} as { __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> } };
  vm.runInNewContext(fs.readFileSync(file, "utf8"), sandbox);
  const entry = sandbox.globalThis.__RSC_MANIFEST?.[route]?.entryJSFiles;
  if (!entry) throw new Error(`no entryJSFiles for ${route} in ${file}`);
  return [...new Set([...manifest.rootMainFiles, ...Object.values(entry).flat()])];
}

export function pageWeight(route: string): PageWeight {
  const chunks = pageChunks(route);
  let rawBytes = 0;
  let gzipBytes = 0;
  let brotliBytes = 0;
  for (const chunk of chunks) {
    const body = fs.readFileSync(path.join(NEXT, chunk));
    rawBytes += body.length;
    gzipBytes += zlib.gzipSync(body).length;
    brotliBytes += zlib.brotliCompressSync(body).length;
  }
  return { files: chunks.length, rawBytes, gzipBytes, brotliBytes, chunks };
}

/** The script chunks a served page's HTML names: a check that the manifests were read right. */
export async function servedChunks(url: string, cookie: string): Promise<string[]> {
  const html = await (await fetch(url, { headers: { cookie } })).text();
  const found = [...html.matchAll(/\/_next\/(static\/chunks\/[^"'\s]+?\.js)/g)].map((m) => m[1] as string);
  return [...new Set(found)];
}
