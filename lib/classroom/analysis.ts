// Per-question analysis of a quiz assignment across a class: how many got it right, how long
// they took, how often each option was chosen, and the most common wrong answer.
export type AnsweredItem = { questionId: string; isCorrect: boolean; given: string; timeMs: number | null };

export type QuestionStats = {
  questionId: string;
  answers: number;
  correct: number;
  shareCorrect: number | null;
  medianTimeMs: number | null;
  /** How often each answer was given, most frequent first. */
  choices: { answer: string; count: number; isCorrect: boolean }[];
  /** The class's misconception: the wrong answer given most often (ties: first seen). */
  commonWrong: { answer: string; count: number } | null;
};

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function questionStats(questionIds: readonly string[], items: readonly AnsweredItem[]): QuestionStats[] {
  return questionIds.map((questionId) => {
    const mine = items.filter((i) => i.questionId === questionId);
    const counts = new Map<string, { count: number; isCorrect: boolean }>();
    for (const item of mine) {
      const entry = counts.get(item.given) ?? { count: 0, isCorrect: item.isCorrect };
      counts.set(item.given, { ...entry, count: entry.count + 1 });
    }
    const choices = [...counts.entries()]
      .map(([answer, v]) => ({ answer, ...v }))
      .sort((a, b) => b.count - a.count);
    const wrong = choices.find((c) => !c.isCorrect);
    const correct = mine.filter((i) => i.isCorrect).length;
    return {
      questionId,
      answers: mine.length,
      correct,
      shareCorrect: mine.length ? correct / mine.length : null,
      medianTimeMs: median(mine.flatMap((i) => (i.timeMs === null ? [] : [i.timeMs]))),
      choices,
      commonWrong: wrong ? { answer: wrong.answer, count: wrong.count } : null,
    };
  });
}

/**
 * The per-question table's order: hardest first (the lowest share answered right), questions nobody
 * answered yet last; ties keep the quiz's own order.
 */
export function hardestFirst(stats: readonly QuestionStats[]): QuestionStats[] {
  return stats
    .map((s, index) => ({ s, index }))
    .sort((a, b) => {
      const x = a.s.shareCorrect;
      const y = b.s.shareCorrect;
      if (x === null || y === null) return x === y ? a.index - b.index : x === null ? 1 : -1;
      return x - y || a.index - b.index;
    })
    .map(({ s }) => s);
}
