// The one path for changes from the browser (lib/http/mutation.ts), for a guest-level route and
// action: each way a request can go wrong becomes the answer a person or client can act on.
// Who may call (user, teacher) is held by tests/e2e/authorization.spec.ts on the real server.
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";

// Only the wrapper's reaction to an unusable database is under test here, not the database.
vi.mock("@/lib/db", () => ({ dropReadOnlyConnection: async () => undefined }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => null }));

const { apiRoute, fail, formAction } = await import("@/lib/http/mutation");
const { DATABASE_UNAVAILABLE_MESSAGE } = await import("@/lib/db/errors");

const Name = z.object({ name: z.string().trim().min(1, "Enter a name.").max(5, "Use at most 5 characters.") }).strict();

function post(body: string, type = "application/json") {
  return new Request("http://app.test/api/thing", { method: "POST", headers: { "content-type": type }, body });
}

async function answer(response: Response) {
  return { status: response.status, body: (await response.json()) as { error?: { code: string; message: string; fields?: Record<string, string> } } & Record<string, unknown> };
}

const busy = Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" });

describe("apiRoute", () => {
  const route = apiRoute({ access: "guest", body: Name, notFound: { code: "thing_not_found", message: "There is no such thing." } }, async ({ input }) => {
    if (input.name === "none") return null;
    if (input.name === "taken") return fail(409, "name_taken", "That name is taken.");
    if (input.name === "busy") throw busy;
    if (input.name === "bug") throw new Error("a bug");
    return Response.json({ hello: input.name }, { status: 201 });
  });

  it("runs the handler with the parsed input", async () => {
    expect(await answer(await route(post('{"name":" Ada "}'), undefined))).toEqual({ status: 201, body: { hello: "Ada" } });
  });

  it.each([
    [post('{"name":"Ada"}', "text/plain"), 415, "unsupported_media_type"],
    [post("{not json"), 400, "malformed_json"],
    [post('{"name":"\\ud800"}'), 400, "malformed_text"],
    [post(JSON.stringify({ name: "x".repeat(20_000) })), 413, "body_too_large"],
    [post('{"name":"much too long"}'), 422, "invalid_request"],
    [post('{"name":"Ada","extra":1}'), 422, "invalid_request"],
    [post('{"name":"none"}'), 404, "thing_not_found"],
    [post('{"name":"taken"}'), 409, "name_taken"],
    [post('{"name":"busy"}'), 503, "database_unavailable"],
    [post('{"name":"bug"}'), 500, "internal_error"],
  ])("answers a bad request with its status and the JSON error body (%#)", async (request, status, code) => {
    const { status: got, body } = await answer(await route(request, undefined));
    expect(got).toBe(status);
    expect(body.error?.code).toBe(code);
    expect(body.error?.message).toMatch(/\S/);
  });

  it("names the field that is wrong, in the message and in fields", async () => {
    const { body } = await answer(await route(post('{"name":"much too long"}'), undefined));
    expect(body.error).toEqual({ code: "invalid_request", message: "name: Use at most 5 characters.", fields: { name: "Use at most 5 characters." } });
  });

  it("tells a client when to try again after the database was unavailable", async () => {
    const response = await route(post('{"name":"busy"}'), undefined);
    expect(response.headers.get("retry-after")).toBe("30");
    expect((await answer(response)).body.error?.message).toBe(DATABASE_UNAVAILABLE_MESSAGE);
  });

  it("refuses through the allow hook before reading the body", async () => {
    const closed = apiRoute({ access: "guest", body: Name, allow: () => fail(404, "not_found", "There is nothing here.") }, async () => Response.json({}));
    expect(await answer(await closed(post("{not json"), undefined))).toEqual({ status: 404, body: { error: { code: "not_found", message: "There is nothing here." } } });
  });

  it("reads the query string when a query schema is given", async () => {
    const search = apiRoute({ access: "guest", query: z.object({ q: z.string().min(2, "Type two letters.") }).strict() }, async ({ input }) => Response.json(input));
    expect(await answer(await search(new Request("http://app.test/api/s?q=os"), undefined))).toEqual({ status: 200, body: { q: "os" } });
    expect((await answer(await search(new Request("http://app.test/api/s?q=o"), undefined))).body.error?.fields).toEqual({ q: "Type two letters." });
  });
});

describe("formAction", () => {
  const Account = Name.extend({ password: z.string().optional() });
  const action = formAction({ access: "guest", input: Account, invalid: "Could not save", secret: ["password"] }, async ({ input }) => {
    if (input.name === "taken") return fail(409, "name_taken", "That name is taken.");
    if (input.name === "busy") throw busy;
    return { message: `Saved ${input.name}.` };
  });
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(fields)) data.append(key, value);
    return data;
  };

  it("answers the handler's state", async () => {
    expect(await action({}, form({ name: "Ada" }))).toEqual({ message: "Saved Ada." });
  });

  it("ignores the fields React adds to a form posted before JavaScript ran", async () => {
    expect(await action({}, form({ $ACTION_ID_abc: "", name: "Ada" }))).toEqual({ message: "Saved Ada." });
  });

  it("gives field errors, a message naming them, and the text typed back (never a secret)", async () => {
    const state = await action({}, form({ name: "much too long", password: "hunter22" }));
    expect(state).toEqual({
      message: "Could not save: Use at most 5 characters.",
      fields: { name: "Use at most 5 characters." },
      values: { name: "much too long" },
    });
  });

  it("shows a refusal's sentence and the database's unavailability as the form's message", async () => {
    expect((await action({}, form({ name: "taken" }))).message).toBe("That name is taken.");
    expect((await action({}, form({ name: "busy" }))).message).toBe(DATABASE_UNAVAILABLE_MESSAGE);
  });

  it("answers an argument that is not a form with a message, not a crash", async () => {
    expect((await action({}, "not a form" as unknown as FormData)).message).toMatch(/malformed/);
  });
});
