// Lighthouse 12.2.3 on Debian's chromium: performance and accessibility of each page, on the mobile
// defaults (simulated slow 4G and a 4x slower CPU) and the desktop preset, in one browser.
import { spawn } from "node:child_process";
import path from "node:path";
import { chromiumPath } from "../scripts/chromium";
import { CHROME_FLAGS, ROOT } from "./config";

export type LighthouseScore = { performance: number; accessibility: number; failedAudits: string[] };
export type LighthousePage = { key: string; url: string; cookie: string };
export type LighthouseScores = Record<string, { desktop: LighthouseScore; mobile: LighthouseScore }>;

/** Bounded like every step: a run that hangs is stopped after timeoutMs. */
export function runLighthouse(pages: LighthousePage[], timeoutMs = 240_000): Promise<LighthouseScores> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, "bench", "lighthouse-worker.mjs")], { cwd: ROOT, stdio: ["pipe", "pipe", "inherit"], timeout: timeoutMs });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve(JSON.parse(out) as LighthouseScores);
      else reject(new Error(`lighthouse worker ended with ${signal ?? `code ${code}`}`));
    });
    child.stdin.end(JSON.stringify({ chromePath: chromiumPath(ROOT), chromeFlags: CHROME_FLAGS, pages }));
  });
}
