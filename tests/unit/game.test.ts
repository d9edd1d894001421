// The live game's pure core: the state machine, scoring, nicknames, PINs and grading as in quizzes.
import { describe, expect, it } from "vitest";
import { buildBank } from "@/lib/content/bank";
import { gradeGameAnswer } from "@/lib/game/grade";
import { checkNickname } from "@/lib/game/nickname";
import { GamePin, makePin } from "@/lib/game/pin";
import { distribution, pointsFor, rankPlayers, tallyPlayer } from "@/lib/game/scoring";
import { ANSWER_GRACE_MS, IDLE_END_MS, canAnswer, closesForGood, endGame, isIdleExpired, newGameState, nextQuestion, pauseQuestion, resumeQuestion, revealQuestion, type GameState, type Transition } from "@/lib/game/state";
import { baseContent, writeContent } from "./helpers/content-fixture";

const ok = (t: Transition): GameState => {
  if (!t.ok) throw new Error(t.message);
  return t.state;
};

describe("game state machine", () => {
  it("goes lobby -> question -> reveal -> ... -> ended", () => {
    let s = newGameState(2, 20_000, 0);
    expect(s.phase).toBe("lobby");
    s = ok(nextQuestion(s, 1000));
    expect([s.phase, s.questionIndex, s.closesAt]).toEqual(["question", 0, 21_000]);
    expect(nextQuestion(s, 2000)).toEqual({ ok: false, message: expect.stringMatching(/Reveal/) });
    s = ok(revealQuestion(s, 5000));
    expect([s.phase, s.closesAt]).toEqual(["reveal", 5000]);
    s = ok(nextQuestion(s, 6000));
    expect(s.questionIndex).toBe(1);
    s = ok(revealQuestion(s, 7000));
    s = ok(nextQuestion(s, 8000));
    expect(s.phase).toBe("ended");
    expect(nextQuestion(s, 9000).ok).toBe(false);
    expect(endGame(s, 9000).ok).toBe(false);
  });

  it("refuses answers after the timer, when paused, to another question and after the end", () => {
    let s = ok(nextQuestion(newGameState(3, 10_000, 0), 0));
    expect(canAnswer(s, 0, 10_000)).toEqual({ ok: true });
    // Sent as the count reached zero, it may arrive a moment later: taken within the grace, not after.
    expect(canAnswer(s, 0, 10_000 + ANSWER_GRACE_MS)).toEqual({ ok: true });
    expect(canAnswer(s, 0, 10_001 + ANSWER_GRACE_MS)).toEqual({ ok: false, message: "Time is up: your answer came after the timer." });
    expect(closesForGood(s)).toBe(10_000 + ANSWER_GRACE_MS);
    expect(canAnswer(s, 1, 5000).ok).toBe(false);
    s = ok(pauseQuestion(s, 4000));
    expect(s.pausedRemainingMs).toBe(6000);
    expect(canAnswer(s, 0, 4500).ok).toBe(false);
    expect(pauseQuestion(s, 4600).ok).toBe(false);
    s = ok(resumeQuestion(s, 60_000));
    expect(s.closesAt).toBe(66_000);
    expect(canAnswer(s, 0, 65_000)).toEqual({ ok: true });
    s = ok(endGame(s, 70_000));
    expect(canAnswer(s, 0, 70_000)).toEqual({ ok: false, message: "This game has ended." });
  });

  it("ends itself after hours idle", () => {
    const s = newGameState(3, 10_000, 0);
    expect(isIdleExpired(s, IDLE_END_MS - 1)).toBe(false);
    expect(isIdleExpired(s, IDLE_END_MS)).toBe(true);
    expect(isIdleExpired(ok(endGame(s, 0)), IDLE_END_MS * 2)).toBe(false);
  });
});

