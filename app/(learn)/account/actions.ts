"use server";
// The account page's forms as server actions (lib/http/mutation.ts): settings, resetting the memory
// model, password, signing out everywhere and deleting the account. Each works before the page's JavaScript has loaded.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { changePassword, deleteAccount, endAllSessions, PasswordChange, SettingsInput, updateSettings } from "@/lib/auth/account";
import { endSession, startSession } from "@/lib/auth/session";
import { EmailChange, requestEmailChange, requestVerification } from "@/lib/auth/verification";
import { env } from "@/lib/env";
import { fail, formAction, formFields, type FormState } from "@/lib/http/mutation";
import { resetParameters } from "@/lib/srs/memory-model";
import { siteOrigin } from "@/lib/http/origin";
import { isMailConfigured, sendAfterResponse } from "@/lib/mail";
import { now } from "@/lib/time/clock";

const NO_EMAIL = "This server sends no email, so addresses cannot be verified or changed here.";

/** The form asks for retention in percent; the account keeps a fraction. */
function retentionFraction(value: FormDataEntryValue | null): unknown {
  const percent = Number(value);
  return value === null || value === "" || !Number.isFinite(percent) ? value : percent / 100;
}

const saveSettings = formAction(
  {
    access: "user",
    input: SettingsInput,
    fields: (form) => ({
      name: form.get("name") ?? "",
      timeZone: form.get("timeZone") ?? "",
      dayStartHour: form.get("dayStartHour") ?? "",
      desiredRetention: retentionFraction(form.get("desiredRetention")),
      newPerDay: form.get("newPerDay") ?? "",
      reviewsPerDay: form.get("reviewsPerDay") ?? "",
    }),
    invalid: "Could not save the settings",
  },
  async ({ user, input, form }) => {
    await updateSettings(user.id, input);
    revalidatePath("/", "layout");
    return { message: "Settings saved.", values: formFields(form) };
  },
);

const newPassword = formAction(
  {
    access: "user",
    input: PasswordChange,
    fields: (form) => ({ current: form.get("current") ?? "", next: form.get("next") ?? "" }),
    invalid: "Could not change the password",
    secret: ["current", "next"],
  },
  async ({ user, input }) => {
    const changed = await changePassword(user.id, input);
    if (!changed) return fail(403, "wrong_password", "Your current password is not right, so nothing changed.", { current: "This is not your current password." });
    // The change ended every session; this browser goes on under the new session version.
    await startSession({ id: user.id, sessionVersion: changed.sessionVersion });
    return { message: "Password changed. Your other sessions have ended." };
  },
);

const DeleteInput = z.object({ password: z.string().max(1024) }).strict();

const removeAccount = formAction(
  { access: "user", input: DeleteInput, fields: (form) => ({ password: form.get("confirm-password") ?? "" }), secret: ["confirm-password"] },
  async ({ user, input }) => {
    if (!(await deleteAccount(user.id, input.password))) return fail(403, "wrong_password", "That password is not right, so the account was kept.");
    await endSession();
    redirect("/");
  },
);

const signOutEverywhere = formAction({ access: "user", input: z.object({}), fields: () => ({}) }, async ({ user }) => {
  await endAllSessions(user.id);
  await endSession();
  redirect("/sign-in");
});

const ResetMemoryModelInput = z.object({ confirm: z.literal("on", { error: "Tick the box to confirm the reset." }) }).strict();

const resetMemoryModel = formAction(
  { access: "user", input: ResetMemoryModelInput, fields: (form) => ({ confirm: form.get("confirm") ?? "" }), invalid: "Nothing was reset" },
  async ({ user }) => {
    // A resend after the reset changes nothing and says the same.
    await resetParameters(user.id, await now());
    revalidatePath("/account");
    return { message: "Reset: your next reviews are scheduled with the default parameters." };
  },
);

const sendVerification = formAction({ access: "user", input: z.object({}), fields: () => ({}) }, async ({ user }) => {
  if (!isMailConfigured()) return fail(503, "email_unavailable", NO_EMAIL);
  const result = await requestVerification(user.id, await now(), siteOrigin(env.NEXTAUTH_URL, await headers()));
  if (!result.ok) return fail(409, "not_sent", result.message);
  sendAfterResponse(result.mail);
  return { message: `We have sent a verification link to ${result.mail.to}. It works once, for 24 hours.` };
});

const changeEmail = formAction(
  {
    access: "user",
    input: EmailChange,
    fields: (form) => ({ email: form.get("email") ?? "", password: form.get("password") ?? "" }),
    invalid: "Could not change the address",
    secret: ["password"],
  },
  async ({ user, input }) => {
    if (!isMailConfigured()) return fail(503, "email_unavailable", NO_EMAIL);
    const result = await requestEmailChange(user.id, input, await now(), siteOrigin(env.NEXTAUTH_URL, await headers()));
    if (!result.ok) {
      if (result.reason === "limited") return fail(429, "rate_limited", result.message);
      const field: Record<string, string> = result.reason === "wrong_password" ? { password: result.message } : { email: result.message };
      return fail(result.reason === "wrong_password" ? 403 : 409, result.reason, result.message, field);
    }
    sendAfterResponse(result.mail);
    revalidatePath("/account");
    return { message: `We have sent a link to ${input.email}. Your address changes when you open it (within 24 hours); until then it stays ${user.email}.` };
  },
);

export async function sendVerificationAction(previous: FormState, form: FormData): Promise<FormState> {
  return sendVerification(previous, form);
}

export async function changeEmailAction(previous: FormState, form: FormData): Promise<FormState> {
  return changeEmail(previous, form);
}

export async function saveSettingsAction(previous: FormState, form: FormData): Promise<FormState> {
  return saveSettings(previous, form);
}

export async function changePasswordAction(previous: FormState, form: FormData): Promise<FormState> {
  return newPassword(previous, form);
}

export async function deleteAccountAction(previous: FormState, form: FormData): Promise<FormState> {
  return removeAccount(previous, form);
}

export async function resetMemoryModelAction(previous: FormState, form: FormData): Promise<FormState> {
  return resetMemoryModel(previous, form);
}

export async function signOutEverywhereAction(previous: FormState, form: FormData): Promise<FormState> {
  return signOutEverywhere(previous, form);
}
