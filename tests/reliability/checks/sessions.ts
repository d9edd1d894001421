// Group 5, sessions and sign-in: the sign-in limits, sessions that end when they should, cookie
// attributes and HSTS (Secure and HSTS checked on a second server whose NEXTAUTH_URL is https), and writes from
// another site's Origin refused on every mutating route and action.
import { formActionRequest } from "../action-inputs";
import { changedTables, type DbReader } from "../db";
import { Client, newAddress, parseJson, type Reply } from "../http";
import { isSignedIn, signInAs, signUp } from "../people";
import type { Report } from "../report";
import { fillPattern, type ApiRoute, type ServerAction } from "../routes";
import { sampleBody } from "../samples";
import { startApp, stopApp, type AppServer } from "../server";
import { segments, type World } from "../world";

const CLOCK = "x-overflight-clock-offset";
const group = "sessions";

async function accountLimit(report: Report, baseUrl: string) {
  const user = await signUp(baseUrl, "learner");
  const client = new Client(baseUrl, { "x-forwarded-for": newAddress() });
  const wrong: number[] = [];
  for (let i = 0; i < 5; i++) wrong.push((await signInAs(client, user.email, "not the password")).status);
  const blocked = await signInAs(client, user.email, "not the password");
  const right = await signInAs(client, user.email, user.password);
  const later = await signInAs(client, user.email, user.password, { [CLOCK]: String(16 * 60 * 1000) });
  const waits = (r: Reply) => r.status === 429 && Number(r.headers.get("retry-after")) > 0;
  report.add({
    group, check: "brute force on one account", target: "POST /api/auth/callback/credentials", tried: 8,
    passed: wrong.every((s) => s === 401) && waits(blocked) && waits(right) && later.status === 200,
    note: `5 wrong: ${wrong.join(",")}; 6th ${blocked.status} Retry-After ${blocked.headers.get("retry-after")}; right password ${right.status} Retry-After ${right.headers.get("retry-after")}; 16 min later ${later.status}`,
  });
}

async function addressLimit(report: Report, baseUrl: string) {
  const user = await signUp(baseUrl, "learner");
  const address = newAddress();
  const client = new Client(baseUrl, { "x-forwarded-for": address });
  for (let i = 0; i < 20; i++) await signInAs(client, `nobody-${i}-${address}@example.org`, "guess");
  const blocked = await signInAs(client, user.email, user.password);
  const elsewhere = await signInAs(new Client(baseUrl, { "x-forwarded-for": newAddress() }), user.email, user.password);
  report.add({
    group, check: "password spraying from one address", target: "POST /api/auth/callback/credentials", tried: 22,
    passed: blocked.status === 429 && Number(blocked.headers.get("retry-after")) > 0 && elsewhere.status === 200,
    note: `after 20 failures on 20 accounts: ${blocked.status} (Retry-After ${blocked.headers.get("retry-after")}); same account from another address ${elsewhere.status}`,
  });
}

async function sessionsEnd(report: Report, baseUrl: string, how: "sign out everywhere" | "password change") {
  const user = await signUp(baseUrl, "learner");
  const other = new Client(baseUrl, { "x-forwarded-for": newAddress() });
  await signInAs(other, user.email, user.password);
  const before = [await isSignedIn(user.client), await isSignedIn(other)];
  const newPassword = `${user.password} renewed`;
  const reply =
    how === "sign out everywhere"
      ? await user.client.request("/api/account/sessions", { method: "DELETE" })
      : await user.client.json("/api/account/password", "POST", { current: user.password, next: newPassword });
  const after = [await isSignedIn(user.client), await isSignedIn(other), (await other.request("/api/account/export")).status];
  const fresh = new Client(baseUrl, { "x-forwarded-for": newAddress() });
  const password = how === "password change" ? newPassword : user.password;
  const signIn = (await signInAs(fresh, user.email, password)).status;
  const oldPassword = how === "password change" ? (parseJson(await signInAs(fresh, user.email, user.password)) as { url?: string } | null)?.url ?? "" : "";
  report.add({
    group, check: `old sessions end after ${how}`, target: how === "password change" ? "POST /api/account/password" : "DELETE /api/account/sessions", tried: 2,
    passed: before.every(Boolean) && reply.status === 200 && after[0] === false && after[1] === false && after[2] === 401 && signIn === 200 && (how === "sign out everywhere" || oldPassword.includes("error")),
    note: `both sessions live, then ${reply.status}; afterwards pages see ${after[0] ? "this" : "no"} session and ${after[1] ? "the other" : "no other"}, API ${after[2]}; sign-in again ${signIn}${how === "password change" ? `, old password refused: ${oldPassword.includes("error")}` : ""}`,
  });
}

