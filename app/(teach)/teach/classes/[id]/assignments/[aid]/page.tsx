import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft } from "lucide-react";
import { Table } from "@/components/ui/table";
import { requireTeacher } from "@/lib/auth/session";
import { loadAssignmentAnalysis } from "@/lib/classroom/gradebook";
import { now } from "@/lib/time/clock";
import { getBank } from "@/lib/content/bank";
import { bankForClass } from "@/lib/authoring/store";
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
          <Table caption="Results per question across the class" stickyFirst>
              <thead>
                <tr>
                  <th scope="col" className="wide">
                    Question
                  </th>
                  <th scope="col">Answers</th>
                  <th scope="col">Correct</th>
                  <th scope="col">Median time</th>
                  <th scope="col">Most common wrong answer</th>
                  <th scope="col">Answers given</th>
                </tr>
              </thead>
              <tbody>
                {stats.map((s) => (
                  <tr key={s.questionId} data-question-id={s.questionId}>
                    <td className="wide">{bank.questions.get(s.questionId)?.prompt ?? "A retired question"}</td>
                    <td>{s.answers}</td>
                    <td>{formatPercent(s.shareCorrect)}</td>
                    <td>{s.medianTimeMs === null ? "" : `${Math.round(s.medianTimeMs / 1000)} s`}</td>
                    <td>{s.commonWrong ? `${s.commonWrong.answer} (${s.commonWrong.count})` : ""}</td>
                    <td>
                      {s.choices.map((c) => `${c.answer}${c.isCorrect ? " ✓" : ""}: ${c.count}`).join("; ")}
                    </td>
                  </tr>
                ))}
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
