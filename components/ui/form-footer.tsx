// The end of every form: its submit button and the live region that announces the outcome (the
// form's message, which names each field error too; the fields show theirs beside them).
export function FormFooter({ label, pendingLabel, message, pending = false, danger = false }: { label: string; pendingLabel?: string; message: string | undefined; pending?: boolean; danger?: boolean }) {
  return (
    <>
      <div className="actions">
        <button type="submit" className={danger ? "button danger" : "button"} disabled={pending}>
          {pending && pendingLabel ? pendingLabel : label}
        </button>
      </div>
      <p role="status" aria-live="polite" className="status-line">
        {message ?? ""}
      </p>
    </>
  );
}
