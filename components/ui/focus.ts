// Moving focus for a screen that just appeared, without taking it from a person who already put it
// somewhere: the page is usable before its JavaScript arrives, and someone may be typing already.
export function focusIfIdle(element: HTMLElement | null) {
  const active = document.activeElement;
  if (!active || active === document.body) element?.focus();
}
