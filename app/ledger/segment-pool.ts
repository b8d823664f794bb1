import type { KeyObject } from "node:crypto";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { checkSegment, type SegmentCheck, type SegmentInput } from "./check-segment.js";
import { unpackSegmentCheck, type SegmentCheckMessage } from "./segment-check-message.js";

export interface SegmentPool {
  /** Checks a segment (in a worker thread when the pool has any). */
  check(input: Omit<SegmentInput, "keys" | "keepRecords">): Promise<SegmentCheck>;
  close(): Promise<void>;
}

/**
 * `threads` worker threads running checkSegment, helped by the calling thread (alone when 0). Segments are
 * independent apart from the `prev` link of their first event and the key rules, which the caller
 * applies in order, so they can be checked in parallel. The workers get the public keys once.
 */
export function createSegmentPool(threads: number, keys: ReadonlyMap<string, KeyObject> | null): SegmentPool {
  if (threads <= 0) {
    return { check: async (input) => checkSegment({ ...input, keys, keepRecords: false }), close: async () => undefined };
  }
  const pems = keys === null ? null : [...keys].map(([kid, key]) => [kid, key.export({ type: "spki", format: "pem" }).toString()]);
  const workers = Array.from({ length: threads }, () => startWorker());
  const waiting = new Map<number, { resolve(r: SegmentCheck): void; reject(e: unknown): void }>();
  const load = workers.map(() => 0);
  let nextId = 0;
  workers.forEach((w, i) => {
    w.postMessage({ keys: pems });
    w.on("message", (m: { id: number; result: SegmentCheckMessage }) => {
      load[i]!--;
      waiting.get(m.id)?.resolve(unpackSegmentCheck(m.result));
      waiting.delete(m.id);
    });
    w.on("error", (e) => {
      for (const p of waiting.values()) p.reject(e);
      waiting.clear();
    });
  });
  return {
    async check(input) {
      // Checking structure only, the calling thread takes a segment itself whenever every worker is
      // busy (or still starting): it is cheap enough not to starve the workers of input. With
      // signatures it only feeds the workers (a segment of signatures would block it ~30 ms).
      let i = load.indexOf(0);
      if (i === -1 && keys === null) return checkSegment({ ...input, keys, keepRecords: false });
      if (i === -1) i = load.indexOf(Math.min(...load));
      const id = nextId++;
      load[i]!++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        // A buffer that owns its memory moves to the worker instead of being copied (the caller
        // is done with it); a view into shared memory (a small pooled Buffer) is copied.
        const { bytes } = input;
        const owned = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
        workers[i]!.postMessage({ id, bytes, firstSeq: input.firstSeq, sealedSize: input.sealedSize }, owned ? [bytes.buffer] : []);
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** Runs segment-worker.js, or segment-worker.ts through tsx when this module itself runs from TypeScript source. */
function startWorker(): Worker {
  const compiled = new URL("./segment-worker.js", import.meta.url);
  if (!import.meta.url.endsWith(".ts")) return new Worker(compiled);
  const source = new URL("./segment-worker.ts", import.meta.url);
  const api = join(dirname(createRequire(import.meta.url).resolve("tsx/package.json")), "dist", "esm", "api", "index.mjs");
  const code = `import(${JSON.stringify(pathToFileURL(api).href)}).then((m) => { m.register(); return import(${JSON.stringify(source.href)}); })`;
  return new Worker(code, { eval: true });
}
