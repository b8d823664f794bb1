import { leafHashOfText } from "./leaf-hash.js";
import { MAX_JSON_DEPTH } from "./canonical-json.js";
import { EVENT_TYPES, type LedgerRecord } from "./types.js";

export type LineCheck = { ok: true; record: LedgerRecord } | { ok: false; reason: string };

const KNOWN_TYPES: ReadonlySet<string> = new Set(EVENT_TYPES);
const HEX64 = /^[0-9a-f]{64}$/;
const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const SIG_VALUE = /^[A-Za-z0-9_-]{86}$/;
const EVENT_KEYS = "actor,data,prev,seq,subject,tenant,time,type,v";

/**
 * Checks one line of a segment or the tail (without its "\n") as the record of event `seq`, in the
 * order of ledger/SPEC.md §11: JSON, members and types, canonical bytes, known type, seq, hash.
 * (`prev` and everything about keys and signatures are the caller's.) The verifier's hot path
 * checks intact lines on their bytes (scan-canonical-record.ts) and comes here for the precise
 * reason a line fails; the writer's tip check uses it directly. The shape is checked by hand and the
 * canonical form rebuilt with a serializer that only accepts the ledger's JSON subset, instead of
 * zod plus a generic canonicalizer: same rules, a fraction of the cost (docs/adr/0003).
 */
export function checkRecordLine(line: string, seq: number): LineCheck {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { ok: false, reason: `malformed JSON: ${(e as Error).message}` };
  }
  // Fast path: field formats, then rebuild the canonical text and compare. Equal text implies the
  // exact member sets (any extra or missing member changes the text); anything else gets the full
  // shape check for a precise reason.
  const record = value as LedgerRecord;
  let eventText: string | null = null;
  if (formatsHold(record)) {
    try {
      eventText = canonicalEvent(record.event);
      if (recordText(eventText, record) !== line) eventText = null;
    } catch {
      eventText = null;
    }
  }
  if (eventText === null) {
    const shape = shapeIssue(value);
    if (shape !== null) return { ok: false, reason: `invalid content: ${shape}` };
    try {
      canonicalEvent(record.event);
    } catch (e) {
      return { ok: false, reason: `not canonical JSON: ${(e as Error).message}` };
    }
    return { ok: false, reason: "not in canonical form (RFC 8785 JSON plus one trailing newline): the line was re-serialised or edited" };
  }
  if (!KNOWN_TYPES.has(record.event.type)) return { ok: false, reason: `unknown event type ${JSON.stringify(record.event.type)}` };
  if (record.event.seq !== seq) return { ok: false, reason: `line holds seq ${record.event.seq}, expected ${seq} (events reordered, inserted or removed)` };
  const computed = leafHashOfText(eventText);
  if (computed !== record.hash) return { ok: false, reason: `hash mismatch: recorded ${record.hash}, computed ${computed}` };
  return { ok: true, record };
}

function shapeIssue(value: unknown): string | null {
  if (!isObject(value)) return "(top level): expected an object";
  const keys = Object.keys(value).sort().join();
  if (keys !== "event,hash,sig") return `(top level): members are ${keys || "none"}, expected event, hash, sig`;
  const { event, hash, sig } = value as Record<string, unknown>;
  if (!isObject(event)) return "event: expected an object";
  if (Object.keys(event).sort().join() !== EVENT_KEYS) return `event: members are ${Object.keys(event).sort().join(", ")}, expected ${EVENT_KEYS.replaceAll(",", ", ")}`;
  const e = event as Record<string, unknown>;
  if (e.v !== 1) return "event.v: expected 1";
  if (typeof e.seq !== "number" || !Number.isSafeInteger(e.seq) || e.seq < 0) return "event.seq: expected a non-negative integer";
  if (typeof e.prev !== "string" || !HEX64.test(e.prev)) return "event.prev: expected 64 lowercase hex digits";
  if (typeof e.time !== "string" || !TIME.test(e.time)) return "event.time: expected RFC 3339 UTC time like 2026-01-31T12:00:00.000Z";
  for (const name of ["type", "tenant", "actor", "subject"] as const) {
    const v = e[name];
    if (typeof v !== "string" || v.length < 1 || v.length > 512) return `event.${name}: expected a string of 1 to 512 characters`;
  }
  if (!isObject(e.data)) return "event.data: expected an object";
  if (typeof hash !== "string" || !HEX64.test(hash)) return "hash: expected 64 lowercase hex digits";
  if (!isObject(sig) || Object.keys(sig).sort().join() !== "alg,kid,value") return "sig: expected exactly alg, kid, value";
  const s = sig as Record<string, unknown>;
  if (s.alg !== "Ed25519") return "sig.alg: expected Ed25519";
  if (typeof s.kid !== "string" || s.kid.length < 1 || s.kid.length > 64) return "sig.kid: expected a string of 1 to 64 characters";
  if (typeof s.value !== "string" || !SIG_VALUE.test(s.value)) return "sig.value: expected 64 bytes as base64url without padding";
  return null;
}

