import { sign } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCheckpoint } from "../../app/ledger/build-checkpoint.js";
import { buildRecords } from "../../app/ledger/build-records.js";
import { canonicalJson } from "../../app/ledger/canonical-json.js";
import { eventHash } from "../../app/ledger/event-hash.js";
import { openGitLedger } from "../../app/ledger/git-ledger.js";
import { ledgerFileBytes } from "../../app/ledger/layout.js";
import { loadTrustedKeys } from "../../app/ledger/load-trusted-keys.js";
import { createLedgerSigner } from "../../app/ledger/signer.js";
import type { LedgerRecord, LedgerSigner } from "../../app/ledger/types.js";
import { verifyLedger } from "../../app/ledger/verify-ledger.js";
import { manualClock } from "../../app/util/clock.js";
import { bytesOf, draft, ledgerFiles, makeRepo, newKey, runGit, tamper, tempDirs, text } from "./helpers.js";

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

const T0 = Date.UTC(2026, 0, 31, 12);
const gatekeeper = newKey("gatekeeper");
const doer = newKey("doer");
const mallory = newKey("mallory");
const gk = createLedgerSigner(gatekeeper.privateKeyPem, gatekeeper.kid);
const dr = createLedgerSigner(doer.privateKeyPem, doer.kid);
const ev = (seq: number) => `events/${String(seq).padStart(12, "0")}.json`;
const recordAt = (files: Map<string, Uint8Array>, seq: number) => JSON.parse(text(files.get(ev(seq))!)) as LedgerRecord;

let pristine: string;
/** A fresh copy of a 6-event ledger (seq 0..5, two signers, three commits). */
async function ledgerRepo(): Promise<string> {
  const dir = await dirs.make();
  runGit(dir, "clone", "-q", "--no-local", pristine, ".");
  runGit(dir, "branch", "-q", "ledger", "origin/ledger");
  return dir;
}

beforeAll(async () => {
  pristine = await makeRepo(await dirs.make(), [gatekeeper, doer]);
  const ledger = await openGitLedger({ dir: pristine, clock: manualClock(T0) });
  await ledger.append([draft(0, "request.received"), draft(1)], gk);
  await ledger.append([draft(2, "approval.recorded"), draft(3, "packet.signed")], gk);
  await ledger.append([draft(4, "lease.issued"), draft(5, "phase.soft.done")], dr);
});

describe("verifyLedger: an intact ledger", () => {
  it("verifies with trust roots from the default branch", async () => {
    const dir = await ledgerRepo();
    const result = await verifyLedger({ dir });
    expect(result).toMatchObject({ ok: true, ref: "refs/heads/ledger", size: 6, events: 6, branchCommit: runGit(dir, "rev-parse", "ledger").trim() });
    expect(result.keys.kids).toEqual([doer.kid, gatekeeper.kid].sort());
    expect(result.keys.source).toMatch(/^HEAD@[0-9a-f]{12}:ledger\/keys$/);
    expect(result.firstBad).toBeUndefined();
  });

  it("takes trust roots from main even with the ledger branch checked out", async () => {
    const dir = await ledgerRepo();
    runGit(dir, "checkout", "-q", "ledger");
    const result = await verifyLedger({ dir });
    expect(result).toMatchObject({ ok: true, size: 6 });
    expect(result.keys.source).toMatch(/^refs\/remotes\/origin\/HEAD@/);
  });

  it("accepts explicit trust roots (keysDir, trustedKeys, keysFromRef)", async () => {
    const dir = await ledgerRepo();
    expect(await verifyLedger({ dir, keysDir: join(dir, "ledger", "keys") })).toMatchObject({ ok: true });
    expect(await verifyLedger({ dir, trustedKeys: await loadTrustedKeys(join(dir, "ledger", "keys")) })).toMatchObject({ ok: true });
    expect(await verifyLedger({ dir, keysFromRef: "refs/heads/main" })).toMatchObject({ ok: true });
  });

  it("only trusting one of the two writers fails at the other's first event", async () => {
    const dir = await ledgerRepo();
    const onlyGatekeeper = join(await dirs.make(), "keys");
    await mkdir(onlyGatekeeper);
    await writeFile(join(onlyGatekeeper, `${gatekeeper.kid}.pem`), gatekeeper.publicKeyPem);
    const result = await verifyLedger({ dir, keysDir: onlyGatekeeper });
    expect(result).toMatchObject({ ok: false, size: 4, firstBad: { seq: 4, path: ev(4), code: "LEDGER_KEY_UNKNOWN" } });
  });

  it("no ledger branch → ok: false, LEDGER_EMPTY", async () => {
    const dir = await makeRepo(await dirs.make(), [gatekeeper]);
    expect(await verifyLedger({ dir })).toMatchObject({ ok: false, ref: null, events: 0, firstBad: { code: "LEDGER_EMPTY" } });
  });

  it("no trust roots on the default branch → KEY_MISSING (fail closed)", async () => {
    const dir = await ledgerRepo();
    runGit(dir, "rm", "-q", "-r", "ledger/keys");
    runGit(dir, "commit", "-q", "-m", "drop keys");
    await expect(verifyLedger({ dir })).rejects.toMatchObject({ code: "KEY_MISSING" });
  });

  it("a trust root whose name is not its kid → KEY_INVALID", async () => {
    const dir = await ledgerRepo();
    await writeFile(join(dir, "ledger", "keys", `${gatekeeper.kid}.pem`), doer.publicKeyPem);
    runGit(dir, "commit", "-q", "-am", "swap key");
    await expect(verifyLedger({ dir })).rejects.toMatchObject({ code: "KEY_INVALID" });
  });
});

