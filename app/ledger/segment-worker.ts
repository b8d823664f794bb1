/**
 * Worker thread body for the verifier (started by segment-pool.ts): checks whole segments with
 * checkSegment, signatures included, so a multi-core machine verifies segments in parallel.
 * Messages: `{ keys: [kid, spkiPem][] | null }` once, then `{ id, bytes, firstSeq, sealedSize }`.
 */
import { createPublicKey, type KeyObject } from "node:crypto";
import { parentPort } from "node:worker_threads";
import { checkSegment } from "./check-segment.js";
import { packSegmentCheck } from "./segment-check-message.js";

let keys: Map<string, KeyObject> | null = null;
parentPort!.on("message", (m: { keys?: [string, string][] | null; id?: number; bytes?: Uint8Array; firstSeq?: number; sealedSize?: number | null }) => {
  if (m.id === undefined) {
    keys = m.keys ? new Map(m.keys.map(([kid, pem]) => [kid, createPublicKey(pem)])) : null;
    return;
  }
  const bytes = Buffer.from(m.bytes!.buffer, m.bytes!.byteOffset, m.bytes!.byteLength); // arrives as a plain Uint8Array
  const result = checkSegment({ bytes, firstSeq: m.firstSeq!, sealedSize: m.sealedSize ?? null, keys, keepRecords: false });
  parentPort!.postMessage({ id: m.id, result: packSegmentCheck(result) });
});
