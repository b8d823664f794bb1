/**
 * The verifier's byte-level canonical check (scan-canonical-record.ts) must accept exactly the record
 * lines that checkRecordLine (parse, rebuild the canonical text, compare) accepts as canonical
 * records: it replaces that comparison on the hot path, so any difference is a hole or a false alarm.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson, MAX_JSON_DEPTH } from "../../app/ledger/canonical-json.js";
import { canonicalEvent, checkRecordLine } from "../../app/ledger/check-record-line.js";
import { eventHash } from "../../app/ledger/event-hash.js";
import { emptyRecordFields, scanCanonicalRecord, type RecordFields } from "../../app/ledger/scan-canonical-record.js";
import type { Json } from "../../app/util/json.js";
import { jsonKey, ledgerJson } from "../helpers/json-arbitrary.js";

const KID = "gatekeeper-0123456789abcdef";
const event = (data: Record<string, Json>, extra: Record<string, unknown> = {}) =>
  ({ v: 1 as const, seq: 7, prev: "ab".repeat(32), time: "2026-01-31T12:00:00.000Z", type: "policy.decided" as const, tenant: "acme", actor: "gatekeeper", subject: "req-1", data, ...extra });
const lineOf = (e: ReturnType<typeof event>, kid = KID) => canonicalJson({ event: e, hash: eventHash(e), sig: { alg: "Ed25519", kid, value: `${"B".repeat(85)}A` } });

function scan(line: string | Buffer): { ok: boolean; fields: RecordFields } {
  const bytes = typeof line === "string" ? Buffer.from(line, "utf8") : line;
  const fields = emptyRecordFields();
  return { ok: scanCanonicalRecord(bytes, 0, bytes.length, fields), fields };
}

/** checkRecordLine's verdict on the canonical form alone (type, seq and hash are checked after it). */
function canonicalPerCheckRecordLine(line: string | Buffer, seq: number): boolean {
  const check = checkRecordLine(typeof line === "string" ? line : line.toString("utf8"), seq);
  return check.ok || /^(unknown event type|line holds seq|hash mismatch)/.test(check.reason);
}

const key = jsonKey;
const json = ledgerJson;

