"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { sendJson } from "@/components/account/send-json";
import { Field } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";

export function CreateClassForm() {
  const router = useRouter();
  const [message, setMessage] = useState("");
  const [error, setError] = useState<string | undefined>();
  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await sendJson<{ url: string }>("/api/classes", "POST", { name: new FormData(event.currentTarget).get("class-name") });
    if (!result.ok) {
      setError(result.fields.name);
      return setMessage(result.message);
    }
    router.push(result.data.url);
  }
  return (
    <form className="card stack" onSubmit={submit} noValidate aria-labelledby="create-class-title">
      <h2 id="create-class-title">Create a class</h2>
      <Field id="class-name" name="class-name" label="Class name" maxLength={80} error={error} />
      <FormFooter label="Create class" message={message} />
    </form>
  );
}
