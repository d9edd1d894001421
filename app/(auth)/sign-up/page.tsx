import type { Metadata } from "next";
import { SignUpForm } from "@/components/auth/sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: PageProps<"/sign-up">) {
  const { callbackUrl } = await searchParams;
  return <SignUpForm callbackUrl={typeof callbackUrl === "string" ? callbackUrl : null} />;
}
