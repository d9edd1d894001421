// Overflight's mark: an observation aircraft on its dotted flight path over a map grid. The same
// artwork as app/icon.svg (the favicon and app icons are rendered from that file).
const PLANE =
  "M32 6c2.2 0 3.4 2.4 3.4 5.5V25l21.6 9.4v4.8L35.4 35v11.2l7.6 5v3.6L32 52.6 21 54.8v-3.6l7.6-5V35L7 39.2v-4.8L28.6 25V11.5C28.6 8.4 29.8 6 32 6Z";
const PATH = "M7 60 C 12 50, 16 44, 22 40 S 29 35, 31 33";

export function Logo({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <defs>
        <linearGradient id="logo-sky" x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stopColor="#3b6cf0" />
          <stop offset="1" stopColor="#1c3aa6" />
        </linearGradient>
      </defs>
      <rect width="64" height="64" rx="15" fill="url(#logo-sky)" />
      <path d="M0 16h64M0 32h64M0 48h64M16 0v64M32 0v64M48 0v64" stroke="#fff" strokeOpacity=".13" />
      <path d={PATH} fill="none" stroke="#fff" strokeOpacity=".16" strokeWidth="10" strokeLinecap="round" />
      <path d={PATH} fill="none" stroke="#ff9a5c" strokeWidth="3.2" strokeLinecap="round" strokeDasharray="0.5 5.5" />
      <path d={PLANE} fill="#fff" transform="translate(41 23) rotate(45) scale(.62) translate(-32 -31)" />
    </svg>
  );
}

/** The aircraft alone, for illustrations: points up, 64 units long. */
export function PlaneShape(props: React.SVGProps<SVGPathElement>) {
  return <path d={PLANE} {...props} />;
}
