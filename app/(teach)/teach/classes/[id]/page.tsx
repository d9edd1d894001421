import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { headers } from "next/headers";
import { ArrowLeft, Download, PenLine } from "lucide-react";
import { CopyLink } from "@/components/teach/copy-link";
import { CreateAssignmentForm } from "@/components/teach/create-assignment-form";
import { HostGameForm } from "@/components/game/host-game-form";
import { isGameQuestion } from "@/lib/game/grade";
import { GAME_SECONDS, listClassGames, MAX_GAME_QUESTIONS } from "@/lib/game/service";
import { GradebookTable } from "@/components/teach/gradebook-table";
import { StatusLegend } from "@/components/classes/status-legend";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { requireTeacher } from "@/lib/auth/session";
import { formatDue } from "@/lib/time/due";
import { loadGradebook } from "@/lib/classroom/gradebook";
import { parseSort } from "@/lib/classroom/averages";
import { joinQrSvg, joinUrl } from "@/lib/classroom/join-link";
import { env } from "@/lib/env";
import { siteOrigin } from "@/lib/http/origin";
import { now } from "@/lib/time/clock";
import { getBank } from "@/lib/content/bank";
import { bankForClass } from "@/lib/authoring/store";
import { isTeacherQuestionId } from "@/lib/content/teacher";
import { formatPercent } from "@/lib/progress/percent";
import { summarizeQuestion } from "@/lib/quiz/summary";
import type { QuestionBank } from "@/lib/content/bank";

export const metadata: Metadata = { title: "Class" };

/**
 * Every question as the hand-picking list shows it, with the fact statements sent once, and the
 * ones a live game can ask (the same objects, so the page sends each once); made once per bank.
 */
const pickable = new WeakMap<QuestionBank, ReturnType<typeof buildPickable>>();
function buildPickable(bank: QuestionBank) {
  const questions = [...bank.questions.values()].map((q) => {
    const { id, type, typeLabel, prompt, stem, answer, topicId } = summarizeQuestion(q, bank);
    return { id, type, typeLabel, prompt, stem, answer, topicId, factIds: q.facts, byTeacher: isTeacherQuestionId(id) };
  });
  const facts = Object.fromEntries(questions.flatMap((q) => q.factIds).map((id) => [id, bank.facts.get(id)?.statement ?? id]));
  const gameQuestions = questions.filter((q) => {
    const question = bank.questions.get(q.id);
    return question !== undefined && isGameQuestion(question);
  });
  return { questions, facts, gameQuestions };
}
function pickableQuestions(bank: QuestionBank) {
  const made = pickable.get(bank) ?? buildPickable(bank);
  pickable.set(bank, made);
  return made;
}

