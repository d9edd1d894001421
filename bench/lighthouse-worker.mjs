// Runs Lighthouse for bench/lighthouse.ts in a plain Node process: under tsx, the functions Lighthouse
// sends into the page arrive rewritten with helpers the page does not have (`__name is not defined`).
// Reads { chromePath, chromeFlags, pages: [{ key, url, cookie }] } on stdin, writes scores as JSON.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const { chromePath, chromeFlags, pages } = JSON.parse(Buffer.concat(chunks).toString("utf8"));

const score = (value) => Math.round((value ?? 0) * 100);

async function audit(port, page, config) {
  const result = await lighthouse(
    page.url,
    { port, logLevel: "error", output: "json", onlyCategories: ["performance", "accessibility"], extraHeaders: { Cookie: page.cookie } },
    config,
  );
  if (!result) throw new Error(`lighthouse gave no result for ${page.url}`);
  const { categories, audits, runtimeError } = result.lhr;
  if (runtimeError) throw new Error(`lighthouse on ${page.url}: ${runtimeError.message}`);
  // What kept a score down: the audits that failed, to say why in the report.
  const failedAudits = Object.values(audits)
    .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "notApplicable")
    .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ""}`);
  return { performance: score(categories.performance?.score), accessibility: score(categories.accessibility?.score), failedAudits };
}

const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
try {
  const out = {};
  for (const page of pages) out[page.key] = { desktop: await audit(chrome.port, page, desktopConfig), mobile: await audit(chrome.port, page, undefined) };
  process.stdout.write(JSON.stringify(out));
} finally {
  chrome.kill();
}
