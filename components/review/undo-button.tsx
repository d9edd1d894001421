"use client";
// Undo the last grade: the card goes back to what its remaining reviews make of it.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { sendJson } from "@/lib/http/client";

export function UndoButton() {
  const router = useRouter();
  const [message, setMessage] = useState("");
  async function undo() {
    const sent = await sendJson("/api/reviews/undo", "POST");
    setMessage(sent.ok ? "Last grade undone." : sent.message);
    if (sent.ok) router.refresh();
  }
  return (
    <span>
      <button type="button" className="button secondary small-button" onClick={() => void undo()}>
        Undo last grade
      </button>
      <span role="status" aria-live="polite" className="small">
        {" "}
        {message}
      </span>
    </span>
  );
}
