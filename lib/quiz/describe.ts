// An attempt's mode in words ("New START", "Mixed topics"), for history, the home page and results.
import type { QuestionBank } from "@/lib/content/bank";

export function describeMode(mode: string, bank: Pick<QuestionBank, "topics">): string {
  if (mode === "mixed") return "Mixed topics";
  if (mode === "picked") return "Picked questions";
  if (mode.startsWith("retry:")) return "Retry of missed questions";
  if (mode.startsWith("topic:")) return bank.topics.find((t) => t.id === mode.slice("topic:".length))?.title ?? "A retired topic";
  if (mode.startsWith("assignment:")) return "Class assignment";
  return mode;
}

/** The topic of a single-topic attempt, or null. */
export function topicOfMode(mode: string): string | null {
  return mode.startsWith("topic:") ? mode.slice("topic:".length) : null;
}
