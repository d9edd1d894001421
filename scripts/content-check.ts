// npm run content:check: validates content/ and prints a summary, or every problem. Facts marked
// current are judged against today; `--today YYYY-MM-DD` checks as of another day.
import path from "node:path";
import { longestKeyShare } from "../lib/content/guessability";
import { formatProblem, loadContent } from "../lib/content/load";

function todayFromArgs(args: readonly string[]): string {
  const i = args.indexOf("--today");
  const given = i >= 0 ? args[i + 1] : undefined;
  if (given === undefined) return new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(given)) {
    console.error(`content: --today takes a date written YYYY-MM-DD, not "${given}"`);
    process.exit(2);
  }
  return given;
}

const today = todayFromArgs(process.argv.slice(2));
const dir = path.join(process.cwd(), "content");
const { items, problems } = loadContent(dir, { today });

if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`content: ${problems.length} problem(s) found`);
  process.exit(1);
}
const types = new Set(items.questions.map(({ item }) => item.type));
const share = longestKeyShare(items.questions.map(({ item }) => item));
const current = items.facts.filter(({ item }) => item.current).length;
console.log(
  `content: ${items.facts.length} facts, ${items.questions.length} questions, ${types.size} question types, ${items.sources.length} sources`,
);
console.log(
  `content: key is the longest option in ${share.longest} of ${share.total} choice questions (${(share.share * 100).toFixed(1)}%); ${current} facts marked current, checked against ${today}`,
);
