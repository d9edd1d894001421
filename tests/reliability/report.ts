// The suite's result rows and the table printed at the end. One row is one check on one target
// (a route and method, an action, a page, or a scenario), and passes or fails as a whole.
export type Row = { group: string; check: string; target: string; tried: number; passed: boolean; note: string; seconds?: number; skipped?: boolean };

export class Report {
  readonly rows: Row[] = [];

  add(row: Row): Row {
    this.rows.push(row);
    const mark = row.passed ? "ok  " : "FAIL";
    console.log(`  ${mark} ${row.group} · ${row.check} · ${row.target}${row.passed ? "" : ` — ${row.note}`}`);
    return row;
  }

  /** A check that could not run at all counts as failed, with the reason. */
  crashed(group: string, check: string, target: string, error: unknown): Row {
    const note = error instanceof Error ? error.message : String(error);
    return this.add({ group, check, target, tried: 0, passed: false, note: `could not run: ${note}` });
  }

  /** A check that cannot run on this machine: shown with its reason, counted neither way. */
  skip(group: string, check: string, target: string, reason: string): void {
    this.rows.push({ group, check, target, tried: 0, passed: true, note: `skipped: ${reason}`, skipped: true });
    console.log(`  skip ${group} · ${check} — ${reason}`);
  }

  get failed(): number {
    return this.rows.filter((r) => !r.passed).length;
  }

  get passed(): number {
    return this.rows.filter((r) => r.passed && !r.skipped).length;
  }

  print(): void {
    const header = ["group", "check", "target", "tried", "s", "result", "what happened"];
    const cells = this.rows.map((r) => [r.group, r.check, r.target, String(r.tried), r.seconds === undefined ? "" : r.seconds.toFixed(1), r.skipped ? "skip" : r.passed ? "pass" : "FAIL", r.note]);
    const widths = header.map((h, i) => Math.min(60, Math.max(h.length, ...cells.map((c) => c[i]!.length))));
    const line = (c: string[]) => c.map((v, i) => (i === c.length - 1 ? v : v.slice(0, widths[i]).padEnd(widths[i]!))).join(" | ");
    console.log(`\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("-|-")}`);
    for (const c of cells) console.log(line(c));
    console.log(`\nreliability: ${this.passed} passed, ${this.failed} failed`);
  }
}
