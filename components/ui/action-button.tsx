"use client";
// A button that sends one JSON request, announces the outcome and refreshes the page's data. An
// action that cannot be undone asks first, in a dialog that names what will happen.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { sendJson } from "@/lib/http/client";
import { ConfirmDialog } from "./dialog";

type Props = {
  url: string;
  method: "POST" | "PATCH" | "DELETE";
  body?: unknown;
  label: string;
  /** Full accessible name when the visible label is short ("Remove" -> "Remove Ada from the class"). */
  ariaLabel?: string;
  done: string;
  /** Ask this question before sending; the dialog's button repeats the label. */
  confirm?: string;
  className?: string;
  /** Go here after success instead of refreshing. */
  redirectTo?: string;
};

export function ActionButton({ url, method, body, label, ariaLabel, done, confirm, className, redirectTo }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState("");
  const [pending, setPending] = useState(false);
  const [asking, setAsking] = useState(false);
  async function run() {
    setPending(true);
    const result = await sendJson(url, method, body);
    setPending(false);
    setMessage(result.ok ? done : result.message);
    if (!result.ok) return;
    if (redirectTo) router.push(redirectTo);
    router.refresh();
  }
  const button = (
    <button
      type="button"
      className={className ?? "button secondary small-button"}
      disabled={pending}
      onClick={confirm ? undefined : () => void run()}
      aria-label={ariaLabel}
    >
      {label}
    </button>
  );
  return (
    <span className="action-button">
      {confirm ? (
        <ConfirmDialog
          trigger={button}
          open={asking}
          onOpenChange={setAsking}
          title={confirm}
          description="This cannot be undone."
          confirmLabel={label}
          onConfirm={() => void run()}
        />
      ) : (
        button
      )}
      <span role="status" aria-live="polite" className="small">
        {message}
      </span>
    </span>
  );
}
