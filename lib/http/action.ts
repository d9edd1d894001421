// The one wrapper form actions run in: an argument that is not a form, or a database that cannot
// be written, becomes a message in the form's live region instead of a 500; redirects and other
// errors pass through unchanged.
import "server-only";
import { unstable_rethrow } from "next/navigation";
import { dropReadOnlyConnection } from "@/lib/db";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@/lib/db/errors";

export async function runFormAction<State extends { message?: string }>(
  formData: unknown,
  run: (formData: FormData) => Promise<State>,
): Promise<State | { message: string }> {
  if (!(formData instanceof FormData)) return { message: "This form submission is malformed. Reload the page and try again." };
  try {
    return await run(formData);
  } catch (error) {
    unstable_rethrow(error);
    if (!isDatabaseUnavailable(error)) throw error;
    await dropReadOnlyConnection(error);
    return { message: DATABASE_UNAVAILABLE_MESSAGE };
  }
}
