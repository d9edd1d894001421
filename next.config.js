// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3"],
  // forbidden() answers 403 with app/forbidden.tsx for pages a signed-in user may not see.
  experimental: { authInterrupts: true },
};

module.exports = nextConfig;
