// What the browser is given for a question: everything needed to answer it and nothing that
// gives the answer away (options are shuffled per attempt, ordering items start out of order).
import type { QuestionBank } from "@/lib/content/bank";
import { QUESTION_TYPE_LABELS, type Question, type QuestionType } from "@/lib/content/schema";
import { isTeacherQuestionId } from "@/lib/content/teacher";
import { hashString, seededRandom, shuffle, shuffleAway } from "./random";

type Common = {
  id: string;
  type: QuestionType;
  typeLabel: string;
  prompt: string;
  topicTitle: string;
  /** Written by the learner's teacher for their class, not part of the content: shown with a mark. */
  byTeacher: boolean;
};

export type PresentedQuestion =
  | (Common & { type: "multiple_choice"; options: string[] })
  | (Common & { type: "who_said"; quote: string; options: string[] })
  | (Common & { type: "true_false" })
  | (Common & { type: "typed" })
  | (Common & { type: "cloze"; before: string; after: string })
  | (Common & { type: "number"; unit?: string })
  | (Common & { type: "date" })
  | (Common & { type: "ordering"; items: { id: string; label: string }[] })
  | (Common & { type: "matching"; left: string[]; right: string[] });

export function presentQuestion(q: Question, bank: QuestionBank, attemptId: string): PresentedQuestion {
  const random = seededRandom(hashString(`${attemptId}:${q.id}`));
  const topicId = bank.topicOfQuestion.get(q.id) ?? "";
  const common = {
    id: q.id,
    typeLabel: QUESTION_TYPE_LABELS[q.type],
    prompt: q.prompt,
    topicTitle: bank.topics.find((t) => t.id === topicId)?.title ?? "",
    byTeacher: isTeacherQuestionId(q.id),
  };
  switch (q.type) {
    case "multiple_choice":
      return { ...common, type: q.type, options: shuffle([q.answer, ...q.distractors], random) };
    case "who_said":
      return { ...common, type: q.type, quote: q.quote, options: shuffle([q.answer, ...q.distractors], random) };
    case "true_false":
    case "typed":
    case "date":
      return { ...common, type: q.type };
    case "number":
      return { ...common, type: q.type, ...(q.unit ? { unit: q.unit } : {}) };
    case "cloze": {
      const [before = "", after = ""] = q.text.split("___");
      return { ...common, type: q.type, before, after };
    }
    case "ordering": {
      const items = q.events.map((id) => ({ id, label: bank.events.get(id)?.label ?? id }));
      return { ...common, type: q.type, items: shuffleAway(items, random) };
    }
    case "matching":
      return {
        ...common,
        type: q.type,
        left: q.pairs.map((p) => p.left),
        right: shuffle(
          q.pairs.map((p) => p.right),
          random,
        ),
      };
  }
}
