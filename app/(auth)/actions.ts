"use server";
// Sign in, sign up and sign out as form actions, so the forms work before (or without) the page's
// JavaScript. They set the same session cookie next-auth does (lib/auth/session.ts).
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { claimGuestWork, signInRefusal, verifyCredentials } from "@/lib/auth/credentials";
import { getLearnerId } from "@/lib/auth/learner";
import { endSession, startSession } from "@/lib/auth/session";
import { signUp, SignUpInput } from "@/lib/auth/users";
import { fail, formAction, type FormState } from "@/lib/http/mutation";
import { afterSignIn } from "@/lib/http/return-path";

const ReturnPath = z.string().max(4096).optional();

const SignInInput = z
  .object({
    email: z.string().trim().min(1, "Enter your email address.").max(254, "That email address is too long."),
    password: z.string().min(1, "Enter your password.").max(1024, "That password is too long."),
    callbackUrl: ReturnPath,
  })
  .strict();

const optional = (value: FormDataEntryValue | null) => (typeof value === "string" && value !== "" ? value : undefined);

const signInFrom = formAction(
  {
    access: "guest",
    input: SignInInput,
    fields: (form) => ({ email: form.get("email") ?? "", password: form.get("password") ?? "", callbackUrl: optional(form.get("callbackUrl")) }),
    invalid: "Could not sign in",
    secret: ["password"],
  },
  async ({ input }) => {
    const requestHeaders = await headers();
    const refusal = await signInRefusal(input.email, requestHeaders);
    if (refusal) return fail(429, "rate_limited", refusal.message);
    const account = await verifyCredentials(input, requestHeaders, await getLearnerId());
    if (!account) return fail(401, "wrong_credentials", "That email and password do not match an account.");
    await startSession(account);
    redirect(afterSignIn(account.role, input.callbackUrl));
  },
);

const SignUpForm = SignUpInput.extend({ callbackUrl: ReturnPath });

const signUpFrom = formAction(
  {
    access: "guest",
    input: SignUpForm,
    fields: (form) => ({
      name: form.get("name") ?? "",
      email: form.get("email") ?? "",
      password: form.get("password") ?? "",
      role: optional(form.get("role")),
      timeZone: optional(form.get("timeZone")),
      callbackUrl: optional(form.get("callbackUrl")),
    }),
    invalid: "Could not create the account",
    secret: ["password"],
  },
  async ({ input: { callbackUrl, ...input } }) => {
    const result = await signUp(input);
    if (!result.ok) return fail(409, "email_taken", "An account with this email already exists. Sign in instead.", { email: "An account with this email already exists." });
    await claimGuestWork(result.user, await getLearnerId());
    await startSession(result.user);
    redirect(afterSignIn(result.user.role, callbackUrl));
  },
);

export async function signInAction(previous: FormState, form: FormData): Promise<FormState> {
  return signInFrom(previous, form);
}

export async function signUpAction(previous: FormState, form: FormData): Promise<FormState> {
  return signUpFrom(previous, form);
}

/** Ends this browser's session and goes home as a guest. */
export async function signOutAction(): Promise<void> {
  await endSession();
  redirect("/");
}
