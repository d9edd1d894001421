"use server";
// Sign in, sign up and sign out as form actions, so the forms work before (or without) the page's
// JavaScript. They set the same session cookie next-auth does (lib/auth/session.ts). Beside them,
// the ways back into an account: asking for a reset link, setting the new password through one, and
// confirming an email address.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { clientAddress } from "@/lib/auth/address";
import { signInRefusal } from "@/lib/auth/credentials";
import { getLearnerId } from "@/lib/auth/learner";
import { NO_EMAIL_RESET, RESET_SENT_MESSAGE, requestPasswordReset, ResetInput, ResetRequest, resetPassword } from "@/lib/auth/recovery";
import { endSession, startSession } from "@/lib/auth/session";
import { tokenRefusal } from "@/lib/auth/token";
import { signUp, SignUpInput } from "@/lib/auth/users";
import { requestVerification, verifyEmail, VerifyInput } from "@/lib/auth/verification";
import { env } from "@/lib/env";
import { fail, formAction, type FormState } from "@/lib/http/mutation";
import { siteOrigin } from "@/lib/http/origin";
import { afterSignIn } from "@/lib/http/return-path";
import { isMailConfigured, sendAfterResponse } from "@/lib/mail";
import { claimGuestWork, verifyCredentials } from "@/lib/sign-in/credentials";
import { now } from "@/lib/time/clock";

/** Where emailed links lead: the configured site URL, else the one this request came to. */
async function linkOrigin(): Promise<string> {
  return siteOrigin(env.NEXTAUTH_URL, await headers());
}

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
    if (isMailConfigured()) {
      const link = await requestVerification(result.user.id, await now(), await linkOrigin());
      if (link.ok) sendAfterResponse(link.mail);
    }
    await startSession(result.user);
    redirect(afterSignIn(result.user.role, callbackUrl));
  },
);

const askForReset = formAction(
  { access: "guest", input: ResetRequest, fields: (form) => ({ email: form.get("email") ?? "" }), invalid: "Could not send a reset link" },
  async ({ input }) => {
    if (!isMailConfigured()) return fail(503, "email_unavailable", NO_EMAIL_RESET);
    const requestHeaders = await headers();
    const result = await requestPasswordReset(input.email, clientAddress(requestHeaders), await now(), await linkOrigin());
    if (!result.ok) return fail(429, "rate_limited", result.message);
    sendAfterResponse(result.mail);
    return { message: RESET_SENT_MESSAGE, values: { email: input.email } };
  },
);

const setNewPassword = formAction(
  {
    access: "guest",
    input: ResetInput,
    fields: (form) => ({ token: form.get("token") ?? "", password: form.get("password") ?? "" }),
    invalid: "Could not set the new password",
    secret: ["password"],
  },
  async ({ input }) => {
    const result = await resetPassword(input, await now());
    if (!result.ok) return fail(410, `link_${result.state}`, tokenRefusal(result.state, "password_reset"));
    // Every older session ended with the new password; this browser is signed in under the new version.
    await startSession(result.account);
    redirect(afterSignIn(result.account.role, undefined));
  },
);

const confirmAddress = formAction(
  { access: "guest", input: VerifyInput, fields: (form) => ({ token: form.get("token") ?? "" }), invalid: "Could not confirm the address" },
  async ({ input }) => {
    const result = await verifyEmail(input.token, await now());
    if (!result.ok) return fail(result.state === "taken" ? 409 : 410, `link_${result.state}`, result.message ?? tokenRefusal(result.state === "taken" ? "unknown" : result.state, "email_verification"));
    return { message: result.changed ? `Done: your account's address is now ${result.email}, and it is verified.` : `Done: ${result.email} is verified.`, made: { verified: result.email } };
  },
);

export async function requestPasswordResetAction(previous: FormState, form: FormData): Promise<FormState> {
  return askForReset(previous, form);
}

export async function resetPasswordAction(previous: FormState, form: FormData): Promise<FormState> {
  return setNewPassword(previous, form);
}

export async function verifyEmailAction(previous: FormState, form: FormData): Promise<FormState> {
  return confirmAddress(previous, form);
}

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
