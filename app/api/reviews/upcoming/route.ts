// GET /api/reviews/upcoming: the next cards of today's review, so the review screen can go on
// without a connection. Answer mode carries no answers; flashcards carry their backs, as the page does.
import { NextResponse } from "next/server";
import { z } from "zod";
import { bankForViewer } from "@/lib/authoring/store";
import { apiRoute } from "@/lib/http/mutation";
import { loadUpcomingCards } from "@/lib/srs/review-service";
import { nowFrom } from "@/lib/time/clock";

const UpcomingQuery = z
  .object({
    mode: z.enum(["answer", "flashcards"], { message: 'The mode is "answer" (the default) or "flashcards".' }).default("answer"),
    topic: z.string().min(1).max(100).optional(),
  })
  .strip();

export const GET = apiRoute(
  { access: "user", query: UpcomingQuery, notFound: { code: "unknown_topic", message: "That topic does not exist." } },
  async ({ request, user, input }) => {
    const bank = await bankForViewer(user.id);
    if (input.topic !== undefined && !bank.topics.some((t) => t.id === input.topic)) return null;
    const cards = await loadUpcomingCards(user, bank, nowFrom(request.headers), input.mode, input.topic);
    // A learner's cards: never kept by a shared cache, nor by this browser's.
    return NextResponse.json({ cards }, { headers: { "cache-control": "private, no-store" } });
  },
);
