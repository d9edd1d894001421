// A guest takes quizzes in a real browser, by keyboard alone, with axe after every state change.
import { expect, test, type Page } from "@playwright/test";
import type { Question } from "../../lib/content/schema";
import { gradeTextAnswer, matchesText } from "../../lib/match/match";
import { formatIsoDate, formatQuote } from "../../lib/quiz/format";
import { answerByKeyboard } from "./helpers/answer";
import { expectAccessible } from "./helpers/axe";
import { getTestBank } from "./helpers/bank";
import { runSql } from "./helpers/db";

const bank = getTestBank();

/** One question of every type in the bank, in a fixed order. */
function oneOfEachType(): Question[] {
  const byType = new Map<string, Question>();
  for (const q of bank.questions.values()) if (!byType.has(q.type)) byType.set(q.type, q);
  return [...byType.values()];
}

async function startPickedQuiz(page: Page, questionIds: string[]): Promise<string> {
  await page.goto("/");
  const url = await page.evaluate(async (ids) => {
    const res = await fetch("/api/attempts", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ questionIds: ids }),
    });
    return ((await res.json()) as { url: string }).url;
  }, questionIds);
  await page.goto(url);
  return url;
}

test("the home page says what Overflight is and lists every topic with its question count", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Open Skies");
  for (const topic of bank.topics) {
    const card = page.getByRole("article", { name: topic.title, exact: true });
    await expect(card).toContainText(`${topic.questionCount} questions`);
  }
  await expectAccessible(page, "home");
});

test("a quiz of a chosen topic and length starts from the keyboard", async ({ page }) => {
  await page.goto("/");
  const topic = bank.topics[0]!;
  const topicSelect = page.getByLabel("Topic", { exact: true });
  await topicSelect.focus();
  await topicSelect.selectOption(topic.id); // a native select: keyboard-operable by definition
  await page.getByLabel("Questions", { exact: true }).selectOption("5");
  await page.getByRole("button", { name: "Start quiz" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/quiz\/[^/]+$/);
  const expected = Math.min(5, topic.questionCount);
  await expect(page.getByText(`0 of ${expected} answered`)).toBeVisible();
  await expect(page.locator("form[data-question-id]")).toContainText(topic.title);
  await expectAccessible(page, "first question");
});

test("every question type by keyboard: feedback with its source, reload mid-quiz, results and retry", async ({ page }) => {
  // Nine questions, two axe runs each, a reload and a retry: a long journey on a loaded machine.
  test.setTimeout(180_000);
  const questions = oneOfEachType();
  expect(questions.length).toBeGreaterThanOrEqual(7);
  const wrongOnPurpose = new Set([questions[0]!.id, questions[2]!.id]);
  const quizUrl = await startPickedQuiz(
    page,
    questions.map((q) => q.id),
  );
  await expectAccessible(page, "quiz start");

  for (const [index, q] of questions.entries()) {
    if (index === 4) {
      await page.reload();
      await expect(page.getByText(`4 of ${questions.length} answered`)).toBeVisible();
      await expect(page.locator(`form[data-question-id="${q.id}"]`)).toBeVisible();
    }
    await expect(page.getByText(`Question ${index + 1} of ${questions.length}`)).toBeVisible();
    await expectAccessible(page, `question ${q.type}`);
    const correct = !wrongOnPurpose.has(q.id);
    await answerByKeyboard(page, q, bank, correct);

    const verdict = page.locator(".verdict");
    await expect(verdict).toContainText(correct ? "Correct." : "Not quite.");
    // The explanation and the sentence of the source, with a link to it.
    await expect(page.getByText(q.explanation, { exact: true })).toBeVisible();
    const fact = bank.facts.get(q.facts[0]!)!;
    const citation = fact.citations[0]!;
    const quote = formatQuote(citation.quote);
    await expect(page.locator("blockquote").filter({ hasText: quote }).first()).toBeVisible();
    const sourceName = citation.line ? `The seed article, line ${citation.line}` : bank.sources.get(citation.source)!.title;
    await expect(page.getByRole("link", { name: sourceName }).first()).toBeVisible();
    await expect(page.getByRole("progressbar")).toHaveAttribute("value", String(index + 1));
    await expectAccessible(page, `feedback ${q.type}`);

    const isLast = index === questions.length - 1;
    const next = isLast ? page.getByRole("link", { name: "See results" }) : page.getByRole("button", { name: "Next question" });
    await next.focus();
    await page.keyboard.press("Enter");
  }

  await expect(page).toHaveURL(`${quizUrl}/results`);
  const right = questions.length - wrongOnPurpose.size;
  await expect(page.locator(".score")).toContainText(`${right} of ${questions.length}`);
  await expect(page.locator(".results-list > li")).toHaveCount(questions.length);
  await expect(page.getByText("Incorrect")).toHaveCount(wrongOnPurpose.size);
  await expectAccessible(page, "results");

  const retry = page.getByRole("button", { name: `Retry what I missed (${wrongOnPurpose.size})` });
  await retry.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/quiz\/[^/]+$/);
  expect(page.url()).not.toBe(quizUrl);
  await expect(page.getByText(`0 of ${wrongOnPurpose.size} answered`)).toBeVisible();
  const shown = await page.locator("form[data-question-id]").getAttribute("data-question-id");
  expect(wrongOnPurpose.has(shown ?? "")).toBe(true);
  // Retries are asked in another order: of two missed questions, the second comes first.
  expect(shown).toBe(questions[2]!.id);
  await expectAccessible(page, "retry quiz");
});

