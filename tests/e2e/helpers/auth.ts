// Each test makes its own account and signs in over HTTP, in the browser context's cookie jar.
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { signInRequest } from "../../helpers/sign-in";

let counter = 0;

export type TestUser = { email: string; password: string; name: string };

export function newUser(prefix = "learner"): TestUser {
  counter += 1;
  const id = `${Date.now().toString(36)}${process.pid}${counter}`;
  return { email: `${prefix}-${id}@example.org`, password: `correct horse ${id}`, name: `Test ${prefix} ${counter}` };
}

export async function signUp(request: APIRequestContext, user: TestUser, role: "learner" | "teacher" = "learner") {
  const res = await request.post("/api/account", { data: { ...user, role, timeZone: "UTC" } });
  expect(res.status(), await res.text()).toBe(201);
}

/** next-auth's credentials flow (tests/helpers/sign-in.ts); returns the callback's response. */
export function signIn(request: APIRequestContext, user: Pick<TestUser, "email" | "password">, headers: Record<string, string> = {}) {
  return signInRequest(request, user, { headers });
}

export async function signUpAndSignIn(page: Page, role: "learner" | "teacher" = "learner"): Promise<TestUser> {
  const user = newUser(role);
  await signUp(page.request, user, role);
  const res = await signIn(page.request, user);
  expect(res.status()).toBe(200);
  const session = (await (await page.request.get("/api/auth/session")).json()) as { uid?: string };
  expect(session.uid).toBeTruthy();
  return user;
}
