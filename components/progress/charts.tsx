// The dashboard's charts, drawn on the server as SVG. Each picture is decorative (aria-hidden)
// and comes with a sentence and a table that say the same, so nothing depends on seeing colour
// or shape. Axes, dates and values are printed on the charts for those who do see them.
import type { ForecastDay, Heatmap, RetentionWeek } from "@/lib/progress";
import { formatIsoDate } from "@/lib/quiz/format";
import { Table } from "@/components/ui/table";

export { Meter } from "@/components/ui/meter";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/**
 * A chart wider than a phone scrolls inside this box. It is a named, focusable region so the
 * scroll works by keyboard; the picture inside is decorative (the sentence and table say it).
 */
function ChartScroll({ label, fromEnd = false, children }: { label: string; fromEnd?: boolean; children: React.ReactNode }) {
  return (
    <div className={fromEnd ? "chart-scroll from-end" : "chart-scroll"} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const dayOf = (key: string) => new Date(`${key}T00:00:00Z`);
const shortDate = (key: string) => `${dayOf(key).getUTCDate()} ${MONTHS[dayOf(key).getUTCMonth()]}`;

/** A year of days as weeks (columns, Monday first) by weekdays (rows), months named above. */
export function HeatmapChart({ heatmap }: { heatmap: Heatmap }) {
  const active = heatmap.cells.filter((c) => c.count > 0);
  const first = heatmap.cells[0]?.day ?? "2000-01-01";
  // Monday = row 0: pad the first column so every column is one whole week.
  const lead = (dayOf(first).getUTCDay() + 6) % 7;
  const cell = 11;
  const gap = 3;
  const left = 30;
  const top = 18;
  const columns = Math.ceil((lead + heatmap.cells.length) / 7);
  const width = left + columns * (cell + gap);
  const height = top + 7 * (cell + gap);
  const months: { x: number; label: string }[] = [];
  heatmap.cells.forEach((c, i) => {
    const date = dayOf(c.day);
    if (date.getUTCDate() !== 1 && i !== 0) return;
    const column = Math.floor((lead + i) / 7);
    // The first, partial month is named only when it has room before the next one.
    if (i === 0 && date.getUTCDate() > 14) return;
    months.push({ x: left + column * (cell + gap), label: MONTHS[date.getUTCMonth()] ?? "" });
  });
  return (
    <div className="stack">
      <p>
        {heatmap.total} review{heatmap.total === 1 ? "" : "s"} on {heatmap.activeDays} day{heatmap.activeDays === 1 ? "" : "s"} in
        the last year{heatmap.max > 0 ? `; the busiest day had ${heatmap.max}.` : "."}
      </p>
      <ChartScroll label="Heatmap of reviews per day (picture)" fromEnd>
        <svg className="chart heatmap-svg" viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
          {months.map((m) => (
            <text key={`${m.x}-${m.label}`} x={m.x} y={11}>
              {m.label}
            </text>
          ))}
          {["Mon", "Wed", "Fri"].map((label, i) => (
            <text key={label} x={0} y={top + i * 2 * (cell + gap) + cell - 2}>
              {label}
            </text>
          ))}
          {/* One path per shade, each cell a square in it: five elements for a year of days. */}
          {([0, 1, 2, 3, 4] as const).map((level) => (
            <path
              key={level}
              className={`heat-${level}`}
              d={heatmap.cells
                .map((c, i) => ({ c, position: lead + i }))
                .filter(({ c }) => c.level === level)
                .map(({ position }) => `M${left + Math.floor(position / 7) * (cell + gap)} ${top + (position % 7) * (cell + gap)}h${cell}v${cell}h-${cell}z`)
                .join("")}
            />
          ))}
        </svg>
      </ChartScroll>
      <p className="heat-legend" aria-hidden="true">
        Fewer
        <svg viewBox="0 0 70 12">
          {[0, 1, 2, 3, 4].map((level) => (
            <rect key={level} className={`heat-${level}`} x={level * 14} y="0" width="11" height="11" rx="2" />
          ))}
        </svg>
        More reviews
      </p>
      {active.length > 0 && (
        <details>
          <summary>Days with reviews, as a table</summary>
          <Table caption="Reviews per day">
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col" className="num">
                  Reviews
                </th>
              </tr>
            </thead>
            <tbody>
              {active.map((c) => (
                <tr key={c.day}>
                  <td>{formatIsoDate(c.day)}</td>
                  <td className="num">{c.count}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        </details>
      )}
    </div>
  );
}

/** Round a maximum up to a tidy axis top (1, 2, 5, 10, 20, 50...). */
function niceMax(value: number): number {
  if (value <= 4) return Math.max(1, value);
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (value <= step * power) return step * power;
  return 10 * power;
}

/** Cards due per day for the coming days: bars on a counted axis, dates under them, today marked. */
export function ForecastChart({ forecast }: { forecast: ForecastDay[] }) {
  const total = forecast.reduce((sum, d) => sum + d.count, 0);
  const week = forecast.slice(0, 7).reduce((sum, d) => sum + d.count, 0);
  const top = niceMax(Math.max(0, ...forecast.map((d) => d.count)));
  const left = 34;
  const chartTop = 14;
  const plot = 120;
  const bar = 16;
  const step = 20;
  const width = left + forecast.length * step + 4;
  const height = chartTop + plot + 30;
  const y = (n: number) => chartTop + plot - (n / top) * plot;
  const ticks = [0, top / 2, top].filter((t, i, all) => Number.isInteger(t) && all.indexOf(t) === i);
  return (
    <div className="stack">
      <p>
        {forecast[0]?.count ?? 0} due today, {week} in the next 7 days, {total} in the next 30.
      </p>
      <ChartScroll label="Bar chart of cards due per day (picture)">
        <svg className="chart" viewBox={`0 0 ${width} ${height}`} style={{ minWidth: "36rem" }} aria-hidden="true">
          {ticks.map((t) => (
            <g key={t}>
              <line className="grid-line" x1={left} x2={width} y1={y(t)} y2={y(t)} />
              <text x={left - 6} y={y(t) + 4} textAnchor="end">
                {t}
              </text>
            </g>
          ))}
          <line className="axis" x1={left} x2={width} y1={y(0)} y2={y(0)} />
          {forecast.map((d, i) => {
            const x = left + i * step + (step - bar) / 2;
            return (
              <g key={d.day}>
                {d.count > 0 && (
                  <>
                    <rect className={i === 0 ? "bar today" : "bar"} x={x} y={y(d.count)} width={bar} height={y(0) - y(d.count)} rx="3" />
                    <text className="value-label" x={x + bar / 2} y={y(d.count) - 4} textAnchor="middle">
                      {d.count}
                    </text>
                  </>
                )}
                {(i % 7 === 0 || i === forecast.length - 1) && (
                  <>
                    <line className="axis" x1={x + bar / 2} x2={x + bar / 2} y1={y(0)} y2={y(0) + 4} />
                    <text x={x + bar / 2} y={y(0) + 18} textAnchor="middle">
                      {i === 0 ? "Today" : shortDate(d.day)}
                    </text>
                  </>
                )}
              </g>
            );
          })}
        </svg>
      </ChartScroll>
      <details>
        <summary>Due cards per day, as a table</summary>
        <Table caption="Cards due per day for the next 30 days">
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col" className="num">
                Cards due
              </th>
            </tr>
          </thead>
          <tbody>
            {forecast.map((d) => (
              <tr key={d.day}>
                <td>{formatIsoDate(d.day)}</td>
                <td className="num">{d.count}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </details>
    </div>
  );
}

/** True retention week by week as a line on a 0-100% axis, with the learner's target dashed. */
export function RetentionChart({ weeks, target }: { weeks: RetentionWeek[]; target: number }) {
  const left = 40;
  const chartTop = 12;
  const plot = 130;
  const step = 44;
  const width = left + Math.max(1, weeks.length - 1) * step + 36;
  const height = chartTop + plot + 30;
  const floor = 0.5;
  const y = (rate: number) => chartTop + plot - ((Math.max(rate, floor) - floor) / (1 - floor)) * plot;
  const points = weeks.map((w, i) => ({ ...w, x: left + i * step })).filter((p) => p.rate !== null);
  const path = points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x} ${y(p.rate ?? 0)}`).join(" ");
  const measured = weeks.filter((w) => w.rate !== null);
  const latest = measured[measured.length - 1];
  return (
    <div className="stack">
      <p>
        {measured.length === 0
          ? "No reviews of learned cards in the last 12 weeks yet: retention shows once cards come back for review."
          : `Measured in ${plural(measured.length, "week")} of the last 12; the latest, from ${formatIsoDate(latest!.start)}, ${Math.round((latest!.rate ?? 0) * 100)}% of ${plural(latest!.total, "review")} passed. Your target is ${Math.round(target * 100)}%.`}
      </p>
      <ChartScroll label="Line chart of retention per week (picture)" fromEnd>
        <svg className="chart" viewBox={`0 0 ${width} ${height}`} style={{ minWidth: "32rem" }} aria-hidden="true">
          {[0.5, 0.75, 1].map((t) => (
            <g key={t}>
              <line className="grid-line" x1={left} x2={width} y1={y(t)} y2={y(t)} />
              <text x={left - 6} y={y(t) + 4} textAnchor="end">
                {Math.round(t * 100)}%
              </text>
            </g>
          ))}
          <line className="target" x1={left} x2={width} y1={y(target)} y2={y(target)} />
          <text x={left + 6} y={y(target) - 5}>
            target {Math.round(target * 100)}%
          </text>
          <line className="axis" x1={left} x2={width} y1={y(floor)} y2={y(floor)} />
          {points.length > 1 && <path className="line" d={path} />}
          {points.map((p) => (
            <g key={p.start}>
              <circle className="dot" cx={p.x} cy={y(p.rate ?? 0)} r="4.5" />
              <text className="value-label" x={p.x} y={y(p.rate ?? 0) - 9} textAnchor="middle">
                {Math.round((p.rate ?? 0) * 100)}
              </text>
            </g>
          ))}
          {weeks.map((w, i) =>
            i % 2 === weeks.length % 2 || i === weeks.length - 1 ? (
              <text key={w.start} x={left + i * step} y={y(floor) + 18} textAnchor="middle">
                {shortDate(w.start)}
              </text>
            ) : null,
          )}
        </svg>
      </ChartScroll>
      <details>
        <summary>Retention per week, as a table</summary>
        <Table caption="True retention per week, oldest first">
          <thead>
            <tr>
              <th scope="col">Week from</th>
              <th scope="col" className="num">
                Passed
              </th>
              <th scope="col" className="num">
                Reviews
              </th>
              <th scope="col" className="num">
                Retention
              </th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.start}>
                <td>{formatIsoDate(w.start)}</td>
                <td className="num">{w.passed}</td>
                <td className="num">{w.total}</td>
                <td className="num">{w.rate === null ? "–" : `${Math.round(w.rate * 100)}%`}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </details>
    </div>
  );
}
