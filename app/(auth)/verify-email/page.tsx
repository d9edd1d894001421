import type { Metadata } from "next";
import { LinkRefused } from "@/components/auth/link-refused";
import { VerifyEmailForm } from "@/components/auth/verify-email-form";
import { linkState } from "@/lib/auth/links";
import { tokenRefusal } from "@/lib/auth/token";
import { now } from "@/lib/time/clock";

export const metadata: Metadata = { title: "Confirm your email address", referrer: "no-referrer" };

export default async function VerifyEmailPage({ searchParams }: PageProps<"/verify-email">) {
  const { token } = await searchParams;
  const state = await linkState("email_verification", token, await now());
  if (state !== "valid" || typeof token !== "string") {
    return <LinkRefused message={tokenRefusal(state === "valid" ? "unknown" : state, "email_verification")} next={{ href: "/account", label: "Go to your account" }} />;
  }
  return <VerifyEmailForm token={token} />;
}
