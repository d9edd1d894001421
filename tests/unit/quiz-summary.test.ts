// What a teacher reads about a question when picking it: type, the whole stem, answer and fact.
import { describe, expect, it } from "vitest";
import { getBank } from "@/lib/content/bank";
import { summarizeQuestion } from "@/lib/quiz/summary";

const bank = getBank();
const first = (type: string) => [...bank.questions.values()].find((q) => q.type === type)!;

describe("summarizeQuestion", () => {
  it("gives a cloze its sentence, so a prompt like 'Fill in the acronym.' is never bare", () => {
    const q = first("cloze");
    const summary = summarizeQuestion(q, bank);
    expect(summary).toMatchObject({ type: "cloze", typeLabel: "Fill in the blank", prompt: q.prompt });
    expect(summary.stem).toContain("___");
    expect(summary.answer).toBe(q.type === "cloze" ? q.answer : "");
  });

  it("gives a who-said question its quote, and every question the statements of its facts and its topic", () => {
    const q = first("who_said");
    const summary = summarizeQuestion(q, bank);
    expect(summary.stem).toMatch(/^“.+”$/);
    expect(summary.facts).toEqual(q.facts.map((id) => bank.facts.get(id)!.statement));
    expect(summary.topicTitle).toBe(bank.topics.find((t) => t.id === bank.topicOfQuestion.get(q.id))!.title);
  });

  it("writes a true-or-false answer and an ordering's answer in words", () => {
    expect(summarizeQuestion(first("true_false"), bank).answer).toMatch(/^(True|False)$/);
    const ordering = summarizeQuestion(first("ordering"), bank);
    expect(ordering.answer).toContain(" → ");
    expect(ordering.stem).toBeNull();
  });
});
