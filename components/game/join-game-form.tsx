"use client";
// Joining a live game: the PIN on the host's screen and a nickname (a signed-in student's name is
// filled in). The server says why a PIN or a name is refused, in the live region and under the field.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { sendJson } from "@/lib/http/client";

export function JoinGameForm({ pin, nickname }: { pin: string; nickname: string }) {
  const router = useRouter();
  const [message, setMessage] = useState("");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    const result = await sendJson<{ url: string }>("/api/games/join", "POST", {
      pin: String(form.get("pin") ?? "").replace(/\s/g, ""),
      nickname: String(form.get("nickname") ?? ""),
    });
    if (!result.ok) {
      setPending(false);
      const onField = result.code === "invalid_nickname" ? { nickname: result.message } : result.code === "game_not_found" ? { pin: result.message } : result.fields;
      setFields(onField);
      setMessage(result.message);
      return;
    }
    setMessage("Joined: opening the game.");
    router.push(result.data.url);
  }

  return (
    <form className="card stack" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="join-game-title">
      <h2 id="join-game-title">Join a game</h2>
      <Field
        id="pin"
        name="pin"
        label="Game PIN"
        hint="The six digits on the host's screen."
        inputMode="numeric"
        autoComplete="off"
        maxLength={7}
        defaultValue={pin}
        error={fields.pin}
        className="game-pin-field"
      />
      <Field id="nickname" name="nickname" label="Nickname" hint="2 to 20 characters, shown on the leaderboard." autoComplete="nickname" maxLength={40} defaultValue={nickname} error={fields.nickname} />
      <FormFooter label="Join" pendingLabel="Joining…" message={message} pending={pending} />
    </form>
  );
}
