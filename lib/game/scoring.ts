// Scoring a live game: accuracy first. A speed bonus and streaks are options, off by default;
// ties are broken by total answering time (less is better), then by name for a stable order.

export type ScoringOptions = { speedBonus: boolean; streaks: boolean };
export const DEFAULT_SCORING: ScoringOptions = { speedBonus: false, streaks: false };

export const POINTS_CORRECT = 1000;
/** At most this much more for an instant answer, falling linearly to 0 at the timer's end. */
export const SPEED_BONUS_MAX = 500;
/** Per correct answer in a row after the first, up to STREAK_BONUS_CAP. */
export const STREAK_BONUS_STEP = 100;
export const STREAK_BONUS_CAP = 500;

export type ScoredAnswer = { isCorrect: boolean; elapsedMs: number; questionMs: number };

/** Points for one answer, given the player's streak of correct answers before it. */
export function pointsFor(answer: ScoredAnswer, streakBefore: number, options: ScoringOptions = DEFAULT_SCORING): number {
  if (!answer.isCorrect) return 0;
  let points = POINTS_CORRECT;
  if (options.speedBonus && answer.questionMs > 0) {
    const left = Math.max(0, Math.min(1, 1 - answer.elapsedMs / answer.questionMs));
    points += Math.round(SPEED_BONUS_MAX * left);
  }
  if (options.streaks) points += Math.min(STREAK_BONUS_CAP, STREAK_BONUS_STEP * streakBefore);
  return points;
}

export type PlayerTally = { playerId: string; nickname: string; score: number; correct: number; totalMs: number; streak: number };

/** A player's tally from their answers in question order (unanswered questions count as wrong, with no time). */
export function tallyPlayer(playerId: string, nickname: string, answers: readonly (ScoredAnswer | null)[], options: ScoringOptions = DEFAULT_SCORING): PlayerTally {
  const t: PlayerTally = { playerId, nickname, score: 0, correct: 0, totalMs: 0, streak: 0 };
  for (const a of answers) {
    if (!a) {
      t.streak = 0;
      continue;
    }
    t.score += pointsFor(a, t.streak, options);
    t.totalMs += a.elapsedMs;
    if (a.isCorrect) {
      t.correct += 1;
      t.streak += 1;
    } else t.streak = 0;
  }
  return t;
}

export type Ranked = PlayerTally & { rank: number };

/** Leaderboard: score, then total time; players equal in both share a rank. */
export function rankPlayers(tallies: readonly PlayerTally[]): Ranked[] {
  const sorted = [...tallies].sort((a, b) => b.score - a.score || a.totalMs - b.totalMs || a.nickname.localeCompare(b.nickname));
  const ranked: Ranked[] = [];
  sorted.forEach((t, i) => {
    const prev = ranked[i - 1];
    const rank = prev && prev.score === t.score && prev.totalMs === t.totalMs ? prev.rank : i + 1;
    ranked.push({ ...t, rank });
  });
  return ranked;
}

/** After a question: how many gave each answer, and the most common wrong one. */
export function distribution(answers: readonly { given: string; isCorrect: boolean }[]): { counts: { given: string; count: number; isCorrect: boolean }[]; commonWrong: string | null } {
  const byGiven = new Map<string, { given: string; count: number; isCorrect: boolean }>();
  for (const a of answers) {
    const entry = byGiven.get(a.given) ?? { given: a.given, count: 0, isCorrect: a.isCorrect };
    entry.count += 1;
    byGiven.set(a.given, entry);
  }
  const counts = [...byGiven.values()].sort((a, b) => b.count - a.count || a.given.localeCompare(b.given));
  return { counts, commonWrong: counts.find((c) => !c.isCorrect)?.given ?? null };
}
