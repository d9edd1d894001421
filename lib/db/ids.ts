// Row ids for rows written without Prisma (which makes its cuids itself): the same shape, 25
// characters starting with "c", and ordered by time like Prisma's, because some lists break ties by id.
import crypto from "node:crypto";

let counter = 0;

export function newRowId(now = Date.now()): string {
  counter = (counter + 1) % 36 ** 4;
  const random = crypto.randomBytes(8).readBigUInt64BE().toString(36).padStart(13, "0").slice(-12);
  return `c${now.toString(36).padStart(8, "0")}${counter.toString(36).padStart(4, "0")}${random}`;
}