describe("verifyLedger: tampering is caught and named", () => {
  it("one byte flipped in an event, committed through a git worktree", async () => {
    const dir = await ledgerRepo();
    const wt = join(await dirs.make(), "wt");
    runGit(dir, "worktree", "add", "-q", wt, "ledger");
    const file = join(wt, ev(3));
    await writeFile(file, (await readFile(file, "utf8")).replace('"req-3"', '"req-7"'));
    runGit(wt, "commit", "-q", "-am", "fix typo");
    const result = await verifyLedger({ dir });
    expect(result).toMatchObject({ ok: false, size: 3, events: 6, firstBad: { seq: 3, path: ev(3), code: "LEDGER_CORRUPT" } });
    expect(result.firstBad!.message).toMatch(/^event 3 \(events\/000000000003\.json\): hash mismatch: recorded [0-9a-f]{64}, computed [0-9a-f]{64}$/);
  });

  it("any single-byte change to any event file fails at that event (property)", async () => {
    const dir = await ledgerRepo();
    const original = runGit(dir, "rev-parse", "ledger").trim();
    const files = await ledgerFiles(dir);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 5 }), fc.nat(), fc.integer({ min: 1, max: 255 }), async (seq, at, mask) => {
        runGit(dir, "update-ref", "refs/heads/ledger", original);
        const bytes = Uint8Array.from(files.get(ev(seq))!);
        bytes[at % bytes.length]! ^= mask;
        await tamper(dir, (f) => void f.set(ev(seq), bytes));
        const result = await verifyLedger({ dir });
        expect(result).toMatchObject({ ok: false, size: seq, firstBad: { seq, path: ev(seq) } });
      }),
      { numRuns: 40 },
    );
  });

  it("an event deleted from the middle", async () => {
    const dir = await ledgerRepo();
    await tamper(dir, (f) => void f.delete(ev(2)));
    expect(await verifyLedger({ dir })).toMatchObject({ ok: false, size: 2, firstBad: { seq: 2, path: ev(2), code: "LEDGER_CORRUPT" } });
  });

  it("two events swapped", async () => {
    const dir = await ledgerRepo();
    await tamper(dir, (f) => {
      const [two, three] = [f.get(ev(2))!, f.get(ev(3))!];
      f.set(ev(2), three);
      f.set(ev(3), two);
    });
    expect(await verifyLedger({ dir })).toMatchObject({ ok: false, firstBad: { seq: 2, path: ev(2), code: "LEDGER_CORRUPT" } });
  });

  it("an event rewritten with a consistently recomputed hash (the signature catches it)", async () => {
    const dir = await ledgerRepo();
    await tamper(dir, (f) => {
      const record = recordAt(f, 3);
      record.event.data = { ...record.event.data, outcome: "deny" };
      record.hash = eventHash(record.event);
      f.set(ev(3), ledgerFileBytes(record));
    });
    expect(await verifyLedger({ dir })).toMatchObject({ ok: false, size: 3, firstBad: { seq: 3, path: ev(3), code: "LEDGER_SIGNATURE_INVALID" } });
  });

  it("history forged from event 3 on with an untrusted key, chain and checkpoint consistent", async () => {
    const dir = await ledgerRepo();
    const forger = createLedgerSigner(mallory.privateKeyPem, mallory.kid);
    await forgeFrom(dir, 3, forger);
    expect(await verifyLedger({ dir })).toMatchObject({ ok: false, size: 3, firstBad: { seq: 3, path: ev(3), code: "LEDGER_KEY_UNKNOWN" } });
  });

  it("history forged with an untrusted key that claims a trusted kid", async () => {
    const dir = await ledgerRepo();
    const impostor: LedgerSigner = { kid: gatekeeper.kid, sign: (hash) => new Uint8Array(sign(null, hash, mallory.privateKeyPem)) };
    await forgeFrom(dir, 3, impostor);
    expect(await verifyLedger({ dir })).toMatchObject({ ok: false, size: 3, firstBad: { seq: 3, path: ev(3), code: "LEDGER_SIGNATURE_INVALID" } });
  });

  it("the last event truncated (the checkpoint catches it)", async () => {
    const dir = await ledgerRepo();
    await tamper(dir, (f) => void f.delete(ev(5)));
    expect(await verifyLedger({ dir })).toMatchObject({ ok: false, size: 5, events: 5, firstBad: { seq: null, path: "checkpoint.json", code: "LEDGER_CORRUPT" } });
  });

  it("truncated with a checkpoint re-signed by an untrusted key", async () => {
    const dir = await ledgerRepo();
    await tamper(dir, (f) => {
      f.delete(ev(5));
      const head = recordAt(f, 4).hash;
      f.set("checkpoint.json", ledgerFileBytes(buildCheckpoint(5, head, "2026-02-01T00:00:00.000Z", createLedgerSigner(mallory.privateKeyPem, mallory.kid))));
    });
    expect(await verifyLedger({ dir })).toMatchObject({ ok: false, firstBad: { path: "checkpoint.json", code: "LEDGER_KEY_UNKNOWN" } });
  });

  it("an event file re-serialised in a non-canonical form (same content)", async () => {
    const dir = await ledgerRepo();
    await tamper(dir, (f) => void f.set(ev(1), bytesOf(`${JSON.stringify(recordAt(f, 1), null, 2)}\n`)));
    expect(await verifyLedger({ dir })).toMatchObject({ ok: false, size: 1, firstBad: { seq: 1, path: ev(1), code: "LEDGER_CORRUPT" } });
  });

  it("an event file with its keys in another order, or without the trailing newline", async () => {
    const reordered = await ledgerRepo();
    await tamper(reordered, (f) => {
      const { event, hash, sig } = recordAt(f, 1);
      f.set(ev(1), bytesOf(`${JSON.stringify({ sig, hash, event })}\n`));
    });
    expect(await verifyLedger({ dir: reordered })).toMatchObject({ firstBad: { seq: 1, code: "LEDGER_CORRUPT" } });
    const noNewline = await ledgerRepo();
    await tamper(noNewline, (f) => void f.set(ev(1), bytesOf(canonicalJson(recordAt(f, 1)))));
    expect(await verifyLedger({ dir: noNewline })).toMatchObject({ firstBad: { seq: 1, code: "LEDGER_CORRUPT" } });
  });

  it("malformed JSON", async () => {
    const dir = await ledgerRepo();
    await tamper(dir, (f) => void f.set(ev(4), bytesOf("{not json\n")));
    const result = await verifyLedger({ dir });
    expect(result).toMatchObject({ ok: false, firstBad: { seq: 4, path: ev(4), code: "LEDGER_CORRUPT" } });
    expect(result.firstBad!.reason).toMatch(/^malformed JSON/);
  });

  it("an unknown event type, even correctly hashed and signed by a trusted key", async () => {
    const dir = await ledgerRepo();
    await tamper(dir, (f) => {
      const record = recordAt(f, 5);
      (record.event as { type: string }).type = "payroll.exported";
      record.hash = eventHash(record.event);
      record.sig = { kid: doer.kid, alg: "Ed25519", value: Buffer.from(dr.sign(Buffer.from(record.hash, "hex"))).toString("base64url") };
      f.set(ev(5), ledgerFileBytes(record));
    });
    expect(await verifyLedger({ dir })).toMatchObject({ ok: false, firstBad: { seq: 5, code: "LEDGER_CORRUPT" } });
  });

  it("extra files: a stray file in events/, an extra top-level file, an event past the checkpoint", async () => {
    const stray = await ledgerRepo();
    await tamper(stray, (f) => void f.set("events/notes.txt", bytesOf("hi\n")));
    expect(await verifyLedger({ dir: stray })).toMatchObject({ ok: false, firstBad: { seq: null, path: "events/notes.txt", code: "LEDGER_CORRUPT" } });
    const top = await ledgerRepo();
    await tamper(top, (f) => void f.set("README.md", bytesOf("hi\n")));
    expect(await verifyLedger({ dir: top })).toMatchObject({ ok: false, firstBad: { seq: null, path: "README.md", code: "LEDGER_CORRUPT" } });
    const extra = await ledgerRepo();
    await tamper(extra, (f) => {
      const [record] = buildRecords([draft(6)], { seq: 6, prev: recordAt(f, 5).hash, time: "2026-02-01T00:00:00.000Z" }, gk);
      f.set(ev(6), ledgerFileBytes(record));
    });
    expect(await verifyLedger({ dir: extra })).toMatchObject({ ok: false, size: 7, events: 7, firstBad: { path: "checkpoint.json", code: "LEDGER_CORRUPT" } });
  });

  it("a missing checkpoint", async () => {
    const dir = await ledgerRepo();
    await tamper(dir, (f) => void f.delete("checkpoint.json"));
    expect(await verifyLedger({ dir })).toMatchObject({ ok: false, size: 6, firstBad: { path: "checkpoint.json", code: "LEDGER_CORRUPT" } });
  });
});

