// Gathers one learner's dashboard: their own cards and reviews (never anyone else's), turned into
// the statistics of this folder. Reads follow the learner's rows through indexes on userId.
import "server-only";
import type { QuestionBank } from "@/lib/content/bank";
import { db } from "@/lib/db";
import { factRecall, recallHorizon } from "@/lib/srs/recall";
import { CRAM } from "@/lib/srs/review-plan";
import { dayKeyOf, type LearnerDay } from "@/lib/time/learner-day";
import { buildHeatmap } from "./heatmap";
import { computeStreaks } from "./streaks";
import { retentionByWeek, trueRetention } from "./retention";
import { dueForecast } from "./forecast";
import { recallByTopic, stateCounts } from "./recall";
import { eventTimeline } from "./timeline";
import type { CardState, ProgressCard, ReviewRating } from "./types";

const YEAR_MS = 366 * 24 * 60 * 60 * 1000;

/** `user` is the signed-in user; its id, time zone and day start are all this needs of it. */
export async function loadProgress(user: { id: string } & LearnerDay, bank: QuestionBank, now: Date) {
  const [cardRows, reviewRows] = await Promise.all([
    db.card.findMany({ where: { userId: user.id } }),
    db.review.findMany({
      where: { userId: user.id, undo: null, reviewedAt: { gte: new Date(now.getTime() - YEAR_MS) } },
      select: { reviewedAt: true, rating: true, stateBefore: true, elapsedDays: true, factId: true, origin: true },
    }),
  ]);
  const keyOf = (d: Date) => dayKeyOf(d, user.timeZone, user.dayStartHour);
  const todayKey = keyOf(now);
  const reviews = reviewRows.map((r) => ({ ...r, rating: r.rating as ReviewRating, stateBefore: r.stateBefore as CardState }));
  // Cram answers count as study (heatmap, streaks) but not toward retention: they were asked early, on purpose.
  const scheduled = reviews.filter((r) => r.origin !== CRAM);
  // Judged ahead, not this minute: just after any answer, even a wrong one, FSRS predicts about 100%.
  const horizon = recallHorizon(now);
  const cards: ProgressCard[] = cardRows.map((c) => ({
    factId: c.factId,
    due: c.due,
    state: c.state as CardState,
    stability: c.stability,
    suspended: c.suspended,
    lapses: c.lapses,
    recall: factRecall(c, horizon),
  }));
  const facts = [...bank.facts.values()].map((f) => ({ id: f.id, topic: f.topic }));
  return {
    todayKey,
    cardCount: cardRows.length,
    heatmap: buildHeatmap(reviews, keyOf, todayKey),
    streaks: computeStreaks(reviews.map((r) => keyOf(r.reviewedAt)), todayKey),
    retention: trueRetention(scheduled, now),
    retentionWeeks: retentionByWeek(scheduled, keyOf, todayKey),
    forecast: dueForecast(cards, keyOf, todayKey),
    topics: recallByTopic(cards, facts, bank.topics),
    states: stateCounts(cards),
    timeline: eventTimeline([...bank.events.values()], cards),
  };
}

export type Progress = Awaited<ReturnType<typeof loadProgress>>;
