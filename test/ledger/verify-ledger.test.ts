/**
 * The tamper suite (issue 4, item 7): every way of changing the ledger branch, each a test that
 * fails if detection is missing, each run through both verifiers, the project's verifyLedger and the
 * auditor's single-file ledger/verify.mjs, which must agree on the first bad event or file and its code.
 */
import { spawnSync } from "node:child_process";
import { cp, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRecords } from "../../app/ledger/build-records.js";
import { canonicalRecord } from "../../app/ledger/check-record-line.js";
import { eventHash } from "../../app/ledger/event-hash.js";
import { frontierRoot } from "../../app/ledger/merkle-frontier.js";
import { openGitLedger } from "../../app/ledger/git-ledger.js";
import { signCheckpoint } from "../../app/ledger/sign-checkpoint.js";
import type { LedgerRecord, LedgerSigner } from "../../app/ledger/types.js";
import { verifyLedger, type LedgerVerification, type VerifyLedgerOptions } from "../../app/ledger/verify-ledger.js";
import { manualClock } from "../../app/util/clock.js";
import {
  bytesOf, draft, editLine, layOut, ledgerFiles, lineOf, makeRepo, newKey, recordsIn, resign, rewriteFrom, runGit, signerOf, tamper, tempDirs, text, witnessOf,
} from "./helpers.js";

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

const MJS = join(import.meta.dirname, "..", "..", "ledger", "verify.mjs");
const T0 = Date.UTC(2026, 0, 31, 12);
const gatekeeper = newKey("gatekeeper");
const doer = newKey("doer");
const witness = newKey("witness");
const mallory = newKey("mallory");
const [gk, dr] = [signerOf(gatekeeper), signerOf(doer)];
const insider = new Map<string, LedgerSigner>([[gatekeeper.kid, gk], [doer.kid, dr]]);

let pristine: string;
let witnessState: string;
/** Commits of the fixture, oldest first. */
let commits: string[];

/**
 * A witnessed ledger of 307 events in four commits: ledger.genesis (0), the witness's key.added (1),
 * 300 gatekeeper decisions (2-301; segment 0 holds 0-255, the tail 256-301), then the doer's
 * key.added (302), lease.issued (303), phase.soft.done (304); approval.recorded (305) by the
 * gatekeeper; phase.hard.done (306) by the doer. Each commit's checkpoint is cosigned and tagged.
 */
beforeAll(async () => {
  pristine = await makeRepo(await dirs.make(), [gatekeeper, doer, witness]);
  witnessState = await dirs.make();
  const clock = manualClock(T0);
  const w = witnessOf(witness, witnessState, [gatekeeper, doer], clock);
  const ledger = await openGitLedger({ dir: pristine, clock, witnesses: [w], origin: "example.com/acme/ledger" });
  await ledger.append(Array.from({ length: 300 }, (_, i) => draft(i)), gk);
  await ledger.append([draft(300, "lease.issued"), draft(301, "phase.soft.done")], dr);
  await ledger.append([draft(302, "approval.recorded")], gk);
  await ledger.append([draft(303, "phase.hard.done")], dr);
  commits = runGit(pristine, "rev-list", "--reverse", "refs/heads/ledger").trim().split("\n");
}, 60_000);

/** A fresh clone of the fixture with a local ledger branch (and the checkpoint tags, as every clone has). */
async function ledgerRepo(): Promise<string> {
  const dir = await dirs.make();
  runGit(dir, "clone", "-q", "--no-local", pristine, ".");
  runGit(dir, "branch", "-q", "ledger", "origin/ledger");
  return dir;
}

type Verdict = Pick<LedgerVerification, "ok"> & { firstBad?: { seq: number | null; path: string; code: string } };

