// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Database drivers load from node_modules at run time (better-sqlite3 is a native addon).
  serverExternalPackages: ["better-sqlite3", "pg"],
  // forbidden() answers 403 with app/forbidden.tsx for pages a signed-in user may not see.
  experimental: { authInterrupts: true },
};

module.exports = nextConfig;
