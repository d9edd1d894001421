// @ts-check

/** Sent on every response, static files included; the per-request CSP is set in proxy.ts. */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Database drivers and the job queue load from node_modules at run time (better-sqlite3 and the FSRS
  // optimizer are native addons).
  serverExternalPackages: ["better-sqlite3", "pg", "pg-boss", "@open-spaced-repetition/binding"],
  // forbidden() answers 403 with app/forbidden.tsx for pages a signed-in user may not see.
  experimental: { authInterrupts: true },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

module.exports = nextConfig;
