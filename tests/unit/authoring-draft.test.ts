// A teacher's question is held on save to the rules content:check holds content/ to, and every
// refusal is keyed by the form field it is about and names that field.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkTeacherDraft, NEW_FACT, TeacherQuestionInput } from "@/lib/authoring/draft";
import { buildBank, type QuestionBank } from "@/lib/content/bank";
import { isTeacherQuestionId, teacherFactId, teacherQuestionId, withTeacherItems } from "@/lib/content/teacher";
import { presentQuestion } from "@/lib/quiz/present";
import { explainQuestion } from "@/lib/quiz/feedback";

let bank: QuestionBank;
beforeAll(() => {
  bank = buildBank(path.join(process.cwd(), "content"));
});

const FACT = "abm-eif-1972";

/** A form submission: every field a string, as the browser sends it. */
const input = (fields: Record<string, string>) => TeacherQuestionInput.parse({ fact: FACT, explanation: "It entered into force on 3 October 1972.", ...fields });

const mc = (fields: Record<string, string> = {}) =>
  input({ type: "multiple_choice", prompt: "When did the ABM Treaty enter into force?", answer: "3 October 1972", distractors: "26 May 1972\n13 June 2002\n1 July 1974", ...fields });

const refusal = (result: ReturnType<typeof checkTeacherDraft>) => {
  if (result.ok) throw new Error("expected the draft to be refused");
  return result.fields;
};

const newFact = {
  fact: NEW_FACT,
  topic: "abm",
  statement: "The United States withdrew from the ABM Treaty on 13 June 2002.",
  sourceTitle: "Strategic Arms Limitation Treaty (SALT I, ABM)",
  sourcePublisher: "Council on Foreign Relations",
  sourceDate: "1972-05-26",
  sourceUrl: "http://www.cfr.org/proliferation/strategic-arms-limitation-treaty-salt-abm/p9622",
  quote: "the treaty entered into force on October 3, 1972 and existed until June 13, 2002, when the United States withdrew.",
};

