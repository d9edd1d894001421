import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Meter } from "@/components/ui/meter";
import { Table } from "@/components/ui/table";
import { hardestFirst } from "@/lib/classroom/analysis";
import { requireTeacher } from "@/lib/auth/session";
import { loadAssignmentAnalysis } from "@/lib/classroom/gradebook";
import { now } from "@/lib/time/clock";
import { getBank } from "@/lib/content/bank";
import { bankForClass } from "@/lib/authoring/store";
import { summarizeQuestion } from "@/lib/quiz/summary";
import { formatPercent } from "@/lib/progress/percent";
import { RECALL_HORIZON_DAYS } from "@/lib/srs/recall";
import { formatDue } from "@/lib/time/due";

export const metadata: Metadata = { title: "Assignment analysis" };

export default async function AssignmentPage({ params }: PageProps<"/teach/classes/[id]/assignments/[aid]">) {
  const { id, aid } = await params;
  const teacher = await requireTeacher(`/teach/classes/${id}/assignments/${aid}`);
  // The class bank, so the prompts of the teacher's own questions are shown too.
  const bank = (await bankForClass(teacher.id, id)) ?? getBank();
  const analysis = await loadAssignmentAnalysis(teacher.id, id, aid, bank, await now());
  if (!analysis) notFound();
  const { assignment, stats, factRecall, judgedAt } = analysis;
  const judgedWhen = assignment.kind === "mastery" ? `at ${formatDue(judgedAt, teacher.timeZone)}` : `in ${RECALL_HORIZON_DAYS} days`;
  return (
    <div className="stack">
      <Link className="back-link" href={`/teach/classes/${id}`}>
        <ArrowLeft aria-hidden="true" />
        Back to {assignment.class.name}
      </Link>
      <div>
        <p className="eyebrow">{assignment.kind === "quiz" ? "Quiz assignment" : "Mastery assignment"}</p>
        <h1>{assignment.title}</h1>
      </div>
      {assignment.kind === "quiz" && (
        <section className="card stack" aria-labelledby="per-question-title">
          <h2 id="per-question-title">Per question</h2>
          <p className="muted">Hardest first: the share of the class&apos;s answers that were right, with the wrong answer given most often.</p>
          <Table caption="Results per question across the class, hardest first" className="per-question" stickyFirst>
            <thead>
              <tr>
                <th scope="col" className="wide">
                  Question
                </th>
                <th scope="col">Answered right</th>
                <th scope="col" className="wide">
                  Most common wrong answer
                </th>
                <th scope="col">Median time</th>
                <th scope="col" className="wide">
                  Answers given
                </th>
              </tr>
            </thead>
            <tbody>
              {hardestFirst(stats).map((s) => {
                const question = bank.questions.get(s.questionId);
                const summary = question ? summarizeQuestion(question, bank) : null;
                return (
                  <tr key={s.questionId} data-question-id={s.questionId}>
                    <td className="wide">
                      {summary ? (
                        <span className="question-summary">
                          <span>{summary.prompt}</span>
                          {summary.stem && <span className="muted">{summary.stem}</span>}
                          <span>
                            <Badge tone="neutral">{summary.typeLabel}</Badge>
                          </span>
                          <span className="small">
                            Answer: <strong>{summary.answer}</strong>
                          </span>
                        </span>
                      ) : (
                        "A retired question"
                      )}
                    </td>
                    <td>
                      <Meter value={s.shareCorrect} label="answered right" />
                      <span className="muted small share-count">
                        {s.correct} of {s.answers}
                      </span>
                    </td>
                    <td className="wide" data-testid="common-wrong">
                      {s.commonWrong ? (
                        <>
                          {s.commonWrong.answer} <span className="muted small">({s.commonWrong.count})</span>
                        </>
                      ) : (
                        <span className="muted">{s.answers ? "None: every answer was right" : "No answers yet"}</span>
                      )}
                    </td>
                    <td>{s.medianTimeMs === null ? "" : `${Math.round(s.medianTimeMs / 1000)} s`}</td>
                    <td className="wide">{s.choices.map((c) => `${c.answer}${c.isCorrect ? " ✓" : ""}: ${c.count}`).join("; ")}</td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
          <p>
            <a href={`/api/classes/${id}/assignments/${aid}/questions`}>Download the per-question table (CSV)</a>
          </p>
        </section>
      )}
      <section className="card stack" aria-labelledby="recall-title">
        <h2 id="recall-title">Predicted recall per fact across the class</h2>
        <Table caption={`Each fact's predicted recall ${judgedWhen} if nothing more is reviewed, averaged over the class; a student who has not studied it counts as 0`}>
          <thead>
            <tr>
              <th scope="col" className="wide">
                Fact
              </th>
              <th scope="col">Studied by</th>
              <th scope="col">Mean predicted recall {judgedWhen}</th>
            </tr>
          </thead>
          <tbody>
            {factRecall.map((f) => (
              <tr key={f.factId}>
                <td className="wide">{f.statement}</td>
                <td>
                  {f.studied} of {f.students}
                </td>
                <td>{formatPercent(f.meanRecall)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </section>
    </div>
  );
}
