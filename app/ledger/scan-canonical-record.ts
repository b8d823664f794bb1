import { ascii, CanonicalScanner } from "./canonical-scanner.js";

/**
 * Where the fields of a record line are, as byte offsets into the file holding it. Filled in by
 * scanCanonicalRecord; the caller owns one and reuses it for every line (no allocation per record).
 */
export interface RecordFields {
  /** The event's canonical bytes: [eventStart, eventEnd). */
  eventStart: number;
  eventEnd: number;
  seq: number;
  /** 64 hex digits each. */
  prevAt: number;
  hashAt: number;
  /** The string literals (quotes included) of event.type and sig.kid: [at, end). */
  typeAt: number;
  typeEnd: number;
  kidAt: number;
  kidEnd: number;
  /** 86 base64url characters. */
  valueAt: number;
}

export function emptyRecordFields(): RecordFields {
  return { eventStart: 0, eventEnd: 0, seq: 0, prevAt: 0, hashAt: 0, typeAt: 0, typeEnd: 0, kidAt: 0, kidEnd: 0, valueAt: 0 };
}

/** The fixed parts of a canonical record line, in order (members sort as event, hash, sig; actor … v). */
const OPEN = ascii('{"event":{"actor":');
const DATA = ascii(',"data":');
const PREV = ascii(',"prev":"');
const SEQ = ascii('","seq":');
const SUBJECT = ascii(',"subject":');
const TENANT = ascii(',"tenant":');
const TIME = ascii(',"time":"');
const TYPE = ascii('","type":');
const V = ascii(',"v":1}');
const HASH = ascii(',"hash":"');
const SIG = ascii('","sig":{"alg":"Ed25519","kid":');
const VALUE = ascii(',"value":"');
const CLOSE = ascii('"}}');

/**
 * Whether bytes [start, end) of `bytes` are exactly the RFC 8785 canonical line of a record of
 * ledger/SPEC.md §1 and §4, with every field format (§11 step 2 a-c), checked on the bytes without
 * parsing or re-serialising: the fixed member names in canonical order, strings in the one spelling
 * JSON.stringify gives (only the short escapes and lowercase \u00xx for other control characters),
 * safe integers in plain decimal, object members strictly increasing by UTF-16 code units (so unique),
 * nesting at most MAX_JSON_DEPTH. It accepts exactly the lines checkRecordLine's canonical comparison
 * accepts (a property test holds them equal), given that the bytes are valid UTF-8, which the caller
 * checks (Buffer isUtf8, once per file). On true, `out` holds the offsets; on false, the caller asks
 * checkRecordLine why.
 */
export function scanCanonicalRecord(bytes: Buffer, start: number, end: number, out: RecordFields): boolean {
  const s = new CanonicalScanner(bytes, end);
  let i = s.literal(start, OPEN);
  out.eventStart = start + 9; // after {"event":
  i = s.label(i, 512);
  i = s.literal(i, DATA);
  if (bytes[i] !== 0x7b) return false; // data is an object
  i = s.value(i, 1);
  i = s.literal(i, PREV);
  out.prevAt = i;
  i = s.hex64(i);
  i = s.literal(i, SEQ);
  i = s.integer(i, false);
  out.seq = s.number;
  i = s.literal(i, SUBJECT);
  i = s.label(i, 512);
  i = s.literal(i, TENANT);
  i = s.label(i, 512);
  i = s.literal(i, TIME);
  i = s.time(i);
  i = s.literal(i, TYPE);
  out.typeAt = i;
  i = s.label(i, 512);
  out.typeEnd = i;
  i = s.literal(i, V);
  out.eventEnd = i;
  i = s.literal(i, HASH);
  out.hashAt = i;
  i = s.hex64(i);
  i = s.literal(i, SIG);
  out.kidAt = i;
  i = s.label(i, 64);
  out.kidEnd = i;
  i = s.literal(i, VALUE);
  out.valueAt = i;
  i = s.base64url86(i);
  i = s.literal(i, CLOSE);
  return i === end;
}