describe("publishing: push to a bare remote, verify a fresh clone", () => {
  it("pushes the branch, and a fresh clone verifies from refs/remotes/origin/ledger", async () => {
    const remote = await dirs.make();
    runGit(remote, "init", "-q", "--bare", "-b", "main");
    const dir = await ledgerRepo();
    runGit(dir, "remote", "set-url", "origin", remote);
    runGit(dir, "push", "-q", "origin", "main");
    const ledger = await openGitLedger({ dir, clock: manualClock(T0), remote: "origin" });
    await ledger.push();
    await ledger.append([draft(6, "phase.hard.scheduled")], dr);
    await ledger.push();
    const clone = await dirs.make();
    runGit(clone, "clone", "-q", remote, ".");
    expect(runGit(clone, "branch", "--list", "ledger")).toBe("");
    expect(await verifyLedger({ dir: clone })).toMatchObject({ ok: true, ref: "refs/remotes/origin/ledger", size: 7 });
    expect(await verifyLedger({ dir: remote })).toMatchObject({ ok: true, ref: "refs/heads/ledger", size: 7 });
  });

  it("the remote refuses rewritten history: push fails with GIT_FAILED and git's stderr", async () => {
    const remote = await dirs.make();
    runGit(remote, "init", "-q", "--bare", "-b", "main");
    const dir = await ledgerRepo();
    const ledger = await openGitLedger({ dir, clock: manualClock(T0), remote });
    await ledger.push();
    runGit(dir, "update-ref", "refs/heads/ledger", "refs/heads/ledger~1");
    await ledger.append([draft(9, "reinstate.done")], gk);
    const failure = ledger.push();
    await expect(failure).rejects.toMatchObject({ code: "GIT_FAILED" });
    await expect(failure).rejects.toMatchObject({ details: { stderr: expect.stringMatching(/rejected|non-fast-forward/) } });
  });
});

/** Rewrites events from `seq` on (changing event `seq`'s data) with a consistent chain and checkpoint signed by `signer`. */
async function forgeFrom(dir: string, seq: number, signer: LedgerSigner): Promise<void> {
  await tamper(dir, (f) => {
    const total = [...f.keys()].filter((p) => p.startsWith("events/")).length;
    const drafts = [];
    for (let i = seq; i < total; i++) {
      const { event } = recordAt(f, i);
      drafts.push({ type: event.type, tenant: event.tenant, actor: event.actor, subject: event.subject, data: i === seq ? { ...event.data, outcome: "deny" } : event.data });
    }
    const records = buildRecords(drafts, { seq, prev: recordAt(f, seq).event.prev, time: "2026-02-01T00:00:00.000Z" }, signer);
    for (const record of records) f.set(ev(record.event.seq), ledgerFileBytes(record));
    const last = records[records.length - 1]!;
    f.set("checkpoint.json", ledgerFileBytes(buildCheckpoint(total, last.hash, "2026-02-01T00:00:00.000Z", signer)));
  });
}
