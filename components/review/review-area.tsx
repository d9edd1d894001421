"use client";
// The part of the review screen that outlives each card: the line confirming the last grade or
// undo ("Good · next in 2d"), the undo button, and the card being reviewed.
import { useState } from "react";
import type { ReviewCardView, ReviewMode, ReviewScreen } from "@/lib/srs/review-service";
import { StatusLine } from "@/components/ui/status";
import { ReviewSession } from "./review-session";
import { UndoButton } from "./undo-button";

export function ReviewArea({
  card,
  mode,
  undoable,
  isCram = false,
  children,
}: {
  card: ReviewCardView | null;
  mode: ReviewMode;
  isCram?: boolean;
  undoable: ReviewScreen["undoable"];
  /** What to show when no card is left today. */
  children: React.ReactNode;
}) {
  const [confirmation, setConfirmation] = useState("");
  return (
    <>
      <div className="review-bar">
        {undoable && <UndoButton grade={undoable} onDone={setConfirmation} />}
        <StatusLine className="grade-confirmation">{confirmation}</StatusLine>
      </div>
      {card ? (
        <ReviewSession key={`${card.factId}:${card.version}:${mode}:${card.cramRound ?? "review"}`} card={card} mode={mode} isCram={isCram} onGraded={setConfirmation} />
      ) : (
        children
      )}
    </>
  );
}
