/**
 * Inclusion and consistency proofs from a real ledger branch (RFC 9162 §2.1), checked against the
 * signed checkpoints, directly and through the HTTP endpoints.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCheckpointBody } from "../../app/ledger/checkpoint-body.js";
import { openGitLedger, type GitLedger } from "../../app/ledger/git-ledger.js";
import { createLedgerHttpHandler } from "../../app/ledger/ledger-http-handler.js";
import { parseSignedNote } from "../../app/ledger/signed-note.js";
import type { LedgerRecord, TreeHead } from "../../app/ledger/types.js";
import { verifyConsistency, verifyInclusion } from "../../app/ledger/verify-merkle-proof.js";
import { eventHash } from "../../app/ledger/event-hash.js";
import { createLedgerReader } from "../../app/ledger/ledger-reader.js";
import { merkleRoot } from "../../app/ledger/merkle-frontier.js";
import { readLedgerTip } from "../../app/ledger/read-ledger-tip.js";
import { manualClock } from "../../app/util/clock.js";
import { draft, editLine, makeRepo, newKey, runGit, signerOf, tamper, tempDirs, witnessOf } from "./helpers.js";

const dirs = tempDirs();
const gatekeeper = newKey("gatekeeper");
const witness = newKey("witness");
let ledger: GitLedger;
let dir: string;
let server: Server;
let base: string;

const headOf = (note: string): TreeHead => {
  const parsed = parseSignedNote(note);
  if (!parsed.ok) throw new Error(parsed.reason);
  const body = parseCheckpointBody(parsed.note.text);
  if (!body.ok) throw new Error(body.reason);
  return body.head;
};

beforeAll(async () => {
  dir = await makeRepo(await dirs.make(), [gatekeeper, witness]);
  const clock = manualClock(Date.UTC(2026, 3, 1));
  ledger = await openGitLedger({ dir, clock, witnesses: [witnessOf(witness, await dirs.make(), [gatekeeper], clock)] });
  await ledger.append(Array.from({ length: 520 }, (_, i) => draft(i)), signerOf(gatekeeper));
  await ledger.append([draft(520), draft(521)], signerOf(gatekeeper));
  server = createServer(createLedgerHttpHandler(ledger));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await dirs.cleanup();
});

describe("proofs from the ledger branch", () => {
  it("every sampled event has an inclusion proof against the witnessed checkpoint, across segments and the tail", async () => {
    const head = headOf((await ledger.latestCheckpoint({ witnessed: true }))!);
    expect(head.size).toBe(524);
    for (const seq of [0, 1, 255, 256, 300, 511, 512, 520, 523]) {
      const record = (await ledger.recordAt(seq))!;
      const proof = await ledger.inclusionProof(seq, head.size);
      expect(verifyInclusion(seq, head.size, record.hash, proof, head.root)).toBe(true);
      expect(verifyInclusion(seq, head.size, eventHash({ ...record.event, subject: "other" }), proof, head.root)).toBe(false);
    }
  });

  it("consistency proofs link every published checkpoint to the next", async () => {
    const tags = runGit(dir, "tag", "-l", "ledger-checkpoint/*").trim().split("\n");
    const heads = tags.map((t) => headOf(runGit(dir, "cat-file", "tag", t).split("\n\n").slice(1).join("\n\n")));
    expect(heads.map((h) => h.size)).toEqual([522, 524]);
    expect(verifyConsistency(522, 524, heads[0]!.root, heads[1]!.root, await ledger.consistencyProof(522, 524))).toBe(true);
    expect(verifyConsistency(1, 524, (await ledger.recordAt(0))!.hash, heads[1]!.root, await ledger.consistencyProof(1, 524))).toBe(true);
  });

  it("refuses proofs for trees the ledger does not hold", async () => {
    await expect(ledger.inclusionProof(3, 999)).rejects.toMatchObject({ code: "LEDGER_CHECKPOINT_INVALID" });
    await expect(ledger.consistencyProof(3, 999)).rejects.toMatchObject({ code: "LEDGER_CHECKPOINT_INVALID" });
    expect(await ledger.recordAt(999)).toBeNull();
  });
});

describe("subtree hashes remembered by the reader", () => {
  it("match the hashes of the events themselves as the tail grows, and never answer for another history", async () => {
    const repo = await makeRepo(await dirs.make(), [gatekeeper]);
    const clock = manualClock(Date.UTC(2026, 3, 1));
    const a = await openGitLedger({ dir: repo, clock, branch: "ledger-a" });
    const b = await openGitLedger({ dir: repo, clock, branch: "ledger-b" });
    const gitdir = `${repo}/.git`;
    const reader = createLedgerReader(gitdir, "refs/heads/ledger-a", {});
    const tipOf = (branch: string) => readLedgerTip(gitdir, `refs/heads/${branch}`, () => null, {});
    // Same sizes, different events: b's events differ from a's from seq 1 on.
    await a.append(Array.from({ length: 40 }, (_, i) => draft(i)), signerOf(gatekeeper));
    await b.append(Array.from({ length: 40 }, (_, i) => draft(i === 0 ? 0 : 1000 + i)), signerOf(gatekeeper));
    for (let more = 0; more < 3; more++) {
      for (const branch of ["ledger-a", "ledger-b"]) {
        const tip = await tipOf(branch);
        const hashes = (await reader.records(tip)).map((r) => r.hash);
        for (const [start, end] of [[0, 32], [32, 40], [0, tip.size], [8, 16], [16, 32]] as const) {
          if (end > tip.size) continue;
          expect(await reader.subtreeHash(tip, start, end), `${branch} [${start}, ${end})`).toBe(merkleRoot(hashes.slice(start, end)));
        }
      }
      await a.append([draft(100 + more)], signerOf(gatekeeper));
      await b.append([draft(200 + more)], signerOf(gatekeeper));
    }
    const [tipA, tipB] = [await tipOf("ledger-a"), await tipOf("ledger-b")];
    expect(await reader.subtreeHash(tipA, 0, 32)).not.toBe(await reader.subtreeHash(tipB, 0, 32));
  });
});

describe("segments sealed after their tail was read", () => {
  const sealAfterTail = async (edit?: (files: Map<string, Uint8Array>) => void) => {
    const repo = await makeRepo(await dirs.make(), [gatekeeper]);
    const ledger = await openGitLedger({ dir: repo, clock: manualClock(Date.UTC(2026, 3, 1)) });
    const gitdir = `${repo}/.git`;
    const tipNow = () => readLedgerTip(gitdir, "refs/heads/ledger", () => null, {});
    const reader = createLedgerReader(gitdir, "refs/heads/ledger", {});
    await ledger.append(Array.from({ length: 249 }, (_, i) => draft(i)), signerOf(gatekeeper));
    expect((await tipNow()).sealed).toBe(0);
    await reader.records(await tipNow()); // the reader now remembers a tail of 250 events
    await ledger.append(Array.from({ length: 10 }, (_, i) => draft(300 + i)), signerOf(gatekeeper));
    if (edit) await tamper(repo, edit, { force: true });
    const tip = await tipNow();
    expect(tip.sealed).toBe(256);
    return { tip, reader, fresh: createLedgerReader(gitdir, "refs/heads/ledger", {}) };
  };

  it("give the records and root a whole read gives", async () => {
    const { tip, reader, fresh } = await sealAfterTail();
    const records = await reader.records(tip);
    expect(records).toEqual(await fresh.records(tip));
    expect(records.map((r) => r.event.seq)).toEqual(Array.from({ length: 260 }, (_, i) => i));
    expect(await reader.subtreeHash(tip, 0, 256)).toBe(merkleRoot(records.slice(0, 256).map((r) => r.hash)));
  });

  it.each([
    ["an event edited after the remembered tail", 253],
    ["an event edited inside the remembered tail", 100],
  ])("are refused with the whole read's reason when %s", async (_name, seq) => {
    const edit = (files: Map<string, Uint8Array>) => editLine(files, seq, (l) => l.replace('"subject":"', '"subject":"x'));
    const { tip, reader, fresh } = await sealAfterTail(edit);
    const expected = await fresh.records(tip).then(
      () => null,
      (e: Error) => e.message,
    );
    expect(expected).toContain(`event ${seq} (segments/000000000000.jsonl:${seq + 1}): hash mismatch`);
    await expect(reader.records(tip)).rejects.toThrow(expected!);
  });
});

describe("records of older segments", () => {
  /** A ledger of `segments` sealed segments (and a short tail), its tip and a fresh reader. */
  const sealedLedger = async (segments: number) => {
    const repo = await makeRepo(await dirs.make(), [gatekeeper]);
    const ledger = await openGitLedger({ dir: repo, clock: manualClock(Date.UTC(2026, 3, 1)) });
    const gitdir = `${repo}/.git`;
    await ledger.append(Array.from({ length: segments * 256 }, (_, i) => draft(i)), signerOf(gatekeeper));
    const tip = await readLedgerTip(gitdir, "refs/heads/ledger", () => null, {});
    return { repo, gitdir, tip, reader: createLedgerReader(gitdir, "refs/heads/ledger", {}) };
  };

  it("are let go of and read again when asked for: every read gives the same records, in any order", async () => {
    const { tip, reader } = await sealedLedger(12);
    expect(tip.segments.length).toBe(12);
    const all = await reader.records(tip);
    expect(all.map((r) => r.event.seq)).toEqual(Array.from({ length: tip.size }, (_, i) => i));
    // The first segments' records were let go of while the last ones were read: ask for them again.
    for (const seq of [0, 300, 2900, 1, tip.size - 1, 700]) expect(await reader.recordAt(tip, seq)).toEqual(all[seq]);
    expect(await reader.records(tip, 10)).toEqual(all.slice(10));
    expect(await reader.records(tip)).toEqual(all);
  });

  it("a segment whose stored object changed after its records were let go of is refused when read again", async () => {
    const { repo, gitdir, tip, reader } = await sealedLedger(10);
    await reader.records(tip); // segment 0's records are let go of by the end
    // The object file of segment 0 rewritten in place with another event's text: same name, other content.
    const oid = tip.segments[0]!.oid;
    const path = `${gitdir}/objects/${oid.slice(0, 2)}/${oid.slice(2)}`;
    const text = runGit(repo, "cat-file", "blob", oid).replace('"subject":"req-5"', '"subject":"req-X"');
    const { deflateSync } = await import("node:zlib");
    const { chmodSync, writeFileSync } = await import("node:fs");
    chmodSync(path, 0o644);
    writeFileSync(path, deflateSync(Buffer.concat([Buffer.from(`blob ${Buffer.byteLength(text)}\0`), Buffer.from(text)])));
    // isomorphic-git checks an object's content against its id as it reads it.
    await expect(reader.recordAt(tip, 5)).rejects.toMatchObject({ code: "GIT_FAILED", message: expect.stringMatching(/cannot read segments\/000000000000\.jsonl \(object [0-9a-f]{40}\): SHA check failed/) });
  });
});

