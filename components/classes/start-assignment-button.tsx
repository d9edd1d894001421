"use client";
// Starts (or resumes) a quiz assignment and opens it in the ordinary quiz screen.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { sendJson } from "@/lib/http/client";

export function StartAssignmentButton({ id, title, resume }: { id: string; title: string; resume: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState("");
  async function start() {
    const result = await sendJson<{ url: string }>(`/api/assignments/${id}/start`, "POST");
    if (!result.ok) return setMessage(result.message);
    router.push(result.data.url);
  }
  return (
    <span className="action-button">
      <button type="button" className="button small-button" onClick={() => void start()} aria-label={`${resume ? "Continue" : "Start"} ${title}`}>
        {resume ? "Continue" : "Start"}
      </button>
      <span role="status" aria-live="polite" className="small">
        {message}
      </span>
    </span>
  );
}