/** The per-field formats of §1 and §4 that equal canonical text does not already imply. */
function formatsHold(r: LedgerRecord): boolean {
  const e = r?.event as LedgerRecord["event"] | undefined;
  const s = r?.sig as LedgerRecord["sig"] | undefined;
  return (
    isObject(e) && isObject(s) && isObject(e.data) &&
    Number.isSafeInteger(e.seq) && e.seq >= 0 &&
    typeof e.prev === "string" && HEX64.test(e.prev) &&
    typeof e.time === "string" && TIME.test(e.time) &&
    label(e.type) && label(e.tenant) && label(e.actor) && label(e.subject) &&
    typeof r.hash === "string" && HEX64.test(r.hash) &&
    typeof s.kid === "string" && s.kid.length >= 1 && s.kid.length <= 64 &&
    typeof s.value === "string" && SIG_VALUE.test(s.value)
  );
}

function label(v: unknown): boolean {
  return typeof v === "string" && v.length >= 1 && v.length <= 512;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The RFC 8785 text of a record whose event text is `eventText` (members sort as event, hash, sig). */
export function recordText(eventText: string, record: LedgerRecord): string {
  return `{"event":${eventText},"hash":"${record.hash}","sig":{"alg":"Ed25519","kid":${JSON.stringify(record.sig.kid)},"value":"${record.sig.value}"}}`;
}

/**
 * RFC 8785 text of a ledger event, built member by member (the same bytes as canonicalJson, which
 * a property test checks); throws naming the JSON path of a value outside the ledger's subset.
 */
export function canonicalEvent(e: LedgerRecord["event"]): string {
  return canonicalEventWithData(e, canonicalValue(e.data, "event.data", 1));
}

/** canonicalEvent for an event whose data's RFC 8785 text is already known (`dataText`, which must be exactly that). */
export function canonicalEventWithData(e: Omit<LedgerRecord["event"], "data">, dataText: string): string {
  return (
    `{"actor":${str(e.actor, "event.actor")},"data":${dataText},"prev":"${e.prev}","seq":${e.seq},` +
    `"subject":${str(e.subject, "event.subject")},"tenant":${str(e.tenant, "event.tenant")},"time":"${e.time}","type":${str(e.type, "event.type")},"v":1}`
  );
}

/** RFC 8785 for the ledger's subset (safe integers, well-formed strings); throws naming the JSON path. */
function canonicalValue(v: unknown, path: string, depth: number): string {
  if (v === null || v === true || v === false) return String(v);
  if (typeof v === "string") return str(v, path);
  if (typeof v === "number") {
    if (!Number.isSafeInteger(v)) throw new Error(`${path}: ${v} is not a safe integer`);
    if (Object.is(v, -0)) throw new Error(`${path}: negative zero`);
    return String(v);
  }
  if (depth >= MAX_JSON_DEPTH) throw new Error(`${path}: nested deeper than ${MAX_JSON_DEPTH} levels`);
  if (Array.isArray(v)) return `[${v.map((x, i) => canonicalValue(x, `${path}[${i}]`, depth + 1)).join(",")}]`;
  const obj = v as Record<string, unknown>;
  const keys = Object.keys(obj).sort();
  return `{${keys.map((k) => `${str(k, path)}:${canonicalValue(obj[k], `${path}.${k}`, depth + 1)}`).join(",")}}`;
}

function str(s: string, path: string): string {
  if (/[\ud800-\udfff]/.test(s) && /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s)) {
    throw new Error(`${path}: lone surrogate`);
  }
  return JSON.stringify(s);
}

/** The record's line on the branch without its "\n" (canonical JSON), built as fast as it is checked. */
export function canonicalRecord(record: LedgerRecord): string {
  return recordText(canonicalEvent(record.event), record);
}
