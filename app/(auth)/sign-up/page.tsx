import type { Metadata } from "next";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { safeReturnPath } from "@/lib/http/return-path";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: PageProps<"/sign-up">) {
  const { callbackUrl } = await searchParams;
  const path = safeReturnPath(callbackUrl, "");
  return <SignUpForm callbackUrl={path || null} />;
}