describe("scanCanonicalRecord", () => {
  it("accepts every canonical record line and finds its fields (property)", () => {
    fc.assert(
      fc.property(fc.dictionary(key, json, { maxKeys: 6 }), fc.string({ minLength: 1, maxLength: 40, unit: "grapheme" }), fc.nat(), (data, subject, seq) => {
        const e = event(data, { subject, seq });
        const line = Buffer.from(lineOf(e), "utf8");
        const { ok, fields } = scan(line);
        expect(ok).toBe(true);
        expect(line.toString("utf8", fields.eventStart, fields.eventEnd)).toBe(canonicalEvent(e));
        expect(fields.seq).toBe(seq);
        expect(line.toString("latin1", fields.prevAt, fields.prevAt + 64)).toBe(e.prev);
        expect(line.toString("latin1", fields.hashAt, fields.hashAt + 64)).toBe(eventHash(e));
        expect(line.toString("utf8", fields.typeAt, fields.typeEnd)).toBe('"policy.decided"');
        expect(line.toString("utf8", fields.kidAt, fields.kidEnd)).toBe(`"${KID}"`);
        expect(line.toString("latin1", fields.valueAt, fields.valueAt + 86)).toBe(`${"B".repeat(85)}A`);
      }),
      { numRuns: 300 },
    );
  });

  it("agrees with checkRecordLine on lines with a character deleted, inserted or replaced (property)", () => {
    const inserts = fc.constantFrom('"', "\\", ",", " ", "0", "1", "-", ".", "e", "}", "]", "{", "[", ":", "u", "n", "\u00e9", "\ud83d\ude00", "\u0001", "\u007f", "\\u0000", "\\n", "\\/");
    fc.assert(
      fc.property(fc.dictionary(key, json, { maxKeys: 4 }), fc.nat(), fc.nat(), inserts, fc.constantFrom("delete", "insert", "replace"), (data, seq, where, text, how) => {
        const line = lineOf(event(data, { seq }));
        const at = where % (line.length + 1);
        const mutated = how === "delete" ? line.slice(0, at) + line.slice(at + 1) : line.slice(0, at) + text + line.slice(how === "insert" ? at : at + 1);
        const bytes = Buffer.from(mutated, "utf8"); // a split surrogate pair becomes U+FFFD, as it would on disk
        expect(scan(bytes).ok, mutated).toBe(canonicalPerCheckRecordLine(bytes, seq));
      }),
      { numRuns: 2000 },
    );
  });

  it("agrees with checkRecordLine on each rule of the canonical form", () => {
    const base = lineOf(event({ a: 1 }));
    const withData = (data: string) => base.replace('"data":{"a":1}', `"data":${data}`);
    const nested = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;
    const cases: [string, boolean][] = [
      [withData('{"a":1}'), true],
      [withData("{}"), true],
      [withData('{"a":1.5}'), false],
      [withData('{"a":1e2}'), false],
      [withData('{"a":-0}'), false],
      [withData('{"a":-1}'), true],
      [withData('{"a":01}'), false],
      [withData('{"a":9007199254740991}'), true],
      [withData('{"a":-9007199254740991}'), true],
      [withData('{"a":9007199254740992}'), false],
      [withData('{"a":10000000000000000}'), false],
      [withData('{"b":1,"a":2}'), false],
      [withData('{"a":1,"a":1}'), false],
      [withData('{"":1,"a":1}'), true],
      [withData('{"a":1,"ab":1}'), true],
      [withData('{"ab":1,"a":1}'), false],
      // RFC 8785 §3.2.3: U+1F600 (UTF-16 D83D DE00) sorts before U+FB33, although its UTF-8 bytes sort after.
      [withData('{"\ud83d\ude00":1,"\ufb33":2}'), true],
      [withData('{"\ufb33":2,"\ud83d\ude00":1}'), false],
      [withData('{"\\n":1,"a":2}'), true],
      [withData('{"a":2,"\\n":1}'), false],
      [withData('{"a":"\\u0041"}'), false],
      [withData('{"a":"\\u001f"}'), true],
      [withData('{"a":"\\u001F"}'), false],
      [withData('{"a":"\\u0008"}'), false],
      [withData('{"a":"\\b\\f\\n\\r\\t\\"\\\\"}'), true],
      [withData('{"a":"\\/"}'), false],
      [withData('{"a":"\\ud800"}'), false],
      [withData('{"a":"\\ud83d\\ude00"}'), false],
      [withData('{"a":"\u007f\u2028"}'), true],
      [withData('{"a":"\u0001"}'), false],
      [withData('{"a": 1}'), false],
      [withData('{"a":[1,2]}'), true],
      [withData('{"a":[1,]}'), false],
      [withData('{"a":[true,false,null]}'), true],
      [withData('{"a":nul}'), false],
      [withData(`{"a":${nested(MAX_JSON_DEPTH - 2)}}`), true],
      [withData(`{"a":${nested(MAX_JSON_DEPTH - 1)}}`), false],
      [withData("[]"), false],
      [base.replace('"subject":"req-1"', `"subject":"${"x".repeat(512)}"`), true],
      [base.replace('"subject":"req-1"', `"subject":"${"x".repeat(513)}"`), false],
      [base.replace('"subject":"req-1"', `"subject":"${"\ud83d\ude00".repeat(256)}"`), true],
      [base.replace('"subject":"req-1"', `"subject":"${"\ud83d\ude00".repeat(256)}x"`), false],
      [base.replace('"subject":"req-1"', '"subject":""'), false],
      [base.replace(`"kid":"${KID}"`, `"kid":"${"k".repeat(64)}"`), true],
      [base.replace(`"kid":"${KID}"`, `"kid":"${"k".repeat(65)}"`), false],
      [base.replace('"seq":7', '"seq":-7'), false],
      [base.replace('"seq":7', '"seq":07'), false],
      [base.replace('"v":1', '"v":2'), false],
      [base.replace('.000Z"', '.000+00:00"'), false],
      [base.replace('"type":"policy.decided"', '"type":"payroll.exported"'), true], // canonical; the type is checked next
      [base.replace('"prev":"ab', '"prev":"AB'), false],
      [base.replace('"alg":"Ed25519"', '"alg":"ed25519"'), false],
      [base.replace(`${"B".repeat(85)}A"`, `${"B".repeat(85)}="`), false],
      [`${base} `, false],
      [` ${base}`, false],
      [base.replace("{", "{ "), false],
    ];
    for (const [line, canonical] of cases) {
      expect(scan(line).ok, line).toBe(canonical);
      expect(canonicalPerCheckRecordLine(line, 7), line).toBe(canonical);
    }
  });
});
