"use client";
// Sign out from the navigation: ends this browser's session and goes home as a guest. A form with
// a server action, so it works before the page's JavaScript has loaded.
import { LogOut } from "lucide-react";
import { useFormStatus } from "react-dom";
import { signOutAction } from "@/app/(auth)/actions";

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
    <form action={signOutAction} className="nav-form">
      <SignOutSubmit />
    </form>
  );
}
