// The hot paths on PostgreSQL, as named statements on Prisma's pool. The review write: read the card
// and the learner's parameters in force (one statement, or none when the review route read them with
// the signed-in user, in that user's statement), plan, then one statement that moves the card (only
// from the version read, only if the client key is new) or makes it, and appends the review, both or
// neither. So a review from the route takes two round trips with the user's, no connection held between
// them, where Prisma took five queries, the parameters a sixth and the user a seventh. When the write
// writes nothing, the key was taken (a resend: answer as the first time) or the card moved.
import "server-only";
import type pg from "pg";
import type { Card, Review, User } from "@/lib/generated/prisma/client";
import { columnNames, kindOf, POSTGRES_TYPE, quoteIdent, toPostgres, type ColumnValue } from "./columns";
import type { CardRead, Engine, ParametersRow, PlannedReview, ReviewWrite, ReviewWriteOutcome, UserColumn } from "./engine";
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
// The card's columns (all null for none), then the parameters row in force's, renamed: `c` and `p`
// joined to a row of the user's, one row whether or not there is a card or a parameters row.
const CARD_AND_PARAMETERS = `${CARD.map((c) => `c.${quoteIdent(c)}`).join(", ")}, p."id" AS "parametersId", p."weights" AS "parametersWeights"`;
const cardAndParametersOf = (userId: string) => `LEFT JOIN "Card" c ON c."userId" = ${userId} AND c."factId" = $2
   LEFT JOIN LATERAL (
     SELECT "id", "weights" FROM "LearnerParameters" WHERE "userId" = ${userId} ORDER BY "fittedAt" DESC, "id" DESC LIMIT 1
   ) p ON true`;
const cardAndParameters = named("card-and-parameters", `SELECT ${CARD_AND_PARAMETERS} FROM (SELECT 1) AS one ${cardAndParametersOf("$1")}`);
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

function cardReadOf(row: CardAndParameters, userId: string, factId: string): CardRead {
  const { parametersId, parametersWeights, ...card } = row;
  const parameters: ParametersRow | null = parametersId === null ? null : { id: parametersId, weights: parametersWeights };
  return { userId, factId, card: card.id === null ? null : (card as Card), parameters };
}

async function readCardAndParameters(pool: pg.Pool, userId: string, factId: string): Promise<CardRead> {
  const [row] = await queryRows<CardAndParameters>(pool, cardAndParameters, [userId, factId]);
  if (!row) throw new Error("the card-and-parameters read answered no row");
  return cardReadOf(row, userId, factId);
}

/** The read the write was given, when it is of this write's learner and fact; else one of its own. */
function readFor(pool: pg.Pool, write: ReviewWrite): CardRead | Promise<CardRead> {
  const given = write.read;
  return given && given.userId === write.userId && given.factId === write.factId ? given : readCardAndParameters(pool, write.userId, write.factId);
}

export async function recordReviewOnPostgres(pool: pg.Pool, write: ReviewWrite): Promise<ReviewWriteOutcome> {
  const { card, parameters } = await readFor(pool, write);
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

/** One named statement per list of user columns the app asks for (a handful). */
function statementPerColumns(name: string, text: (columns: readonly string[]) => string): (columns: readonly string[]) => Named {
  const statements = new Map<string, Named>();
  return (columns) => {
    const key = columns.join(",");
    let statement = statements.get(key);
    if (!statement) statements.set(key, (statement = named(`${name}-${statements.size}`, text(columns))));
    return statement;
  };
}

const userById = statementPerColumns("user", (columns) => `SELECT ${list(columns)} FROM "User" WHERE "id" = $1`);
// The user's columns renamed "user.<column>", beside the card-and-parameters columns; no row for no user.
const userWithCard = statementPerColumns(
  "user-with-card",
  (columns) => `SELECT ${columns.map((c) => `u.${quoteIdent(c)} AS ${quoteIdent(`user.${c}`)}`).join(", ")}, ${CARD_AND_PARAMETERS}
   FROM "User" u ${cardAndParametersOf(`u."id"`)} WHERE u."id" = $1`,
);

export async function findUserOnPostgres<K extends UserColumn>(pool: pg.Pool, id: string, columns: readonly K[]): Promise<Pick<User, K> | null> {
  const [user] = await queryRows<Pick<User, K>>(pool, userById(columns), [id]);
  return user ?? null;
}

/** The user's columns and their card of `factId` with the parameters in force, in one statement; see Engine.findUserWithCard. */
export async function findUserWithCardOnPostgres<K extends UserColumn>(
  pool: pg.Pool,
  id: string,
  columns: readonly K[],
  factId: string,
): Promise<{ user: Pick<User, K> | null; read: CardRead | null }> {
  const [row] = await queryRows<Record<string, unknown>>(pool, userWithCard(columns), [id, factId]);
  if (!row) return { user: null, read: null };
  const user: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key.startsWith("user.")) user[key.slice("user.".length)] = value;
    else rest[key] = value;
  }
  return { user: user as Pick<User, K>, read: cardReadOf(rest as CardAndParameters, id, factId) };
}

export function postgresEngine(pool: pg.Pool): Engine {
  return {
    recordReview: (write) => recordReviewOnPostgres(pool, write),
    findUser: (id, columns) => findUserOnPostgres(pool, id, columns),
    findUserWithCard: (id, columns, factId) => findUserWithCardOnPostgres(pool, id, columns, factId),
  };
}
