// next-auth needs a secret and the site's URL in production. `npm start` needs nothing set:
// the secret is made once and kept in data/ (or .tmp/ for tests); both can be given instead.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export function authEnv({ dir, url }) {
  const env = {};
  if (!process.env.NEXTAUTH_SECRET) {
    const file = path.join(dir, "auth-secret");
    if (!fs.existsSync(file)) {
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
    }
    env.NEXTAUTH_SECRET = fs.readFileSync(file, "utf8").trim();
  }
  if (!process.env.NEXTAUTH_URL) env.NEXTAUTH_URL = url;
  return env;
}
