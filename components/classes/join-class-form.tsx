"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { sendJson } from "@/components/account/send-json";
import { Field } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";

export function JoinClassForm({ initialCode = "" }: { initialCode?: string }) {
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
      <h2 id="join-form-title">Join a class</h2>
      <Field id="join-code" name="join-code" label="Join code" hint="8 letters and digits, from your teacher." defaultValue={initialCode} autoComplete="off" maxLength={32} />
      <FormFooter label="Join class" message={message} />
    </form>
  );
}
