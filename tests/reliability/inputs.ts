// Bad input, generated with fast-check: nasty strings (empty, 1 MB, odd Unicode, SQL and HTML
// injection, other users' ids), nasty numbers, wrong types, missing and extra fields, bodies cut
// short, wrong content types. Field names come from the app's own zod schemas, so new fields are
// tried without editing this file.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { RawSegment } from "./routes";

export const MEGABYTE = "x".repeat(1024 * 1024);

const TRICKY = [
  "", " ", "\t\n", "\u0000", "null", "undefined", "NaN", "-1", "0", "1e309", "true", "[]", "{}",
  "' OR '1'='1", "'; DROP TABLE \"User\"; --", "1; DELETE FROM Review", "\" OR 1=1 --", "admin'--",
  "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>", "javascript:alert(1)",
  "../../../etc/passwd", "%00", "%2e%2e%2f", "\u202eevil", "\ufeff", "\ud800", "\udfff", "Z\u0351\u0360a\u0353lgo\u0489",
  "😀👨‍👩‍👧", "\ufdfa", "\u0001\u001f\u007f", "__proto__", "constructor", "$K1", "$$", "mixed", "UTC", "Mars/Olympus",
];

/** Raw JSON texts that JSON.stringify would never write: overflowing numbers, deep nesting, a BOM, two documents. */
const RAW_JSON = [
  '{"length": 1e400, "count": -1e400}', '{"expectedVersion": 1e400}', "[".repeat(100_000), `${"[".repeat(5_000)}${"]".repeat(5_000)}`,
  '{"__proto__": {"admin": true}, "constructor": {"prototype": {}}}', '\ufeff{"topic": "mixed", "length": 5}', '{"a": 1}{"b": 2}',
  '{"name": "\\ud800"}', '"just a string"', "null", "0", "true", '{"a":1,"a":2}',
];

/** Field names the app validates, read from its zod schemas (`name: z.…` or `name: SchemaName`). */
export function schemaFieldNames(roots = ["app", "lib"]): string[] {
  const names = new Set<string>();
  for (const root of roots) {
    for (const file of fs.readdirSync(root, { recursive: true }) as string[]) {
      if (!/\.tsx?$/.test(file) || file.includes("generated")) continue;
      const source = fs.readFileSync(path.join(root, file), "utf8");
      for (const m of source.matchAll(/\b([a-z][A-Za-z]*):\s*(?:z\.|[A-Z][A-Za-z]+\b(?!:))/g)) names.add(m[1]!);
    }
  }
  return [...names].sort();
}

export function nastyString(ids: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...TRICKY) },
    { weight: 6, arbitrary: fc.constantFrom(...ids) },
    { weight: 4, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ minLength: 200, maxLength: 5_000 }) },
    { weight: 1, arbitrary: fc.constant(MEGABYTE) },
  );
}

export const nastyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, -0, 0, 1, 2 ** 31, 2 ** 53 + 2, Number.MAX_VALUE, -Number.MAX_VALUE, 1e-300, 0.5, -7.25),
);

/** Any JSON-ish value: nasty scalars, arrays, and objects keyed by real field names or junk. */
export function nastyValue(ids: readonly string[], keys: readonly string[]): fc.Arbitrary<unknown> {
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      nastyString(ids),
      nastyNumber,
      fc.boolean(),
      fc.constant(null),
      fc.array(tie("value"), { maxLength: 4 }),
      tie("object"),
    ),
    object: fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 12 })), tie("value"), { maxKeys: 6 }),
  }));
  return value;
}

export type Body = { label: string; contentType: string | null; body: string | Blob | URLSearchParams };

const json = (label: string, value: unknown): Body => ({ label, contentType: "application/json", body: JSON.stringify(value) ?? "null" });

