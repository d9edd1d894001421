// Scheduling cost: microseconds per card through the app's own wrapper of ts-fsrs, on varied cards.
import { newCardState, reviewCard, type CardState, type SrsRating } from "@/lib/srs/scheduler";
import { FSRS_CARDS } from "./config";

export function timeScheduling(): { microsecondsPerCard: number; cards: number } {
  const start = new Date("2026-01-01T00:00:00Z");
  // A spread of states: new, learning and review cards of growing stability.
  const cards: CardState[] = [];
  let card = newCardState(start);
  for (let i = 0; i < 64; i++) {
    const at = new Date(start.getTime() + i * 3 * 86_400_000);
    card = reviewCard(card, (([3, 3, 1, 3, 4, 2] as const)[i % 6] ?? 3) as SrsRating, at, { desiredRetention: 0.9 });
    cards.push(card);
  }
  const now = new Date(start.getTime() + 400 * 86_400_000);
  for (let i = 0; i < 2_000; i++) reviewCard(cards[i % cards.length] as CardState, 3, now, { desiredRetention: 0.9 });
  const started = performance.now();
  for (let i = 0; i < FSRS_CARDS; i++) reviewCard(cards[i % cards.length] as CardState, ((i % 4) + 1) as SrsRating, now, { desiredRetention: 0.9 });
  return { microsecondsPerCard: ((performance.now() - started) * 1000) / FSRS_CARDS, cards: FSRS_CARDS };
}