function cookieProblems(setCookies: string[], wantSecure: (name: string) => boolean): string[] {
  return setCookies.flatMap((line) => {
    const name = line.split("=")[0]!;
    const attrs = line.toLowerCase();
    const missing = [
      attrs.includes("; httponly") ? null : "HttpOnly",
      /; samesite=(lax|strict)/.test(attrs) ? null : "SameSite=Lax/Strict",
      !wantSecure(name) || attrs.includes("; secure") ? null : "Secure",
    ].filter(Boolean);
    return missing.length ? [`${name} lacks ${missing.join(", ")}`] : [];
  });
}

/** Every cookie a sign-up, sign-in and guest quiz set, with the attributes each must carry. */
async function cookiesOf(baseUrl: string, email: string, password: string): Promise<string[]> {
  const seen: string[] = [];
  const client = new Client(baseUrl, { "x-forwarded-for": newAddress() });
  const record = (r: Reply) => seen.push(...r.headers.getSetCookie());
  record(await client.request("/api/auth/csrf"));
  record(await client.json("/api/attempts", "POST", { topic: "mixed", length: 2 }));
  record(await signInAs(client, email, password));
  return seen;
}

/** Strict-Transport-Security on a page, an API answer and a refusal made early in proxy.ts. */
async function hstsOf(baseUrl: string): Promise<{ path: string; value: string | null }[]> {
  const client = new Client(baseUrl, { "x-forwarded-for": newAddress() });
  const paths = ["/", "/api/health", "/api/no-such-route"];
  return Promise.all(paths.map(async (path) => ({ path, value: (await client.request(path)).headers.get("strict-transport-security") })));
}

async function cookies(report: Report, main: AppServer, httpsPort: number) {
  const user = await signUp(main.baseUrl, "learner");
  const plain = await cookiesOf(main.baseUrl, user.email, user.password);
  const plainProblems = cookieProblems(plain, (name) => name === "ovf_learner");
  report.add({
    group, check: "cookies: HttpOnly, SameSite; guest cookie Secure in production", target: `${new Set(plain.map((c) => c.split("=")[0])).size} cookies, NEXTAUTH_URL http://`, tried: plain.length,
    passed: plain.length >= 4 && plainProblems.length === 0, note: plainProblems.join("; ") || `${[...new Set(plain.map((c) => c.split("=")[0]))].join(", ")}: all HttpOnly and SameSite=Lax`,
  });
  const plainHsts = await hstsOf(main.baseUrl);
  report.add({
    group, check: "no HSTS over http", target: "NEXTAUTH_URL http://", tried: plainHsts.length,
    passed: plainHsts.every((h) => h.value === null), note: plainHsts.map((h) => `${h.path}: ${h.value ?? "none"}`).join("; "),
  });
  const https = await startApp({ port: httpsPort, file: main.file, keep: true, env: { NEXTAUTH_URL: `https://127.0.0.1:${httpsPort}` } });
  try {
    const secureHsts = await hstsOf(https.baseUrl);
    report.add({
      group, check: "HSTS when served over https", target: "NEXTAUTH_URL https://", tried: secureHsts.length,
      passed: secureHsts.every((h) => /^max-age=\d{8,}/.test(h.value ?? "")), note: secureHsts.map((h) => `${h.path}: ${h.value ?? "none"}`).join("; "),
    });
    const secure = await cookiesOf(https.baseUrl, user.email, user.password);
    const problems = cookieProblems(secure, () => true);
    report.add({
      group, check: "cookies: all Secure when served over https", target: `${new Set(secure.map((c) => c.split("=")[0])).size} cookies, NEXTAUTH_URL https://`, tried: secure.length,
      passed: secure.length >= 4 && problems.length === 0 && secure.some((c) => c.startsWith("__Secure-next-auth.session-token=")),
      note: problems.join("; ") || `${[...new Set(secure.map((c) => c.split("=")[0]))].join(", ")}: all Secure, HttpOnly, SameSite=Lax`,
    });
  } finally {
    await stopApp(https);
  }
}

