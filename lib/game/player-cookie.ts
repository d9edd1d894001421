// The browser's player token for a live game, in an HttpOnly cookie per game, so a reload or a dropped
// connection comes back as the same player with their score. Only its hash is stored (./service).
import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";

const PREFIX = "ovf_game_";
const TWELVE_HOURS_SECONDS = 12 * 60 * 60;
const GAME_ID = /^[a-z0-9]{1,40}$/;

export async function getPlayerToken(gameId: string): Promise<string | null> {
  if (!GAME_ID.test(gameId)) return null;
  return (await cookies()).get(PREFIX + gameId)?.value ?? null;
}

export async function setPlayerToken(gameId: string, token: string): Promise<void> {
  (await cookies()).set(PREFIX + gameId, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: env.COOKIE_SECURE ? env.COOKIE_SECURE === "true" : env.NODE_ENV === "production",
    path: "/",
    maxAge: TWELVE_HOURS_SECONDS,
  });
}
