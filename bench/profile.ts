// Reads a V8 .cpuprofile from the server (`npm run bench -- --profile`) and names where the time
// went: self time by function, and time inside each package or app folder (inclusive, counted once).
import fs from "node:fs";

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

export type ProfileSummary = { totalMs: number; idleMs: number; topSelf: { name: string; ms: number }[]; byArea: { area: string; ms: number }[] };

/** Which package or folder a script belongs to: "next", "@prisma/client", "app", "lib/srs", "node:internal"... */
function areaOf(url: string): string {
  if (!url) return "(native)";
  if (url.startsWith("node:")) return "node:internal";
  const chunk = /\[root-of-the-server\]__|\.next\/server\/chunks\/(ssr\/)?([^/]+)/.exec(url);
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1] as string;
  if (chunk) return `.next chunk`;
  return url.replace(/^file:\/\//, "").split("/").slice(-2, -1)[0] ?? url;
}

/** `window`: only the samples taken between these microseconds of the profile's monotonic clock. */
export function summarizeProfile(file: string, top = 25, window?: { fromUs: number; toUs: number }): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as Profile & { startTime: number };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfMs = new Map<number, number>();
  let sampledAt = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    sampledAt += delta;
    if (window && (sampledAt < window.fromUs || sampledAt > window.toUs)) return;
    selfMs.set(id, (selfMs.get(id) ?? 0) + delta / 1000);
  });

  const self = new Map<string, number>();
  const area = new Map<string, number>();
  let totalMs = 0;
  let idleMs = 0;
  for (const [id, ms] of selfMs) {
    const node = byId.get(id) as Node;
    const f = node.callFrame;
    totalMs += ms;
    if (f.functionName === "(idle)" || f.functionName === "(program)") idleMs += f.functionName === "(idle)" ? ms : 0;
    const name = `${f.functionName || "(anonymous)"} ${areaOf(f.url)}:${f.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + ms);
    // Inclusive per area: each area on the stack once.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const a = areaOf((byId.get(at) as Node).callFrame.url);
      if (!seen.has(a)) {
        seen.add(a);
        area.set(a, (area.get(a) ?? 0) + ms);
      }
    }
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return {
    totalMs,
    idleMs,
    topSelf: sorted(self).slice(0, top).map(([name, ms]) => ({ name, ms })),
    byArea: sorted(area).slice(0, top).map(([a, ms]) => ({ area: a, ms })),
  };
}

export type StallSummary = { ms: number; frames: { name: string; ms: number }[] };

/**
 * What ran during each stall of the event loop (bench/trace-preload.cjs): the profile's samples in the
 * stall's window, named by their innermost frame and the nearest frame of the app (lib/, app/) above it.
 */
export function summarizeStalls(file: string, stalls: readonly { endedAtUs: number; ms: number }[], top = 4): StallSummary[] {
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as Profile & { startTime: number };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: Node) => `${n.callFrame.functionName || "(anonymous)"} ${areaOf(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  const appFrame = (id: number) => {
    for (let at = parent.get(id); at !== undefined; at = parent.get(at)) {
      const n = byId.get(at) as Node;
      if (/\/(lib|app)\//.test(n.callFrame.url) && !n.callFrame.url.includes("node_modules")) return label(n);
    }
    return null;
  };
  const times: number[] = [];
  let t = profile.startTime;
  for (const delta of profile.timeDeltas) times.push((t += delta));
  return [...stalls]
    .sort((a, b) => b.ms - a.ms)
    .map((stall) => {
      const from = stall.endedAtUs - stall.ms * 1000;
      const named = new Map<string, number>();
      profile.samples.forEach((id, i) => {
        const at = times[i] as number;
        if (at < from || at > stall.endedAtUs) return;
        const node = byId.get(id) as Node;
        const caller = appFrame(id);
        const name = caller ? `${label(node)} <- ${caller}` : label(node);
        named.set(name, (named.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      });
      const frames = [...named].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, ms]) => ({ name, ms: Math.round(ms) }));
      return { ms: stall.ms, frames };
    });
}
