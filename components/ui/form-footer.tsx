// The end of every form: its submit button and the live region that announces the outcome.
export function FormFooter({ label, message, danger = false }: { label: string; message: string; danger?: boolean }) {
  return (
    <>
      <div className="actions">
        <button type="submit" className={danger ? "button danger" : "button"}>
          {label}
        </button>
      </div>
      <p role="status" aria-live="polite" className="status-line">
        {message}
      </p>
    </>
  );
}
