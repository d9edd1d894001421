// Runs axe with the WCAG 2.2 A/AA rules on the page as it is now and fails on any violation.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export async function expectAccessible(page: Page, state: string) {
  // Every page has a title (WCAG 2.4.2), checked here rather than by axe's document-title rule. After a
  // server action's redirect or a refresh, Next.js (16.4) takes the old <title> out in one commit and
  // puts the new one in with the next, about 10 ms later on an idle machine (a MutationObserver saw it
  // after every "Save changes" on the teacher's questions, with metadata streamed or not). Axe catches
  // that gap now and then under load (twice in the stressed runs); this waits for the title instead.
  await expect(page, `title on ${state}`).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"])
    .disableRules(["document-title"])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `axe violations on ${state}`).toEqual([]);
}
