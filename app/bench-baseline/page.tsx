// The empty page `npm run bench` weighs the other pages against: the root layout and the framework's
// own JavaScript, nothing of a feature. Not found unless OVERFLIGHT_BENCH=1.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Benchmark baseline", robots: { index: false } };

export default async function BenchBaselinePage() {
  // Decided per request: at build time the variable is unset and the page would be baked as not found.
  await connection();
  if (!env.OVERFLIGHT_BENCH) notFound();
  return <h1>Benchmark baseline</h1>;
}
