// Answers the question on screen using the keyboard only: focus moves with Tab-free focus()
// calls and every choice, move and submission is a key press.
import { expect, type Page } from "@playwright/test";
import type { QuestionBank } from "../../../lib/content/bank";
import type { Question } from "../../../lib/content/schema";
import { formatIsoDate } from "../../../lib/quiz/format";

async function pressOn(page: Page, locator: ReturnType<Page["locator"]>, key: string) {
  await locator.focus();
  await page.keyboard.press(key);
}

function chronological(q: Extract<Question, { type: "ordering" }>, bank: QuestionBank): string[] {
  return [...q.events].sort((a, b) => (bank.events.get(a)?.date ?? "").localeCompare(bank.events.get(b)?.date ?? ""));
}

export async function answerByKeyboard(page: Page, q: Question, bank: QuestionBank, correct: boolean) {
  const form = page.locator(`form[data-question-id="${q.id}"]`);
  await expect(form).toBeVisible();
  switch (q.type) {
    case "multiple_choice":
    case "who_said":
      await pressOn(page, form.getByRole("radio", { name: correct ? q.answer : q.distractors[0], exact: true }), "Space");
      break;
    case "true_false":
      await pressOn(page, form.getByRole("radio", { name: (correct ? q.answer : !q.answer) ? "True" : "False", exact: true }), "Space");
      break;
    case "typed":
    case "cloze":
      await form.getByRole("textbox").focus();
      // Lower case and without its capitals: lenient matching must still accept it.
      await page.keyboard.type(correct ? q.answer.toLowerCase() : "definitely not this");
      break;
    case "number":
      await form.getByRole("textbox").focus();
      await page.keyboard.type(correct ? q.answer.toLocaleString("en-US") : String(q.answer + 1));
      break;
    case "date":
      await form.getByRole("textbox").focus();
      await page.keyboard.type(correct ? formatIsoDate(q.answer) : "1 January 1900");
      break;
    case "ordering": {
      const target = correct ? chronological(q, bank) : [...chronological(q, bank)].reverse();
      for (let i = 0; i < target.length; i++) {
        const label = bank.events.get(target[i] ?? "")?.label ?? "";
        const labels = await form.locator(".order-item .label").allTextContents();
        const steps = labels.indexOf(label) - i;
        if (steps <= 0) continue;
        await form.getByRole("button", { name: `Move up: ${label}`, exact: true }).focus();
        for (let s = 0; s < steps; s++) await page.keyboard.press("Space");
      }
      await expect(form.locator(".order-item .label")).toHaveText(target.map((id) => bank.events.get(id)?.label ?? ""));
      break;
    }
    case "matching": {
      const options = await form.locator("select").first().locator("option").allTextContents();
      for (const [i, pair] of q.pairs.entries()) {
        const right = correct ? pair.right : (q.pairs[(i + 1) % q.pairs.length]?.right ?? pair.right);
        const select = form.getByLabel(pair.left, { exact: true });
        await select.focus();
        await page.keyboard.press("Home");
        for (let s = 0; s < options.indexOf(right); s++) await page.keyboard.press("ArrowDown");
        await expect(select).toHaveValue(right);
      }
      break;
    }
  }
  await pressOn(page, form.getByRole("button", { name: "Check answer" }), "Enter");
}