/** A misspelling of a typed answer that lenient grading accepts (one letter dropped), if the answer has one. */
function acceptedTypo(q: Extract<Question, { type: "typed" }>): string | null {
  for (let i = 1; i < q.answer.length - 1; i++) {
    const typo = q.answer.slice(0, i) + q.answer.slice(i + 1);
    if (/\w/.test(q.answer[i] ?? "") && gradeTextAnswer(typo, q) && !matchesText(typo, q.answer, q.accept, "exact")) return typo;
  }
  return null;
}

test("each question type is answered by keys and left with at most two keys after the answer", async ({ page }) => {
  test.setTimeout(180_000);
  const questions = oneOfEachType();
  const typed = [...bank.questions.values()].find(
    (q): q is Extract<Question, { type: "typed" }> => q.type === "typed" && acceptedTypo(q) !== null,
  );
  expect(typed, "a typed question with an accepted typo").toBeDefined();
  const list = questions.map((q) => (q.type === "typed" ? typed! : q));
  await startPickedQuiz(
    page,
    list.map((q) => q.id),
  );
  const progress = page.getByRole("progressbar");

  for (const [index, q] of list.entries()) {
    const form = page.locator(`form[data-question-id="${q.id}"]`);
    await expect(form).toBeVisible();
    await expect(progress).toHaveAttribute("aria-valuetext", `${index} of ${list.length} questions answered`);
    await expectAccessible(page, `keys: question ${q.type}`);
    let verdict = "Correct.";
    // Giving the answer: the keys of the options, typing, moving or choosing.
    switch (q.type) {
      case "multiple_choice":
      case "who_said":
      case "true_false": {
        const labels = await form.locator(".option > span").allTextContents();
        await expect(form.locator(".option-key")).toHaveText(labels.map((_, i) => String(i + 1)));
        const answer = q.type === "true_false" ? (q.answer ? "True" : "False") : q.answer;
        await expect(form.getByRole("heading", { level: 2 })).toBeFocused();
        await page.keyboard.press(String(labels.indexOf(answer) + 1));
        await expect(form.getByRole("radio", { name: answer, exact: true })).toBeChecked();
        break;
      }
      case "typed":
        await expect(form.getByRole("textbox")).toBeFocused();
        await page.keyboard.type(acceptedTypo(q)!);
        break;
      case "cloze":
        await expect(form.getByRole("textbox")).toBeFocused();
        await page.keyboard.type(q.answer);
        break;
      case "number":
        await expect(form.getByRole("textbox")).toBeFocused();
        await page.keyboard.type(String(q.answer));
        break;
      case "date":
        await expect(form.getByRole("textbox")).toBeFocused();
        await page.keyboard.type(formatIsoDate(q.answer));
        break;
      case "ordering": {
        // Reversed on purpose: every step but the middle one is marked wrong.
        const target = [...q.events].sort((a, b) => (bank.events.get(b)?.date ?? "").localeCompare(bank.events.get(a)?.date ?? ""));
        for (let i = 0; i < target.length; i++) {
          const label = bank.events.get(target[i] ?? "")?.label ?? "";
          const steps = (await form.locator(".order-item .label").allTextContents()).indexOf(label) - i;
          if (steps <= 0) continue;
          await form.getByRole("button", { name: `Move up: ${label}`, exact: true }).focus();
          for (let s = 0; s < steps; s++) await page.keyboard.press("Space");
        }
        await form.locator("button[data-move]:not([disabled])").first().focus();
        verdict = "Not quite.";
        break;
      }
      case "matching": {
        // The first two pairs swapped on purpose.
        const options = await form.locator("select").first().locator("option").allTextContents();
        for (const [i, pair] of q.pairs.entries()) {
          const swap = i === 0 ? q.pairs[1] : i === 1 ? q.pairs[0] : pair;
          const select = form.getByLabel(pair.left, { exact: true });
          await select.focus();
          await page.keyboard.press("Home");
          for (let s = 0; s < options.indexOf(swap!.right); s++) await page.keyboard.press("ArrowDown");
        }
        verdict = "Not quite.";
        break;
      }
    }
    // At most two keys from here: Enter checks, Enter goes on.
    await page.keyboard.press("Enter");
    await expect(page.locator(".verdict")).toContainText(verdict);
    await expect(page.getByRole("heading", { level: 2, name: q.prompt })).toBeFocused();
    if (q.type === "typed") await expect(page.locator(".verdict")).toContainText(`Accepted: the spelling is ${q.answer}.`);
    if (q.type === "matching") {
      const parts = page.locator(".answer-parts li");
      await expect(parts).toHaveCount(q.pairs.length);
      await expect(page.locator(".answer-parts li.wrong")).toHaveCount(2);
      await expect(parts.first()).toContainText(`(right: ${q.pairs[0]!.right})`);
    }
    if (q.type === "ordering") {
      await expect(page.locator(".answer-parts li")).toHaveCount(q.events.length);
      await expect(page.locator(".answer-parts li.wrong")).toHaveCount(q.events.length % 2 === 1 ? q.events.length - 1 : q.events.length);
      // Reading the feedback survives a reload, and Enter still goes on from it.
      await page.reload();
      await expect(page.locator(".answer-parts li")).toHaveCount(q.events.length);
      await expect(page.getByRole("heading", { level: 2, name: q.prompt })).toBeFocused();
    }
    await expectAccessible(page, `keys: feedback ${q.type}`);
    await page.keyboard.press("Enter");
  }
  await expect(page).toHaveURL(/\/results$/);
});

