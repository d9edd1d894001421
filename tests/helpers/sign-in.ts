// The one credentials sign-in of every suite and script (e2e, multi-instance, reliability,
// screenshots, bench): next-auth's CSRF token, then its credentials callback with the form the
// sign-in form would post. The transport is the caller's (Playwright request, the reliability
// client, fetch), so each keeps its own cookie jar.
import type { APIRequestContext, APIResponse } from "@playwright/test";

export const CSRF_PATH = "/api/auth/csrf";
export const CREDENTIALS_PATH = "/api/auth/callback/credentials";

export type Credentials = { email: string; password: string };

type Transport<R> = {
  /** GET the CSRF endpoint and return its csrfToken. */
  csrfToken: () => Promise<string>;
  /** POST the urlencoded form to the credentials callback. */
  post: (form: URLSearchParams) => Promise<R>;
};

export async function signInWith<R>(transport: Transport<R>, user: Credentials): Promise<R> {
  const csrfToken = await transport.csrfToken();
  return transport.post(new URLSearchParams({ email: user.email, password: user.password, csrfToken, json: "true", callbackUrl: "/" }));
}

/** Over a Playwright request context (its cookies are the browser context's); origin defaults to baseURL. */
export function signInRequest(request: APIRequestContext, user: Credentials, options: { origin?: string; headers?: Record<string, string> } = {}): Promise<APIResponse> {
  const origin = options.origin ?? "";
  return signInWith(
    {
      csrfToken: async () => ((await (await request.get(`${origin}${CSRF_PATH}`)).json()) as { csrfToken: string }).csrfToken,
      post: (form) => request.post(`${origin}${CREDENTIALS_PATH}`, { form: Object.fromEntries(form), headers: options.headers ?? {} }),
    },
    user,
  );
}
