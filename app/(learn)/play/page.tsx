import type { Metadata } from "next";
import { JoinGameForm } from "@/components/game/join-game-form";
import { getCurrentUser } from "@/lib/auth/session";
import { NICKNAME_MAX } from "@/lib/game/nickname";

export const metadata: Metadata = { title: "Join a live game" };

/** Where players go: the PIN (from the QR code's link, or typed) and a nickname. No account needed. */
export default async function PlayPage({ searchParams }: PageProps<"/play">) {
  const { pin } = await searchParams;
  const user = await getCurrentUser();
  const pinText = typeof pin === "string" && /^\d{6}$/.test(pin) ? pin : "";
  return (
    <div className="stack-lg game-join">
      <div>
        <p className="eyebrow">Live game</p>
        <h1>Play</h1>
        <p className="muted">
          {user ? `Signed in as ${user.name}: your answers count as reviews of what you study.` : "No account needed. Sign in first if you want your answers to count as reviews."}
        </p>
      </div>
      <JoinGameForm pin={pinText} nickname={user ? [...user.name].slice(0, NICKNAME_MAX).join("") : ""} />
    </div>
  );
}
