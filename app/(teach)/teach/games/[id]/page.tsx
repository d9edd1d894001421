import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { GameResultsView } from "@/components/game/game-results";
import { HostGame } from "@/components/game/host-game";
import { requireTeacher } from "@/lib/auth/session";
import { joinQrSvg } from "@/lib/classroom/join-link";
import { env } from "@/lib/env";
import { loadGameResults, loadHostView } from "@/lib/game/service";
import { siteOrigin } from "@/lib/http/origin";
import { now } from "@/lib/time/clock";

export const metadata: Metadata = { title: "Live game" };

/** The host's game: live while it runs (a reload picks it up where it is), its stored results once it has ended. */
export default async function HostGamePage({ params }: PageProps<"/teach/games/[id]">) {
  const { id } = await params;
  const teacher = await requireTeacher(`/teach/games/${id}`);
  const at = await now();
  const view = await loadHostView(teacher.id, id, at);
  if (!view) notFound();
  if (view.phase === "ended") {
    const results = await loadGameResults(teacher.id, id, at);
    if (!results) notFound();
    return <GameResultsView results={results} />;
  }
  const joinUrl = `${siteOrigin(env.NEXTAUTH_URL, await headers())}/play?pin=${view.pin ?? ""}`;
  return <HostGame initial={view} joinUrl={joinUrl} qrSvg={await joinQrSvg(joinUrl)} />;
}