/** Runs both verifiers; they must agree on ok and on the first bad event/file and its code. */
async function verifyBoth(dir: string, options: Omit<VerifyLedgerOptions, "dir"> & { checkpointFiles?: string[] } = {}): Promise<LedgerVerification> {
  const pinned = await Promise.all((options.checkpointFiles ?? []).map(async (f) => ({ note: await readFile(f, "utf8"), source: f })));
  const ts = await verifyLedger({ dir, ...options, pinned });
  const run = spawnSync(process.execPath, [MJS, "--repo", dir, "--json", ...(options.checkpointFiles ?? []).flatMap((f) => ["--checkpoint", f])], { encoding: "utf8" });
  expect(run.status, run.stderr).toBe(ts.ok ? 0 : 1);
  const mjs = JSON.parse(run.stdout) as Verdict;
  const pick = (v: Verdict) => ({ ok: v.ok, firstBad: v.firstBad ? { seq: v.firstBad.seq, path: v.firstBad.path, code: v.firstBad.code } : undefined });
  expect(pick(mjs)).toEqual(pick(ts));
  return ts;
}

const at = (seq: number, path: string, code: string) => ({ ok: false, firstBad: { seq, path, code } });
const file = (path: string, code: string) => ({ ok: false, firstBad: { seq: null, path, code } });

describe("an intact ledger", () => {
  it("verifies with both verifiers: 307 events, 4 commits, witnessed at the tip", async () => {
    const dir = await ledgerRepo();
    const result = await verifyBoth(dir);
    expect(result).toMatchObject({ ok: true, size: 307, events: 307, commits: 4, origin: "example.com/acme/ledger" });
    expect(result.witnessed).toEqual({ size: 307, ref: "refs/tags/ledger-checkpoint/000000000307", cosigners: [witness.kid], behind: 0 });
    expect(result.checkpoint).toEqual({ size: 307, signers: [doer.kid] });
    expect(runGit(dir, "tag", "-l", "ledger-checkpoint/*").trim().split("\n")).toEqual(["302", "305", "306", "307"].map((n) => `ledger-checkpoint/${n.padStart(12, "0")}`));
  });

  it("verifies in worker threads exactly as inline, and without signatures", async () => {
    const dir = await ledgerRepo();
    expect(await verifyLedger({ dir, threads: 2 })).toMatchObject({ ok: true, size: 307 });
    expect(await verifyLedger({ dir, signatures: false })).toMatchObject({ ok: true, size: 307 });
    await tamper(dir, (f) => editLine(f, 100, (l) => l.replace('"outcome":"allow"', '"outcome":"deny!"')));
    expect(await verifyLedger({ dir, threads: 2 })).toMatchObject(at(100, "segments/000000000000.jsonl:101", "LEDGER_CORRUPT"));
  });

  it("takes trust roots from main even with the ledger branch checked out", async () => {
    const dir = await ledgerRepo();
    runGit(dir, "checkout", "-q", "ledger");
    expect(await verifyBoth(dir)).toMatchObject({ ok: true, size: 307 });
  });
});

