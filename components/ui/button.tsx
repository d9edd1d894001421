// Button and ButtonLink: one look for every action. Variants primary (default), secondary, ghost,
// danger; sizes sm, md, lg. A link that looks like a button stays a link (it navigates).
import Link from "next/link";
import type { ButtonHTMLAttributes, ComponentProps, ReactNode } from "react";

export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger";
export type ButtonSize = "sm" | "md" | "lg";

type Look = { variant?: ButtonVariant; size?: ButtonSize; block?: boolean; iconOnly?: boolean; className?: string };

/** The class list of a button look, for elements that are not <Button> (a form's submit, a summary). */
export function buttonClass({ variant = "primary", size = "md", block, iconOnly, className }: Look = {}): string {
  return [
    "button",
    variant === "primary" ? "" : variant,
    size === "md" ? "" : `size-${size}`,
    block ? "block" : "",
    iconOnly ? "icon-only" : "",
    className ?? "",
  ]
    .filter(Boolean)
    .join(" ");
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & Look & { icon?: ReactNode };

export function Button({ variant, size, block, iconOnly, className, icon, children, type = "button", ...rest }: ButtonProps) {
  return (
    <button type={type} className={buttonClass({ variant, size, block, iconOnly, className })} {...rest}>
      {icon}
      {children}
    </button>
  );
}

type ButtonLinkProps = ComponentProps<typeof Link> & Look & { icon?: ReactNode };

export function ButtonLink({ variant, size, block, iconOnly, className, icon, children, ...rest }: ButtonLinkProps) {
  return (
    <Link className={buttonClass({ variant, size, block, iconOnly, className })} {...rest}>
      {icon}
      {children}
    </Link>
  );
}
