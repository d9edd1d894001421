// Server actions arrive as React "reply" payloads. Next.js answers a malformed one (wrong content
// type, cut short, too large, not a JSON array at its root) with a 500; these checks answer 4xx first,
// for actions and for multipart bodies posted without one. Well-formed payloads are left to Next.js.
import { apiError, type ApiErrorBody } from "./api";
import type { NextResponse } from "next/server";

/** Next.js's default serverActions.bodySizeLimit. */
export const ACTION_MAX_BYTES = 1024 * 1024;

function isJsonArray(text: string): boolean {
  try {
    return Array.isArray(JSON.parse(text));
  } catch {
    return false;
  }
}

const malformed = () => apiError(400, "malformed_action", "This form submission is malformed. Reload the page and try again.");

/** null when the payload may go on to the action, else the refusal to send. */
export async function checkActionPayload(request: Request): Promise<NextResponse<ApiErrorBody> | null> {
  const tooLarge = apiError(413, "body_too_large", "This form submission is larger than 1 MB.");
  if (Number(request.headers.get("content-length") ?? "0") > ACTION_MAX_BYTES) return tooLarge;
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data")) {
    const form = await request.clone().formData().catch(() => null);
    if (!form) return malformed();
    const root = form.get("0");
    return typeof root === "string" && isJsonArray(root) ? null : malformed();
  }
  if (type.startsWith("text/plain")) {
    const text = await request.clone().text().catch(() => null);
    if (text === null) return malformed();
    if (Buffer.byteLength(text) > ACTION_MAX_BYTES) return tooLarge;
    return isJsonArray(text) ? null : malformed();
  }
  return apiError(415, "unsupported_media_type", "Send form submissions as multipart/form-data or text/plain.");
}

/**
 * A multipart POST without a next-action header: on a page, Next.js reads it as a form posted without
 * JavaScript and answers a body it cannot parse with a 500. Such a body is refused here with a 4xx;
 * one that parses goes on (forms keep working without JavaScript).
 */
export async function checkMultipartPost(request: Request): Promise<NextResponse<ApiErrorBody> | null> {
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) return null;
  if (Number(request.headers.get("content-length") ?? "0") > ACTION_MAX_BYTES) return apiError(413, "body_too_large", "This form submission is larger than 1 MB.");
  return (await request.clone().formData().catch(() => null)) ? null : malformed();
}
