// One read per change, shared by every stream of the same thing on this instance (a live game's). When the host opens a
// question, 300 players' streams hear the same notice at once: without this each would read the whole
// game (its players and every answer) itself, 300 reads where one does. A stream says what it needs:
// at least the version a notice announced, or a read begun no earlier than `since` (its first look, a
// heartbeat, a timer running out). Whoever asks while a read is under way waits for it, and a new read
// starts only when that one does not serve. Pure: the read itself and the clock are passed in.

/** What a stream needs from a read: a version at least this, or a read begun at or after `since` (ms). */
export type Freshness = { version?: number; since: number };

type Entry<T> = { startedAt: number; promise: Promise<T>; done: boolean; failed: boolean; value?: T };

/** How long a finished read stays at hand for streams asking a little later (a heartbeat, a late reconnect). */
const KEEP_MS = 10_000;
/** Reads one stream may wait through before it gives up (the database failing): the heartbeat tries again. */
const MAX_ROUNDS = 4;

export function sharedReads<T>(options: { versionOf: (value: T) => number | null; clock?: () => number }) {
  const clock = options.clock ?? Date.now;
  const entries = new Map<string, Entry<T>>();

  const serves = (entry: Entry<T>, want: Freshness) => {
    if (!entry.done || entry.failed) return false;
    if (entry.startedAt >= want.since) return true;
    const version = entry.value === undefined ? null : options.versionOf(entry.value);
    return want.version !== undefined && version !== null && version >= want.version;
  };

  function start(key: string, read: () => Promise<T>): Entry<T> {
    const entry: Entry<T> = { startedAt: clock(), promise: Promise.resolve(undefined as T), done: false, failed: false };
    entry.promise = read().then(
      (value) => {
        entry.value = value;
        entry.done = true;
        setTimeout(() => entries.get(key) === entry && entries.delete(key), KEEP_MS).unref?.();
        return value;
      },
      (error: unknown) => {
        entry.done = entry.failed = true;
        if (entries.get(key) === entry) entries.delete(key);
        throw error;
      },
    );
    entries.set(key, entry);
    return entry;
  }

  return {
    /** The value for `key` as fresh as `want` asks, read once however many ask for it together. */
    async get(key: string, want: Freshness, read: () => Promise<T>): Promise<T> {
      let lastError: unknown = new Error("shared read: no read served");
      for (let round = 0; round < MAX_ROUNDS; round++) {
        const entry = entries.get(key) ?? start(key, read);
        if (!entry.done) await entry.promise.catch((error: unknown) => void (lastError = error));
        if (serves(entry, want)) return entry.value as T;
        // Not fresh enough (or failed): start the next read, unless someone already has.
        if (entries.get(key) === entry) entries.delete(key);
      }
      throw lastError;
    },
    /** Reads held now, for tests. */
    size: () => entries.size,
  };
}
