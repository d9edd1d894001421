"use client";
// Joining a live game: the PIN on the host's screen and a nickname (a signed-in student's name is
// filled in). A real form with a server action, so it works before the page's JavaScript has loaded;
// the server says why a PIN or a name is refused, in the live region and under the field.
import { useActionState } from "react";
import { joinGameAction } from "@/app/(learn)/play/actions";
import { Field } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import type { FormState } from "@/lib/http/mutation";

export function JoinGameForm({ pin, nickname }: { pin: string; nickname: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(joinGameAction, {});
  const fields = state.fields ?? {};
  const typed = state.values ?? {};
  return (
    <form className="card stack" action={action} noValidate aria-labelledby="join-game-title">
      <h2 id="join-game-title">Join a game</h2>
      <Field
        id="pin"
        name="pin"
        label="Game PIN"
        hint="The six digits on the host's screen."
        inputMode="numeric"
        autoComplete="off"
        maxLength={7}
        defaultValue={typed.pin ?? pin}
        error={fields.pin}
        className="game-pin-field"
      />
      <Field
        id="nickname"
        name="nickname"
        label="Nickname"
        hint="2 to 20 characters, shown on the leaderboard."
        autoComplete="nickname"
        maxLength={40}
        defaultValue={typed.nickname ?? nickname}
        error={fields.nickname}
      />
      <FormFooter label="Join" pendingLabel="Joining…" message={state.message} pending={pending} />
    </form>
  );
}
