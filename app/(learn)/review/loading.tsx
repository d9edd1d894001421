import { QuestionSkeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return <QuestionSkeleton label="Loading today’s review…" />;
}
