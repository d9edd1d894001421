// The production build the bench measures: made when missing or older than the source, so a run
// never measures yesterday's app.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./config";

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Returns the seconds the build took, or null when the existing build is current. */
export function ensureBuild(): number | null {
  const marker = path.join(ROOT, ".next", "BUILD_ID");
  const sources = ["app", "components", "lib", "content"].map((d) => path.join(ROOT, d)).filter((d) => fs.existsSync(d));
  const builtAt = fs.existsSync(marker) ? fs.statSync(marker).mtimeMs : 0;
  const hasBaselines = fs.existsSync(path.join(ROOT, ".next", "server", "app", "bench-baseline"));
  if (builtAt > Math.max(...sources.map(newestSource)) && hasBaselines) return null;
  const started = performance.now();
  const result = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  if (result.status !== 0) throw new Error("npm run build failed");
  return (performance.now() - started) / 1000;
}
