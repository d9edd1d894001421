// The server's notion of "now"; the rest of lib/time is pure and takes it as a parameter. Test runs
// may shift it per request (multi-day journeys) through a header that is honoured only when
// OVERFLIGHT_TEST_CLOCK is on, which lib/env allows only with a throwaway database.
import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

export const CLOCK_HEADER = "x-overflight-clock-offset";
const MAX_OFFSET_MS = 400 * 24 * 60 * 60 * 1000;

type HeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function readHeader(source: HeaderSource, name: string): string | null {
  if (typeof source.get === "function") return (source as { get(name: string): string | null }).get(name);
  const value = (source as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

/** "now" for a request whose headers are at hand (route handlers, next-auth callbacks). */
export function nowFrom(source: HeaderSource): Date {
  if (!env.OVERFLIGHT_TEST_CLOCK) return new Date();
  const offset = Number(readHeader(source, CLOCK_HEADER) ?? "0");
  const safe = Number.isFinite(offset) && Math.abs(offset) <= MAX_OFFSET_MS ? offset : 0;
  return new Date(Date.now() + safe);
}

/** "now" for the current request (server components and actions). */
export async function now(): Promise<Date> {
  if (!env.OVERFLIGHT_TEST_CLOCK) return new Date();
  return nowFrom(await headers());
}