describe("HTTP endpoints", () => {
  const get = async (path: string) => {
    const res = await fetch(`${base}${path}`);
    return { status: res.status, type: res.headers.get("content-type"), body: await res.text() };
  };

  it("GET /ledger/checkpoint serves the newest witnessed checkpoint note", async () => {
    const res = await get("/ledger/checkpoint");
    expect(res).toMatchObject({ status: 200, type: "text/plain; charset=utf-8" });
    expect(res.body).toContain(`— ${witness.kid} `);
    expect(headOf(res.body).size).toBe(524);
    expect((await get("/ledger/checkpoint?source=branch")).body).not.toContain(`— ${witness.kid} `);
  });

  it("GET /ledger/proof/inclusion proves an event against that checkpoint", async () => {
    const head = headOf((await get("/ledger/checkpoint")).body);
    const res = await get("/ledger/proof/inclusion?seq=300");
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body) as { seq: number; size: number; leaf_hash: string; record: LedgerRecord; proof: string[] };
    expect(body).toMatchObject({ seq: 300, size: 524 });
    expect(eventHash(body.record.event)).toBe(body.leaf_hash);
    expect(verifyInclusion(300, head.size, body.leaf_hash, body.proof, head.root)).toBe(true);
  });

  it("GET /ledger/proof/consistency links two sizes", async () => {
    const res = await get("/ledger/proof/consistency?from=522&to=524");
    const body = JSON.parse(res.body) as { proof: string[] };
    const tags = runGit(dir, "tag", "-l", "ledger-checkpoint/*").trim().split("\n");
    const [a, b] = tags.map((t) => headOf(runGit(dir, "cat-file", "tag", t).split("\n\n").slice(1).join("\n\n")));
    expect(verifyConsistency(522, 524, a!.root, b!.root, body.proof)).toBe(true);
  });

  it.each([
    ["/ledger/proof/inclusion?seq=-1", 400],
    ["/ledger/proof/inclusion?seq=1&extra=2", 400],
    ["/ledger/proof/inclusion?seq=9999", 404],
    ["/ledger/proof/consistency?from=9&to=3", 400],
    ["/ledger/proof/consistency?from=1&to=99999", 404],
    ["/ledger/nothing", 404],
  ])("%s → %i", async (path, status) => {
    expect((await get(path)).status).toBe(status);
  });

  it("only GET", async () => {
    expect((await fetch(`${base}/ledger/checkpoint`, { method: "POST" })).status).toBe(405);
  });
});
