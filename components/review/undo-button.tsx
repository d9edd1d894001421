"use client";
// Undo the last grade: the card goes back to what its remaining reviews make of it, and comes back
// to be asked again by the same question. Shown only when there is a grade to undo, naming it.
import { useRouter } from "next/navigation";
import { useId } from "react";
import { quotedSentence } from "@/components/ui/quote";
import { sendJson } from "@/lib/http/client";
import { ratingLabel } from "./ratings";

export function UndoButton({ grade, onDone }: { grade: { statement: string; rating: number }; onDone: (message: string) => void }) {
  const router = useRouter();
  const id = useId();
  async function undo() {
    const sent = await sendJson("/api/reviews/undo", "POST");
    onDone(sent.ok ? `Undone: ${ratingLabel(grade.rating)} on ${quotedSentence(grade.statement)} The card is back.` : sent.message);
    if (sent.ok) router.refresh();
  }
  return (
    <div className="undo">
      <button type="button" className="button secondary small-button" aria-describedby={id} onClick={() => void undo()}>
        Undo last grade
      </button>
      <span id={id} className="small muted undo-what">
        {ratingLabel(grade.rating)} on “{grade.statement}”
      </span>
    </div>
  );
}