const FOREIGN = "https://evil.example";

async function foreignOrigin(report: Report, db: DbReader, world: World, routes: ApiRoute[], actions: ServerAction[]) {
  const learner = await signUp(world.baseUrl, "learner");
  const guest = new Client(world.baseUrl, { "x-forwarded-for": newAddress() });
  const own = world.baseUrl;
  const targets = [
    ...routes.filter((r) => r.method !== "GET" && r.method !== "HEAD").map((r) => ({
      name: `${r.method} ${r.pattern}`,
      send: (client: Client, origin: string) =>
        client.json(fillPattern(r.pattern, { ...segments(world), id: world.classId }), r.method, sampleBody(r.method, r.pattern, world) ?? {}, { origin }),
    })),
    ...actions.map((a) => ({
      name: `action ${a.name}`,
      send: (client: Client, origin: string) => client.request(fillPattern(a.page, { ...segments(world), id: a.page.startsWith("/teach/") ? world.classId : world.attemptId }), formActionRequest(a.id, { topic: "mixed", length: "2", attemptId: world.attemptId }, { origin })),
    })),
  ];
  for (const t of targets) {
    const before = db.counts();
    const refused = await t.send(learner.client, FOREIGN);
    const moved = changedTables(before, db.counts());
    const code = (parseJson(refused) as { error?: { code?: string } } | null)?.error?.code;
    const control = await t.send(guest, own);
    const controlCode = (parseJson(control) as { error?: { code?: string } } | null)?.error?.code;
    report.add({
      group, check: "write from a foreign Origin refused", target: t.name, tried: 2,
      passed: refused.status === 403 && code === "foreign_origin" && moved.length === 0 && controlCode !== "foreign_origin",
      note: `Origin ${FOREIGN}: ${refused.status} ${code ?? ""}${moved.length ? `, rows changed in ${moved.join(", ")}` : ""}; own Origin: ${control.status} ${controlCode ?? ""}`,
    });
  }
  const user = await signUp(world.baseUrl, "learner");
  const signIn = await signInAs(new Client(own, { "x-forwarded-for": newAddress() }), user.email, user.password, { origin: own });
  report.add({
    group, check: "next-auth sign-in from the app's own Origin still works", target: "POST /api/auth/callback/credentials", tried: 1,
    passed: signIn.status === 200, note: `answered ${signIn.status}`,
  });
}

export async function checkSessions(opts: { report: Report; db: DbReader; world: World; main: AppServer; httpsPort: number; routes: ApiRoute[]; actions: ServerAction[] }) {
  const { report } = opts;
  const checks: [string, () => Promise<void>][] = [
    ["brute force on one account", () => accountLimit(report, opts.main.baseUrl)],
    ["password spraying from one address", () => addressLimit(report, opts.main.baseUrl)],
    ["old sessions end after sign out everywhere", () => sessionsEnd(report, opts.main.baseUrl, "sign out everywhere")],
    ["old sessions end after password change", () => sessionsEnd(report, opts.main.baseUrl, "password change")],
    ["cookies", () => cookies(report, opts.main, opts.httpsPort)],
    ["foreign Origin", () => foreignOrigin(report, opts.db, opts.world, opts.routes, opts.actions)],
  ];
  for (const [name, check] of checks) {
    try {
      await check();
    } catch (error) {
      report.crashed(group, name, "", error);
    }
  }
}
