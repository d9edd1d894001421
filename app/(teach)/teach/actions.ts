"use server";
// The teacher's forms as server actions (lib/http/mutation.ts): create a class, set an assignment,
// host a live game. They work before the page's JavaScript has loaded; the JSON routes take the same
// schemas and call the same functions.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { AssignmentInput, createAssignment } from "@/lib/classroom/assignments";
import { ClassName, createClass } from "@/lib/classroom/classes";
import { getBank } from "@/lib/content/bank";
import { bankForClass } from "@/lib/authoring/store";
import { hostGamePath } from "@/lib/game/paths";
import { createGame, CreateGameInput } from "@/lib/game/service";
import { fail, formAction, type FormState } from "@/lib/http/mutation";
import { now } from "@/lib/time/clock";

const newClass = formAction(
  { access: "teacher", input: ClassName, fields: (form) => ({ name: form.get("class-name") ?? "" }), invalid: "Could not create the class" },
  async ({ user, input }) => {
    const created = await createClass(user.id, input.name);
    redirect(`/teach/classes/${created.id}`);
  },
);

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

/** The form's fields as the AssignmentInput the JSON route takes. */
function assignmentFrom(form: FormData): unknown {
  const common = { kind: text(form, "kind") || "quiz", title: text(form, "title"), due: text(form, "due") };
  if (common.kind === "mastery") return { ...common, topic: text(form, "topic"), targetPercent: text(form, "target") };
  const byHand = form.get("byHand") === "on";
  return {
    ...common,
    ...(byHand ? { questionIds: form.getAll("questionIds").filter((v) => typeof v === "string") } : { topic: text(form, "topic"), count: text(form, "count") }),
    attemptsAllowed: text(form, "attempts"),
    lateCounts: form.get("late") === "on",
  };
}

const newAssignment = formAction(
  { access: "teacher", input: AssignmentInput, fields: assignmentFrom, invalid: "Could not set the assignment" },
  async ({ user, input, form }) => {
    const classId = text(form, "classId");
    const result = await createAssignment(user, classId, input, (await bankForClass(user.id, classId)) ?? getBank());
    if (!result.ok) return fail(result.status, result.status === 404 ? "class_not_found" : "invalid_assignment", result.message);
    revalidatePath(`/teach/classes/${classId}`);
    return { message: "Assignment set." };
  },
);

/** The host form's fields as the CreateGameInput the JSON route takes: only what its source needs. */
function gameFrom(form: FormData): unknown {
  const source = text(form, "gameSource") || "topic";
  const chosen =
    source === "assignment"
      ? { assignmentId: text(form, "gameQuiz") || undefined }
      : source === "questions"
        ? { questionIds: form.getAll("questionIds").filter((v) => typeof v === "string") }
        : { topicId: text(form, "gameTopic") || undefined, count: text(form, "gameCount") };
  return {
    classId: text(form, "classId"),
    source,
    ...chosen,
    seconds: text(form, "gameSeconds"),
    speedBonus: form.get("speedBonus") === "on",
    streaks: form.get("streaks") === "on",
  };
}

const newGame = formAction(
  { access: "teacher", input: CreateGameInput, fields: gameFrom, invalid: "Could not start the game" },
  async ({ user, input }) => {
    const made = await createGame(user.id, input, await now());
    if (!made.ok) return fail(made.status, made.code, made.message, made.code === "no_questions" ? { questionIds: made.message } : undefined);
    if (input.classId) revalidatePath(`/teach/classes/${input.classId}`);
    redirect(hostGamePath(made.id));
  },
);

export async function createClassAction(previous: FormState, form: FormData): Promise<FormState> {
  return newClass(previous, form);
}

export async function createAssignmentAction(previous: FormState, form: FormData): Promise<FormState> {
  return newAssignment(previous, form);
}

export async function hostGameAction(previous: FormState, form: FormData): Promise<FormState> {
  return newGame(previous, form);
}
