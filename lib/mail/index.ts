// Outgoing email through the SMTP server that SMTP_URL names (nodemailer). With none configured the
// app sends nothing and says so where a person would expect an email; callers ask `isMailConfigured`.
import "server-only";
import { after } from "next/server";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

export type Mail = { to: string; subject: string; text: string };

let transport: Transporter | undefined;

/** Whether this server can send email (SMTP_URL and MAIL_FROM are set). */
export function isMailConfigured(): boolean {
  return mailSettings(env) !== null;
}

/** The transport's settings from the environment, or null when no SMTP server is configured. */
export function mailSettings(settings: { SMTP_URL?: string; MAIL_FROM?: string }): { url: string; from: string } | null {
  return settings.SMTP_URL && settings.MAIL_FROM ? { url: settings.SMTP_URL, from: settings.MAIL_FROM } : null;
}

/**
 * Sends one message; false (and a line in the log, without the message's text, which may hold a
 * link that opens the account) when there is no SMTP server or it refused.
 */
export async function sendMail(mail: Mail): Promise<boolean> {
  const settings = mailSettings(env);
  if (!settings) return false;
  transport ??= nodemailer.createTransport(settings.url);
  try {
    await transport.sendMail({ from: settings.from, to: mail.to, subject: mail.subject, text: mail.text });
    return true;
  } catch (error) {
    console.warn(`email not sent (${mail.subject}): ${(error as Error).message}`);
    return false;
  }
}

/**
 * Sends the message after the response has gone (Next's `after`), so that a request that sends an
 * email answers as fast as one that does not: a reset request for an unknown address included. A
 * function is run after the response too, for a message whose making would tell the answer apart.
 */
export function sendAfterResponse(mail: Mail | null | (() => Promise<Mail | null>)): void {
  if (!mail) return;
  after(async () => {
    let message: Mail | null;
    try {
      message = typeof mail === "function" ? await mail() : mail;
    } catch (error) {
      // The answer has gone, and may have said an email is on its way: only this line says none is.
      console.error("email not sent: making it failed", error);
      return;
    }
    if (message) await sendMail(message);
  });
}
