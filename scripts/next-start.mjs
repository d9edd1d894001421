// The one `next start` command line: npm start, the test servers and the bench all start the
// production server through it.
//
// The keep-alive timeout is above every usual proxy's idle timeout (nginx 60 s, AWS ALB 60 s):
// Node's default of 5 s lets the server close an idle kept-alive connection at the moment a proxy
// (or a test client) sends the next request on it, which then fails with ECONNRESET and never
// reaches the app. The side that keeps a connection longer must be the server. docs/deployment.md.
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/** The node arguments that run `next start` on the port and host; nodeFlags go before the script. */
export function nextStartArgs({ port, host, nodeFlags = [] }) {
  return [...nodeFlags, "node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", host, "--keepAliveTimeout", String(KEEP_ALIVE_TIMEOUT_MS)];
}
