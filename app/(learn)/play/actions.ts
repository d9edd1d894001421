"use server";
// Joining a live game as a form action (lib/http/mutation.ts), so a phone that opened the QR code's
// link can join before the page's JavaScript has loaded. The JSON route calls the same joinFromBrowser.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { joinFromBrowser } from "@/lib/game/join";
import { JoinInput } from "@/lib/game/service";
import { fail, formAction, type FormState } from "@/lib/http/mutation";
import { now } from "@/lib/time/clock";

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

/** Which field a refusal is about, so it is said under that field too. */
const FIELD_OF: Record<string, string> = { game_not_found: "pin", invalid_nickname: "nickname" };

const join = formAction(
  {
    access: "guest",
    input: JoinInput,
    // "123 456" as read off a projector is the PIN 123456.
    fields: (form) => ({ pin: text(form, "pin").replace(/\s/g, ""), nickname: text(form, "nickname") }),
    invalid: "Could not join",
  },
  async ({ input }) => {
    const joined = await joinFromBrowser(input, await headers(), await now());
    if (!joined.ok) {
      const field = FIELD_OF[joined.code];
      return fail(joined.status, joined.code, joined.message, field ? { [field]: joined.message } : undefined);
    }
    redirect(joined.url);
  },
);

export async function joinGameAction(previous: FormState, form: FormData): Promise<FormState> {
  return join(previous, form);
}
