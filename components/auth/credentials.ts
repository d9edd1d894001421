// Browser side of the email + password sign-in: next-auth's CSRF token, then its credentials
// callback, with the limit's 429 turned into a sentence.
export type SignInResult = { ok: true } | { ok: false; message: string };

export async function signInWithPassword(email: string, password: string): Promise<SignInResult> {
  try {
    const csrf = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    const res = await fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email, password, csrfToken: csrf.csrfToken, json: "true", callbackUrl: "/" }),
    });
    const body = (await res.json().catch(() => null)) as { url?: string; error?: { message: string } } | null;
    if (body?.error) return { ok: false, message: body.error.message };
    if (!res.ok || !body?.url || new URL(body.url, window.location.href).searchParams.has("error")) {
      return { ok: false, message: "That email and password do not match an account." };
    }
    return { ok: true };
  } catch {
    return { ok: false, message: "Could not reach the server. Check your connection and try again." };
  }
}

export async function signOut(): Promise<void> {
  const csrf = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken: csrf.csrfToken, json: "true", callbackUrl: "/" }),
  });
}

/** Only same-site paths are followed after sign-in. */
export function safeReturnPath(value: string | null | undefined, fallback: string): string {
  return value && value.startsWith("/") && !value.startsWith("//") ? value : fallback;
}

/** `path` carrying the page to return to after signing in or up, when there is a safe one. */
export function withReturnPath(path: string, callbackUrl: string | null | undefined): string {
  const back = safeReturnPath(callbackUrl, "");
  return back ? `${path}?callbackUrl=${encodeURIComponent(back)}` : path;
}
