"use client";
// Suspend or unsuspend one card; a suspended card leaves the queue until unsuspended.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { sendJson } from "@/components/account/send-json";

export function SuspendButton({ factId, suspended, statement }: { factId: string; suspended: boolean; statement: string }) {
  const router = useRouter();
  const [message, setMessage] = useState("");
  async function toggle() {
    const result = await sendJson(`/api/cards/${encodeURIComponent(factId)}`, "PATCH", { suspended: !suspended });
    setMessage(result.ok ? (suspended ? "Unsuspended." : "Suspended.") : result.message);
    if (result.ok) router.refresh();
  }
  return (
    <>
      <button type="button" className="button secondary small-button" onClick={() => void toggle()} aria-label={`${suspended ? "Unsuspend" : "Suspend"}: ${statement}`}>
        {suspended ? "Unsuspend" : "Suspend"}
      </button>
      <span role="status" aria-live="polite" className="small">
        {message}
      </span>
    </>
  );
}