/** One field of a well-shaped sample replaced by a nasty value, removed, or joined by an extra one. */
function mutatedSample(sample: Record<string, unknown>, value: fc.Arbitrary<unknown>, keys: readonly string[]): fc.Arbitrary<Body> {
  const fields = Object.keys(sample);
  return fc.tuple(fc.constantFrom("replace", "remove", "extra"), fc.constantFrom(...fields), fc.constantFrom(...keys), value).map(([op, field, extra, v]) => {
    const copy: Record<string, unknown> = { ...sample };
    if (op === "replace") copy[field] = v;
    else if (op === "remove") delete copy[field];
    else copy[extra in copy ? `${extra}_extra` : extra] = v;
    return json(`${op} ${op === "extra" ? extra : field}`, copy);
  });
}

/** Request bodies for a route; `sample` (a well-shaped body, when known) makes mutations reach deeper. */
export function nastyBody(ids: readonly string[], keys: readonly string[], sample?: Record<string, unknown>): fc.Arbitrary<Body> {
  const value = nastyValue(ids, keys);
  const text = sample ? fc.oneof(value.map((v) => JSON.stringify(v) ?? "null"), fc.constant(JSON.stringify(sample))) : value.map((v) => JSON.stringify(v) ?? "null");
  const arbitraries: fc.WeightedArbitrary<Body>[] = [
    value.map((v) => json("json value", v)),
    fc.dictionary(fc.constantFrom(...keys), value, { minKeys: 1, maxKeys: 5 }).map((v) => json("fields", v)),
    fc.tuple(text, fc.nat()).map(([t, n]) => ({ label: "cut short", contentType: "application/json", body: t.slice(0, t.length > 1 ? n % (t.length - 1) : 0) })),
    fc.tuple(fc.constantFrom("text/plain", "application/xml", "multipart/form-data; boundary=x", "application/json; charset=utf-16", "*/*"), text).map(([type, t]) => ({ label: `as ${type}`, contentType: type, body: t })),
    text.map((t) => ({ label: "no content type", contentType: null, body: new Blob([t]) })),
    fc.dictionary(fc.constantFrom(...keys), nastyString(ids), { maxKeys: 5 }).map((f) => ({ label: "form", contentType: "application/x-www-form-urlencoded", body: new URLSearchParams(f) })),
    fc.constantFrom(...RAW_JSON).map((t) => ({ label: "raw json", contentType: "application/json", body: t })),
    fc.constant<Body>({ label: "empty", contentType: "application/json", body: "" }),
  ].map((arbitrary) => ({ arbitrary, weight: 3 }));
  // 1 MB bodies are few: each is refused by its size alone, and they cost the most time.
  arbitraries.push({ arbitrary: fc.constantFrom(...keys).map((k) => json(`1 MB ${k}`, { ...sample, [k]: MEGABYTE })), weight: 1 });
  if (sample) arbitraries.push({ arbitrary: mutatedSample(sample, value, keys), weight: 8 });
  return fc.oneof(...arbitraries);
}

/** A query string of nasty values (capped at 2 kB each: Node refuses request heads over 16 kB itself). */
export function nastyQuery(ids: readonly string[], keys: readonly string[]): fc.Arbitrary<string> {
  return fc
    .dictionary(fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 8 })), nastyString(ids).map((s) => s.slice(0, 2_000)), { maxKeys: 4 })
    .map((q) => {
      const search = new URLSearchParams(Object.entries(q).map(([k, v]) => [k.toWellFormed(), v.toWellFormed()])).toString();
      return search ? `?${search}` : "";
    });
}

/** Segments as a hand-typed URL might have them: broken %-escapes, encoded dots and slashes. */
const RAW_SEGMENTS = ["%", "%ZZ", "%E0%A4%A", "%ED%A0%80", "%C0%AF", "..%2F..%2Fetc", "%2e%2e", "%00"];

/** Path segment values: mostly other people's ids and the caller's own, else nasty text (never empty: that is another route). */
export function nastySegment(ids: readonly string[]): fc.Arbitrary<string | RawSegment> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...ids) },
    { weight: 4, arbitrary: nastyString(ids).map((s) => (s === "" ? " " : s.slice(0, 1_000))) },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_SEGMENTS).map((t) => new RawSegment(t)) },
  );
}