export default async function ClassPage({ params, searchParams }: PageProps<"/teach/classes/[id]">) {
  const { id } = await params;
  const query = await searchParams;
  const teacher = await requireTeacher(`/teach/classes/${id}`);
  const bank = getBank();
  const found = await loadGradebook(teacher.id, id, bank, await now());
  if (!found) notFound();
  // Hand-picking reads the class bank: the content plus the questions the teacher wrote for this class.
  const classBank = (await bankForClass(teacher.id, id)) ?? bank;
  const ownQuestions = [...classBank.questions.keys()].filter(isTeacherQuestionId).length;
  const api = `/api/classes/${id}`;
  const url = joinUrl(siteOrigin(env.NEXTAUTH_URL, await headers()), found.joinCode);
  const qr = await joinQrSvg(url);
  const games = await listClassGames(teacher.id, id);
  const picks = pickableQuestions(classBank);
  const topicChoices = bank.topics.map(({ id: topicId, title }) => ({ id: topicId, title }));
  return (
    <div className="stack-lg">
      <Link className="back-link" href="/teach">
        <ArrowLeft aria-hidden="true" />
        All classes
      </Link>
      <div className="page-header">
        <div>
          <p className="eyebrow">Class</p>
          <h1>{found.name}</h1>
        </div>
        <p className="muted">
          {found.students.length} student{found.students.length === 1 ? "" : "s"} · {found.assignments.length} assignment
          {found.assignments.length === 1 ? "" : "s"}
        </p>
      </div>
      {found.archivedAt && <p className="seed-note" role="note">This class is archived: it keeps its data but takes no new students or attempts.</p>}

      <section className="card stack" aria-labelledby="join-title">
        <h2 id="join-title">Join code</h2>
        <p>
          <span className="code" data-testid="join-code">
            {found.joinCode}
          </span>
        </p>
        <p className="muted">Students enter it under Classes, or open this link (or scan the code) to join after signing in or creating an account:</p>
        <div className="join-share">
          <CopyLink url={url} />
          <figure className="join-qr">
            {/* The SVG is made on the server by the qrcode package from the class's own link, never from input. */}
            <div role="img" aria-label={`QR code of the join link ${url}`} dangerouslySetInnerHTML={{ __html: qr }} />
            <figcaption className="muted small">Show this on the projector: a phone camera opens the link.</figcaption>
          </figure>
        </div>
        <div className="actions">
          <ActionButton url={api} method="PATCH" body={{ action: "regenerate-code" }} label="Make a new code" done="New code made; the old one no longer works." />
          {found.archivedAt ? (
            <ActionButton url={api} method="PATCH" body={{ action: "unarchive" }} label="Restore class" done="Class restored." />
          ) : (
            <ActionButton url={api} method="PATCH" body={{ action: "archive" }} label="Archive class" done="Class archived." />
          )}
        </div>
      </section>

      <section className="card stack" aria-labelledby="gradebook-title">
        <h2 id="gradebook-title">Gradebook</h2>
        <GradebookTable gradebook={found} sort={parseSort(query.sort, query.dir, found.assignments.map((a) => a.id))} />
        <StatusLegend withAverages />
        <p className="actions">
          <a className="button secondary small-button" href={`${api}/gradebook`}>
            <Download aria-hidden="true" />
            Download the gradebook (CSV)
          </a>
          <a className="button secondary small-button" href={`${api}/gradebook?layout=detail`}>
            <Download aria-hidden="true" />
            Download every student&apos;s detail (CSV)
          </a>
        </p>
      </section>

      <section className="card stack" aria-labelledby="assignments-title">
        <h2 id="assignments-title">Assignments</h2>
        {found.assignments.length === 0 ? (
          <p className="muted">None yet: set the first one below.</p>
        ) : (
          <ul className="results-list roster">
            {found.assignments.map((a) => (
              <li key={a.id}>
                <strong>
                  <Link href={`/teach/classes/${id}/assignments/${a.id}`}>{a.title}</Link>
                </strong>
                <Badge tone={a.kind === "quiz" ? "brand" : "note"}>{a.kind === "quiz" ? "Quiz" : `Mastery ${formatPercent(a.targetRecall ?? 0)}`}</Badge>
                <span className="muted small">due {formatDue(a.dueAt, teacher.timeZone)}</span>
                <ActionButton
                  url={`${api}/assignments/${a.id}`}
                  method="DELETE"
                  label="Delete"
                  ariaLabel={`Delete assignment ${a.title}`}
                  done="Deleted."
                  confirm={`Delete "${a.title}" and every attempt at it?`}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <HostGameForm
        classId={id}
        topics={topicChoices}
        quizzes={found.assignments.filter((a) => a.kind === "quiz").map((a) => ({ id: a.id, title: a.title }))}
        seconds={GAME_SECONDS}
        questions={picks.gameQuestions}
        facts={picks.facts}
        maxQuestions={MAX_GAME_QUESTIONS}
      />

      {games.length > 0 && (
        <section className="card stack" aria-labelledby="games-title">
          <h2 id="games-title">Live games</h2>
          <ul className="results-list roster">
            {games.map((g) => (
              <li key={g.id}>
                <strong>
                  <Link href={`/teach/games/${g.id}`}>{g.title}</Link>
                </strong>
                <Badge tone={g.phase === "ended" ? "neutral" : "brand"}>{g.phase === "ended" ? "Ended" : "Running"}</Badge>
                <span className="muted small">
                  {formatDue(g.createdAt, teacher.timeZone)} · {g._count.players} player{g._count.players === 1 ? "" : "s"}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="card stack" aria-labelledby="own-questions-title">
        <h2 id="own-questions-title">Your own questions</h2>
        <p className="muted">
          Write questions for this class on any fact of the app, or on a new fact with its source. Pick them by hand when you set a quiz; only this class sees them.
        </p>
        <p>
          <ButtonLink href={`/teach/classes/${id}/questions`} variant="secondary" icon={<PenLine aria-hidden="true" />}>
            Your questions ({ownQuestions})
          </ButtonLink>
        </p>
      </section>

      <CreateAssignmentForm classId={id} timeZone={teacher.timeZone} topics={topicChoices} questions={picks.questions} facts={picks.facts} />

      <section className="card stack" aria-labelledby="roster-title">
        <h2 id="roster-title">Students ({found.students.length})</h2>
        <ul className="results-list roster">
          {found.students.map((s) => (
            <li key={s.id}>
              <strong>{s.name}</strong> <span className="muted small">{s.email}</span>
              <ActionButton
                url={`${api}/members/${s.id}`}
                method="DELETE"
                label="Remove"
                ariaLabel={`Remove ${s.name} from the class`}
                done="Removed."
                confirm={`Remove ${s.name} from ${found.name}?`}
              />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
