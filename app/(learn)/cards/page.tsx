import type { Metadata } from "next";
import { Layers } from "lucide-react";
import { SuspendButton } from "@/components/review/suspend-button";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/meter";
import { Table } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/session";
import { TeacherMark } from "@/components/quiz/teacher-mark";
import { bankForViewer } from "@/lib/authoring/store";
import { isTeacherFactId } from "@/lib/content/teacher";
import { isLeech, LEECH_LAPSES } from "@/lib/srs/leech";
import { listCards } from "@/lib/srs/store";

export const metadata: Metadata = { title: "Cards" };

const STATE_NAMES = ["New", "Learning", "Review", "Relearning"];

export default async function CardsPage() {
  const user = await requireUser("/cards");
  const bank = await bankForViewer(user.id);
  const cards = (await listCards(user.id))
    .map((card) => ({ card, fact: bank.facts.get(card.factId) }))
    .sort((a, b) => Number(isLeech(b.card)) - Number(isLeech(a.card)) || a.card.due.getTime() - b.card.due.getTime());
  const leeches = cards.filter(({ card }) => isLeech(card)).length;
  const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: user.timeZone });
  return (
    <div className="stack">
      <h1>Your cards</h1>
      <p className="lead">
        One card per fact you have studied. A card you have forgotten {LEECH_LAPSES} times is a <strong>leech</strong>: it is
        flagged here ({leeches} now), and you can suspend it to take it out of your reviews.
      </p>
      {cards.length === 0 ? (
        <section className="card">
          <EmptyState title="No cards yet" action={<ButtonLink href="/review" icon={<Layers aria-hidden="true" />}>Start reviewing</ButtonLink>}>
            Review or take a quiz while signed in and they appear here.
          </EmptyState>
        </section>
      ) : (
        <Table caption="Your cards, leeches first, then by due date">
          <thead>
            <tr>
              <th scope="col" className="wide">
                Fact
              </th>
              <th scope="col">State</th>
              <th scope="col">Due</th>
              <th scope="col" className="num">
                Lapses
              </th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {cards.map(({ card, fact }) => (
              <tr key={card.id}>
                <td className="wide">
                  {fact?.statement ?? (isTeacherFactId(card.factId) ? "A fact your teacher no longer asks about" : `A retired fact (${card.factId})`)}
                  {isTeacherFactId(card.factId) && fact && (
                    <>
                      {" "}
                      <TeacherMark />
                    </>
                  )}
                  {isLeech(card) && (
                    <>
                      {" "}
                      <Badge tone="wrong">Leech</Badge>
                    </>
                  )}
                </td>
                <td>{card.suspended ? <Badge tone="note">Suspended</Badge> : <Badge tone={card.state === 2 ? "right" : "brand"}>{STATE_NAMES[card.state] ?? ""}</Badge>}</td>
                <td>{dateFormat.format(card.due)}</td>
                <td className="num">{card.lapses}</td>
                <td>
                  <SuspendButton factId={card.factId} suspended={card.suspended} statement={fact?.statement ?? card.factId} />
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
