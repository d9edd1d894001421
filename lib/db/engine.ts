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

export type ReviewWrite = {
  userId: string;
  factId: string;
  clientKey: string;
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
}
