// Real accounts with real next-auth sessions, made over HTTP: sign up through the API, then the
// credentials callback with next-auth's CSRF token, as the sign-in form does.
import { CREDENTIALS_PATH, CSRF_PATH, signInWith } from "../helpers/sign-in";
import { Client, newAddress, parseJson } from "./http";

export type Role = "learner" | "teacher";
export type Person = { client: Client; id: string; email: string; password: string; name: string; role: Role };

let counter = 0;

export async function signUp(baseUrl: string, role: Role, name = `Reliability ${role}`): Promise<Person> {
  counter += 1;
  const email = `${role}-${process.pid}-${Date.now().toString(36)}-${counter}@example.org`;
  const password = `correct horse battery ${counter}`;
  const client = new Client(baseUrl, { "x-forwarded-for": newAddress() });
  const reply = await client.json("/api/account", "POST", { name, email, password, role, timeZone: "UTC" });
  if (reply.status !== 201) throw new Error(`sign-up answered ${reply.status}: ${reply.text.slice(0, 200)}`);
  const { user } = parseJson(reply) as { user: { id: string } };
  const person = { client, id: user.id, email, password, name, role };
  const signIn = await signInAs(client, email, password);
  if (signIn.status !== 200) throw new Error(`sign-in answered ${signIn.status}: ${signIn.text.slice(0, 200)}`);
  return person;
}

/** next-auth's credentials flow; returns the callback's reply (200 when signed in). */
export function signInAs(client: Client, email: string, password: string, headers: Record<string, string> = {}) {
  return signInWith(
    {
      csrfToken: async () => (parseJson(await client.request(CSRF_PATH)) as { csrfToken: string }).csrfToken,
      post: (form) => client.request(CREDENTIALS_PATH, { method: "POST", body: form, headers }),
    },
    { email, password },
  );
}

/** Whether the client's session is one the app still honours (the account page serves, no redirect). */
export async function isSignedIn(client: Client): Promise<boolean> {
  const reply = await client.request("/account");
  return reply.status === 200;
}
