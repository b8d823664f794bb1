import { appendFileSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, truncateSync } from "node:fs";
import { dirname } from "node:path";
import type { Clock } from "../util/clock.js";

/** Remembers every packet id (jti) until its expiry has passed, across restarts. */
export interface ReplayStore {
  /** Records `jti`; returns false when it was seen before (a replay). */
  claim(jti: string, expSeconds: number): boolean;
}

/**
 * A replay store in an append-only JSON-lines file, fsynced before `claim` returns, so a packet
 * accepted just before a crash is still refused after the restart. Ids whose expiry is older than
 * `graceSeconds` are forgotten at load: the verifier refuses those packets as expired anyway.
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
  return {
    claim(jti, expSeconds) {
      if (seen.has(jti)) return false;
      const fd = openSync(path, "a");
      try {
        appendFileSync(fd, JSON.stringify({ jti, exp: expSeconds }) + "\n");
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      seen.set(jti, expSeconds);
      return true;
    },
  };
}

/** An in-memory replay store, for tests that do not restart. */
export function memoryReplayStore(): ReplayStore {
  const seen = new Set<string>();
  return {
    claim(jti) {
      if (seen.has(jti)) return false;
      seen.add(jti);
      return true;
    },
  };
}
