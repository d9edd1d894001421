// The mark on a question a teacher wrote for their class: in the quiz, its feedback and review cards,
// so a learner can tell it from the checked content.
import { PenLine } from "lucide-react";
import { Badge } from "@/components/ui/badge";

export const TEACHER_MARK = "Written by your teacher";

export function TeacherMark() {
  return (
    <Badge tone="note" icon={<PenLine aria-hidden="true" />}>
      {TEACHER_MARK}
    </Badge>
  );
}
