// What the app asks of the database engine beyond Prisma's query API: the hot paths, where Prisma's
// own cost per query was most of the request. One implementation per engine (./engine-sqlite,
// ./engine-postgres), chosen once at start-up in ./index.ts; callers never ask which engine runs.
import type { Card, LearnerParameters, Review, User } from "@/lib/generated/prisma/client";

/** What one review stores: the card as it will stand and the review row to append. */
export type PlannedReview = { card: Card; review: Review };

/**
 * The learner's LearnerParameters row in force, as stored: the newest by fittedAt, then by id (the
 * order of lib/srs/memory-model's reads; tests hold the engines' SQL to it).
 */
export type ParametersRow = Pick<LearnerParameters, "id" | "weights">;

/**
 * A learner's card of one fact (null: none yet) and their parameters row in force, as one read found
 * them together with the signed-in user (Engine.findUserWithCard), for the review write to plan on.
 */
export type CardRead = { userId: string; factId: string; card: Card | null; parameters: ParametersRow | null };

export type ReviewWrite = {
  userId: string;
  factId: string;
  clientKey: string;
  /**
   * The card and parameters already read with the signed-in user, where the engine reads them apart
   * from the write (PostgreSQL): the write then only moves the card from that version. Absent, or of
   * another user or fact: the write reads them itself.
   */
  read?: CardRead | null;
  /**
   * The rows to store, worked out from the card as it stands (null: none yet) and the learner's
   * parameters row in force (null: none), both read in the same statement or transaction; null when
   * the learner saw another version.
   */
  plan: (card: Card | null, parameters: ParametersRow | null) => PlannedReview | null;
};

/** Stored, or answered as the first time for a key used before (replayed); else the card moved, as it stands now. */
export type ReviewWriteOutcome = { ok: true; replayed: boolean; card: Card; review: Review } | { ok: false; card: Card | null };

export type UserColumn = keyof User & string;

export interface Engine {
  /** Records one review once per (user, client key), moving its card only from the state it was planned on. */
  recordReview(write: ReviewWrite): Promise<ReviewWriteOutcome>;
  /** One user's `columns` by id, or null. */
  findUser<K extends UserColumn>(id: string, columns: readonly K[]): Promise<Pick<User, K> | null>;
  /**
   * The same user read, and in the same statement their card of `factId` with the parameters in force,
   * where the review write would read them in a round trip of its own (PostgreSQL); read is null where
   * the write reads them anyway (SQLite, inside its transaction), and when there is no such user.
   */
  findUserWithCard<K extends UserColumn>(id: string, columns: readonly K[], factId: string): Promise<{ user: Pick<User, K> | null; read: CardRead | null }>;
}
