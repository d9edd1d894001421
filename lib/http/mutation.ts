// The one path every change from the browser takes, whether it arrives as a JSON route handler or
// as a form's server action: who may do it (guest, signed-in user, teacher), its input parsed with
// zod, an optional access hook, and every outcome mapped to an answer: 4xx with a message a person
// understands, 503 when the database cannot be used, a plain 500 for a bug, never a stack trace.
// Route handlers answer `{ error: { code, message, fields? } }`; actions answer a FormState.
import "server-only";
import { unstable_rethrow } from "next/navigation";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { getCurrentUser, getCurrentUserWithCard } from "@/lib/auth/session";
import type { PublicUser } from "@/lib/auth/users";
import { dropReadOnlyConnection } from "@/lib/db";
import type { CardRead } from "@/lib/db/engine";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@/lib/db/errors";
import { apiError, fieldErrors, readJsonBody, type ApiErrorBody } from "./api";

/** Who may make the change: anyone (guests too), a signed-in account, a teacher account. */
export type Access = "guest" | "user" | "teacher";
type UserFor<A extends Access> = A extends "guest" ? null : PublicUser;

/** A refusal with the status and code a route answers and the sentence a form shows. */
export type Failure = { ok: false; status: number; code: string; message: string; fields?: Record<string, string> };

export function fail(status: number, code: string, message: string, fields?: Record<string, string>): Failure {
  return { ok: false, status, code, message, ...(fields ? { fields } : {}) };
}

function isFailure(value: unknown): value is Failure {
  return typeof value === "object" && value !== null && (value as { ok?: unknown }).ok === false && typeof (value as { status?: unknown }).status === "number";
}

/**
 * What a form action answers: a sentence for the live region, field errors, the text typed (to refill
 * the form), and what the action made for the form to show (a link to hand over).
 */
export type FormState = { message?: string; fields?: Record<string, string>; values?: Record<string, string>; made?: Record<string, string> };

/** Retry-After for a 503: long enough for a lock or a full disk to clear, short enough to feel live. */
const RETRY_AFTER_SECONDS = 30;

const MALFORMED_FORM = "This form submission is malformed. Reload the page and try again.";

type SignedIn<A extends Access> = { user: UserFor<A>; read: CardRead | null };

/** Who is asking; with `factId`, their card of that fact comes with the user's read (getCurrentUserWithCard). */
async function authenticate<A extends Access>(access: A, factId?: string): Promise<SignedIn<A> | Failure> {
  if (access === "guest") return { user: null as UserFor<A>, read: null };
  const found = factId === undefined ? await getCurrentUser().then((user) => user && { user, read: null }) : await getCurrentUserWithCard(factId);
  if (!found) return fail(401, "not_signed_in", "Sign in to do this.");
  if (access === "teacher" && found.user.role !== "teacher") {
    return fail(403, "teachers_only", "Only teacher accounts can do this. Your account is a learner account.");
  }
  return found as SignedIn<A>;
}

/** Validates input against a schema; the first problem becomes the message, all of them the fields. */
function parseInput<T>(schema: z.ZodType<T>, raw: unknown): { ok: true; data: T } | Failure {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const fields = fieldErrors(parsed.error);
  const first = Object.entries(fields)[0];
  return fail(422, "invalid_request", first ? `${first[0]}: ${first[1]}` : "The request is not valid.", fields);
}

/** An error that escaped: a Failure (503) when the database cannot be used; anything else is rethrown. */
async function unavailable(error: unknown): Promise<Failure> {
  unstable_rethrow(error);
  if (!isDatabaseUnavailable(error)) throw error;
  await dropReadOnlyConnection(error);
  console.warn(`database unavailable: ${(error as { code?: string }).code ?? "unknown"}`);
  return fail(503, "database_unavailable", DATABASE_UNAVAILABLE_MESSAGE);
}

function failureResponse(failure: Failure): NextResponse<ApiErrorBody> {
  const response = apiError(failure.status, failure.code, failure.message, failure.fields);
  if (failure.status === 503) response.headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
  return response;
}

/** Wraps any handler so that no error leaves it as Next's bare 500 or a stack trace. */
export function catchErrors<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      try {
        return failureResponse(await unavailable(error));
      } catch (bug) {
        unstable_rethrow(bug);
        console.error(bug);
        return apiError(500, "internal_error", "Something went wrong on our side and the request was not completed. Try again.");
      }
    }
  };
}

