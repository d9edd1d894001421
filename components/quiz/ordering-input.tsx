"use client";
// Put events in order with buttons, not dragging: each item moves up or down by keyboard or
// pointer, focus follows the moved item, and each move is announced. Space (or a click) moves;
// Enter on a move button checks the answer (the question's keydown, see questionKeyDown).
import { useRef, useState } from "react";

type Item = { id: string; label: string };

export function OrderingInput({ items, order, onChange }: { items: Item[]; order: string[]; onChange: (order: string[]) => void }) {
  const [announcement, setAnnouncement] = useState("");
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const label = (id: string) => items.find((i) => i.id === id)?.label ?? id;

  function move(index: number, delta: -1 | 1) {
    const target = index + delta;
    const id = order[index];
    if (id === undefined || target < 0 || target >= order.length) return;
    const next = [...order];
    next.splice(index, 1);
    next.splice(target, 0, id);
    onChange(next);
    setAnnouncement(`${label(id)} moved to position ${target + 1} of ${order.length}.`);
    // Keep focus on the same control of the moved item; at the edge, use the other direction.
    const atEdge = (delta === -1 && target === 0) || (delta === 1 && target === order.length - 1);
    const key = `${id}:${atEdge ? -delta : delta}`;
    requestAnimationFrame(() => buttons.current.get(key)?.focus());
  }

  return (
    <>
      <p className="hint">Earliest first. Move an event with its Up and Down buttons (Space moves; Enter checks the order).</p>
      <ol className="order-list">
        {order.map((id, index) => (
          <li key={id} className="order-item">
            <span className="position" aria-hidden="true">
              {index + 1}
            </span>
            <span className="label">{label(id)}</span>
            <span className="moves">
              <button
                type="button"
                className="icon-button"
                data-move=""
                ref={(el) => void buttons.current.set(`${id}:-1`, el)}
                onClick={() => move(index, -1)}
                disabled={index === 0}
                aria-label={`Move up: ${label(id)}`}
              >
                <span aria-hidden="true">↑</span>
              </button>
              <button
                type="button"
                className="icon-button"
                data-move=""
                ref={(el) => void buttons.current.set(`${id}:1`, el)}
                onClick={() => move(index, 1)}
                disabled={index === order.length - 1}
                aria-label={`Move down: ${label(id)}`}
              >
                <span aria-hidden="true">↓</span>
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
