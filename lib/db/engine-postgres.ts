// The hot paths on PostgreSQL, as named statements on Prisma's pool. The review write: read the card
// and the learner's parameters in force (one statement), plan, then one statement that moves the card
// (only from the version read, only if the client key is new) or makes it, and appends the review, both
// or neither. Two round trips, no connection held between them, where Prisma took five queries and the
// parameters a sixth. When that statement writes nothing, the key was taken (a resend: answer as the
// first time) or the card moved.
import "server-only";
import type pg from "pg";
import type { Card, Review, User } from "@/lib/generated/prisma/client";
import { columnNames, kindOf, POSTGRES_TYPE, quoteIdent, toPostgres, type ColumnValue } from "./columns";
import type { Engine, ParametersRow, PlannedReview, ReviewWrite, ReviewWriteOutcome, UserColumn } from "./engine";
import { isUniqueViolation } from "./errors";
import { named, queryRows, type Named } from "./postgres-statements";

const CARD = columnNames("Card");
const REVIEW = columnNames("Review");
const list = (names: readonly string[]) => names.map(quoteIdent).join(", ");

// Parameters: every Card column, then every Review column, each cast to its column's type.
const cardParam = (c: (typeof CARD)[number]) => `$${CARD.indexOf(c) + 1}::${POSTGRES_TYPE[kindOf("Card", c)]}`;
const reviewParam = (c: (typeof REVIEW)[number]) => `$${CARD.length + REVIEW.indexOf(c) + 1}::${POSTGRES_TYPE[kindOf("Review", c)]}`;
const KEY_IS_NEW = `NOT EXISTS (SELECT 1 FROM "Review" WHERE "userId" = ${cardParam("userId")} AND "clientKey" = ${reviewParam("clientKey")})`;
const APPEND_REVIEW = `INSERT INTO "Review" (${list(REVIEW)}) SELECT ${REVIEW.map(reviewParam).join(", ")}`;
const MOVED = CARD.filter((c) => c !== "id");

const cardByFact = named("card-by-fact", `SELECT ${list(CARD)} FROM "Card" WHERE "userId" = $1 AND "factId" = $2`);
// One row whether or not there is a card or a parameters row: the card's columns (all null for none),
// then the parameters row's, renamed.
const cardAndParameters = named(
  "card-and-parameters",
  `SELECT ${CARD.map((c) => `c.${quoteIdent(c)}`).join(", ")}, p."id" AS "parametersId", p."weights" AS "parametersWeights"
   FROM (SELECT 1) AS one
   LEFT JOIN "Card" c ON c."userId" = $1 AND c."factId" = $2
   LEFT JOIN LATERAL (
     SELECT "id", "weights" FROM "LearnerParameters" WHERE "userId" = $1 ORDER BY "fittedAt" DESC, "id" DESC LIMIT 1
   ) p ON true`,
);
const cardById = named("card-by-id", `SELECT ${list(CARD)} FROM "Card" WHERE "id" = $1 AND "userId" = $2`);
const reviewByKey = named("review-by-key", `SELECT ${list(REVIEW)} FROM "Review" WHERE "userId" = $1 AND "clientKey" = $2`);
const moveCard = named(
  "move-card",
  `WITH moved AS (
     UPDATE "Card" SET (${list(MOVED)}) = (${MOVED.map(cardParam).join(", ")})
     WHERE "id" = ${cardParam("id")} AND "userId" = ${cardParam("userId")} AND "version" = ${cardParam("version")} - 1 AND ${KEY_IS_NEW}
     RETURNING "id"
   )
   ${APPEND_REVIEW} FROM moved RETURNING "id"`,
);
// A racing first review of the same card waits on the unique (userId, factId) and then writes nothing.
const createCard = named(
  "create-card",
  `WITH made AS (
     INSERT INTO "Card" (${list(CARD)}) SELECT ${CARD.map(cardParam).join(", ")} WHERE ${KEY_IS_NEW}
     ON CONFLICT ("userId", "factId") DO NOTHING
     RETURNING "id"
   )
   ${APPEND_REVIEW} FROM made RETURNING "id"`,
);

function values(planned: PlannedReview): unknown[] {
  const card = planned.card as Record<string, ColumnValue>;
  const review = planned.review as Record<string, ColumnValue>;
  return [...CARD.map((c) => toPostgres(kindOf("Card", c), card[c] ?? null)), ...REVIEW.map((c) => toPostgres(kindOf("Review", c), review[c] ?? null))];
}

type CardAndParameters = { [K in keyof Card]: Card[K] | null } & { parametersId: string | null; parametersWeights: string | null };

async function readCardAndParameters(pool: pg.Pool, userId: string, factId: string): Promise<{ card: Card | null; parameters: ParametersRow | null }> {
  const [row] = await queryRows<CardAndParameters>(pool, cardAndParameters, [userId, factId]);
  if (!row) throw new Error("the card-and-parameters read answered no row");
  const { parametersId, parametersWeights, ...card } = row;
  return { card: card.id === null ? null : (card as Card), parameters: parametersId === null ? null : { id: parametersId, weights: parametersWeights } };
}

export async function recordReviewOnPostgres(pool: pg.Pool, write: ReviewWrite): Promise<ReviewWriteOutcome> {
  const { card, parameters } = await readCardAndParameters(pool, write.userId, write.factId);
  const planned = write.plan(card, parameters);
  if (planned) {
    const written = await queryRows(pool, card ? moveCard : createCard, values(planned)).catch((error: unknown) => {
      // The key taken by a review of another card at the same moment: answered below as a resend.
      if (isUniqueViolation(error)) return [];
      throw error;
    });
    if (written.length === 1) return { ok: true, replayed: false, ...planned };
  }
  // Nothing written: the key was used before (a resend, answered as the first time), or the card moved.
  const [earlier] = await queryRows<Review>(pool, reviewByKey, [write.userId, write.clientKey]);
  if (earlier) {
    const [itsCard] = await queryRows<Card>(pool, cardById, [earlier.cardId, write.userId]);
    if (!itsCard) throw new Error(`review ${earlier.id} has no card`);
    return { ok: true, replayed: true, card: itsCard, review: earlier };
  }
  const [current = null] = planned ? await queryRows<Card>(pool, cardByFact, [write.userId, write.factId]) : [card];
  return { ok: false, card: current };
}

const userStatements = new Map<string, Named>();

export async function findUserOnPostgres<K extends UserColumn>(pool: pg.Pool, id: string, columns: readonly K[]): Promise<Pick<User, K> | null> {
  const key = columns.join(",");
  let statement = userStatements.get(key);
  if (!statement) userStatements.set(key, (statement = named(`user-${userStatements.size}`, `SELECT ${list(columns)} FROM "User" WHERE "id" = $1`)));
  const [user] = await queryRows<Pick<User, K>>(pool, statement, [id]);
  return user ?? null;
}

export function postgresEngine(pool: pg.Pool): Engine {
  return {
    recordReview: (write) => recordReviewOnPostgres(pool, write),
    findUser: (id, columns) => findUserOnPostgres(pool, id, columns),
  };
}
