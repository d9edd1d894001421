// Part of `npm run build`, after `next build`: bundles lib/offline/service-worker.ts with esbuild and
// injects the precache manifest of the build's static files with Serwist's own build API
// (@serwist/build injectManifest). @serwist/next's webpack plugin does not run under Turbopack, which
// `next build` uses. Writes public/sw.js (not committed).
import fs from "node:fs";
import path from "node:path";
import { injectManifest } from "@serwist/build";
import { build } from "esbuild";

const root = process.cwd();
const bundled = path.join(root, ".next", "sw-bundled.js");
const dest = path.join(root, "public", "sw.js");

await build({
  entryPoints: [path.join(root, "lib", "offline", "service-worker.ts")],
  outfile: bundled,
  bundle: true,
  format: "iife",
  target: "es2022",
  minify: true,
  define: { "process.env.NODE_ENV": '"production"' },
  logLevel: "warning",
});

const { count, size, warnings } = await injectManifest({
  swSrc: bundled,
  swDest: dest,
  injectionPoint: "self.__SW_MANIFEST",
  globDirectory: path.join(root, ".next"),
  globPatterns: ["static/**/*.{js,css,woff2}"],
  // The files under _next/static have content hashes in their names: no revision needed.
  modifyURLPrefix: { "static/": "/_next/static/" },
  dontCacheBustURLsMatching: /^\/_next\/static\//,
});
fs.rmSync(bundled, { force: true });
for (const warning of warnings) console.warn(`service worker: ${warning}`);
console.log(`service worker: public/sw.js precaches ${count} files (${(size / 1024).toFixed(0)} kB)`);
