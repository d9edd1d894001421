// The mastery rule: a goal "keep topic T above X% until D" is judged by what FSRS predicts for each fact
// at D if nothing more is reviewed (lib/srs/recall's judgeRecallGoal), never by the recall of this minute.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { masteryJudgedAt, masteryOutcome } from "@/lib/classroom/status";
import { STRONG_RECALL, classifyRecall } from "@/lib/progress/timeline";
import { factRecall, judgeRecallGoal, recallHorizon } from "@/lib/srs/recall";
import { newCardState, reviewCard, type CardState, type SrsRating } from "@/lib/srs/scheduler";

const DAY = 86_400_000;
const T0 = new Date("2026-11-20T09:00:00Z");
const at = (days: number) => new Date(T0.getTime() + days * DAY);
const options = { desiredRetention: 0.9, enableFuzz: false };

/** A card answered once, at `when`, with `rating`. */
const answeredOnce = (rating: SrsRating, when = T0): CardState => reviewCard(newCardState(when), rating, when, options);

/** A card reviewed Good each time it fell due, `times` times from T0 on: well known. */
function wellKnown(times: number): CardState {
  let card = answeredOnce(3);
  for (let i = 1; i < times; i++) card = reviewCard(card, 3, card.due, options);
  return card;
}

describe("one answer, judged at a due date a week away", () => {
  it("a wrong answer never predicts 100% (nor the target) at the due date, however soon after it the goal is read", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 7 * 24 * 60 - 1 }), fc.integer({ min: 0, max: 6 * 24 * 60 }), (answeredAfterMin, readAfterMin) => {
        const answered = new Date(T0.getTime() + answeredAfterMin * 60_000);
        const dueAt = new Date(answered.getTime() + 7 * DAY);
        const card = answeredOnce(1, answered);
        const now = new Date(answered.getTime() + readAfterMin * 60_000);
        // What a reader of "now" would have seen: about 100% a minute after the wrong answer.
        expect(factRecall(card, answered)).toBe(1);
        const recall = factRecall(card, masteryJudgedAt(dueAt, now)) ?? 0;
        expect(recall).toBeLessThan(1);
        expect(recall).toBeLessThan(0.9);
        const goal = judgeRecallGoal([card], 0.9, masteryJudgedAt(dueAt, now));
        expect(goal.isMet).toBe(false);
        expect(masteryOutcome(goal, dueAt, now).status).toBe("in_progress");
      }),
    );
  });

  it("no single answer, whatever its rating, reads as Strong at the dashboard's horizon", () => {
    for (const rating of [1, 2, 3, 4] as const) {
      const card = answeredOnce(rating);
      const recall = factRecall(card, recallHorizon(T0));
      expect(recall).toBeLessThan(STRONG_RECALL);
      expect(classifyRecall(recall)).not.toBe("strong");
    }
  });
});

describe("a goal is met only when every fact of the topic is predicted at or above the target at the due date", () => {
  const dueAt = at(14);

  it("is met when every fact is well known at the due date", () => {
    const goal = judgeRecallGoal([wellKnown(5), wellKnown(5)], 0.9, dueAt);
    expect(goal.below).toBe(0);
    expect(goal.isMet).toBe(true);
    expect(masteryOutcome(goal, dueAt, at(1)).status).toBe("submitted");
  });

  it("is not met when one fact falls below, even with the topic's mean above the target", () => {
    const strong = Array.from({ length: 9 }, () => wellKnown(6));
    const weak = answeredOnce(3);
    const goal = judgeRecallGoal([...strong, weak], 0.9, dueAt);
    expect(goal.recall ?? 0).toBeGreaterThanOrEqual(0.9);
    expect(goal.below).toBe(1);
    expect(goal.isMet).toBe(false);
  });

  it("counts a fact never studied as 0 and below the target", () => {
    const goal = judgeRecallGoal([wellKnown(5), undefined, newCardState(T0)], 0.9, dueAt);
    expect(goal).toMatchObject({ count: 3, studied: 1, below: 2, isMet: false });
  });

  it("is never met for a topic with no facts", () => {
    expect(judgeRecallGoal([], 0.9, dueAt).isMet).toBe(false);
  });

  it("is judged at the due date while it is ahead, and now once it has passed", () => {
    expect(masteryJudgedAt(dueAt, at(1))).toEqual(dueAt);
    expect(masteryJudgedAt(dueAt, at(20))).toEqual(at(20));
  });
});
