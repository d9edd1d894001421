// A hint for reviews: a nudge that narrows the answer without giving it. Using one makes a right
// answer count as Hard for the scheduler.
import type { QuestionBank } from "@/lib/content/bank";
import type { Question } from "@/lib/content/schema";

export function hintFor(q: Question, bank: QuestionBank): string | null {
  switch (q.type) {
    case "multiple_choice":
    case "who_said":
      return q.distractors[0] ? `It is not “${q.distractors[0]}”.` : null;
    case "typed":
    case "cloze": {
      const words = q.answer.trim().split(/\s+/).length;
      return `It starts with “${q.answer.trim().charAt(0)}”${words > 1 ? ` and has ${words} words` : ""}.`;
    }
    case "number":
      return `It has ${String(Math.trunc(Math.abs(q.answer))).length} digit(s) before any decimal point.`;
    case "date":
      return `It was in the ${q.answer.slice(0, 3)}0s.`;
    case "ordering": {
      const earliest = [...q.events].sort((a, b) => (bank.events.get(a)?.date ?? "").localeCompare(bank.events.get(b)?.date ?? ""))[0];
      return earliest ? `The earliest is “${bank.events.get(earliest)?.label ?? earliest}”.` : null;
    }
    case "matching":
      return q.pairs[0] ? `“${q.pairs[0].left}” goes with “${q.pairs[0].right}”.` : null;
    case "true_false":
      return null;
  }
}
