// A teacher's question as the form sends it, and the check that runs on save: the form's own rules
// (zod), then the content schema and the very checks `npm run content:check` runs on content/
// (lib/content/validate.ts, guessability.ts), called for this one item. Every refusal is keyed by the
// form field it is about and starts with that field's name. Pure: the bank is a parameter.
import { z } from "zod";
import type { QuestionBank } from "@/lib/content/bank";
import { Fact, Question, WebSource, type Source } from "@/lib/content/schema";
import { citationProblems, questionProblems } from "@/lib/content/validate";
import { AUTHORED_TYPES, FIELD_LABELS, NEW_FACT, type DraftField } from "./fields";

export { AUTHORED_TYPES, FIELD_LABELS, NEW_FACT, type AuthoredType, type DraftField } from "./fields";

const optionalText = (field: DraftField, max: number) => z.string().max(max, `${FIELD_LABELS[field]}: Use at most ${max} characters.`).default("");
/** One entry a line, blank lines dropped. */
const lines = (field: DraftField) => z
  .string()
  .max(2000, `${FIELD_LABELS[field]}: Use at most 2000 characters.`)
  .default("")
  .transform((text) =>
    text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
  );

/** What the question form (and the JSON route) sends. The type decides which fields are read. */
export const TeacherQuestionInput = z
  .object({
    type: z.enum(AUTHORED_TYPES, { error: "Question type: Choose multiple choice, true or false, or typed answer." }),
    fact: z.string().trim().min(1, "Fact: Choose the fact the question tests, or a new fact.").max(100, "Fact: Choose one from the list."),
    prompt: optionalText("prompt", 500),
    explanation: optionalText("explanation", 1000),
    answer: optionalText("answer", 300),
    distractors: lines("distractors"),
    accept: lines("accept"),
    reject: lines("reject"),
    topic: optionalText("topic", 100),
    statement: optionalText("statement", 1000),
    sourceTitle: optionalText("sourceTitle", 300),
    sourcePublisher: optionalText("sourcePublisher", 200),
    sourceDate: optionalText("sourceDate", 40),
    sourceUrl: optionalText("sourceUrl", 2000),
    quote: optionalText("quote", 1000),
    /** The form's one-time key, so a submission sent twice saves once. */
    clientKey: z
      .string()
      .regex(/^[A-Za-z0-9_-]{8,64}$/, "clientKey must be 8 to 64 letters, digits, - or _")
      .optional(),
  })
  .strict();
export type TeacherQuestionInput = z.infer<typeof TeacherQuestionInput>;

/** The question's own fields as stored (the content shape without id and facts). */
export type QuestionBody =
  | { type: "multiple_choice"; prompt: string; explanation: string; answer: string; distractors: string[] }
  | { type: "true_false"; prompt: string; explanation: string; answer: boolean }
  | { type: "typed"; prompt: string; explanation: string; answer: string; accept: string[]; reject: string[] };

/** A new fact with its source, as stored. */
export type FactDraft = {
  topicId: string;
  statement: string;
  sourceTitle: string;
  sourcePublisher: string;
  sourceDate: string;
  sourceUrl: string;
  quote: string;
};

export type CheckedDraft = {
  ok: true;
  body: QuestionBody;
  /** The fact tested: a fact of the bank, or a new one to save with the question. */
  target: { factId: string } | { newFact: FactDraft };
};
export type DraftRefusal = { ok: false; fields: Partial<Record<DraftField, string>> };

// Stand-in ids for the checks: the real ones ("tq:…", "tf:…") are made when the row is saved.
const DRAFT_QUESTION = "draft-question";
const DRAFT_FACT = "draft-fact";
const DRAFT_SOURCE = "draft-source";

const SOURCE_FIELDS: Record<string, DraftField> = { title: "sourceTitle", publisher: "sourcePublisher", date: "sourceDate", url: "sourceUrl" };
const FACT_FIELDS: Record<string, DraftField> = { statement: "statement", topic: "topic", citations: "quote" };
const QUESTION_FIELDS: Record<string, DraftField> = {
  prompt: "prompt",
  explanation: "explanation",
  answer: "answer",
  distractors: "distractors",
  accept: "accept",
  reject: "reject",
  facts: "fact",
};

const sentence = (text: string) => {
  const t = text.trim();
  return `${t.charAt(0).toUpperCase()}${t.slice(1)}${/[.!?]$/.test(t) ? "" : "."}`;
};