test("right and wrong move, and stand still when the learner asks for reduced motion", async ({ page }) => {
  const q = oneOfEachType().find((x) => x.type === "true_false")!;
  await page.emulateMedia({ reducedMotion: "reduce" });
  await startPickedQuiz(page, [q.id]);
  // The question has focus once the page is interactive: keys pressed before that reach nothing.
  await expect(page.getByRole("heading", { level: 2, name: q.prompt })).toBeFocused();
  await page.keyboard.press(q.type === "true_false" && q.answer ? "2" : "1");
  await page.keyboard.press("Enter");
  const verdict = page.locator(".verdict.wrong");
  await expect(verdict).toBeVisible();
  expect(await verdict.evaluate((el) => getComputedStyle(el).animationDuration)).toBe("0s, 0s");
  await page.emulateMedia({ reducedMotion: "no-preference" });
  expect(await verdict.evaluate((el) => getComputedStyle(el).animationDuration)).not.toMatch(/^0s/);
});

test("another learner's quiz is not found, and a reload of a finished quiz shows its results", async ({ page, browser }) => {
  const [q] = oneOfEachType();
  const url = await startPickedQuiz(page, [q!.id]);
  await answerByKeyboard(page, q!, bank, true);
  await expect(page.locator(".verdict")).toContainText("Correct.");
  await page.goto(url);
  await expect(page).toHaveURL(`${url}/results`);

  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  const response = await strangerPage.goto(url);
  expect(response?.status()).toBe(404);
  await expect(strangerPage.getByRole("heading", { name: "Not found" })).toBeVisible();
  await stranger.close();
});

