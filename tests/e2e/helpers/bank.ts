// The same question bank the server uses, read from content/, so tests know the right answers.
import path from "node:path";
import { buildBank, type QuestionBank } from "../../../lib/content/bank";

let bank: QuestionBank | undefined;

export function getTestBank(): QuestionBank {
  bank ??= buildBank(path.join(process.cwd(), "content"));
  return bank;
}
