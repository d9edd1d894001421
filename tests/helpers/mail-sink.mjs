// A real SMTP server on 127.0.0.1 that keeps every message it is sent (the `smtp-server` package),
// for the browser journeys: the app sends through nodemailer as it would to any server, and each
// message, parsed with `mailparser`, lands as one JSON file in a folder the tests read.
import fs from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** The folder the e2e server's sink writes to, per E2E_PORT, so parallel runs keep apart. */
export function mailDir(port = process.env.E2E_PORT ?? "3100") {
  return path.resolve(".tmp", `mail-${port}`);
}

/** Starts the sink on a free port (or `port`); messages go to `dir`, emptied first. */
export async function startMailSink({ dir, port = 0 }) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    // Plain SMTP on loopback: no STARTTLS to negotiate, no login to give.
    disabledCommands: ["STARTTLS", "AUTH"],
    authOptional: true,
    logger: false,
    size: 1024 * 1024,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          count += 1;
          const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
          const record = { to, from: mail.from?.text ?? "", subject: mail.subject ?? "", text: mail.text ?? "", receivedAt: new Date().toISOString() };
          const file = path.join(dir, `${Date.now()}-${String(count).padStart(5, "0")}.json`);
          // Written under a temporary name, then renamed: a reader never sees half a message.
          fs.writeFileSync(`${file}.part`, JSON.stringify(record));
          fs.renameSync(`${file}.part`, file);
          callback();
        })
        .catch((error) => callback(error));
    },
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(undefined));
  });
  const address = server.server.address();
  return { port: typeof address === "object" && address ? address.port : port, close: () => new Promise((resolve) => server.close(() => resolve(undefined))) };
}
