// What counts as a good answer to bad input: never 5xx, never a stack trace; a refusal (4xx, or a
// redirect to one of the app's own pages) carries a message and writes nothing. A 2xx means the
// input happened to be valid (e.g. a generated class name), which is allowed and counted apart.
import { changedTables, type Counts } from "./db";
import { parseJson, type Reply } from "./http";

export type Outcome = "refused" | "accepted";
export type Verdict = { outcome: Outcome; problem: string | null };

const STACK = /\n\s+at\s|\bat (?:async )?[\w.$<>]+ \((?:\/|file:|node:|\.next)|webpack-internal:|node_modules\/|Invalid `prisma\.|PrismaClient\w*Error/;

export function hasStackTrace(text: string): boolean {
  return STACK.test(text);
}

/** The sentence a refusal shows: a JSON error message, a page, or a plain-text line. */
export function refusalMessage(reply: Reply): string | null {
  const type = reply.headers.get("content-type") ?? "";
  if (type.includes("json")) {
    const body = parseJson(reply) as { error?: { message?: unknown } } | null;
    return typeof body?.error?.message === "string" && body.error.message.trim() ? body.error.message : null;
  }
  if (type.includes("text/html")) return /<h1|<title/i.test(reply.text) ? "an HTML page" : null;
  return reply.text.trim().length >= 10 ? reply.text.trim() : null;
}

/** A server action's answer to a form: the message its form state carries, if any. */
function actionMessage(reply: Reply): string | null {
  if (!(reply.headers.get("content-type") ?? "").includes("text/x-component")) return null;
  return /"message":"[^"]+/.exec(reply.text)?.[0] ?? null;
}

function isOwnRedirect(reply: Reply, baseUrl: string): boolean {
  const location = reply.headers.get("location") ?? "";
  return location.startsWith("/") ? !location.startsWith("//") : location.startsWith(`${baseUrl}/`);
}

export function judge(reply: Reply, counts: { before: Counts; after: Counts; mayChange?: readonly string[] }, baseUrl: string): Verdict {
  const changed = () => changedTables(counts.before, counts.after, counts.mayChange);
  const problem = (text: string): Verdict => ({ outcome: "refused", problem: text });
  if (reply.status >= 500) return problem(`answered ${reply.status}`);
  if (hasStackTrace(reply.text)) return problem(`stack trace in a ${reply.status}`);
  const isRefusal = reply.status >= 300 || actionMessage(reply) !== null;
  if (!isRefusal) return { outcome: "accepted", problem: null };
  if (reply.status >= 300 && reply.status < 400 && !isOwnRedirect(reply, baseUrl)) return problem(`redirect off-site to ${reply.headers.get("location")}`);
  if (reply.status >= 400 && !refusalMessage(reply)) return problem(`${reply.status} without a message`);
  const moved = changed();
  if (moved.length > 0) return problem(`${reply.status} refusal changed rows of ${moved.join(", ")}`);
  return { outcome: "refused", problem: null };
}