describe("game scoring", () => {
  const right = (elapsedMs: number) => ({ isCorrect: true, elapsedMs, questionMs: 20_000 });
  const wrong = (elapsedMs: number) => ({ isCorrect: false, elapsedMs, questionMs: 20_000 });

  it("scores accuracy only by default: a fast right answer earns what a slow one does", () => {
    expect(pointsFor(right(100), 0)).toBe(pointsFor(right(19_000), 5));
    expect(pointsFor(wrong(100), 3)).toBe(0);
  });

  it("adds a speed bonus and streaks only when asked", () => {
    expect(pointsFor(right(0), 0, { speedBonus: true, streaks: false })).toBe(1500);
    expect(pointsFor(right(10_000), 0, { speedBonus: true, streaks: false })).toBe(1250);
    expect(pointsFor(right(30_000), 0, { speedBonus: true, streaks: false })).toBe(1000);
    expect(pointsFor(right(0), 2, { speedBonus: false, streaks: true })).toBe(1200);
    expect(pointsFor(right(0), 50, { speedBonus: false, streaks: true })).toBe(1500);
  });

  it("ranks by score, breaks ties by total time, and shares a rank when both are equal", () => {
    const a = tallyPlayer("a", "Ana", [right(5000), wrong(1000)]);
    const b = tallyPlayer("b", "Ben", [right(2000), null]);
    const c = tallyPlayer("c", "Cy", [right(3000), right(3000)]);
    const d = tallyPlayer("d", "Di", [right(2000), null]);
    expect(c).toMatchObject({ score: 2000, correct: 2, totalMs: 6000, streak: 2 });
    expect(rankPlayers([a, b, c, d]).map((r) => [r.nickname, r.rank])).toEqual([["Cy", 1], ["Ben", 2], ["Di", 2], ["Ana", 4]]);
  });

  it("counts each answer and names the most common wrong one", () => {
    const d = distribution([
      { given: "Vienna", isCorrect: false },
      { given: "Helsinki", isCorrect: true },
      { given: "Vienna", isCorrect: false },
      { given: "Budapest", isCorrect: false },
    ]);
    expect(d.counts[0]).toEqual({ given: "Vienna", count: 2, isCorrect: false });
    expect(d.commonWrong).toBe("Vienna");
    expect(distribution([{ given: "Helsinki", isCorrect: true }]).commonWrong).toBeNull();
  });
});

describe("nicknames", () => {
  it("takes a plain name, trimmed and with spaces collapsed", () => {
    expect(checkNickname("  Anna   K ", [])).toEqual({ ok: true, nickname: "Anna K" });
  });

  it.each([
    ["A", /at least 2/],
    ["x".repeat(21), /at most 20/],
    ["an\u200Bna", /invisible/],
    ["an\u0007na", /control/],
    ["ann\u202Ea", /invisible/],
    [42, /./],
  ])("refuses %j", (raw, message) => {
    const check = checkNickname(raw, []);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toMatch(message);
  });

  it("refuses a duplicate in the game, whatever its case, accents or spacing", () => {
    expect(checkNickname("ánna k", ["Anna K"]).ok).toBe(false);
    expect(checkNickname("Anna", ["Anna K"]).ok).toBe(true);
  });
});

describe("game PINs", () => {
  it("are six digits not starting with 0, avoiding PINs in use", () => {
    const values = [123456, 123456, 654321];
    const pin = makePin(new Set(["123456"]), () => values.shift() ?? 0);
    expect(pin).toBe("654321");
    expect(GamePin.safeParse(makePin()).success).toBe(true);
    expect(GamePin.safeParse("012345").success).toBe(false);
    expect(GamePin.safeParse("12345").success).toBe(false);
  });
});

describe("grading in a game", () => {
  const bank = buildBank(writeContent(baseContent()));
  const q = (id: string) => {
    const found = bank.questions.get(id);
    if (!found) throw new Error(id);
    return found;
  };

  it("grades multiple choice, true/false, number, date and typed answers as a quiz does", () => {
    const graded = (id: string, response: Parameters<typeof gradeGameAnswer>[1]) => {
      const outcome = gradeGameAnswer(q(id), response, bank);
      return outcome.ok && outcome.grade.isCorrect;
    };
    expect(graded("q-mc", { kind: "choice", choice: "Helsinki" })).toBe(true);
    expect(graded("q-mc", { kind: "choice", choice: "Vienna" })).toBe(false);
    expect(graded("q-tf", { kind: "boolean", value: false })).toBe(true);
    expect(graded("q-number", { kind: "text", text: "1,550" })).toBe(true);
    expect(graded("q-number", { kind: "text", text: "1500" })).toBe(false);
    expect(graded("q-date", { kind: "text", text: "Nov 22 2020" })).toBe(true);
    expect(graded("q-typed", { kind: "text", text: "hungary and canada" })).toBe(true);
  });

  it("refuses question types that do not fit a timed game", () => {
    expect(gradeGameAnswer(q("q-order"), { kind: "order", order: ["e-signed", "e-eif", "e-exit"] }, bank).ok).toBe(false);
  });
});
