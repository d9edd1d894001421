// Decorative pictures drawn in the theme's colours (so they follow dark mode): an observation
// flight over a map for the home page, and small scenes for empty and first-run states.
import { PlaneShape } from "./logo";

export function FlightMapArt({ className }: { className?: string }) {
  const route = "M36 236 C 90 214, 96 150, 158 142 S 250 150, 280 96";
  return (
    <svg className={className} viewBox="0 0 400 280" aria-hidden="true" focusable="false">
      <defs>
        <clipPath id="art-map">
          <rect x="8" y="8" width="384" height="264" rx="22" />
        </clipPath>
      </defs>
      <g clipPath="url(#art-map)">
        <rect x="8" y="8" width="384" height="264" rx="22" className="art-sea" />
        <path className="art-land" d="M-10 60 C 40 40, 80 70, 120 56 S 190 20, 240 38 S 330 30, 410 52 L 410 -10 L -10 -10 Z" />
        <path className="art-land" d="M-10 190 C 30 170, 70 200, 110 182 S 170 150, 214 176 S 250 250, 300 236 S 370 200, 410 214 L 410 290 L -10 290 Z" />
        <path className="art-land-2" d="M150 100 C 172 86, 206 92, 214 108 S 196 132, 172 128 S 136 112, 150 100 Z" />
        <g className="art-grid">
          {[56, 104, 152, 200, 248].map((y) => (
            <path key={`h${y}`} d={`M0 ${y} Q 200 ${y - 10} 400 ${y}`} />
          ))}
          {[60, 130, 200, 270, 340].map((x) => (
            <path key={`v${x}`} d={`M${x} 0 Q ${x + 8} 140 ${x} 280`} />
          ))}
        </g>
        <path className="art-route-2" d="M330 250 C 300 210, 330 170, 360 150 S 380 90, 350 40" />
        <path className="art-swath" d={route} />
        <path className="art-route" d={route} />
        {[
          [36, 236],
          [158, 142],
        ].map(([x, y]) => (
          <g key={`${x}`}>
            <circle cx={x} cy={y} r="9" className="art-waypoint-halo" />
            <circle cx={x} cy={y} r="4.5" className="art-waypoint" />
          </g>
        ))}
        <g transform="translate(296 80) rotate(40) scale(1.05) translate(-32 -31)">
          <PlaneShape className="art-plane-shadow" transform="translate(6 10)" />
          <PlaneShape className="art-plane" />
        </g>
      </g>
      <rect x="8" y="8" width="384" height="264" rx="22" className="art-frame" />
    </svg>
  );
}

/** A small plane on a dotted loop: first runs and empty lists. */
export function EmptyFlightArt() {
  return (
    <svg className="illustration" viewBox="0 0 240 120" aria-hidden="true" focusable="false">
      <path className="art-route-2" d="M20 96 C 60 96, 70 40, 120 40 S 190 86, 220 30" />
      <circle cx="20" cy="96" r="5" className="art-waypoint" />
      <g transform="translate(214 36) rotate(55) scale(.5) translate(-32 -31)">
        <PlaneShape className="art-plane-solid" />
      </g>
    </svg>
  );
}
