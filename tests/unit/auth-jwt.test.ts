// Session tokens: ours derive the key once, but must read and write exactly what next-auth 4 does,
// so sessions made before the change (or by next-auth itself) keep working and the other way round.
import { decode, encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken, encodeSessionToken } from "@/lib/auth/jwt";

const secret = "a test secret of reasonable length";
const claims = { uid: "cuser0000000000000000001", sv: 3, email: "a@example.org" };

describe("session tokens", () => {
  it("read tokens next-auth made, and next-auth reads ours", async () => {
    expect(await decodeSessionToken({ token: await encode({ token: claims, secret }), secret })).toMatchObject(claims);
    expect(await decode({ token: await encodeSessionToken({ token: claims, secret }), secret })).toMatchObject(claims);
  });

  it("keep salted tokens apart from session tokens, as next-auth does", async () => {
    const salted = await encode({ token: claims, secret, salt: "other" });
    expect(await decodeSessionToken({ token: salted, secret, salt: "other" })).toMatchObject(claims);
    await expect(decodeSessionToken({ token: salted, secret })).rejects.toThrow();
  });

  it("refuse a token made with another secret, and expired ones", async () => {
    await expect(decodeSessionToken({ token: await encode({ token: claims, secret: "another secret entirely" }), secret })).rejects.toThrow();
    const expired = await encodeSessionToken({ token: claims, secret, maxAge: -60 });
    await expect(decodeSessionToken({ token: expired, secret })).rejects.toThrow();
    expect(await decodeSessionToken({ token: "", secret })).toBeNull();
  });
});
