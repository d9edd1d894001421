"use client";
// Dialog on Radix UI's accessible primitive: focus moves in and is trapped, Escape and the close
// button dismiss it, focus returns to the control that opened it, the page behind is inert.
// ConfirmDialog asks before an action that cannot be undone.
import * as RadixDialog from "@radix-ui/react-dialog";
import { X } from "lucide-react";
import type { ReactNode } from "react";
import { buttonClass, type ButtonVariant } from "./button";

type DialogProps = {
  /** The control that opens it (rendered as is: a <Button> or a <button>). */
  trigger?: ReactNode;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
};

export function Dialog({ trigger, open, onOpenChange, title, description, children }: DialogProps) {
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      {trigger && <RadixDialog.Trigger asChild>{trigger}</RadixDialog.Trigger>}
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog-overlay" />
        <RadixDialog.Content className="dialog stack">
          <RadixDialog.Title>{title}</RadixDialog.Title>
          {description ? <RadixDialog.Description className="muted">{description}</RadixDialog.Description> : <RadixDialog.Description className="visually-hidden">{title}</RadixDialog.Description>}
          {children}
          <RadixDialog.Close className={buttonClass({ variant: "ghost", size: "sm", iconOnly: true, className: "dialog-close" })} aria-label="Close">
            <X aria-hidden="true" />
          </RadixDialog.Close>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

type ConfirmProps = {
  /** The button that opens it: focus returns there when the dialog closes. */
  trigger: ReactNode;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  confirmLabel: string;
  variant?: ButtonVariant;
  onConfirm: () => void;
};

export function ConfirmDialog({ trigger, open, onOpenChange, title, description, confirmLabel, variant = "danger", onConfirm }: ConfirmProps) {
  return (
    <Dialog trigger={trigger} open={open} onOpenChange={onOpenChange} title={title} description={description}>
      <div className="actions">
        <button
          type="button"
          className={buttonClass({ variant })}
          onClick={() => {
            onOpenChange(false);
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <RadixDialog.Close className={buttonClass({ variant: "secondary" })}>Cancel</RadixDialog.Close>
      </div>
    </Dialog>
  );
}
