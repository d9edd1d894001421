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

export function summarizeProfile(file: string, top = 25): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));

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
