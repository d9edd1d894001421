import { describe, expect, it } from "vitest";
import { oauthProviders } from "@/lib/auth/oauth";

describe("OAuth sign-in", () => {
  it("offers nothing when nothing is configured", () => {
    expect(oauthProviders({})).toEqual([]);
  });

  it("offers a provider only when both its id and its secret are set", () => {
    expect(oauthProviders({ GITHUB_ID: "id" }).map((p) => p.id)).toEqual([]);
    expect(oauthProviders({ GITHUB_ID: "id", GITHUB_SECRET: "s" }).map((p) => p.id)).toEqual(["github"]);
    expect(oauthProviders({ GITHUB_ID: "a", GITHUB_SECRET: "b", GOOGLE_ID: "c", GOOGLE_SECRET: "d" }).map((p) => p.name)).toEqual(["GitHub", "Google"]);
  });
});
