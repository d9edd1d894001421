"use client";
// Undo the last grade: the card goes back to what its remaining reviews make of it.
import { useRouter } from "next/navigation";
import { useState } from "react";

export function UndoButton() {
  const router = useRouter();
  const [message, setMessage] = useState("");
  async function undo() {
    const res = await fetch("/api/reviews/undo", { method: "POST" }).catch(() => null);
    const data = (await res?.json().catch(() => null)) as { error?: { message: string } } | null;
    setMessage(res?.ok ? "Last grade undone." : (data?.error?.message ?? "Could not undo. Try again."));
    if (res?.ok) router.refresh();
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
