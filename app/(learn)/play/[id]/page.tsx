import type { Metadata } from "next";
import Link from "next/link";
import { PlayerGame } from "@/components/game/player-game";
import { getPlayerToken } from "@/lib/game/player-cookie";
import { findPlayer, loadPlayerView } from "@/lib/game/service";
import { now } from "@/lib/time/clock";

export const metadata: Metadata = { title: "Live game" };

/** A player's game, found by the token in their cookie: a reload lands back here with their score. */
export default async function PlayerGamePage({ params }: PageProps<"/play/[id]">) {
  const { id } = await params;
  const player = await findPlayer(id, await getPlayerToken(id));
  const view = player ? await loadPlayerView(player, await now()) : null;
  if (!view) {
    return (
      <div className="stack">
        <h1>Live game</h1>
        <p className="seed-note" role="note">
          You are not in this game on this device. <Link href="/play">Join with the game&apos;s PIN</Link>.
        </p>
      </div>
    );
  }
  return <PlayerGame initial={view} />;
}
