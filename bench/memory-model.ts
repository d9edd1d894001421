// The memory model fitted to each learner, measured: simulated learners whose memory follows FSRS-6
// with parameters unlike the defaults, scheduled by the app's own scheduler (default parameters, as a
// learner is before a fit); the optimizer is fitted on each learner's first days of reviews, and both
// parameter sets predict recall on the reviews after them (held out). Log loss and RMSE (bins) are
// fsrs-rs's own metrics, pooled over the learners' held-out reviews.
import { seededRandom } from "@/lib/quiz/random";
import { fitParameters, scoreParameters, spacedItems, toFsrsItems, type FitReview } from "@/lib/srs/fit";
import { DEFAULT_WEIGHTS, newCardState, retrievability, reviewCard, type CardState, type SrsRating } from "@/lib/srs/scheduler";

const DAY_MS = 86_400_000;

/**
 * A learner's true memory: FSRS-6 parameters far from the defaults, one of two kinds (a weaker memory
 * that forgets fast with a steep curve, a stronger one with long first stabilities and a flat curve),
 * each jittered per learner.
 */
function trueWeights(index: number, random: () => number): number[] {
  const w = [...DEFAULT_WEIGHTS];
  const jitter = (x: number) => x * (0.85 + 0.3 * random());
  const weak = index % 2 === 0;
  const set = (i: number, value: number) => (w[i] = jitter(value));
  if (weak) {
    [0.05, 0.15, 0.5, 2.0].forEach((v, i) => set(i, v));
    set(8, 1.2); // recall grows stability less
    set(11, 0.8); // a lapse costs more
    set(20, 0.45); // the curve falls steeply
  } else {
    [1.2, 3.5, 9.0, 25.0].forEach((v, i) => set(i, v));
    set(8, 2.3);
    set(11, 2.2);
    set(20, 0.1);
  }
  return w;
}

export type SimulatedLearner = { weights: number[]; train: FitReview[]; test: FitReview[]; splitAt: Date };

/**
 * One learner's reviews over `days`: NEW_PER_DAY new cards a day until `cards` are introduced; each
 * review happens when the app's scheduler (default parameters, fuzz on) says the card is due; the
 * answer is remembered with the true model's recall probability at that moment, graded Hard/Good/Easy
 * 1:8:1 when remembered and Again when not (a first sight is graded from a fixed spread). Reviews
 * before `splitDay` train the fit, the rest are held out.
 */
export function simulateLearner(index: number, options: { cards: number; days: number; splitDay: number; newPerDay: number }): SimulatedLearner {
  const random = seededRandom(1000 + index);
  const weights = trueWeights(index, random);
  const start = Date.UTC(2026, 0, 1, 8);
  type Sim = { id: string; app: CardState; truth: CardState; due: number };
  const sims: Sim[] = [];
  const train: FitReview[] = [];
  const test: FitReview[] = [];
  const firstGrade = (): SrsRating => {
    const x = random();
    return x < 0.3 ? 1 : x < 0.4 ? 2 : x < 0.9 ? 3 : 4;
  };
  for (let day = 0; day < options.days; day++) {
    const dayStart = start + day * DAY_MS;
    for (let n = 0; n < options.newPerDay && sims.length < options.cards; n++) {
      const at = new Date(dayStart);
      sims.push({ id: `c${index}-${sims.length}`, app: newCardState(at), truth: newCardState(at), due: dayStart });
    }
    // Within a day, learning steps come back minutes later: keep reviewing what falls due before the day ends.
    const dayEnd = dayStart + 12 * 3_600_000;
    for (;;) {
      const next = sims.filter((s) => s.due < dayEnd).sort((a, b) => a.due - b.due)[0];
      if (!next) break;
      const at = new Date(Math.max(next.due, dayStart));
      let rating: SrsRating;
      if (next.truth.state === 0) rating = firstGrade();
      else {
        const recall = retrievability(next.truth, at, weights) ?? 1;
        if (random() >= recall) rating = 1;
        else {
          const x = random();
          rating = x < 0.1 ? 2 : x < 0.9 ? 3 : 4;
        }
      }
      next.app = reviewCard(next.app, rating, at, { desiredRetention: 0.9 });
      next.truth = reviewCard(next.truth, rating, at, { desiredRetention: 0.9, weights, enableFuzz: false });
      next.due = next.app.due.getTime();
      (day < options.splitDay ? train : test).push({ cardId: next.id, rating, elapsedDays: next.app.elapsedDays, reviewedAt: at });
    }
  }
  return { weights, train, test, splitAt: new Date(start + options.splitDay * DAY_MS) };
}

