// OAuth sign-in: GitHub and Google are offered only when both their client id and secret are set.
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import type { Env } from "@/lib/env";

type OAuthSettings = Pick<Env, "GITHUB_ID" | "GITHUB_SECRET" | "GOOGLE_ID" | "GOOGLE_SECRET">;

export function oauthProviders(settings: OAuthSettings) {
  const providers = [];
  if (settings.GITHUB_ID && settings.GITHUB_SECRET) providers.push(GitHubProvider({ clientId: settings.GITHUB_ID, clientSecret: settings.GITHUB_SECRET }));
  if (settings.GOOGLE_ID && settings.GOOGLE_SECRET) providers.push(GoogleProvider({ clientId: settings.GOOGLE_ID, clientSecret: settings.GOOGLE_SECRET }));
  return providers;
}
