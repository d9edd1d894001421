// GET /api/classes/:id/assignments/:aid/questions: the per-question table as CSV.
import { loadAssignmentAnalysis } from "@/lib/classroom/gradebook";
import { nowFrom } from "@/lib/time/clock";
import { getBank } from "@/lib/content/bank";
import { bankForClass } from "@/lib/authoring/store";
import { csvResponse } from "@/lib/http/csv";
import { apiRoute } from "@/lib/http/mutation";
import { formatPercent } from "@/lib/progress/percent";

export const GET = apiRoute(
  { access: "teacher", notFound: { code: "assignment_not_found", message: "That assignment does not exist or is not yours." } },
  async ({ request, user }, ctx: RouteContext<"/api/classes/[id]/assignments/[aid]/questions">) => {
    const { id, aid } = await ctx.params;
    const bank = (await bankForClass(user.id, id)) ?? getBank();
    const analysis = await loadAssignmentAnalysis(user.id, id, aid, bank, nowFrom(request.headers));
    if (!analysis) return null;
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
  },
);
