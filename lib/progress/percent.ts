// How a share (0..1) is written for people, everywhere it is shown: pages, the gradebook and its
// CSV files, messages. Whole percents: finer figures would claim a precision the predictions lack.

/** 0.6667 -> "67%"; `none` (empty unless given) when there is no figure. */
export function formatPercent(share: number | null | undefined, none = ""): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return none;
  return `${Math.round(share * 100)}%`;
}