// One test per question type: the nine in one test took 44 to 57 s of its 60 under CPU stress (two axe
// scans each), and once ran out of time.
test.describe("on a 360 px phone in dark mode", () => {
  test.use({ viewport: { width: 360, height: 740 }, colorScheme: "dark" });

  for (const q of oneOfEachType()) {
    test(`the ${q.type} question and its feedback fit the screen and pass axe`, async ({ page }) => {
      await startPickedQuiz(page, [q.id]);
      await expect(page.locator(`form[data-question-id="${q.id}"]`)).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal scroll on ${q.type}`).toBeLessThanOrEqual(0);
      await expectAccessible(page, `dark phone ${q.type}`);
      await answerByKeyboard(page, q, bank, true);
      await expect(page.locator(".verdict")).toBeVisible();
      const after = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(after, `horizontal scroll on the feedback of ${q.type}`).toBeLessThanOrEqual(0);
      await expectAccessible(page, `dark phone feedback ${q.type}`);
    });
  }
});

test("an attempt on a question since retired from the content still shows in history, marked retired", async ({ page }) => {
  const [q] = oneOfEachType();
  const url = await startPickedQuiz(page, [q!.id]);
  const attemptId = url.split("/").pop()!;
  // A content edit removed a question this attempt had answered: its row stays, the bank loses it.
  await runSql("UPDATE Attempt SET questionIds = ? WHERE id = ?", JSON.stringify([q!.id, "a-question-since-retired"]), attemptId);
  await runSql(
    `INSERT INTO Answer (id, attemptId, questionId, response, isCorrect, prompt, given, expected, clientKey)
     VALUES (?, ?, 'a-question-since-retired', '{"kind":"text","text":"Vienna"}', TRUE, 'Where does the OSCC meet?', 'Vienna', 'Vienna', 'retired-key-1')`,
    `retired-${attemptId}`,
    attemptId,
  );
  await page.goto("/history");
  const row = page.getByRole("row").filter({ hasText: "Picked questions" }).first();
  await expect(row).toContainText("1 retired");
  await expectAccessible(page, "history");

  await page.goto(`${url}`);
  await answerByKeyboard(page, q!, bank, true);
  await page.getByRole("link", { name: "See results" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: /Where does the OSCC meet\?/ })).toBeVisible();
  await expect(page.getByText("This question has been retired")).toBeVisible();
  await expect(page.locator(".score")).toContainText("2 of 2");
  await expectAccessible(page, "results with a retired question");
});

test("a quote not in English carries its language, in the explanation and on its source's page", async ({ page }) => {
  // The first question whose first fact shows first a source not in English (the others are folded).
  const picked = [...bank.questions.values()]
    .filter((q) => q.type === "multiple_choice")
    .map((q) => {
      const citation = bank.facts.get(q.facts[0]!)!.citations.slice(0, 1).find((c) => {
        const s = bank.sources.get(c.source);
        return s?.kind === "web" && s.lang;
      });
      return { q, citation };
    })
    .find(({ citation }) => citation);
  expect(picked, "a question that shows a non-English quote").toBeDefined();
  const { q, citation } = picked!;
  const source = bank.sources.get(citation!.source)!;
  const lang = source.kind === "web" ? source.lang! : "";

  await startPickedQuiz(page, [q.id]);
  await answerByKeyboard(page, q, bank, true);
  await expect(page.locator(".verdict")).toContainText("Correct.");
  const quote = page.locator("blockquote").filter({ hasText: formatQuote(citation!.quote) }).first();
  await expect(quote).toHaveAttribute("lang", lang);
  await expect(page.getByRole("link", { name: source.title }).first()).toHaveAttribute("lang", lang);
  // The explanation's own words stay English: the page's language is not changed around them.
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByText(q.explanation, { exact: true })).not.toHaveAttribute("lang", /.+/);
  await expectAccessible(page, "feedback with a non-English quote");

  await page.goto(`/sources/${source.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", lang);
  await expect(page.locator("blockquote").filter({ hasText: formatQuote(citation!.quote) }).first()).toHaveAttribute("lang", lang);
  await expectAccessible(page, "a source not in English");
  await page.goto("/sources");
  await expect(page.getByRole("link", { name: source.title, exact: true })).toHaveAttribute("lang", lang);
});