type Spec<A extends Access, T> = {
  access: A;
  /** The JSON body's schema, or a function choosing it from the parsed JSON. Without one, no body is read. */
  body?: z.ZodType<T> | ((json: unknown) => z.ZodType<T>);
  /** The query string's schema (its values are strings). */
  query?: z.ZodType<T>;
  /** Runs after authentication, before the body is parsed: a Failure here is the answer. */
  allow?: (user: UserFor<A>) => Failure | null | Promise<Failure | null>;
  /**
   * The answer when the handler returns null: the domain call found nothing (ownership is checked in
   * its query, so another person's row and a missing one look the same).
   */
  notFound?: { code: string; message: string };
  /**
   * The fact whose card the handler will write, from the JSON body as sent (undefined: none named).
   * The body is then read before the user, and the card comes with the user's read (RouteArgs.read).
   */
  withCard?: (json: unknown) => string | undefined;
};

type RouteArgs<A extends Access, T> = {
  request: Request;
  user: UserFor<A>;
  input: T;
  /** With spec.withCard: the signed-in learner's card of that fact, where the engine read it with the user; else null. */
  read: CardRead | null;
};

/**
 * A route handler through the one path. The handler returns a Response, a Failure (answered as its
 * status with the JSON error body), or null (answered with spec.notFound as a 404).
 */
export function apiRoute<A extends Access, T = undefined, Ctx = unknown>(
  spec: Spec<A, T>,
  handler: (args: RouteArgs<A, T>, ctx: Ctx) => Promise<Response | Failure | null>,
): (request: Request, ctx: Ctx) => Promise<Response> {
  return catchErrors(async (request: Request, ctx: Ctx) => {
    // Read first only for withCard; a body that does not parse is still answered after the user is.
    const early = spec.body && spec.withCard ? await readJsonBody(request) : null;
    const signedIn = await authenticate(spec.access, early?.ok ? spec.withCard?.(early.data) : undefined);
    if (isFailure(signedIn)) return failureResponse(signedIn);
    const { user, read } = signedIn;
    const refused = spec.allow ? await spec.allow(user) : null;
    if (refused) return failureResponse(refused);
    let input = undefined as T;
    if (spec.body || spec.query) {
      let raw: unknown;
      if (spec.body) {
        const json = early ?? (await readJsonBody(request));
        if (!json.ok) return json.response;
        raw = json.data;
      } else {
        raw = Object.fromEntries(new URL(request.url).searchParams);
      }
      const schema = typeof spec.body === "function" ? spec.body(raw) : (spec.body ?? spec.query)!;
      const parsed = parseInput(schema, raw);
      if (!parsed.ok) return failureResponse(parsed);
      input = parsed.data;
    }
    const result = await handler({ request, user, input, read }, ctx);
    if (result === null) return failureResponse(fail(404, spec.notFound?.code ?? "not_found", spec.notFound?.message ?? "There is nothing here."));
    return isFailure(result) ? failureResponse(result) : result;
  });
}

type ActionSpec<A extends Access, T> = {
  access: A;
  input: z.ZodType<T>;
  /** The raw input the schema reads, from the form's fields (default: every text field by name). */
  fields?: (form: FormData) => unknown;
  /** Said before the first problem when the input does not parse ("Could not start the quiz"). */
  invalid?: string;
  /** Field names whose text is never sent back to refill the form. */
  secret?: readonly string[];
};

/** The form's text fields by name, without the ones React adds for a submission made before JavaScript ran. */
export function formFields(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

function textValues(form: FormData, secret: readonly string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(formFields(form)).filter(([key]) => !secret.includes(key)));
}

function failureState(failure: Failure, values: Record<string, string>, invalid?: string): FormState {
  const fieldMessages = Object.values(failure.fields ?? {});
  const message =
    failure.code === "invalid_request" && fieldMessages.length > 0
      ? `${invalid ?? "Could not save"}: ${fieldMessages.join(" ")}`
      : failure.message;
  return { message, ...(failure.fields ? { fields: failure.fields } : {}), values };
}

/**
 * A form's server action through the one path, for `useActionState`: (previous state, form data).
 * The handler returns a FormState, a Failure (shown as the form's message), or redirects.
 */
export function formAction<A extends Access, T>(
  spec: ActionSpec<A, T>,
  handler: (args: { user: UserFor<A>; input: T; form: FormData }) => Promise<FormState | Failure>,
): (previous: FormState, form: FormData) => Promise<FormState> {
  return async (_previous, form) => {
    if (!(form instanceof FormData)) return { message: MALFORMED_FORM };
    const values = textValues(form, spec.secret ?? []);
    try {
      const signedIn = await authenticate(spec.access);
      if (isFailure(signedIn)) return failureState(signedIn, values);
      const { user } = signedIn;
      const parsed = parseInput(spec.input, spec.fields ? spec.fields(form) : formFields(form));
      if (!parsed.ok) return failureState(parsed, values, spec.invalid);
      const result = await handler({ user, input: parsed.data, form });
      return isFailure(result) ? failureState(result, values) : result;
    } catch (error) {
      return failureState(await unavailable(error), values);
    }
  };
}
