// The next-auth route, with the sign-in limit in front of the credentials callback: a blocked
// account or address gets 429 with Retry-After before its password is even looked at.
import "server-only";
import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { nowFrom } from "@/lib/clock";
import { apiError } from "@/lib/http/api";
import { clientAddress } from "./address";
import { authOptions } from "./options";
import { checkSignInAllowed } from "./rate-limit";
import { normalizeEmail } from "./users";

type Context = { params: Promise<{ nextauth: string[] }> };

export const authHandler = NextAuth(authOptions) as (req: NextRequest, ctx: Context) => Promise<Response>;

export async function authPostHandler(req: NextRequest, ctx: Context): Promise<Response> {
  const { nextauth } = await ctx.params;
  if (nextauth[0] === "callback" && nextauth[1] === "credentials") {
    const form = await req.clone().formData().catch(() => null);
    const email = form?.get("email");
    if (typeof email !== "string" || !email.trim()) return apiError(422, "invalid_request", "Enter your email address.");
    const check = await checkSignInAllowed(normalizeEmail(email), clientAddress(req.headers), nowFrom(req.headers));
    if (!check.ok) {
      const minutes = Math.ceil(check.retryAfterSeconds / 60);
      const response = apiError(
        429,
        "rate_limited",
        `Too many failed sign-in attempts. Wait ${minutes} minute${minutes === 1 ? "" : "s"} before trying again.`,
      );
      response.headers.set("Retry-After", String(check.retryAfterSeconds));
      return response;
    }
  }
  return authHandler(req, ctx);
}

