// Writes a small, valid content/ tree to a temporary folder; tests then break one thing at a time.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { stringify } from "yaml";

export const SEED_LINES = ["First line of the seed.", "The treaty was signed in 1992 and entered into force in 2002."];

export function baseContent() {
  return {
    "sources.yaml": {
      sources: [
        { id: "seed", kind: "seed", title: "Seed", publisher: "News", date: "2021-01-15", file: "seed.txt" },
        { id: "osce", kind: "web", title: "OSCE timeline", publisher: "OSCE", date: "1992-03-24", url: "https://www.osce.org/x" },
      ],
      topics: [{ id: "os", title: "Open Skies", description: "How it worked." }],
    },
    "os.yaml": {
      facts: [
        {
          id: "f-signed",
          topic: "os",
          statement: "Signed in Helsinki on 24 March 1992.",
          citations: [{ source: "osce", quote: "Signed in Helsinki." }, { source: "seed", line: 2, quote: "signed in 1992" }],
        },
        {
          id: "f-eif",
          topic: "os",
          statement: "Entered into force on 1 January 2002.",
          citations: [{ source: "osce", quote: "In force in 2002." }],
        },
        {
          id: "f-exit",
          topic: "os",
          statement: "The US withdrawal took effect on 22 November 2020.",
          citations: [{ source: "osce", quote: "The US left." }],
        },
      ],
      events: [
        { id: "e-signed", date: "1992-03-24", label: "Signed", fact: "f-signed" },
        { id: "e-eif", date: "2002-01-01", label: "In force", fact: "f-eif" },
        { id: "e-exit", date: "2020-11-22", label: "US exit", fact: "f-exit" },
      ],
      questions: [
        { id: "q-mc", type: "multiple_choice", facts: ["f-signed"], prompt: "Where was it signed?", explanation: "Helsinki.", answer: "Helsinki", distractors: ["Vienna", "Budapest"] },
        { id: "q-tf", type: "true_false", facts: ["f-signed"], prompt: "It was signed in 1990.", explanation: "1992.", answer: false },
        { id: "q-typed", type: "typed", facts: ["f-eif"], prompt: "Which city?", explanation: "Helsinki.", answer: "Canada and Hungary", accept: [] as string[], reject: ["Hungary"] },
        { id: "q-cloze", type: "cloze", facts: ["f-eif"], prompt: "Fill in.", explanation: "Helsinki.", text: "Signed in ___ in 1992.", answer: "Helsinki" },
        { id: "q-number", type: "number", facts: ["f-exit"], prompt: "Warheads?", explanation: "1,550.", answer: 1550, unit: "warheads", reject: [1500] },
        { id: "q-date", type: "date", facts: ["f-exit"], prompt: "When?", explanation: "22 Nov 2020.", answer: "2020-11-22", reject: ["2020-05-22"] },
        { id: "q-order", type: "ordering", facts: ["f-signed", "f-eif", "f-exit"], prompt: "Order them.", explanation: "By date.", events: ["e-exit", "e-signed", "e-eif"] },
        { id: "q-match", type: "matching", facts: ["f-signed", "f-eif"], prompt: "Match.", explanation: "Dates.", pairs: [{ left: "Signed", right: "1992" }, { left: "In force", right: "2002" }, { left: "US exit", right: "2020" }] },
        { id: "q-who", type: "who_said", facts: ["f-exit"], prompt: "Who said it?", explanation: "Pompeo.", quote: "We will leave.", answer: "Mike Pompeo", distractors: ["Maria Zakharova", "Sergei Lavrov"] },
      ],
    },
  };
}

export type ContentTree = ReturnType<typeof baseContent>;

export function writeContent(tree: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ovf-content-"));
  fs.mkdirSync(path.join(dir, "seed"));
  fs.writeFileSync(path.join(dir, "seed", "seed.txt"), SEED_LINES.join("\n"));
  for (const [name, data] of Object.entries(tree)) {
    fs.writeFileSync(path.join(dir, name), typeof data === "string" ? data : stringify(data));
  }
  return dir;
}
