// Strict-Transport-Security: sent only when the app's public address (NEXTAUTH_URL) is https, so
// a browser that once reached it over https never falls back to plain http. Never on http: a
// browser would then refuse the plain-http address it was served from (a laptop, a LAN install).
// Two years, the value hstspreload.org asks for; no includeSubDomains, since the app cannot know
// what else runs under its domain.
export const HSTS_VALUE = "max-age=63072000";

/** The header's value for an app served at appUrl, or null when it must not be sent. */
export function strictTransportSecurity(appUrl: string | undefined): string | null {
  if (!appUrl) return null;
  try {
    return new URL(appUrl).protocol === "https:" ? HSTS_VALUE : null;
  } catch {
    return null;
  }
}
