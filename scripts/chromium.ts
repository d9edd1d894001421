// How Chromium is found and launched on these machines, for the browser tests, the bench and the
// screenshot scripts alike: no sandbox (run as root), no GPU, and none of the background networking
// that floods a closed network with refused connections.
import { execFileSync } from "node:child_process";
import { chromium } from "@playwright/test";

export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

let found: string | null = null;

/**
 * The Chromium to drive: the one scripts/ensure-browser.sh gives the browser tests (PLAYWRIGHT_CHROMIUM_PATH,
 * Debian's, installed with apt when missing and run as root, or Playwright's own), found once per process.
 * Throws with the script's explanation when there is none, so a run fails before it measures anything.
 * `root` is the repository's root, where the script is looked for.
 */
export function chromiumPath(root: string): string {
  if (found) return found;
  const out = execFileSync("bash", ["scripts/ensure-browser.sh"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  const last = out.trim().split("\n").pop() ?? "";
  found = last === "playwright-bundled" ? chromium.executablePath() : last;
  return found;
}
