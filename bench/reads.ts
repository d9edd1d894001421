// Reads as the tables grow: the pages that read one learner's or one class's rows, timed over HTTP
// one request at a time (no load), so the figure is one page's own cost.
import { READ_SAMPLES, WARMUP } from "./config";
import { timeGet } from "./http";
import { median, percentile } from "./stats";

export type ReadTiming = { medianMs: number; p90Ms: number; samples: number };

export async function timePage(url: string, cookie: string): Promise<ReadTiming> {
  for (let i = 0; i < WARMUP; i++) await timeGet(url, cookie);
  const samples: number[] = [];
  for (let i = 0; i < READ_SAMPLES; i++) samples.push(await timeGet(url, cookie));
  return { medianMs: median(samples), p90Ms: percentile(samples, 90), samples: samples.length };
}

export type ReadTarget = { key: string; label: string; path: string; cookie: string };

export async function timeReads(origin: string, targets: ReadTarget[]): Promise<Record<string, ReadTiming>> {
  const out: Record<string, ReadTiming> = {};
  for (const t of targets) out[t.key] = await timePage(origin + t.path, t.cookie);
  return out;
}
