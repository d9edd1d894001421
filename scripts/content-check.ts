// npm run content:check: validates content/ and prints one summary line, or every problem.
import path from "node:path";
import { formatProblem, loadContent } from "../lib/content/load";

const dir = path.join(process.cwd(), "content");
const { items, problems } = loadContent(dir);

if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`content: ${problems.length} problem(s) found`);
  process.exit(1);
}
const types = new Set(items.questions.map(({ item }) => item.type));
console.log(
  `content: ${items.facts.length} facts, ${items.questions.length} questions, ${types.size} question types, ${items.sources.length} sources`,
);
