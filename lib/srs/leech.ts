// Leeches: cards forgotten so often that more reviews will not fix them; the fact needs rewording
// or a mnemonic, so the app flags them instead of letting them eat the learner's daily reviews.

/** Anki's default leech threshold: eight lapses is well past ordinary forgetting. */
export const LEECH_LAPSES = 8;

export function isLeech(card: { lapses: number }): boolean {
  return card.lapses >= LEECH_LAPSES;
}
