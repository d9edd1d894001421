"use client";
// Sign out from the navigation: ends this browser's session and goes home as a guest. A form with
// a server action, so it works before the page's JavaScript has loaded. The review page kept for
// offline use is dropped from this browser's caches, so the next person here cannot open it.
import { LogOut } from "lucide-react";
import { useFormStatus } from "react-dom";
import { signOutAction } from "@/app/(auth)/actions";
import { clearPageCaches } from "@/lib/offline/caches";

function SignOutSubmit() {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className="nav-link" disabled={pending}>
      <LogOut aria-hidden="true" />
      {pending ? "Signing out…" : "Sign out"}
      <span className="visually-hidden"> of Overflight</span>
    </button>
  );
}

export function SignOutButton() {
  return (
    <form action={signOutAction} className="nav-form" onSubmit={() => void clearPageCaches()}>
      <SignOutSubmit />
    </form>
  );
}
