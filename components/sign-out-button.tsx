"use client";
// Sign out from the navigation: ends this browser's session and goes home as a guest.
import { LogOut } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { signOut } from "@/components/auth/credentials";

export function SignOutButton() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  async function run() {
    setPending(true);
    await signOut().catch(() => undefined);
    router.push("/");
    router.refresh();
    setPending(false);
  }
  return (
    <button type="button" className="nav-link" onClick={() => void run()} disabled={pending}>
      <LogOut aria-hidden="true" />
      {pending ? "Signing out…" : "Sign out"}
      <span className="visually-hidden"> of Overflight</span>
    </button>
  );
}
