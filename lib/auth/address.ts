// The client's address for per-address limits: the first X-Forwarded-For hop (set by Next.js
// itself, or by the reverse proxy in front of several instances).
type Headers = { get(name: string): string | null } | Record<string, unknown>;

export function clientAddress(headers: Headers): string {
  const raw =
    typeof headers.get === "function"
      ? (headers as { get(name: string): string | null }).get("x-forwarded-for")
      : (headers as Record<string, unknown>)["x-forwarded-for"];
  const first = (typeof raw === "string" ? raw : "").split(",")[0]?.trim();
  return first || "unknown";
}
