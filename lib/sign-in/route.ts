// The next-auth route, with two gates in front: only the next-auth actions this app uses get
// through (anything else is a JSON 404, not next-auth's plain-text or 500 answers), and the sign-in
// limit: a blocked account or address gets 429 with Retry-After before its password is looked at.
import "server-only";
import NextAuth from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { NextRequest } from "next/server";
import { signInRefusal } from "@/lib/auth/credentials";
import { LEARNER_COOKIE } from "@/lib/auth/learner";
import { authOptions, oauthProviderNames } from "@/lib/auth/options";
import { apiError } from "@/lib/http/api";
import { catchErrors } from "@/lib/http/mutation";
import { verifyCredentials } from "./credentials";

type Context = { params: Promise<{ nextauth: string[] }> };

function cookieValue(cookieHeader: string | undefined, name: string): string | null {
  const match = cookieHeader?.split(/;\s*/).find((c) => c.startsWith(`${name}=`));
  return match ? decodeURIComponent(match.slice(name.length + 1)) : null;
}

/** Email + password for everyone; the browser's learner cookie says whose guest work to claim. */
const credentials = CredentialsProvider({
  id: "credentials",
  name: "Email and password",
  credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
  async authorize(raw, req) {
    const headers = req.headers ?? {};
    const learnerId = cookieValue(headers.cookie as string | undefined, LEARNER_COOKIE);
    const account = await verifyCredentials(raw, headers, learnerId);
    return account ? { id: account.id, sessionVersion: account.sessionVersion } : null;
  },
});

const nextAuth = NextAuth({ ...authOptions, providers: [credentials, ...authOptions.providers] }) as (req: NextRequest, ctx: Context) => Promise<Response>;

/** Whether next-auth should see this action: the ones its client and the sign-in pages call. */
function isKnownAction(method: "GET" | "POST", path: string[]): boolean {
  const [action, provider, ...rest] = path;
  if (rest.length > 0) return false;
  const oauth = oauthProviderNames().map((p) => p.id);
  const isProvider = provider === "credentials" || (provider !== undefined && oauth.includes(provider));
  if (method === "GET") {
    if (["session", "csrf", "providers", "signout", "error"].includes(action ?? "")) return provider === undefined;
    if (action === "signin") return provider === undefined || isProvider;
    return action === "callback" && provider !== undefined && oauth.includes(provider);
  }
  if (action === "signout" || action === "_log") return provider === undefined;
  return (action === "signin" || action === "callback") && isProvider;
}

function unknownAction() {
  return apiError(404, "unknown_auth_action", "There is no such sign-in step.");
}

export const authHandler = catchErrors(async (req: NextRequest, ctx: Context) => {
  const { nextauth } = await ctx.params;
  return isKnownAction("GET", nextauth) ? nextAuth(req, ctx) : unknownAction();
});

export const authPostHandler = catchErrors(async (req: NextRequest, ctx: Context) => {
  const { nextauth } = await ctx.params;
  if (!isKnownAction("POST", nextauth)) return unknownAction();
  // next-auth's own client posts forms; other bodies reach a JSON.parse inside next-auth that throws.
  if (!(req.headers.get("content-type") ?? "").toLowerCase().startsWith("application/x-www-form-urlencoded")) {
    return apiError(415, "unsupported_media_type", "Send sign-in steps as a form (application/x-www-form-urlencoded).");
  }
  if (nextauth[0] === "callback" && nextauth[1] === "credentials") {
    const form = await req.clone().formData().catch(() => null);
    const email = form?.get("email");
    if (typeof email !== "string" || !email.trim()) return apiError(422, "invalid_request", "Enter your email address.");
    const refusal = await signInRefusal(email, req.headers);
    if (refusal) {
      const response = apiError(429, "rate_limited", refusal.message);
      response.headers.set("Retry-After", String(refusal.retryAfterSeconds));
      return response;
    }
  }
  return nextAuth(req, ctx);
});
