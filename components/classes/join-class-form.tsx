"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { sendJson } from "@/components/account/send-json";
import { Field } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";

/** `className`: the class a join link named, so the form says what joining does. */
export function JoinClassForm({ initialCode = "", className }: { initialCode?: string; className?: string }) {
  const router = useRouter();
  const [message, setMessage] = useState("");
  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await sendJson<{ name: string; alreadyMember: boolean }>("/api/classes/join", "POST", {
      code: String(new FormData(event.currentTarget).get("join-code") ?? ""),
    });
    if (!result.ok) return setMessage(result.message);
    setMessage(result.data.alreadyMember ? `You are already in ${result.data.name}.` : `You joined ${result.data.name}.`);
    router.push("/classes");
    router.refresh();
  }
  return (
    <form className="card stack" onSubmit={submit} noValidate aria-labelledby="join-form-title">
      <h2 id="join-form-title">{className ? `Join ${className}` : "Join a class"}</h2>
      {className && <p className="muted">Your teacher will see your name, your email address and the work you do for this class.</p>}
      <Field id="join-code" name="join-code" label="Join code" hint="8 letters and digits, from your teacher." defaultValue={initialCode} autoComplete="off" maxLength={32} />
      <FormFooter label="Join class" message={message} />
    </form>
  );
}
