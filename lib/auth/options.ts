// next-auth configuration: sessions are JWTs carrying the account's session version, which
// lib/auth/session.ts checks against the database on every read; GitHub and Google sign-in only when
// their client id and secret are configured. The email + password provider is added by next-auth's
// route (lib/sign-in/route.ts), because checking a password also claims the guest's work.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import { env } from "@/lib/env";
import { upsertOAuthUser } from "./users";
import { decodeSessionToken, encodeSessionToken } from "./jwt";
import { oauthProviders } from "./oauth";

declare module "next-auth" {
  interface Session {
    uid?: string;
    sv?: number;
  }
  interface User {
    sessionVersion?: number;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
  }
}

/** Names of the OAuth providers that are configured, for the sign-in page. */
export function oauthProviderNames(): { id: string; name: string }[] {
  return oauthProviders(env).map((p) => ({ id: p.id, name: p.name }));
}

// Secure-prefixed cookies when the site is served over HTTPS, as next-auth would choose; said here so
// that lib/auth/session.ts reads the session from the cookie next-auth writes.
export const useSecureCookies = env.NEXTAUTH_URL?.startsWith("https://") ?? false;
export const SESSION_COOKIE = `${useSecureCookies ? "__Secure-" : ""}next-auth.session-token`;

export const authOptions: NextAuthOptions = {
  secret: env.authSecret,
  useSecureCookies,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  jwt: { encode: encodeSessionToken, decode: decodeSessionToken },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: oauthProviders(env),
  callbacks: {
    async jwt({ token, user, account }) {
      if (!account || !user) return token;
      if (account.provider === "credentials") {
        token.uid = user.id;
        token.sv = user.sessionVersion ?? 0;
      } else if (user.email) {
        const owner = await upsertOAuthUser({
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          email: user.email,
          name: user.name ?? "",
        });
        token.uid = owner.id;
        token.sv = owner.sessionVersion;
      }
      return token;
    },
    async session({ session, token }) {
      session.uid = token.uid;
      session.sv = token.sv;
      return session;
    },
  },
};
