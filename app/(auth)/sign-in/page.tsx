import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/sign-in-form";
import { oauthProviderNames } from "@/lib/auth/options";
import { safeReturnPath } from "@/lib/http/return-path";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const { callbackUrl } = await searchParams;
  const path = safeReturnPath(callbackUrl, "");
  return <SignInForm callbackUrl={path || null} providers={oauthProviderNames()} />;
}
