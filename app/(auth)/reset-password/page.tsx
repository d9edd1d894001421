import type { Metadata } from "next";
import { LinkRefused } from "@/components/auth/link-refused";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { linkState } from "@/lib/auth/links";
import { tokenRefusal } from "@/lib/auth/token";
import { now } from "@/lib/time/clock";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ searchParams }: PageProps<"/reset-password">) {
  const { token } = await searchParams;
  const state = await linkState("password_reset", token, await now());
  if (state !== "valid" || typeof token !== "string") {
    return <LinkRefused message={tokenRefusal(state === "valid" ? "unknown" : state, "password_reset")} next={{ href: "/forgot-password", label: "Ask for a new reset link" }} />;
  }
  return <ResetPasswordForm token={token} />;
}
