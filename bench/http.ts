// Signing in over HTTP the way a browser does (next-auth's credentials flow: CSRF token, then the
// callback), and the session cookie that comes back, for the load test and the page reads.
import { CREDENTIALS_PATH, CSRF_PATH, signInWith } from "../tests/helpers/sign-in";

export type Session = { email: string; cookie: string };

/** name=value pairs from Set-Cookie headers, merged over the ones already held. */
export function mergeCookies(held: string, response: Response): string {
  const jar = new Map(held ? held.split("; ").map((c) => [c.slice(0, c.indexOf("=")), c] as const) : []);
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(";")[0] ?? "";
    jar.set(pair.slice(0, pair.indexOf("=")), pair);
  }
  return [...jar.values()].join("; ");
}

export async function signIn(origin: string, email: string, password: string): Promise<Session> {
  let cookie = "";
  const callback = await signInWith(
    {
      csrfToken: async () => {
        const csrf = await fetch(`${origin}${CSRF_PATH}`);
        cookie = mergeCookies(cookie, csrf);
        return ((await csrf.json()) as { csrfToken: string }).csrfToken;
      },
      post: (form) =>
        fetch(`${origin}${CREDENTIALS_PATH}`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", cookie }, body: form, redirect: "manual" }),
    },
    { email, password },
  );
  cookie = mergeCookies(cookie, callback);
  const session = (await (await fetch(`${origin}/api/auth/session`, { headers: { cookie } })).json()) as { uid?: string };
  if (!session.uid) throw new Error(`signing in ${email} failed (HTTP ${callback.status})`);
  return { email, cookie };
}

/** Signs in several accounts, a few at a time (each sign-in is an Argon2id verification on the server). */
export async function signInAll(origin: string, emails: string[], password: string, parallel = 4): Promise<Session[]> {
  const sessions: Session[] = [];
  for (let i = 0; i < emails.length; i += parallel) {
    sessions.push(...(await Promise.all(emails.slice(i, i + parallel).map((email) => signIn(origin, email, password)))));
  }
  return sessions;
}

/** Milliseconds for one GET, after reading the whole body; throws on anything but 200. */
export async function timeGet(url: string, cookie: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
  return performance.now() - started;
}
