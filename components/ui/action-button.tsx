"use client";
// A button that sends one JSON request, announces the outcome and refreshes the page's data.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { sendJson } from "@/components/account/send-json";

type Props = {
  url: string;
  method: "POST" | "PATCH" | "DELETE";
  body?: unknown;
  label: string;
  /** Full accessible name when the visible label is short ("Remove" -> "Remove Ada from the class"). */
  ariaLabel?: string;
  done: string;
  confirm?: string;
  className?: string;
  /** Go here after success instead of refreshing. */
  redirectTo?: string;
};

export function ActionButton({ url, method, body, label, ariaLabel, done, confirm, className, redirectTo }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState("");
  const [pending, setPending] = useState(false);
  async function run() {
    if (confirm && !window.confirm(confirm)) return;
    setPending(true);
    const result = await sendJson(url, method, body);
    setPending(false);
    setMessage(result.ok ? done : result.message);
    if (!result.ok) return;
    if (redirectTo) router.push(redirectTo);
    router.refresh();
  }
  return (
    <span className="action-button">
      <button type="button" className={className ?? "button secondary small-button"} disabled={pending} onClick={() => void run()} aria-label={ariaLabel}>
        {label}
      </button>
      <span role="status" aria-live="polite" className="small">
        {message}
      </span>
    </span>
  );
}
