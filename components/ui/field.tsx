// Labelled form fields with their hint and error tied to the control for assistive technology:
// Field (any input type, or none), SelectField and TextareaField. The error is said once, here,
// under the field; the form's status line says what happened to the form as a whole.
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

type Common = { id: string; label: ReactNode; hint?: ReactNode; error?: string; className?: string };

function describedBy(id: string, hint: unknown, error: unknown, extra?: string): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null, extra ?? null].filter(Boolean).join(" ") || undefined;
}

function Frame({ id, label, hint, error, className, children }: Common & { children: ReactNode }) {
  return (
    <div className={className ? `field ${className}` : "field"}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      {children}
      {error && (
        <span id={`${id}-error`} className="error-text small">
          {error}
        </span>
      )}
    </div>
  );
}

type FieldProps = InputHTMLAttributes<HTMLInputElement> & Common;

export function Field({ id, label, hint, error, className, "aria-describedby": extra, ...input }: FieldProps) {
  return (
    <Frame id={id} label={label} hint={hint} error={error} className={className}>
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error, extra)} {...input} />
    </Frame>
  );
}

type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & Common;

export function SelectField({ id, label, hint, error, className, children, ...select }: SelectFieldProps) {
  return (
    <Frame id={id} label={label} hint={hint} error={error} className={className}>
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...select}>
        {children}
      </select>
    </Frame>
  );
}

type TextareaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & Common;

export function TextareaField({ id, label, hint, error, className, ...textarea }: TextareaFieldProps) {
  return (
    <Frame id={id} label={label} hint={hint} error={error} className={className}>
      <textarea id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...textarea} />
    </Frame>
  );
}
