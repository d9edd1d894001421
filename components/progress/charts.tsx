// The dashboard's charts. Each picture is decorative (aria-hidden) and comes with a table or a
// sentence that says the same, so nothing depends on seeing colour or shape.
import type { ForecastDay, Heatmap } from "@/lib/progress";
import { formatPercent } from "@/lib/progress/percent";
import { formatIsoDate } from "@/lib/quiz/format";

export function HeatmapChart({ heatmap }: { heatmap: Heatmap }) {
  const active = heatmap.cells.filter((c) => c.count > 0);
  // Pad the front so columns are whole weeks.
  const firstDay = new Date(`${heatmap.cells[0]?.day ?? "2000-01-01"}T00:00:00Z`).getUTCDay();
  return (
    <div className="stack">
      <p>
        {heatmap.total} review{heatmap.total === 1 ? "" : "s"} on {heatmap.activeDays} day{heatmap.activeDays === 1 ? "" : "s"} in
        the last year{heatmap.max > 0 ? `; the busiest day had ${heatmap.max}.` : "."}
      </p>
      <div className="heatmap" aria-hidden="true">
        {Array.from({ length: firstDay }, (_, i) => (
          <span key={`pad-${i}`} className="heat-cell pad" />
        ))}
        {heatmap.cells.map((cell) => (
          <span key={cell.day} className={`heat-cell level-${cell.level}`} title={`${cell.day}: ${cell.count}`} />
        ))}
      </div>
      {active.length > 0 && (
        <details>
          <summary>Days with reviews, as a table</summary>
          <table className="table">
            <caption className="visually-hidden">Reviews per day</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Reviews</th>
              </tr>
            </thead>
            <tbody>
              {active.map((c) => (
                <tr key={c.day}>
                  <td>{formatIsoDate(c.day)}</td>
                  <td>{c.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </div>
  );
}

export function ForecastChart({ forecast }: { forecast: ForecastDay[] }) {
  const max = Math.max(1, ...forecast.map((d) => d.count));
  const total = forecast.reduce((sum, d) => sum + d.count, 0);
  const week = forecast.slice(0, 7).reduce((sum, d) => sum + d.count, 0);
  return (
    <div className="stack">
      <p>
        {forecast[0]?.count ?? 0} due today, {week} in the next 7 days, {total} in the next 30.
      </p>
      <div className="bars" aria-hidden="true">
        {forecast.map((d) => (
          <span key={d.day} className="bar" style={{ height: `${Math.round((d.count / max) * 100)}%` }} title={`${d.day}: ${d.count}`} />
        ))}
      </div>
      <details>
        <summary>Due cards per day, as a table</summary>
        <table className="table">
          <caption className="visually-hidden">Cards due per day for the next 30 days</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Cards due</th>
            </tr>
          </thead>
          <tbody>
            {forecast.map((d) => (
              <tr key={d.day}>
                <td>{formatIsoDate(d.day)}</td>
                <td>{d.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}

export function Meter({ value, label }: { value: number | null; label: string }) {
  return (
    <span className="meter-wrap">
      <span className="meter" aria-hidden="true">
        <span style={{ width: `${Math.round((value ?? 0) * 100)}%` }} />
      </span>
      <span>{formatPercent(value, "–")}</span>
      <span className="visually-hidden"> {label}</span>
    </span>
  );
}
