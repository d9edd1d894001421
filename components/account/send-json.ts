// Browser helper for the account forms: send JSON, get back either the body or a readable error.
export type Sent<T> = { ok: true; data: T } | { ok: false; message: string; fields: Record<string, string> };

export async function sendJson<T>(url: string, method: string, body?: unknown): Promise<Sent<T>> {
  try {
    const res = await fetch(url, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = (await res.json().catch(() => null)) as (T & { error?: { message: string; fields?: Record<string, string> } }) | null;
    if (res.ok && data) return { ok: true, data };
    return {
      ok: false,
      message: data?.error?.message.replace(/^[\w.]+: /, "") ?? "Something went wrong. Try again.",
      fields: data?.error?.fields ?? {},
    };
  } catch {
    return { ok: false, message: "Could not reach the server. Check your connection and try again.", fields: {} };
  }
}
