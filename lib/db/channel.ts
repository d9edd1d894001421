// Change notices between app instances: "game G is now at version V". The game's state lives in the
// database; this only wakes whoever streams it. On SQLite (one instance) an in-process emitter; on
// PostgreSQL, LISTEN/NOTIFY on one dedicated connection per instance, so a change made on any
// instance reaches the players streaming from every other one. Chosen once, like the engine.
import "server-only";
import { EventEmitter } from "node:events";
import pg from "pg";
import { env, isPostgres } from "@/lib/env";

/**
 * version -1: not known, read the topic again (notices may have been lost). `tag` says which change it
 * was, for subscribers that care about some changes only (a game's streams and one player's answer).
 */
export type Notice = { topic: string; version: number; tag?: string };
export type Listener = (notice: Notice) => void;

export interface Channel {
  /** Tells every subscriber of `topic`, on every instance, that it is at `version` (after the change `tag`). */
  publish(topic: string, version: number, tag?: string): Promise<void>;
  /** Calls `listener` on each notice for `topic` until the returned function is called. */
  subscribe(topic: string, listener: Listener): Promise<() => void>;
}

/** The PostgreSQL channel every instance listens on; a notice's payload is "topic version" or "topic version tag". */
export const PG_CHANNEL = "overflight_events";
const TOPIC = /^[\w:-]{1,120}$/;
/** How soon a dropped LISTEN connection is opened again (a PostgreSQL restart). */
const RELISTEN_MS = 500;

function localFanout() {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    emit: (notice: Notice) => void emitter.emit(notice.topic, notice),
    on(topic: string, listener: Listener) {
      emitter.on(topic, listener);
      return () => void emitter.off(topic, listener);
    },
    /** Whether anyone on this instance still listens, to any topic. */
    isEmpty: () => emitter.eventNames().length === 0,
    /** A notice to every topic listened to here, for when notices may have been missed. */
    emitAll: () => {
      for (const topic of emitter.eventNames()) if (typeof topic === "string") emitter.emit(topic, { topic, version: -1 });
    },
  };
}

export function memoryChannel(): Channel {
  const fanout = localFanout();
  return {
    async publish(topic, version, tag) {
      fanout.emit(tag === undefined ? { topic, version } : { topic, version, tag });
    },
    async subscribe(topic, listener) {
      return fanout.on(topic, listener);
    },
  };
}

/**
 * LISTEN/NOTIFY over `connectionString`. The listening connection is opened on the first subscribe and
 * opened again after it drops (a server restart); a subscriber misses nothing it cannot catch up on,
 * since each notice only says "read the game again" and the stream compares versions.
 */
export function postgresChannel(connectionString: string): Channel {
  const fanout = localFanout();
  const notifier = new pg.Pool({ connectionString, max: 2 });
  notifier.on("error", () => undefined);
  let listening: Promise<pg.Client> | null = null;
  let dropped = false;

  function listen(): Promise<pg.Client> {
    listening ??= (async () => {
      const client = new pg.Client({ connectionString });
      const reset = () => {
        if (listening === null) return;
        listening = null;
        dropped = true;
        client.removeAllListeners();
        client.on("error", () => undefined);
        void client.end().catch(() => undefined);
        // Streams still open here would hear nothing more: listen again once the server is back.
        if (!fanout.isEmpty()) setTimeout(() => void listen().catch(() => undefined), RELISTEN_MS).unref();
      };
      client.on("error", reset);
      client.on("end", reset);
      client.on("notification", (message) => {
        if (message.channel !== PG_CHANNEL || !message.payload) return;
        const [topic, version, tag] = message.payload.split(" ");
        if (topic && version) fanout.emit(tag ? { topic, version: Number(version), tag } : { topic, version: Number(version) });
      });
      try {
        await client.connect();
        await client.query(`LISTEN ${PG_CHANNEL}`);
        // Notices sent while the connection was down are lost: every stream here reads its game again.
        if (dropped) {
          dropped = false;
          fanout.emitAll();
        }
      } catch (error) {
        reset();
        throw error;
      }
      return client;
    })();
    return listening;
  }

  return {
    async publish(topic, version, tag) {
      if (!TOPIC.test(topic)) throw new Error(`channel: bad topic ${topic}`);
      if (tag !== undefined && !TOPIC.test(tag)) throw new Error(`channel: bad tag ${tag}`);
      await notifier.query("SELECT pg_notify($1, $2)", [PG_CHANNEL, tag === undefined ? `${topic} ${version}` : `${topic} ${version} ${tag}`]);
    },
    async subscribe(topic, listener) {
      const off = fanout.on(topic, listener);
      // A stream still works without notices (it also reads on each heartbeat), so a failed LISTEN is retried later.
      await listen().catch(() => undefined);
      return off;
    },
  };
}

const globalForChannel = globalThis as unknown as { overflightChannel?: Channel };

/** The instance's channel: in-process on SQLite, LISTEN/NOTIFY on PostgreSQL. Kept on globalThis so every route bundle shares one. */
export const channel: Channel = (globalForChannel.overflightChannel ??= isPostgres(env.DATABASE_URL) ? postgresChannel(env.DATABASE_URL) : memoryChannel());
