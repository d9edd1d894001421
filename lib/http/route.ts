// The one wrapper every route handler is exported through: whatever escapes a handler becomes a
// JSON answer, 503 database_unavailable when the database cannot be used, else a plain 500;
// never Next's bare 500 or a stack trace.
import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { NextResponse } from "next/server";
import { dropReadOnlyConnection } from "@/lib/db";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@/lib/db/errors";
import { apiError, type ApiErrorBody } from "./api";

/** Retry-After for a 503: long enough for a lock or a full disk to clear, short enough to feel live. */
const RETRY_AFTER_SECONDS = 30;

/** The answer to an error that escaped a handler: 503 when the database cannot be used, else a plain 500. */
async function errorResponse(error: unknown): Promise<NextResponse<ApiErrorBody>> {
  if (isDatabaseUnavailable(error)) {
    await dropReadOnlyConnection(error);
    console.warn(`database unavailable: ${(error as { code?: string }).code ?? "unknown"}`);
    const response = apiError(503, "database_unavailable", DATABASE_UNAVAILABLE_MESSAGE);
    response.headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
    return response;
  }
  console.error(error);
  return apiError(500, "internal_error", "Something went wrong on our side and the request was not completed. Try again.");
}

/** Wraps a route handler so that no error leaves it as a bare 500 or a stack trace. */
export function route<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      unstable_rethrow(error);
      return await errorResponse(error);
    }
  };
}
