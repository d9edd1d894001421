// How many reviews a day the learner can expect at their desired retention, with their own memory model.
// Method: a simulation of the next WORKLOAD_DAYS days of the cards they have now (new cards not counted:
// their number is the learner's daily limit). Each card is reviewed when it falls due (an overdue card at
// once); FSRS set its interval so that recall then is the desired retention, so the simulated answer is
// remembered with that probability (Good) and forgotten otherwise (Again), and the card is rescheduled
// with the learner's parameters, fuzz off. The average over several seeded runs, divided by the days, is
// the figure: it counts relearning after lapses, which a sum of 1/interval would miss.
import { seededRandom } from "@/lib/quiz/random";
import { reviewCard, type CardState } from "./scheduler";

export const WORKLOAD_DAYS = 30;
const RUNS = 3;
const DAY_MS = 86_400_000;

export function expectedDailyReviews(
  cards: readonly CardState[],
  options: { desiredRetention: number; weights?: readonly number[] },
  now: Date,
  days = WORKLOAD_DAYS,
): number {
  const end = now.getTime() + days * DAY_MS;
  const schedule = { desiredRetention: options.desiredRetention, enableFuzz: false, ...(options.weights ? { weights: options.weights } : {}) };
  let reviews = 0;
  for (let run = 0; run < RUNS; run++) {
    const random = seededRandom(run + 1);
    for (const start of cards) {
      if (start.state === 0) continue;
      let card = start;
      // A bound on reviews per card keeps a pathological card (minutes-long steps forever) finite.
      for (let step = 0; step < 1000; step++) {
        const at = Math.max(card.due.getTime(), now.getTime());
        if (at >= end) break;
        reviews++;
        card = reviewCard(card, random() < options.desiredRetention ? 3 : 1, new Date(at), schedule);
      }
    }
  }
  return reviews / RUNS / days;
}
