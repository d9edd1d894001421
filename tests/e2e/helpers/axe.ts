// Runs axe with the WCAG 2.2 A/AA rules on the page as it is now and fails on any violation.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export async function expectAccessible(page: Page, state: string) {
  // Next.js streams metadata after a client-side navigation: give the title its moment.
  await expect(page, `title on ${state}`).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `axe violations on ${state}`).toEqual([]);
}
