// Runs a form's server action the way a browser does (React's multipart reply encoding), for tests
// that try an action as several people or many times without a page around it.
import type { APIRequestContext } from "@playwright/test";
import { discoverActions } from "../../reliability/routes";

export async function runAction(request: APIRequestContext, name: string, fields: Record<string, string>, param = "x", headers: Record<string, string> = {}) {
  const action = discoverActions().find((a) => a.name === name);
  if (!action) throw new Error(`no server action named ${name} in the build`);
  const page = action.page.replace(/\[[^\]]+\]/g, param);
  // The form's fields first, then the argument list "0" (an object would put the integer key first).
  const multipart = new FormData();
  for (const [key, value] of Object.entries(fields)) multipart.append(`_1_${key}`, value);
  multipart.append("0", JSON.stringify([{}, "$K1"]));
  const res = await request.post(page, { headers: { "next-action": action.id, accept: "text/x-component", ...headers }, multipart, maxRedirects: 0 });
  return { status: res.status(), redirect: res.headers()["x-action-redirect"] ?? null, text: await res.text() };
}
