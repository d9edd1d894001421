// Group 1, escaping: text people type and others see (names, class names) is rendered as text.
// Accounts and a class are named with a script tag; no page may contain the tag as markup.
import type { Reply } from "../http";
import { signUp } from "../people";
import type { Report } from "../report";
import { createClass, startAttempt } from "../world";

export const PAYLOAD = "<script>alert(1)</script>";
const ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";

/** pages: name and a function giving a path for a person's own attempt id. */
export async function checkEscaping(report: Report, baseUrl: string, pages: { name: string; path: (attemptId: string) => string }[]) {
  const teacher = await signUp(baseUrl, "teacher", PAYLOAD);
  const learner = await signUp(baseUrl, "learner", PAYLOAD);
  const klass = await createClass(teacher, PAYLOAD);
  const joined = await learner.client.json("/api/classes/join", "POST", { code: klass.joinCode });
  const attempt = await startAttempt(learner.client);
  for (const page of pages) {
    const replies: Reply[] = [await learner.client.request(page.path(attempt.id)), await teacher.client.request(page.path(attempt.id))];
    const raw = replies.filter((r) => r.text.includes(PAYLOAD));
    const broken = replies.filter((r) => r.status >= 500);
    report.add({
      group: "bad input", check: "names shown as text, not markup", target: page.name, tried: replies.length,
      passed: raw.length === 0 && broken.length === 0,
      note: raw.length ? "the script tag appears as markup" : broken.length ? `answered ${broken[0]!.status}` : `answers ${replies.map((r) => r.status).join(", ")}, no raw tag`,
    });
  }
  const account = await learner.client.request("/account");
  report.add({
    group: "bad input", check: "a name with a script tag is shown, escaped", target: "/account", tried: 1,
    passed: account.status === 200 && account.text.includes(ESCAPED) && !account.text.includes(PAYLOAD),
    note: account.text.includes(ESCAPED) ? "shows &lt;script&gt;… as text" : `status ${account.status}; the escaped name is not on the page`,
  });
  report.add({
    group: "bad input", check: "a class name with a script tag goes out as JSON only", target: "POST /api/classes/join", tried: 1,
    passed: joined.status === 201 && (joined.headers.get("content-type") ?? "").startsWith("application/json") && joined.headers.get("x-content-type-options") === "nosniff",
    note: `${joined.status} ${joined.headers.get("content-type")}, nosniff; no page lists class names yet (the teacher pages are not built), so only JSON carries it`,
  });
}
