// The question types a teacher can write, as links (each type's form is its own page).
import { TabLinks } from "@/components/ui/tab-links";
import { AUTHORED_TYPES, type AuthoredType } from "@/lib/authoring/fields";
import { QUESTION_TYPE_LABELS } from "@/lib/content/schema";

export function QuestionTypeLinks({ current, href }: { current: AuthoredType; href: (type: AuthoredType) => string }) {
  return <TabLinks label="Question type" links={AUTHORED_TYPES.map((t) => ({ href: href(t), label: QUESTION_TYPE_LABELS[t], current: t === current }))} />;
}
