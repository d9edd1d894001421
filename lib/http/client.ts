// The browser's one way to send a change to a route handler and read its answer: the body on
// success, else the app's `{ error: { code, message, fields } }` as a sentence and field errors.
// A request that never got an answer is code "unreachable" (status 0).
export type Sent<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; code: string; message: string; fields: Record<string, string> };

type ErrorBody = { error?: { code?: string; message?: string; fields?: Record<string, string> } };

export const UNREACHABLE_MESSAGE = "Could not reach the server. Check your connection and try again.";

export async function sendJson<T>(url: string, method: "GET" | "POST" | "PATCH" | "DELETE", body?: unknown): Promise<Sent<T>> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, code: "unreachable", message: UNREACHABLE_MESSAGE, fields: {} };
  }
  const data = (await res.json().catch(() => null)) as (T & ErrorBody) | null;
  if (res.ok && data) return { ok: true, status: res.status, data };
  return {
    ok: false,
    status: res.status,
    code: data?.error?.code ?? "unknown",
    // The server names the field first ("name: Enter your name."); beside a form the sentence is enough.
    message: data?.error?.message?.replace(/^[\w.]+: /, "") ?? "Something went wrong. Try again.",
    fields: data?.error?.fields ?? {},
  };
}