class Refusals {
  readonly fields: Partial<Record<DraftField, string>> = {};
  add(field: DraftField, message: string) {
    // The first problem of a field is the one shown; it names the field.
    this.fields[field] ??= `${FIELD_LABELS[field]}: ${sentence(message)}`;
  }
  addIssues(error: z.ZodError, map: Record<string, DraftField>, fallback: DraftField) {
    for (const issue of error.issues) this.add(map[String(issue.path[0])] ?? fallback, issue.message);
  }
  get isEmpty() {
    return Object.keys(this.fields).length === 0;
  }
}

function bodyOf(input: TeacherQuestionInput, refusals: Refusals): QuestionBody | null {
  const common = { prompt: input.prompt.trim(), explanation: input.explanation.trim() };
  switch (input.type) {
    case "multiple_choice":
      return { type: input.type, ...common, answer: input.answer.trim(), distractors: input.distractors };
    case "typed":
      return { type: input.type, ...common, answer: input.answer.trim(), accept: input.accept, reject: input.reject };
    case "true_false": {
      const answer = input.answer.trim().toLowerCase();
      if (answer !== "true" && answer !== "false") {
        refusals.add("answer", "choose whether the statement is true or false");
        return null;
      }
      return { type: input.type, ...common, answer: answer === "true" };
    }
  }
}

/** The question in the content schema's shape, for the content checks (ids are stand-ins). */
export function asContentQuestion(body: QuestionBody, id: string, factId: string): Question {
  return { ...body, id, facts: [factId] };
}

function checkNewFact(input: TeacherQuestionInput, bank: QuestionBank, refusals: Refusals): FactDraft | null {
  const topicId = input.topic.trim();
  if (!bank.topics.some((t) => t.id === topicId)) refusals.add("topic", "choose the topic the new fact belongs to");
  const url = input.sourceUrl.trim();
  const source = WebSource.safeParse({
    id: DRAFT_SOURCE,
    kind: "web",
    title: input.sourceTitle,
    publisher: input.sourcePublisher,
    date: input.sourceDate.trim(),
    url,
  });
  // Learners follow the link: only a web page's address, never a javascript: or data: one.
  if (url && !/^https?:\/\//i.test(url)) refusals.add("sourceUrl", "give the address of a web page, starting with https://");
  if (!source.success) refusals.addIssues(source.error, SOURCE_FIELDS, "sourceUrl");
  const quote = input.quote.trim();
  const fact = Fact.safeParse({ id: DRAFT_FACT, topic: topicId || "draft-topic", statement: input.statement, citations: [{ source: DRAFT_SOURCE, quote }] });
  if (!fact.success) refusals.addIssues(fact.error, FACT_FIELDS, "statement");
  if (source.success && fact.success) {
    const sources = new Map<string, Source>([[DRAFT_SOURCE, source.data]]);
    for (const citation of fact.data.citations) {
      for (const p of citationProblems(citation, sources, new Map())) refusals.add("quote", p.message);
    }
  }
  if (!source.success || !fact.success || !/^https?:\/\//i.test(url)) return null;
  return {
    topicId,
    statement: fact.data.statement,
    sourceTitle: source.data.title,
    sourcePublisher: source.data.publisher,
    sourceDate: source.data.date,
    sourceUrl: url,
    quote,
  };
}

/**
 * Checks a teacher's question against the same rules as content:check. `bank` is the bank of the
 * teacher's class (content plus the class's own facts), so "fact" may name either.
 */
export function checkTeacherDraft(input: TeacherQuestionInput, bank: QuestionBank): CheckedDraft | DraftRefusal {
  const refusals = new Refusals();
  const isNew = input.fact === NEW_FACT;
  if (!isNew && !bank.facts.has(input.fact)) refusals.add("fact", "that fact does not exist in this class; choose one from the list");
  const newFact = isNew ? checkNewFact(input, bank, refusals) : null;

  const body = bodyOf(input, refusals);
  if (body) {
    const question = Question.safeParse(asContentQuestion(body, DRAFT_QUESTION, DRAFT_FACT));
    if (!question.success) refusals.addIssues(question.error, QUESTION_FIELDS, "prompt");
    else {
      const known = { facts: new Set([DRAFT_FACT]), events: bank.events };
      for (const p of questionProblems(question.data, known)) refusals.add(QUESTION_FIELDS[p.field] ?? "prompt", p.message);
    }
  }
  if (!refusals.isEmpty || !body) return { ok: false, fields: refusals.fields };
  if (isNew) return newFact ? { ok: true, body, target: { newFact } } : { ok: false, fields: refusals.fields };
  return { ok: true, body, target: { factId: input.fact } };
}
