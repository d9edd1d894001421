// The messages the e2e server's SMTP sink received (tests/helpers/mail-sink.mjs), read from its
// folder: the newest one to an address, and the link inside it.
import fs from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import { mailDir } from "../../helpers/mail-sink.mjs";

export type SentMail = { to: string[]; from: string; subject: string; text: string; receivedAt: string };

/** Every message the sink holds for this address, oldest first. */
export function mailTo(address: string): SentMail[] {
  const dir = mailDir();
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as SentMail)
    .filter((m) => m.to.includes(address.toLowerCase()));
}

/** Waits for the count-th message (1-based) to the address whose subject matches, and returns it. */
export async function waitForMail(address: string, subject: RegExp, count = 1): Promise<SentMail> {
  const matching = () => mailTo(address).filter((m) => subject.test(m.subject));
  await expect.poll(() => matching().length, { message: `email ${count} to ${address} (${subject})`, timeout: 15_000 }).toBeGreaterThanOrEqual(count);
  return matching()[count - 1]!;
}

/** The one link to this site in a message. */
export function linkIn(mail: SentMail): string {
  const links = mail.text.match(/https?:\/\/\S+/g) ?? [];
  expect(links, `links in "${mail.subject}"`).toHaveLength(1);
  return links[0]!;
}
