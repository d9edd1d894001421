// A refused draft as the one Failure shape routes and forms answer: 422, the fields, and a message
// that lists every field's problem (each starts with the field's name) for the live region.
import "server-only";
import { fail, type Failure } from "@/lib/http/mutation";
import type { DraftRefusal } from "./draft";

export function refusalOf(refusal: DraftRefusal): Failure {
  const fields = Object.fromEntries(Object.entries(refusal.fields).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  return fail(422, "invalid_question", `Could not save the question: ${Object.values(fields).join(" ")}`, fields);
}
