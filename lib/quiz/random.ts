// Deterministic shuffling: an attempt shows the same option order after a reload, because the
// order is derived from the attempt and question ids rather than from Math.random.

/** FNV-1a 32-bit hash of a string. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates shuffle into a new array. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

/** Shuffles until the order differs from the given one (when it can), so an ordering question is never pre-solved. */
export function shuffleAway<T>(items: readonly T[], random: () => number): T[] {
  if (items.length < 2) return [...items];
  for (let tries = 0; tries < 8; tries++) {
    const out = shuffle(items, random);
    if (out.some((item, i) => item !== items[i])) return out;
  }
  return [...items].reverse();
}