export type MemoryModelResult = {
  learners: number;
  trainReviews: number;
  heldOutReviews: number;
  defaults: { logLoss: number; rmseBins: number };
  fitted: { logLoss: number; rmseBins: number };
  /** Learners whose fitted parameters beat the defaults on their own held-out reviews (log loss). */
  learnersBetter: number;
  fitSeconds: number;
};

export const MEMORY_MODEL_LEARNERS = 6;
const SIMULATION = { cards: 200, days: 150, splitDay: 100, newPerDay: 10 };

/** Fits each simulated learner and scores default and fitted parameters on their held-out reviews. */
export async function measureMemoryModel(learners = MEMORY_MODEL_LEARNERS): Promise<MemoryModelResult> {
  let trainReviews = 0;
  let heldOutReviews = 0;
  let fitMs = 0;
  let learnersBetter = 0;
  const pooled = { defaults: { logLoss: 0, rmseBins: 0 }, fitted: { logLoss: 0, rmseBins: 0 }, items: 0 };
  for (let i = 0; i < learners; i++) {
    const learner = simulateLearner(i, SIMULATION);
    const started = performance.now();
    const fit = await fitParameters(learner.train);
    fitMs += performance.now() - started;
    if (!fit) throw new Error(`simulated learner ${i} had too few reviews to fit`);
    // Held-out items: each held-out review with its card's whole history before it (training days included).
    const all = [...learner.train, ...learner.test];
    const items = spacedItems(toFsrsItems(all, learner.splitAt));
    const defaults = scoreParameters(items);
    const fitted = scoreParameters(items, fit.weights);
    if (fitted.logLoss < defaults.logLoss) learnersBetter++;
    pooled.defaults.logLoss += defaults.logLoss * items.length;
    pooled.defaults.rmseBins += defaults.rmseBins * items.length;
    pooled.fitted.logLoss += fitted.logLoss * items.length;
    pooled.fitted.rmseBins += fitted.rmseBins * items.length;
    pooled.items += items.length;
    trainReviews += fit.spacedReviews;
    heldOutReviews += items.length;
  }
  const mean = (x: number) => x / pooled.items;
  return {
    learners,
    trainReviews,
    heldOutReviews,
    defaults: { logLoss: mean(pooled.defaults.logLoss), rmseBins: mean(pooled.defaults.rmseBins) },
    fitted: { logLoss: mean(pooled.fitted.logLoss), rmseBins: mean(pooled.fitted.rmseBins) },
    learnersBetter,
    fitSeconds: fitMs / 1000,
  };
}

/** The block the bench prints: default and fitted figures side by side. */
export function formatMemoryModel(r: MemoryModelResult): string {
  const f = (x: number) => x.toFixed(4);
  const rows: [string, string, string][] = [
    ["log loss (lower is better)", f(r.defaults.logLoss), f(r.fitted.logLoss)],
    ["RMSE (bins) of predicted recall", f(r.defaults.rmseBins), f(r.fitted.rmseBins)],
  ];
  const widths = [Math.max(...rows.map((row) => row[0].length), 6), 8, 8];
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [
    `Memory model fitted to each learner: ${r.learners} simulated learners (FSRS-6 memories unlike the defaults),`,
    `fitted on ${r.trainReviews.toLocaleString("en")} spaced reviews, scored on ${r.heldOutReviews.toLocaleString("en")} held-out ones (the last ${SIMULATION.days - SIMULATION.splitDay} of ${SIMULATION.days} days)`,
    "",
    line(["figure", "defaults", "fitted"]),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map(line),
    "",
    `Fitted better than the defaults for ${r.learnersBetter} of ${r.learners} learners; fitting took ${r.fitSeconds.toFixed(1)} s in all.`,
  ].join("\n");
}

/**
 * "Clearly better": the fitted parameters lower the pooled log loss by at least 2% and the RMSE (bins)
 * by at least a fifth, and beat the defaults for every learner.
 */
export function memoryModelTargets(r: MemoryModelResult): { name: string; value: string; target: string; met: boolean }[] {
  return [
    { name: "memory model: fitted/default log loss", value: (r.fitted.logLoss / r.defaults.logLoss).toFixed(3), target: "<= 0.98", met: r.fitted.logLoss <= 0.98 * r.defaults.logLoss },
    { name: "memory model: fitted/default RMSE (bins)", value: (r.fitted.rmseBins / r.defaults.rmseBins).toFixed(3), target: "<= 0.8", met: r.fitted.rmseBins <= 0.8 * r.defaults.rmseBins },
    { name: "memory model: learners better fitted", value: `${r.learnersBetter} of ${r.learners}`, target: "all", met: r.learnersBetter === r.learners },
  ];
}
