import { closeSync, existsSync, fsync as fsyncCallback, mkdirSync, openSync, readFileSync, truncateSync, writeSync } from "node:fs";
import { promisify } from "node:util";
import { dirname } from "node:path";
import type { Clock } from "../util/clock.js";

const fsync = promisify(fsyncCallback);

/** Remembers every packet id (jti) until its expiry has passed, across restarts. */
export interface ReplayStore {
  /**
   * Records `jti`; resolves false when it was seen before (a replay), true once the id is durably
   * recorded. A second claim of an id still being written is a replay too.
   */
  claim(jti: string, expSeconds: number): Promise<boolean>;
}

/**
 * A replay store in an append-only JSON-lines file, fsynced before `claim` resolves, so a packet
 * accepted just before a crash is still refused after the restart. Ids whose expiry is older than
 * `graceSeconds` are forgotten at load: the verifier refuses those packets as expired anyway.
 * Claims that arrive while a write is on disk are grouped into the next write (one append and one
 * fsync for all of them, the fsync off the event loop); each still resolves only after its own line
 * is synced.
 */
export function openReplayStore(path: string, clock: Clock, graceSeconds = 300): ReplayStore {
  const seen = new Map<string, number>();
  if (existsSync(path)) {
    const horizon = Math.floor(clock() / 1000) - graceSeconds;
    const text = readFileSync(path, "utf8");
    // A torn last line (a crash mid-append) is cut off, or the next claim would be glued to it and lost.
    if (text.length > 0 && !text.endsWith("\n")) truncateSync(path, Buffer.byteLength(text.slice(0, text.lastIndexOf("\n") + 1), "utf8"));
    for (const line of text.split("\n")) {
      if (!line.trim()) continue;
      try {
        const { jti, exp } = JSON.parse(line) as { jti: string; exp: number };
        if (exp >= horizon) seen.set(jti, exp);
      } catch {
        // A torn last line from a crash mid-write: the claim never returned, so it never counted.
      }
    }
  } else {
    mkdirSync(dirname(path), { recursive: true });
  }
  let queue: { line: string; done: (error?: unknown) => void }[] = [];
  let writing = false;
  const writeQueued = async () => {
    writing = true;
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      try {
        // Open, append and close synchronously (a small local file: microseconds each), fsync on
        // the thread pool: each asynchronous call costs the executor a round trip to libuv's
        // threads (about 70 µs here, see docs/adr/0008), and the fsync is the only one that waits.
        const fd = openSync(path, "a");
        try {
          writeSync(fd, batch.map((b) => b.line).join(""));
          await fsync(fd);
        } finally {
          closeSync(fd);
        }
        for (const b of batch) b.done();
      } catch (e) {
        for (const b of batch) b.done(e);
      }
    }
    writing = false;
  };
  return {
    claim(jti, expSeconds) {
      if (seen.has(jti)) return Promise.resolve(false);
      // Taken now, before the write: a concurrent claim of the same id is refused. If the write
      // fails the id stays taken (it may be on disk): the packet is refused, never run twice.
      seen.set(jti, expSeconds);
      return new Promise<boolean>((resolve, reject) => {
        queue.push({ line: JSON.stringify({ jti, exp: expSeconds }) + "\n", done: (error) => (error === undefined ? resolve(true) : reject(error)) });
        if (!writing) void writeQueued();
      });
    },
  };
}

/** An in-memory replay store, for tests that do not restart. */
export function memoryReplayStore(): ReplayStore {
  const seen = new Set<string>();
  return {
    async claim(jti) {
      if (seen.has(jti)) return false;
      seen.add(jti);
      return true;
    },
  };
}
