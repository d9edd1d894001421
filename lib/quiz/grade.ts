// Grades one response to one question, on the server, by code. A response of the wrong shape
// for its question (or naming options the question does not have) is refused, not graded.
import { z } from "zod";
import type { QuestionBank } from "@/lib/content/bank";
import type { Question } from "@/lib/content/schema";
import { gradeTextAnswer, matchesDate, matchesNumber, matchesText } from "@/lib/match/match";
import { formatIsoDate } from "./format";

const Short = z.string().max(500, "an answer can be at most 500 characters");

export const AnswerResponse = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("choice"), choice: Short }).strict(),
  z.object({ kind: z.literal("boolean"), value: z.boolean() }).strict(),
  z.object({ kind: z.literal("text"), text: Short }).strict(),
  z.object({ kind: z.literal("order"), order: z.array(z.string().max(100)).max(10) }).strict(),
  z
    .object({
      kind: z.literal("pairs"),
      pairs: z.array(z.object({ left: Short, right: Short }).strict()).max(10),
    })
    .strict(),
]);
export type AnswerResponse = z.infer<typeof AnswerResponse>;
export type ResponseKind = AnswerResponse["kind"];

export function responseKindFor(q: Question): ResponseKind {
  switch (q.type) {
    case "multiple_choice":
    case "who_said":
      return "choice";
    case "true_false":
      return "boolean";
    case "typed":
    case "cloze":
    case "number":
    case "date":
      return "text";
    case "ordering":
      return "order";
    case "matching":
      return "pairs";
  }
}

export type Grade = {
  isCorrect: boolean;
  /** The learner's answer, written out for people. */
  given: string;
  /** The right answer, written out for people. */
  expected: string;
  /**
   * Partial progress on ordering and matching ("3 of 5 in the right place"), or the right spelling of
   * a typed answer accepted with a typo ("Accepted: the spelling is Helsinki.").
   */
  detail?: string;
  /** Ordering and matching: each step or pair, marked right or wrong. */
  parts?: GradePart[];
};

/** One step of an ordering ("2": the event put second) or one pair of a matching answer. */
export type GradePart = { label: string; given: string; expected: string; isCorrect: boolean };

export type GradeOutcome = { ok: true; grade: Grade } | { ok: false; message: string };

const refuse = (message: string): GradeOutcome => ({ ok: false, message });

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && new Set(a).size === a.length && a.every((x) => b.includes(x));
}

export function expectedAnswer(q: Question, bank: QuestionBank): string {
  switch (q.type) {
    case "multiple_choice":
    case "who_said":
    case "typed":
    case "cloze":
      return q.answer;
    case "true_false":
      return q.answer ? "True" : "False";
    case "number":
      return `${q.answer.toLocaleString("en-GB")}${q.unit ? ` ${q.unit}` : ""}`;
    case "date":
      return formatIsoDate(q.answer);
    case "ordering":
      return chronological(q.events, bank)
        .map((id) => bank.events.get(id)?.label ?? id)
        .join(" → ");
    case "matching":
      return q.pairs.map((p) => `${p.left}: ${p.right}`).join("; ");
  }
}

function chronological(eventIds: readonly string[], bank: QuestionBank): string[] {
  return [...eventIds].sort((a, b) => (bank.events.get(a)?.date ?? "").localeCompare(bank.events.get(b)?.date ?? ""));
}

export function gradeAnswer(q: Question, response: AnswerResponse, bank: QuestionBank): GradeOutcome {
  const expected = expectedAnswer(q, bank);
  const kind = responseKindFor(q);
  if (response.kind !== kind) return refuse(`This question takes a ${kind} answer, not a ${response.kind} answer.`);
  const done = (isCorrect: boolean, given: string, detail?: string, parts?: GradePart[]): GradeOutcome => ({
    ok: true,
    grade: { isCorrect, given, expected, ...(detail ? { detail } : {}), ...(parts ? { parts } : {}) },
  });

  if (response.kind === "choice" && (q.type === "multiple_choice" || q.type === "who_said")) {
    if (![q.answer, ...q.distractors].includes(response.choice)) return refuse("That is not one of the options.");
    return done(response.choice === q.answer, response.choice);
  }
  if (response.kind === "boolean" && q.type === "true_false") {
    return done(response.value === q.answer, response.value ? "True" : "False");
  }
  if (response.kind === "text") {
    const text = response.text.trim();
    if (!text) return refuse("Type an answer first.");
    if (q.type === "typed" || q.type === "cloze") {
      const isCorrect = gradeTextAnswer(text, q);
      // Right but not as written (a typo let through): say how it is spelt, so the typo is not learned.
      const isTypo = isCorrect && !matchesText(text, q.answer, q.accept, "exact");
      return done(isCorrect, text, isTypo ? `Accepted: the spelling is ${q.answer}.` : undefined);
    }
    if (q.type === "number") return done(matchesNumber(text, q.answer), text);
    if (q.type === "date") return done(matchesDate(text, q.answer), text);
  }
  if (response.kind === "order" && q.type === "ordering") {
    if (!sameSet(response.order, q.events)) return refuse("Put every event of the question in order, each once.");
    const right = chronological(q.events, bank);
    const label = (id: string | undefined) => (id === undefined ? "" : (bank.events.get(id)?.label ?? id));
    const parts = response.order.map((id, i) => ({
      label: String(i + 1),
      given: label(id),
      expected: label(right[i]),
      isCorrect: right[i] === id,
    }));
    const inPlace = parts.filter((p) => p.isCorrect).length;
    const given = response.order.map(label).join(" → ");
    return done(inPlace === right.length, given, `${inPlace} of ${right.length} in the right place`, parts);
  }
  if (response.kind === "pairs" && q.type === "matching") {
    const lefts = q.pairs.map((p) => p.left);
    const rights = q.pairs.map((p) => p.right);
    if (!sameSet(response.pairs.map((p) => p.left), lefts)) return refuse("Match every item on the left once.");
    if (response.pairs.some((p) => !rights.includes(p.right))) return refuse("That is not one of the options.");
    const parts = q.pairs.map((qp) => {
      const chosen = response.pairs.find((p) => p.left === qp.left)?.right ?? "";
      return { label: qp.left, given: chosen, expected: qp.right, isCorrect: chosen === qp.right };
    });
    const rightCount = parts.filter((p) => p.isCorrect).length;
    const given = response.pairs.map((p) => `${p.left}: ${p.right}`).join("; ");
    return done(rightCount === q.pairs.length, given, `${rightCount} of ${q.pairs.length} pairs right`, parts);
  }
  return refuse("That answer does not fit this question.");
}
