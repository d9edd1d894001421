// The shape of everything in content/: sources, topics, facts, events and questions.
// Types are inferred from these schemas; lib/content/validate.ts adds the cross-file checks.
import { z } from "zod";

export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, "an id is lower-case letters and digits joined by - or _");

/** A full calendar date, YYYY-MM-DD, that exists. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a date is written YYYY-MM-DD")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "not a real calendar date");

/** A date as precise as the source allows: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, "a source date is YYYY, YYYY-MM or YYYY-MM-DD");

const Text = z.string().trim().min(1, "must not be empty");

export const SeedSource = z
  .object({
    id: Id,
    kind: z.literal("seed"),
    title: Text,
    publisher: Text,
    date: PartialDate,
    /** File name under shared/seeds; citations of it give a line number. */
    file: Text,
  })
  .strict();

export const WebSource = z
  .object({
    id: Id,
    kind: z.literal("web"),
    title: Text,
    publisher: Text,
    date: PartialDate,
    url: z.url(),
  })
  .strict();

export const Source = z.discriminatedUnion("kind", [SeedSource, WebSource]);
export type Source = z.infer<typeof Source>;

export const Topic = z
  .object({
    id: Id,
    title: Text,
    description: Text,
  })
  .strict();
export type Topic = z.infer<typeof Topic>;

export const Citation = z
  .object({
    source: Id,
    /** The exact sentence of the source that supports the fact. */
    quote: Text,
    /** Line number in the seed file; required when the source is the seed. */
    line: z.number().int().positive().optional(),
  })
  .strict();
export type Citation = z.infer<typeof Citation>;

export const Fact = z
  .object({
    id: Id,
    topic: Id,
    statement: Text,
    /** "opinion" marks commentary or a characterisation: checkable only as "X said so". */
    kind: z.enum(["fact", "opinion"]).default("fact"),
    /** Who said it, for statements and opinions attributed to a person or body. */
    saidBy: Text.optional(),
    /** For facts whose truth can change: the date the statement was last known true. */
    asOf: IsoDate.optional(),
    /** The statement says how things stand now (present tense), not how they stood on a date: it
     * needs asOf, and content:check fails once asOf is more than 18 months old. */
    current: z.literal(true).optional(),
    /** Shown to learners where the seed article says something different. */
    seedNote: Text.optional(),
    citations: z.array(Citation).min(1, "every fact names at least one source"),
  })
  .strict();
export type Fact = z.infer<typeof Fact>;

export const Event = z
  .object({
    id: Id,
    date: IsoDate,
    label: Text,
    fact: Id,
  })
  .strict();
export type Event = z.infer<typeof Event>;

const QuestionBase = {
  id: Id,
  facts: z.array(Id).min(1, "a question tests at least one fact"),
  prompt: Text,
  explanation: Text,
};

const Options = z.array(Text).min(2, "give at least two distractors").max(5, "at most five distractors");

export const MultipleChoiceQuestion = z
  .object({ ...QuestionBase, type: z.literal("multiple_choice"), answer: Text, distractors: Options })
  .strict();

export const TrueFalseQuestion = z
  .object({ ...QuestionBase, type: z.literal("true_false"), answer: z.boolean() })
  .strict();

/** Near misses that must be graded wrong, e.g. "Hungary" when the answer is "Canada and Hungary". */
const Reject = z.array(Text).default([]);

export const TypedQuestion = z
  .object({
    ...QuestionBase,
    type: z.literal("typed"),
    answer: Text,
    accept: z.array(Text).default([]),
    reject: Reject,
  })
  .strict();

export const ClozeQuestion = z
  .object({
    ...QuestionBase,
    type: z.literal("cloze"),
    /** The sentence with exactly one blank written as ___ */
    text: Text.refine((t) => t.split("___").length === 2, "a cloze text has exactly one ___ blank"),
    answer: Text,
    accept: z.array(Text).default([]),
    reject: Reject,
  })
  .strict();

export const NumberQuestion = z
  .object({
    ...QuestionBase,
    type: z.literal("number"),
    answer: z.number().finite(),
    unit: Text.optional(),
    reject: z.array(z.number().finite()).default([]),
  })
  .strict();

export const DateQuestion = z
  .object({
    ...QuestionBase,
    type: z.literal("date"),
    answer: IsoDate,
    reject: z.array(IsoDate).default([]),
  })
  .strict();

export const OrderingQuestion = z
  .object({
    ...QuestionBase,
    type: z.literal("ordering"),
    /** Event ids; the right order is by event date, earliest first. */
    events: z.array(Id).min(3, "order at least three events").max(6, "order at most six events"),
  })
  .strict();

export const MatchingQuestion = z
  .object({
    ...QuestionBase,
    type: z.literal("matching"),
    pairs: z
      .array(z.object({ left: Text, right: Text }).strict())
      .min(3, "match at least three pairs")
      .max(6, "match at most six pairs"),
  })
  .strict();

export const WhoSaidQuestion = z
  .object({
    ...QuestionBase,
    type: z.literal("who_said"),
    quote: Text,
    answer: Text,
    distractors: Options,
  })
  .strict();

export const Question = z.discriminatedUnion("type", [
  MultipleChoiceQuestion,
  TrueFalseQuestion,
  TypedQuestion,
  ClozeQuestion,
  NumberQuestion,
  DateQuestion,
  OrderingQuestion,
  MatchingQuestion,
  WhoSaidQuestion,
]);
export type Question = z.infer<typeof Question>;
export type QuestionType = Question["type"];

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  multiple_choice: "Multiple choice",
  true_false: "True or false",
  typed: "Typed answer",
  cloze: "Fill in the blank",
  number: "Number",
  date: "Date",
  ordering: "Put in order",
  matching: "Match the pairs",
  who_said: "Who said it?",
};

/** One file of content/: any mix of the five kinds of item, each list optional. */
export const ContentFile = z
  .object({
    sources: z.array(Source).optional(),
    topics: z.array(Topic).optional(),
    facts: z.array(Fact).optional(),
    events: z.array(Event).optional(),
    questions: z.array(Question).optional(),
  })
  .strict();
export type ContentFile = z.infer<typeof ContentFile>;