describe("checkTeacherDraft", () => {
  it("accepts a sound multiple-choice question on a content fact", () => {
    const result = checkTeacherDraft(mc(), bank);
    expect(result).toMatchObject({ ok: true, target: { factId: FACT }, body: { type: "multiple_choice", answer: "3 October 1972" } });
  });

  it("refuses a wrong option that repeats the answer, naming the wrong options", () => {
    const fields = refusal(checkTeacherDraft(mc({ distractors: "26 May 1972\n3 october 1972" }), bank));
    expect(fields.distractors).toMatch(/^Wrong options: Option "3 october 1972" repeats the answer/);
  });

  it("refuses fewer than two wrong options", () => {
    expect(refusal(checkTeacherDraft(mc({ distractors: "26 May 1972" }), bank)).distractors).toMatch(/^Wrong options: Give at least two distractors/);
  });

  it("refuses a key much longer than every wrong option (guessable by its length)", () => {
    const fields = refusal(checkTeacherDraft(mc({ answer: "On the third of October in the year 1972", distractors: "In 1980\nIn 1990" }), bank));
    expect(fields.distractors).toMatch(/^Wrong options: The key is .*longer than the longest distractor/);
  });

  it("refuses a wrong option of another kind than the key (a name among dates)", () => {
    expect(refusal(checkTeacherDraft(mc({ distractors: "26 May 1972\nRichard Nixon" }), bank)).distractors).toMatch(/^Wrong options: Distractor "Richard Nixon"/);
  });

  it("refuses a prompt that gives the answer away", () => {
    const fields = refusal(checkTeacherDraft(mc({ prompt: "Did the ABM Treaty enter into force on 3 October 1972, or when?" }), bank));
    expect(fields.prompt).toMatch(/^Question: The prompt gives the answer away/);
  });

  it("refuses an empty question and explanation, each by its name", () => {
    const fields = refusal(checkTeacherDraft(mc({ prompt: " ", explanation: "" }), bank));
    expect(fields.prompt).toMatch(/^Question: /);
    expect(fields.explanation).toMatch(/^Explanation: /);
  });

  it("refuses a true-or-false question without true or false", () => {
    const fields = refusal(checkTeacherDraft(input({ type: "true_false", prompt: "The ABM Treaty entered into force in 1972.", answer: "maybe" }), bank));
    expect(fields.answer).toMatch(/^Answer: Choose whether the statement is true or false/);
  });

  it("accepts a typed answer with a real near miss, and refuses a near miss the grader would accept", () => {
    const typed = (reject: string) => input({ type: "typed", prompt: "In which city was the ABM Treaty signed?", fact: "abm-signed-1972", answer: "Moscow", reject });
    expect(checkTeacherDraft(typed("Minsk"), bank).ok).toBe(true);
    expect(refusal(checkTeacherDraft(typed("moscow"), bank)).reject).toMatch(/^Near misses: Near miss "moscow" is the answer in another form/);
  });

  it("refuses an answer that is both accepted and rejected", () => {
    const fields = refusal(checkTeacherDraft(input({ type: "typed", prompt: "In which city was the ABM Treaty signed?", fact: "abm-signed-1972", answer: "Moscow", accept: "Moskva", reject: "Moskva" }), bank));
    expect(fields.reject).toMatch(/^Near misses: /);
  });

  it("refuses a fact the class does not have", () => {
    expect(refusal(checkTeacherDraft(mc({ fact: "tf:someone-elses" }), bank)).fact).toMatch(/^Fact: /);
  });

  it("accepts a new fact with its source and the supporting sentence", () => {
    const result = checkTeacherDraft(input({ ...newFact, type: "true_false", prompt: "The United States withdrew from the ABM Treaty in 2002.", answer: "true" }), bank);
    expect(result).toMatchObject({ ok: true, target: { newFact: { topicId: "abm", sourcePublisher: "Council on Foreign Relations" } } });
  });

  it("refuses a new fact's source field by field: no sentence, a bad date, no web address, an unknown topic", () => {
    const fields = refusal(
      checkTeacherDraft(input({ ...newFact, topic: "nope", quote: "", sourceDate: "26 May 1972", sourceUrl: "javascript:alert(1)", type: "true_false", prompt: "The US withdrew in 2002.", answer: "true" }), bank),
    );
    expect(fields.quote).toMatch(/^Supporting sentence: /);
    expect(fields.sourceDate).toMatch(/^Source date: A source date is YYYY/);
    expect(fields.sourceUrl).toMatch(/^Source URL: /);
    expect(fields.topic).toMatch(/^Topic: /);
  });

  it("refuses a supporting sentence with copy leftovers (an HTML entity), as content:check does", () => {
    const fields = refusal(checkTeacherDraft(input({ ...newFact, quote: "existed until June 13, 2002, when the United States&nbsp;withdrew.", type: "true_false", prompt: "The US withdrew in 2002.", answer: "true" }), bank));
    expect(fields.quote).toMatch(/^Supporting sentence: Quote has an HTML entity/);
  });
});

describe("withTeacherItems", () => {
  it("serves a teacher's question beside the content, marked as the teacher's in the quiz and the feedback", () => {
    const id = teacherQuestionId("row1");
    const fact = teacherFactId("fact1");
    const withItems = withTeacherItems(bank, {
      facts: [
        {
          fact: { id: fact, topic: "abm", statement: newFact.statement, kind: "fact", citations: [{ source: fact, quote: newFact.quote }] },
          source: { id: fact, kind: "web", title: newFact.sourceTitle, publisher: newFact.sourcePublisher, date: newFact.sourceDate, url: newFact.sourceUrl },
        },
      ],
      questions: [{ id, type: "true_false", facts: [fact], prompt: "The US withdrew in 2002.", explanation: "It did.", answer: true }],
    });
    expect(isTeacherQuestionId(id)).toBe(true);
    expect(withItems.questionsByFact.get(fact)?.map((q) => q.id)).toEqual([id]);
    expect(withItems.questionsByTopic.get("abm")).toContain(id);
    const question = withItems.questions.get(id);
    if (!question) throw new Error("missing");
    expect(presentQuestion(question, withItems, "attempt").byTeacher).toBe(true);
    expect(explainQuestion(question, withItems)).toMatchObject({ byTeacher: true, facts: [{ sources: [{ publisher: "Council on Foreign Relations" }] }] });
    // The content bank itself is untouched: nobody outside the class gets the item.
    expect(bank.questions.has(id)).toBe(false);
    expect(bank.questionsByTopic.get("abm")).not.toContain(id);
  });
});
