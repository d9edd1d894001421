// Runs once when a server starts, before it answers a request (Next.js's instrumentation hook): the
// question bank is built here, so no learner's first request waits for it while every other request
// waits behind it (a fifth of a second of YAML and schema checks, on the event loop), and content
// that does not hold together stops the server at start rather than at its first quiz.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getBank } = await import("@/lib/content/bank");
  getBank();
}
