// GET /api/classes/:id/assignments/:aid/questions: the per-question table as CSV.
import { loadAssignmentAnalysis } from "@/lib/classroom/gradebook";
import { nowFrom } from "@/lib/time/clock";
import { getBank } from "@/lib/content/bank";
import { apiError } from "@/lib/http/api";
import { csvResponse } from "@/lib/http/csv";
import { route } from "@/lib/http/route";
import { formatPercent } from "@/lib/progress/percent";
import { requireApiTeacher } from "@/lib/http/user";

export const GET = route(async (request: Request, ctx: RouteContext<"/api/classes/[id]/assignments/[aid]/questions">) => {
  const auth = await requireApiTeacher();
  if (!auth.ok) return auth.response;
  const { id, aid } = await ctx.params;
  const bank = getBank();
  const analysis = await loadAssignmentAnalysis(auth.user.id, id, aid, bank, nowFrom(request.headers));
  if (!analysis) return apiError(404, "assignment_not_found", "That assignment does not exist or is not yours.");
  const rows = analysis.stats.map((s) => ({
    questionId: s.questionId,
    question: bank.questions.get(s.questionId)?.prompt ?? "",
    answers: s.answers,
    correct: s.correct,
    shareCorrect: formatPercent(s.shareCorrect),
    medianTimeMs: s.medianTimeMs,
    commonWrongAnswer: s.commonWrong?.answer ?? null,
    commonWrongCount: s.commonWrong?.count ?? 0,
    choices: s.choices.map((c) => `${c.answer}: ${c.count}`).join("; "),
  }));
  const columns = ["questionId", "question", "answers", "correct", "shareCorrect", "medianTimeMs", "commonWrongAnswer", "commonWrongCount", "choices"];
  return csvResponse(rows, columns, `questions-${analysis.assignment.title}`);
});
