// Bad input for server actions, spoken in React's reply encoding the way a browser sends it
// (multipart: "_1_<name>" fields hold the form, then field "0" the argument list; or a text/plain
// JSON list), and outside it: wrong content types, bodies cut short, 1 MB fields, roots that are
// not lists. Strings that React would read as references ("$…") are escaped as a real client does.
import fc from "fast-check";
import type { RequestOptions } from "./http";
import { MEGABYTE, nastyString, nastyValue, type Body } from "./inputs";

function escapeReply(value: unknown): unknown {
  if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
  if (Array.isArray(value)) return value.map(escapeReply);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeReply(v)]));
  return value;
}

const BOUNDARY = "----overflightReliability";

function multipart(fields: [string, string][]): string {
  return fields.map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + `--${BOUNDARY}--\r\n`;
}

const asMultipart = (label: string, fields: [string, string][]): Body => ({
  label,
  contentType: `multipart/form-data; boundary=${BOUNDARY}`,
  body: multipart(fields),
});

/** A form action's arguments: (previous state, form data). The root "0" comes last, as React sends it. */
function formFields(state: unknown, form: Record<string, string>): [string, string][] {
  return [...Object.entries(form).map(([k, v]): [string, string] => [`_1_${k}`, v]), ["0", JSON.stringify([escapeReply(state), "$K1"])]];
}

/** The request a browser sends when a form with these fields runs the action. */
export function formActionRequest(actionId: string, fields: Record<string, string>, headers: Record<string, string> = {}): RequestOptions {
  const { contentType, body } = asMultipart("form", formFields({}, fields));
  return { method: "POST", headers: { "next-action": actionId, accept: "text/x-component", "content-type": contentType!, ...headers }, body };
}

export function nastyActionBody(ids: readonly string[], keys: readonly string[]): fc.Arbitrary<Body> {
  const value = nastyValue(ids, keys);
  const form = fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 8 })), nastyString(ids), { maxKeys: 5 });
  return fc.oneof(
    { weight: 4, arbitrary: fc.tuple(value, form).map(([state, f]) => asMultipart("form fields", formFields(state, f))) },
    fc.array(value, { maxLength: 4 }).map((args) => ({ label: "argument list", contentType: "text/plain;charset=UTF-8", body: JSON.stringify(escapeReply(args)) })),
    fc.tuple(value, form, fc.nat()).map(([state, f, n]) => {
      const full = multipart(formFields(state, f));
      return { label: "cut short", contentType: `multipart/form-data; boundary=${BOUNDARY}`, body: full.slice(0, n % (full.length - 2)) };
    }),
    value.map((v) => ({ label: "root not a list", contentType: "text/plain;charset=UTF-8", body: Array.isArray(v) ? "{" : (JSON.stringify(escapeReply(v)) ?? "") })),
    fc.tuple(fc.constantFrom("application/json", "application/x-www-form-urlencoded", "application/octet-stream", "text/html"), value).map(([type, v]) => ({ label: `as ${type}`, contentType: type, body: JSON.stringify([v]) ?? "" })),
    fc.constantFrom(...keys).map((k) => asMultipart(`1 MB ${k}`, formFields({}, { [k]: MEGABYTE }))),
  );
}
