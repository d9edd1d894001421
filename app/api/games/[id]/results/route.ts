// GET /api/games/:id/results?layout=players|questions: a game's results as CSV, for its host.
import { z } from "zod";
import { loadGameResults } from "@/lib/game/service";
import { csvResponse } from "@/lib/http/csv";
import { apiRoute } from "@/lib/http/mutation";
import { nowFrom } from "@/lib/time/clock";

const ResultsQuery = z.object({ layout: z.enum(["players", "questions"], { error: "layout is players or questions" }).default("players") }).strict();

export const GET = apiRoute(
  { access: "teacher", query: ResultsQuery, notFound: { code: "game_not_found", message: "That game does not exist or is not yours." } },
  async ({ request, user, input }, ctx: RouteContext<"/api/games/[id]/results">) => {
    const { id } = await ctx.params;
    const results = await loadGameResults(user.id, id, nowFrom(request.headers));
    if (!results) return null;
    if (input.layout === "questions") {
      const rows = results.questions.map((q) => ({
        question: q.index + 1,
        prompt: q.prompt,
        correct_answer: q.correct,
        answered: q.answered,
        correct: q.correctCount,
        most_common_wrong: q.commonWrong ?? "",
      }));
      return csvResponse(rows, ["question", "prompt", "correct_answer", "answered", "correct", "most_common_wrong"], `${results.title} questions`);
    }
    const columns = ["rank", "nickname", "signed_in", "score", "correct", "total_seconds", ...results.questions.map((q) => `q${q.index + 1}`)];
    const rows = results.players.map((p) => ({
      rank: p.rank,
      nickname: p.nickname,
      signed_in: p.signedIn ? "yes" : "no",
      score: p.score,
      correct: p.correct,
      total_seconds: Math.round(p.totalMs / 100) / 10,
      ...Object.fromEntries(p.answers.map((a, i) => [`q${i + 1}`, a ? `${a.isCorrect ? "right" : "wrong"}: ${a.given}` : ""])),
    }));
    return csvResponse(rows, columns, `${results.title} players`);
  },
);
