import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/sign-in-form";
import { oauthProviderNames } from "@/lib/auth/options";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const { callbackUrl } = await searchParams;
  return <SignInForm callbackUrl={typeof callbackUrl === "string" ? callbackUrl : null} providers={oauthProviderNames()} />;
}
