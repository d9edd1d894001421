// The names a teacher's question form and its checks share, with no dependencies, so the form's
// client code can use them without the content checks.

/** The question types a teacher can write, the ones teachers use most. */
export const AUTHORED_TYPES = ["multiple_choice", "true_false", "typed"] as const;
export type AuthoredType = (typeof AUTHORED_TYPES)[number];

/** The fact select's value for "a new fact, described below". */
export const NEW_FACT = "new";

/** Form field -> the name a refusal starts with (the field's label). */
export const FIELD_LABELS = {
  type: "Question type",
  fact: "Fact",
  prompt: "Question",
  explanation: "Explanation",
  answer: "Answer",
  distractors: "Wrong options",
  accept: "Also accept",
  reject: "Near misses",
  topic: "Topic",
  statement: "Fact statement",
  sourceTitle: "Source title",
  sourcePublisher: "Publisher",
  sourceDate: "Source date",
  sourceUrl: "Source URL",
  quote: "Supporting sentence",
} as const;
export type DraftField = keyof typeof FIELD_LABELS;

