// GET /api/classes/:id/assignments/:aid/questions: the per-question table as CSV, hardest first as on the page.
import { hardestFirst } from "@/lib/classroom/analysis";
import { loadAssignmentAnalysis } from "@/lib/classroom/gradebook";
import { summarizeQuestion } from "@/lib/quiz/summary";
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
    // The page's order (hardest first) and its words for each column.
    const rows = hardestFirst(analysis.stats).map((s) => {
      const question = bank.questions.get(s.questionId);
      const summary = question ? summarizeQuestion(question, bank) : null;
      return {
        "Question ID": s.questionId,
        Question: summary ? [summary.prompt, summary.stem].filter(Boolean).join(" ") : "A retired question",
        Type: summary?.typeLabel ?? "",
        "Right answer": summary?.answer ?? "",
        Answers: s.answers,
        "Answered right": s.correct,
        "Share right": formatPercent(s.shareCorrect),
        "Median time (ms)": s.medianTimeMs,
        "Most common wrong answer": s.commonWrong?.answer ?? null,
        "Times given": s.commonWrong?.count ?? 0,
        "Answers given": s.choices.map((c) => `${c.answer}: ${c.count}`).join("; "),
      };
    });
    const columns = ["Question ID", "Question", "Type", "Right answer", "Answers", "Answered right", "Share right", "Median time (ms)", "Most common wrong answer", "Times given", "Answers given"];
    return csvResponse(rows, columns, `questions-${analysis.assignment.title}`);
  },
);
