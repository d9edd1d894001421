// The verdict on an answer (right or wrong, with the learner's answer, the right one and any note
// such as an accepted spelling) and, for ordering and matching, each step or pair marked.
import { Check, X } from "lucide-react";
import type { GradePart } from "@/lib/quiz/grade";

type VerdictGrade = { isCorrect: boolean; given: string; expected: string; detail?: string };

/** `brief`: the answer is marked part by part below (AnswerParts), so the verdict does not spell it out. */
export function Verdict({ grade, brief = false, children }: { grade: VerdictGrade; brief?: boolean; children?: React.ReactNode }) {
  const right = grade.isCorrect;
  return (
    <div className={`verdict ${right ? "right" : "wrong"}`}>
      <span className="mark" aria-hidden="true">
        {right ? <Check size={20} strokeWidth={3} /> : <X size={20} strokeWidth={3} />}
      </span>
      <div>
        <p>
          <strong>{right ? "Correct." : "Not quite."}</strong>
          {brief ? "" : ` Your answer: ${grade.given}`}
        </p>
        {!right && !brief && <p>The answer: {grade.expected}</p>}
        {grade.detail && <p className="small verdict-detail">{grade.detail}</p>}
        {children}
      </div>
    </div>
  );
}

/** Each pair of a matching answer, or each place of an ordering, with a mark and the right answer when wrong. */
export function AnswerParts({ parts, kind }: { parts: GradePart[]; kind: "pairs" | "steps" }) {
  return (
    <ol className={`answer-parts ${kind}`} aria-label={kind === "pairs" ? "Your pairs" : "Your order"}>
      {parts.map((part) => (
        <li key={part.label} className={part.isCorrect ? "right" : "wrong"}>
          <span className="mark" aria-hidden="true">
            {part.isCorrect ? <Check size={16} strokeWidth={3} /> : <X size={16} strokeWidth={3} />}
          </span>
          <span>
            <span className="visually-hidden">{part.isCorrect ? "Right: " : "Wrong: "}</span>
            {kind === "pairs" ? (
              <>
                <strong>{part.label}</strong>: {part.given || "nothing chosen"}
              </>
            ) : (
              <>
                <strong>{part.label}.</strong> {part.given}
              </>
            )}
            {!part.isCorrect && <span className="part-expected"> (right: {part.expected})</span>}
          </span>
        </li>
      ))}
    </ol>
  );
}
