import { afterAll, describe, expect, it } from "vitest";
import { buildRecord } from "../../app/ledger/build-records.js";
import { checkSegment } from "../../app/ledger/check-segment.js";
import { GENESIS_PREV } from "../../app/ledger/event-hash.js";
import { openGitLedger } from "../../app/ledger/git-ledger.js";
import type { LedgerRecord } from "../../app/ledger/types.js";
import { manualClock } from "../../app/util/clock.js";
import { draft, makeRepo, newKey, signerOf, tempDirs } from "./helpers.js";

const dirs = tempDirs();
afterAll(() => dirs.cleanup());
const T0 = Date.UTC(2026, 0, 31, 12, 0, 0, 0);
const gatekeeper = newKey("gatekeeper");
const other = newKey("gatekeeper");

/** Three chained records and their lines, as the writer makes them. */
function chain(signer = signerOf(gatekeeper)): { records: LedgerRecord[]; bytes: Buffer } {
  const records: LedgerRecord[] = [];
  const lines: string[] = [];
  let prev = GENESIS_PREV;
  for (let i = 0; i < 3; i++) {
    const { record, line } = buildRecord(draft(i), null, { seq: i, prev, time: "2026-01-31T12:00:00.000Z" }, signer);
    records.push(record);
    lines.push(line);
    prev = record.hash;
  }
  return { records, bytes: Buffer.from(lines.map((l) => `${l}\n`).join("")) };
}

describe("records the writer built are the reader's records of their lines", () => {
  it("a record appended is frozen, data and all: changing it throws", async () => {
    const { records } = chain();
    const r = records[0]!;
    expect(Object.isFrozen(r) && Object.isFrozen(r.event) && Object.isFrozen(r.event.data) && Object.isFrozen(r.sig)).toBe(true);
    expect(() => ((r.event.data as Record<string, unknown>).outcome = "deny")).toThrow(TypeError);
    expect(() => ((r as { hash: string }).hash = "0".repeat(64))).toThrow(TypeError);
  });

  it("checkSegment takes a known record for its line (same object, no parse) and drops it from the map", () => {
    const { records, bytes } = chain();
    const known = new Map(records.map((r) => [r.event.seq, r]));
    const check = checkSegment({ bytes, firstSeq: 0, sealedSize: null, keys: null, keepRecords: true, known });
    expect(check.fault).toBeNull();
    check.records.forEach((r, i) => expect(r).toBe(records[i]));
    expect(known.size).toBe(0);
  });

  it("a known record whose hash or signature is not the line's is not taken: the line is parsed", () => {
    const { records, bytes } = chain();
    // Same events signed by another key: same hashes, other signatures.
    const resigned = chain(signerOf(other)).records;
    expect(resigned[1]!.hash).toBe(records[1]!.hash);
    // Another event at seq 2: another hash.
    const { record: elsewhere } = buildRecord(draft(9), null, { seq: 2, prev: records[1]!.hash, time: "2026-01-31T12:00:00.000Z" }, signerOf(gatekeeper));
    const known = new Map<number, LedgerRecord>([[1, resigned[1]!], [2, elsewhere]]);
    const check = checkSegment({ bytes, firstSeq: 0, sealedSize: null, keys: null, keepRecords: true, known });
    expect(check.fault).toBeNull();
    expect(check.records[1]).not.toBe(resigned[1]);
    expect(check.records[2]).not.toBe(elsewhere);
    expect(check.records).toEqual(records);
  });

  it("a line edited on disk is refused even when a known record is waiting for its seq", () => {
    const { records, bytes } = chain();
    const text = bytes.toString("utf8").replace('"i":1,"outcome":"allow"', '"i":1,"outcome":"deny!"');
    expect(text).not.toBe(bytes.toString("utf8"));
    const check = checkSegment({ bytes: Buffer.from(text), firstSeq: 0, sealedSize: null, keys: null, keepRecords: true, known: new Map(records.map((r) => [r.event.seq, r])) });
    expect(check.fault).toMatchObject({ index: 1 });
  });

  it("through the ledger: read() gives back the very records append() returned, and a second instance parses equal ones", async () => {
    const dir = await makeRepo(await dirs.make(), [gatekeeper]);
    const ledger = await openGitLedger({ dir, clock: manualClock(T0) });
    const appended = (await Promise.all([0, 1, 2, 3].map((i) => ledger.append([draft(i)], signerOf(gatekeeper))))).flat();
    const read = await ledger.read();
    for (const r of appended) expect(read.find((x) => x.event.seq === r.event.seq)).toBe(r);
    const fresh = await (await openGitLedger({ dir, clock: manualClock(T0) })).read();
    expect(fresh).toEqual(read);
    expect(fresh.find((x) => x.event.seq === appended[0]!.event.seq)).not.toBe(appended[0]);
  });
});
