// The JSON error body and the size-limited reading of a JSON body that lib/http/mutation.ts builds on:
// each failure answered with a 4xx and a sentence a person can act on.
import { NextResponse } from "next/server";
import type { z } from "zod";

export type ApiErrorBody = { error: { code: string; message: string; fields?: Record<string, string> } };

export function apiError(status: number, code: string, message: string, fields?: Record<string, string>) {
  return NextResponse.json<ApiErrorBody>({ error: { code, message, ...(fields ? { fields } : {}) } }, { status });
}

/** Field name -> first message, for forms and API clients alike. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "body";
    fields[key] ??= issue.message;
  }
  return fields;
}

const DEFAULT_MAX_BYTES = 16 * 1024;

type Parsed<T> = { ok: true; data: T } | { ok: false; response: NextResponse<ApiErrorBody> };

/** Reads a JSON body of at most maxBytes, without validating its shape. */
export async function readJsonBody(request: Request, maxBytes = DEFAULT_MAX_BYTES): Promise<Parsed<unknown>> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) {
    return { ok: false, response: apiError(415, "unsupported_media_type", "Send the request body as JSON (Content-Type: application/json).") };
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return { ok: false, response: tooLarge(maxBytes) };
  let text: string;
  try {
    text = await request.text();
  } catch {
    return { ok: false, response: apiError(400, "unreadable_body", "The request body could not be read.") };
  }
  if (Buffer.byteLength(text) > maxBytes) return { ok: false, response: tooLarge(maxBytes) };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, response: apiError(400, "malformed_json", "The request body is not valid JSON.") };
  }
  if (hasLoneSurrogate(data)) {
    return { ok: false, response: apiError(400, "malformed_text", "The request contains text that is not valid Unicode (a lone \\u surrogate escape).") };
  }
  return { ok: true, data };
}

/**
 * JSON's \u escapes can spell half of a UTF-16 pair, which no database or page can hold (Prisma's
 * engine fails on it with a 500). Walked without recursion: a 16 kB body can nest 8,000 deep.
 */
export function hasLoneSurrogate(json: unknown): boolean {
  const stack: unknown[] = [json];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === "string") {
      if (!value.isWellFormed()) return true;
    } else if (Array.isArray(value)) {
      stack.push(...value);
    } else if (value && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) {
        if (!key.isWellFormed()) return true;
        stack.push(child);
      }
    }
  }
  return false;
}

function tooLarge(maxBytes: number) {
  return apiError(413, "body_too_large", `The request body is larger than ${Math.round(maxBytes / 1024)} kB.`);
}