describe("tampering with events is caught and the event named", () => {
  it("modify: one field edited in a sealed segment", async () => {
    const dir = await ledgerRepo();
    await tamper(dir, (f) => editLine(f, 100, (l) => l.replace('"req-98"', '"req-99"')));
    const result = await verifyBoth(dir);
    expect(result).toMatchObject({ ...at(100, "segments/000000000000.jsonl:101", "LEDGER_CORRUPT"), size: 100 });
    expect(result.firstBad!.message).toMatch(/^event 100 \(segments\/000000000000\.jsonl:101\): hash mismatch: recorded [0-9a-f]{64}, computed [0-9a-f]{64}$/);
  });

  it("modify with the hash recomputed: the signature catches it", async () => {
    const dir = await ledgerRepo();
    await tamper(dir, (f) => editLine(f, 280, (l) => {
      const r = JSON.parse(l) as LedgerRecord;
      r.event.data = { ...r.event.data, outcome: "deny" };
      r.hash = eventHash(r.event);
      return canonicalRecord(r);
    }));
    expect(await verifyBoth(dir)).toMatchObject(at(280, "tail.jsonl:25", "LEDGER_SIGNATURE_INVALID"));
  });

  it("reorder: two events swapped", async () => {
    const dir = await ledgerRepo();
    await tamper(dir, (f) => {
      const lines = text(f.get("tail.jsonl")!).split("\n");
      [lines[24], lines[25]] = [lines[25]!, lines[24]!];
      f.set("tail.jsonl", bytesOf(lines.join("\n")));
    });
    expect(await verifyBoth(dir)).toMatchObject(at(280, "tail.jsonl:25", "LEDGER_CORRUPT"));
  });

  it("delete: an event removed from a sealed segment", async () => {
    const dir = await ledgerRepo();
    await tamper(dir, (f) => {
      const lines = text(f.get("segments/000000000000.jsonl")!).split("\n");
      lines.splice(120, 1);
      f.set("segments/000000000000.jsonl", bytesOf(lines.join("\n")));
    });
    expect(await verifyBoth(dir)).toMatchObject(at(120, "segments/000000000000.jsonl:121", "LEDGER_CORRUPT"));
  });

  it("insert: an outsider's event, chained and signed with an untrusted key", async () => {
    const dir = await ledgerRepo();
    await tamper(dir, (f) => {
      const records = recordsIn(f);
      const [forged] = buildRecords([draft(999)], { seq: 290, prev: records[289]!.hash, time: "2026-02-01T00:00:00.000Z" }, signerOf(mallory));
      const lines = text(f.get("tail.jsonl")!).split("\n");
      lines.splice(290 - 256, 0, canonicalRecord(forged!));
      f.set("tail.jsonl", bytesOf(lines.join("\n")));
    });
    expect(await verifyBoth(dir)).toMatchObject(at(290, "tail.jsonl:35", "LEDGER_KEY_UNKNOWN"));
  });

  it("insert: an insider's well-formed event shifts every later seq", async () => {
    const dir = await ledgerRepo();
    await tamper(dir, (f) => {
      const records = recordsIn(f);
      const [forged] = buildRecords([draft(999)], { seq: 290, prev: records[289]!.hash, time: "2026-02-01T00:00:00.000Z" }, gk);
      const lines = text(f.get("tail.jsonl")!).split("\n");
      lines.splice(290 - 256, 0, canonicalRecord(forged!));
      f.set("tail.jsonl", bytesOf(lines.join("\n")));
    });
    expect(await verifyBoth(dir)).toMatchObject(at(291, "tail.jsonl:36", "LEDGER_CORRUPT"));
  });

  it("duplicate seq: an event line repeated", async () => {
    const dir = await ledgerRepo();
    await tamper(dir, (f) => {
      const lines = text(f.get("tail.jsonl")!).split("\n");
      lines.splice(25, 0, lines[24]!);
      f.set("tail.jsonl", bytesOf(lines.join("\n")));
    });
    expect(await verifyBoth(dir)).toMatchObject(at(281, "tail.jsonl:26", "LEDGER_CORRUPT"));
  });

  it("strip a signature from an event", async () => {
    const dir = await ledgerRepo();
    await tamper(dir, (f) => editLine(f, 150, (l) => l.replace(/,"sig":\{[^}]*\}/, "")));
    expect(await verifyBoth(dir)).toMatchObject(at(150, "segments/000000000000.jsonl:151", "LEDGER_CORRUPT"));
  });

  it("a signature spelled with stray bits in its last character (the same 64 bytes to a lax decoder): one encoding only", async () => {
    const dir = await ledgerRepo();
    await tamper(dir, (f) => editLine(f, 120, (l) => l.replace(/([AQgw])"\}\}$/, (_, c: string) => `${String.fromCharCode(c.charCodeAt(0) + 1)}"}}`)));
    const edited = text((await ledgerFiles(dir)).get("segments/000000000000.jsonl")!).split("\n")[120]!;
    expect(Buffer.from((JSON.parse(edited) as LedgerRecord).sig.value, "base64url").length).toBe(64);
    expect(await verifyBoth(dir)).toMatchObject(at(120, "segments/000000000000.jsonl:121", "LEDGER_SIGNATURE_INVALID"));
  });

  it("re-serialised (pretty-printed, reordered members, no trailing newline): the bytes must be canonical", async () => {
    const pretty = await ledgerRepo();
    await tamper(pretty, (f) => editLine(f, 260, (l) => JSON.stringify(JSON.parse(l), null, 1).replaceAll("\n", " ")));
    expect(await verifyBoth(pretty)).toMatchObject(at(260, "tail.jsonl:5", "LEDGER_CORRUPT"));
    const reordered = await ledgerRepo();
    await tamper(reordered, (f) => editLine(f, 260, (l) => {
      const { event, hash, sig } = JSON.parse(l) as LedgerRecord;
      return JSON.stringify({ sig, hash, event });
    }));
    expect(await verifyBoth(reordered)).toMatchObject(at(260, "tail.jsonl:5", "LEDGER_CORRUPT"));
    const unterminated = await ledgerRepo();
    await tamper(unterminated, (f) => void f.set("tail.jsonl", bytesOf(text(f.get("tail.jsonl")!).slice(0, -1))));
    expect(await verifyBoth(unterminated)).toMatchObject(at(306, "tail.jsonl:51", "LEDGER_CORRUPT"));
  });

  it("bytes that are not UTF-8, hashed and signed as the text they decode to (U+FFFD): the line must be UTF-8", async () => {
    const dir = await ledgerRepo();
    await tamper(dir, (f) => {
      editLine(f, 280, (l) => canonicalRecord(resign(JSON.parse(l) as LedgerRecord, gk, (r) => (r.event.subject = "req-\ufffd"))));
      const bytes = Buffer.from(f.get("tail.jsonl")!);
      const replacement = bytes.indexOf("req-\ufffd") + 4;
      f.set("tail.jsonl", Buffer.concat([bytes.subarray(0, replacement), Buffer.from([0xff]), bytes.subarray(replacement + 3)])); // U+FFFD (EF BF BD) → a lone 0xFF
    });
    expect(await verifyBoth(dir)).toMatchObject(at(280, "tail.jsonl:25", "LEDGER_CORRUPT"));
  });

  it("an unknown event type, correctly hashed and signed by a trusted key", async () => {
    const dir = await ledgerRepo();
    await tamper(dir, (f) => editLine(f, 305, (l) => canonicalRecord(resign(JSON.parse(l) as LedgerRecord, gk, (r) => ((r.event as { type: string }).type = "payroll.exported")))));
    expect(await verifyBoth(dir)).toMatchObject(at(305, "tail.jsonl:50", "LEDGER_CORRUPT"));
  });

  it("any single-byte change anywhere in the segments or the tail fails at that event (property)", async () => {
    const dir = await ledgerRepo();
    const original = runGit(dir, "rev-parse", "ledger").trim();
    const files = await ledgerFiles(dir);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 306 }), fc.nat(), fc.integer({ min: 1, max: 255 }), async (seq, where, mask) => {
        runGit(dir, "update-ref", "refs/heads/ledger", original);
        const { path, index } = lineOf(files, seq);
        const bytes = Uint8Array.from(files.get(path)!);
        const starts = [0];
        bytes.forEach((b, i) => b === 10 && starts.push(i + 1));
        const [from, to] = [starts[index]!, starts[index + 1]!]; // the line, with its "\n"
        bytes[from + (where % (to - from))]! ^= mask;
        await tamper(dir, (f) => void f.set(path, bytes));
        const result = await verifyLedger({ dir });
        expect(result).toMatchObject({ ok: false, size: seq, firstBad: { seq, path: lineOf(files, seq).location } });
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});

describe("tampering with keys is caught", () => {
  it("the executor forges a gatekeeper decision with its own (trusted) key", async () => {
    const dir = await ledgerRepo();
    await tamper(dir, (f) => void rewriteFrom(f, 100, (d) => ({ ...d, data: { ...d.data, outcome: "deny" } }), new Map([...insider, [gatekeeper.kid, dr]])));
    expect(await verifyBoth(dir)).toMatchObject(at(100, "segments/000000000000.jsonl:101", "LEDGER_KEY_NOT_VALID"));
  });

  it("swap the kid of an event for another trusted writer's", async () => {
    const dir = await ledgerRepo();
    await tamper(dir, (f) => editLine(f, 303, (l) => l.replaceAll(doer.kid, gatekeeper.kid)));
    expect(await verifyBoth(dir)).toMatchObject(at(303, "tail.jsonl:48", "LEDGER_SIGNATURE_INVALID"));
  });

  it("swap the public key recorded by key.added", async () => {
    const dir = await ledgerRepo();
    await tamper(dir, (f) => editLine(f, 302, (l) => canonicalRecord(resign(JSON.parse(l) as LedgerRecord, dr, (r) => (r.event.data = { ...r.event.data, public_key: signerOf(mallory).publicKey.export({ type: "spki", format: "der" }).subarray(-32).toString("base64") })))));
    expect(await verifyBoth(dir)).toMatchObject(at(302, "tail.jsonl:47", "LEDGER_KEY_NOT_VALID"));
  });

  it("swap a trust root on the default branch for another key under the same name (fail closed)", async () => {
    const dir = await ledgerRepo();
    await writeFile(join(dir, "ledger", "keys", `${gatekeeper.kid}.pem`), mallory.publicKeyPem);
    runGit(dir, "commit", "-q", "-am", "swap key");
    await expect(verifyLedger({ dir })).rejects.toMatchObject({ code: "KEY_INVALID" });
    expect(spawnSync(process.execPath, [MJS, "--repo", dir]).status).toBe(2);
  });

  it("rewrite with an untrusted key (chain, state and checkpoint consistent)", async () => {
    const dir = await ledgerRepo();
    await tamper(dir, (f) => void rewriteFrom(f, 200, (d) => ({ ...d, data: { ...d.data, outcome: "deny" } }), new Map([[gatekeeper.kid, signerOf(mallory)], [doer.kid, signerOf(mallory)]])));
    expect(await verifyBoth(dir)).toMatchObject(at(200, "segments/000000000000.jsonl:201", "LEDGER_KEY_UNKNOWN"));
  });

  it("rewrite with an untrusted key claiming a trusted kid", async () => {
    const dir = await ledgerRepo();
    const impostor: LedgerSigner = { ...signerOf(mallory), kid: gatekeeper.kid };
    await tamper(dir, (f) => void rewriteFrom(f, 200, (d) => ({ ...d, data: { ...d.data, outcome: "deny" } }), new Map([[gatekeeper.kid, impostor], [doer.kid, dr]])));
    expect(await verifyBoth(dir)).toMatchObject(at(200, "segments/000000000000.jsonl:201", "LEDGER_SIGNATURE_INVALID"));
  });
});

describe("tampering with files, segments and history is caught", () => {
  it("replace a sealed segment wholesale with another ledger's (same keys): caught at the first event after it", async () => {
    const other = await makeRepo(await dirs.make(), [gatekeeper, doer, witness]);
    const ledger = await openGitLedger({ dir: other, clock: manualClock(T0), witnesses: [witnessOf(witness, await dirs.make(), [gatekeeper], manualClock(T0))], origin: "example.com/acme/ledger" });
    await ledger.append(Array.from({ length: 300 }, (_, i) => draft(i + 1000)), gk);
    const foreign = (await ledgerFiles(other)).get("segments/000000000000.jsonl")!;
    const dir = await ledgerRepo();
    await tamper(dir, (f) => void f.set("segments/000000000000.jsonl", foreign));
    expect(await verifyBoth(dir)).toMatchObject(at(256, "tail.jsonl:1", "LEDGER_CORRUPT"));
  });

  it("a missing segment, a stray file, a missing checkpoint, an edited state.json", async () => {
    const gap = await ledgerRepo();
    await tamper(gap, (f) => void f.delete("segments/000000000000.jsonl"));
    expect(await verifyBoth(gap)).toMatchObject(at(0, "tail.jsonl:1", "LEDGER_CORRUPT"));
    const stray = await ledgerRepo();
    await tamper(stray, (f) => void f.set("segments/notes.txt", bytesOf("hi\n")));
    expect(await verifyBoth(stray)).toMatchObject(file("segments/notes.txt", "LEDGER_CORRUPT"));
    const noCheckpoint = await ledgerRepo();
    await tamper(noCheckpoint, (f) => void f.delete("checkpoint"));
    expect(await verifyBoth(noCheckpoint)).toMatchObject(file("checkpoint", "LEDGER_CORRUPT"));
    const state = await ledgerRepo();
    await tamper(state, (f) => void f.set("state.json", bytesOf(text(f.get("state.json")!).replace('"revoked":null', '"revoked":400'))));
    expect(await verifyBoth(state)).toMatchObject(file("state.json", "LEDGER_CORRUPT"));
  });

  it("truncate the tail naively: state.json and the checkpoint no longer add up", async () => {
    const dir = await ledgerRepo();
    await tamper(dir, (f) => void f.set("tail.jsonl", bytesOf(text(f.get("tail.jsonl")!).split("\n").slice(0, -2).join("\n") + "\n")));
    expect(await verifyBoth(dir)).toMatchObject({ ...file("state.json", "LEDGER_CORRUPT"), size: 306 });
  });

  it("truncate the tail with state and checkpoint re-signed by an insider, committed on top: the history shows it", async () => {
    const dir = await ledgerRepo();
    await tamper(dir, (f) => layOut(f, recordsIn(f).slice(0, 306), gk));
    expect(await verifyBoth(dir)).toMatchObject(file(`commit ${commits[3]}`, "LEDGER_INCONSISTENT"));
  });

  it("truncate the tail by rolling the branch back: caught against the witnessed checkpoint tag", async () => {
    const dir = await ledgerRepo();
    runGit(dir, "update-ref", "refs/heads/ledger", commits[2]!);
    expect(await verifyBoth(dir)).toMatchObject(file("refs/tags/ledger-checkpoint/000000000307", "LEDGER_INCONSISTENT"));
  });

  it("rewrite an old event and its history on top (fast-forward): the older commits' checkpoints disagree", async () => {
    const dir = await ledgerRepo();
    await tamper(dir, (f) => void rewriteFrom(f, 290, (d) => ({ ...d, data: { ...d.data, outcome: "deny" } }), insider));
    // The newest older commit whose tree included event 290 is named first (walking back from the tip).
    expect(await verifyBoth(dir)).toMatchObject(file(`commit ${commits[3]}`, "LEDGER_INCONSISTENT"));
  });

  it("fork: the whole history rewritten by an insider and force-pushed: caught against the witnessed checkpoints", async () => {
    const dir = await ledgerRepo();
    await tamper(dir, (f) => void rewriteFrom(f, 290, (d) => ({ ...d, data: { ...d.data, outcome: "deny" } }), insider), { force: "orphan" });
    expect(runGit(dir, "rev-list", "--count", "refs/heads/ledger").trim()).toBe("1");
    expect(await verifyBoth(dir)).toMatchObject(file("refs/tags/ledger-checkpoint/000000000302", "LEDGER_INCONSISTENT"));
  });

  it("commit a merge (same tree): the branch must be linear", async () => {
    const dir = await ledgerRepo();
    const merge = await tamper(dir, () => undefined, { parents: [commits[3]!, commits[1]!] });
    expect(await verifyBoth(dir)).toMatchObject(file(`commit ${merge}`, "LEDGER_CORRUPT"));
  });

  it("the checkpoint re-signed by an untrusted key, or stripped of its signature", async () => {
    const resigned = await ledgerRepo();
    await tamper(resigned, (f) => {
      const root = frontierRoot((JSON.parse(text(f.get("state.json")!)) as { frontier: string[] }).frontier);
      f.set("checkpoint", bytesOf(signCheckpoint({ origin: "example.com/acme/ledger", size: 307, root }, signerOf(mallory))));
    });
    expect(await verifyBoth(resigned)).toMatchObject(file("checkpoint", "LEDGER_KEY_UNKNOWN"));
    const stripped = await ledgerRepo();
    await tamper(stripped, (f) => void f.set("checkpoint", bytesOf(text(f.get("checkpoint")!).split("\n\n")[0]! + "\n\n")));
    expect(await verifyBoth(stripped)).toMatchObject(file("checkpoint", "LEDGER_CORRUPT"));
  });
});

describe("witnessed and pinned checkpoints", () => {
  async function tagMessage(dir: string, size: number): Promise<string> {
    return runGit(dir, "cat-file", "tag", `ledger-checkpoint/${String(size).padStart(12, "0")}`).split("\n\n").slice(1).join("\n\n");
  }

  it("a checkpoint tag stripped of its cosignature: LEDGER_UNWITNESSED", async () => {
    const dir = await ledgerRepo();
    const note = (await tagMessage(dir, 305)).split("\n").filter((l) => !l.startsWith(`— ${witness.kid}`)).join("\n");
    runGit(dir, "tag", "-f", "-a", "-m", note, "ledger-checkpoint/000000000305", commits[2]!);
    expect(await verifyBoth(dir)).toMatchObject(file("refs/tags/ledger-checkpoint/000000000305", "LEDGER_UNWITNESSED"));
  });

  it("every checkpoint tag deleted while witness keys are trusted: LEDGER_UNWITNESSED", async () => {
    const dir = await ledgerRepo();
    for (const tag of runGit(dir, "tag", "-l", "ledger-checkpoint/*").trim().split("\n")) runGit(dir, "tag", "-d", tag);
    expect(await verifyBoth(dir)).toMatchObject(file("refs/tags/ledger-checkpoint/*", "LEDGER_UNWITNESSED"));
  });

  it("--checkpoint FILE: an auditor's pinned checkpoint catches a rollback and a fork even with the tags gone", async () => {
    const pinned = join(await dirs.make(), "pinned-checkpoint.txt");
    const dir = await ledgerRepo();
    await writeFile(pinned, await tagMessage(dir, 307));
    expect(await verifyBoth(dir, { checkpointFiles: [pinned] })).toMatchObject({ ok: true, pinned: [{ source: pinned, size: 307 }] });
    const rolledBack = await ledgerRepo();
    for (const tag of runGit(rolledBack, "tag", "-l", "ledger-checkpoint/*").trim().split("\n")) runGit(rolledBack, "tag", "-d", tag);
    runGit(rolledBack, "update-ref", "refs/heads/ledger", commits[1]!);
    expect(await verifyBoth(rolledBack, { checkpointFiles: [pinned] })).toMatchObject(file(pinned, "LEDGER_INCONSISTENT"));
    const forked = await ledgerRepo();
    for (const tag of runGit(forked, "tag", "-l", "ledger-checkpoint/*").trim().split("\n")) runGit(forked, "tag", "-d", tag);
    await tamper(forked, (f) => void rewriteFrom(f, 10, (d) => ({ ...d, subject: "req-rewritten" }), insider), { force: "orphan" });
    expect(await verifyBoth(forked, { checkpointFiles: [pinned] })).toMatchObject(file(pinned, "LEDGER_INCONSISTENT"));
  });

  it("a pinned checkpoint of another log, or a bogus one, is refused", async () => {
    const dir = await ledgerRepo();
    const other = join(await dirs.make(), "other.txt");
    await writeFile(other, (await tagMessage(dir, 307)).replace("example.com/acme/ledger", "example.com/other"));
    expect(await verifyBoth(dir, { checkpointFiles: [other] })).toMatchObject(file(other, "LEDGER_INCONSISTENT"));
    const bogus = join(await dirs.make(), "bogus.txt");
    await writeFile(bogus, "hello\n");
    expect(await verifyBoth(dir, { checkpointFiles: [bogus] })).toMatchObject(file(bogus, "LEDGER_CHECKPOINT_INVALID"));
  });

  it("a clone of a protected second remote holding only the checkpoint tags still pins the history", async () => {
    const dir = await ledgerRepo();
    const second = await dirs.make();
    runGit(second, "init", "-q", "--bare");
    runGit(dir, "push", "-q", second, "refs/tags/ledger-checkpoint/*:refs/tags/ledger-checkpoint/*");
    for (const tag of runGit(dir, "tag", "-l", "ledger-checkpoint/*").trim().split("\n")) runGit(dir, "tag", "-d", tag);
    runGit(dir, "update-ref", "refs/heads/ledger", commits[1]!);
    runGit(dir, "fetch", "-q", second, "refs/tags/ledger-checkpoint/*:refs/tags/ledger-checkpoint/*");
    expect(await verifyBoth(dir)).toMatchObject(file("refs/tags/ledger-checkpoint/000000000306", "LEDGER_INCONSISTENT"));
  });
});

describe("publishing: push to a bare remote, verify a fresh clone", () => {
  it("pushes the branch and the checkpoint tags; a fresh clone verifies from refs/remotes/origin/ledger", async () => {
    const remote = await dirs.make();
    runGit(remote, "init", "-q", "--bare", "-b", "main");
    const dir = await ledgerRepo();
    runGit(dir, "remote", "set-url", "origin", remote);
    runGit(dir, "push", "-q", "origin", "main");
    const state = await dirs.make();
    await cp(witnessState, state, { recursive: true });
    const w = witnessOf(witness, state, [gatekeeper, doer], manualClock(T0 + 60_000));
    const ledger = await openGitLedger({ dir, clock: manualClock(T0 + 60_000), remote: "origin", witnesses: [w] });
    await ledger.push();
    await ledger.append([draft(7, "phase.hard.scheduled")], dr);
    await ledger.push();
    const clone = await dirs.make();
    runGit(clone, "clone", "-q", remote, ".");
    expect(runGit(clone, "branch", "--list", "ledger")).toBe("");
    expect(await verifyBoth(clone)).toMatchObject({ ok: true, ref: "refs/remotes/origin/ledger", size: 308, witnessed: { size: 308 } });
    expect(await verifyLedger({ dir: remote })).toMatchObject({ ok: true, ref: "refs/heads/ledger", size: 308 });
  });

  it("the remote refuses rewritten history: push fails with GIT_FAILED and git's stderr", async () => {
    const remote = await dirs.make();
    runGit(remote, "init", "-q", "--bare", "-b", "main");
    const dir = await ledgerRepo();
    const ledger = await openGitLedger({ dir, clock: manualClock(T0), remote });
    await ledger.push();
    runGit(dir, "update-ref", "refs/heads/ledger", "refs/heads/ledger~1");
    await ledger.append([draft(9, "reinstate.done")], dr);
    const failure = ledger.push();
    await expect(failure).rejects.toMatchObject({ code: "GIT_FAILED" });
    await expect(failure).rejects.toMatchObject({ details: { stderr: expect.stringMatching(/rejected|non-fast-forward/) } });
  });

  it("no ledger branch → LEDGER_EMPTY; no trust roots → KEY_MISSING", async () => {
    const empty = await makeRepo(await dirs.make(), [gatekeeper]);
    expect(await verifyBoth(empty)).toMatchObject({ ok: false, ref: null, firstBad: { code: "LEDGER_EMPTY" } });
    const dir = await ledgerRepo();
    runGit(dir, "rm", "-q", "-r", "ledger/keys");
    runGit(dir, "commit", "-q", "-m", "drop keys");
    await expect(verifyLedger({ dir })).rejects.toMatchObject({ code: "KEY_MISSING" });
    expect(spawnSync(process.execPath, [MJS, "--repo", dir]).status).toBe(2);
  });
});
