/** Shared helpers for the ledger suites: real temp git repositories, drafts, witnesses and a tampering attacker. */
import { execFileSync } from "node:child_process";
import { createPublicKey } from "node:crypto";
import fs from "node:fs";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import git from "isomorphic-git";
import { buildRecords } from "../../app/ledger/build-records.js";
import { canonicalRecord } from "../../app/ledger/check-record-line.js";
import { eventHash } from "../../app/ledger/event-hash.js";
import { generateLedgerKey, type LedgerKeyPair } from "../../app/ledger/generate-ledger-key.js";
import { applyKeyRules, type KeyEntry } from "../../app/ledger/key-table.js";
import { SEGMENT_SIZE, segmentPath } from "../../app/ledger/layout.js";
import { stateText } from "../../app/ledger/ledger-state.js";
import { createLocalWitness } from "../../app/ledger/local-witness.js";
import { appendLeaf, frontierRoot } from "../../app/ledger/merkle-frontier.js";
import { signCheckpoint } from "../../app/ledger/sign-checkpoint.js";
import { createLedgerSigner } from "../../app/ledger/signer.js";
import type { EventDraft, EventType, LedgerRecord, LedgerSigner } from "../../app/ledger/types.js";
import type { Witness } from "../../app/ledger/witness.js";
import type { Clock } from "../../app/util/clock.js";

const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_AUTHOR_NAME: "Test Author",
  GIT_AUTHOR_EMAIL: "author@example.com",
  GIT_COMMITTER_NAME: "Test Author",
  GIT_COMMITTER_EMAIL: "author@example.com",
  GIT_TERMINAL_PROMPT: "0",
};

/** Runs the real git CLI in `cwd`; returns stdout. */
export function runGit(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd, env: GIT_ENV, stdio: ["ignore", "pipe", "pipe"] }).toString("utf8");
}

/** Temp dirs created by a suite; call `cleanup()` in afterAll. */
export function tempDirs(): { make(prefix?: string): Promise<string>; cleanup(): Promise<void> } {
  const made: string[] = [];
  return {
    async make(prefix = "ledger-test-") {
      const dir = await mkdtemp(join(tmpdir(), prefix));
      made.push(dir);
      return dir;
    },
    async cleanup() {
      await Promise.all(made.map((d) => rm(d, { recursive: true, force: true })));
    },
  };
}

/**
 * A real repository like the product's: `main` with one reviewed commit holding
 * ledger/keys/<kid>.pem for each trusted key, plus an ordinary file.
 */
export async function makeRepo(dir: string, trusted: readonly LedgerKeyPair[]): Promise<string> {
  runGit(dir, "init", "-q", "-b", "main");
  await mkdir(join(dir, "ledger", "keys"), { recursive: true });
  for (const key of trusted) await writeFile(join(dir, "ledger", "keys", `${key.kid}.pem`), key.publicKeyPem);
  await writeFile(join(dir, "README.md"), "policy repo\n");
  runGit(dir, "add", "-A");
  runGit(dir, "commit", "-q", "-m", "trust ledger keys");
  return dir;
}

export function newKey(name: string): LedgerKeyPair {
  return generateLedgerKey(name);
}

export function signerOf(key: LedgerKeyPair): LedgerSigner {
  return createLedgerSigner(key.privateKeyPem, key.kid);
}

/** A local witness with key `key`, its own state directory, trusting the given writer keys. */
export function witnessOf(key: LedgerKeyPair, stateDir: string, writers: readonly LedgerKeyPair[], clock: Clock): Witness {
  return createLocalWitness({ privateKeyPem: key.privateKeyPem, stateDir, clock, logKeys: new Map(writers.map((w) => [w.kid, createPublicKey(w.publicKeyPem)])) });
}

export function draft(i: number, type: EventType = "policy.decided", extra: Record<string, string | number> = {}): EventDraft {
  const actor = DOER_TYPES.has(type) ? "doer" : "gatekeeper";
  return { type, tenant: "acme", actor, subject: `req-${i}`, data: { i, outcome: "allow", ...extra } };
}
const DOER_TYPES = new Set<EventType>(["doer.signature_rejected", "phase.soft.done", "phase.hard.scheduled", "phase.hard.done", "phase.failed", "reinstate.done"]);

/** Every file on the ledger branch tip, path → bytes. */
export async function ledgerFiles(dir: string, ref = "refs/heads/ledger"): Promise<Map<string, Uint8Array>> {
  const gitdir = join(dir, ".git");
  const oid = await git.resolveRef({ fs, gitdir, ref });
  const files = new Map<string, Uint8Array>();
  const walk = async (treeOid: string, prefix: string): Promise<void> => {
    for (const e of (await git.readTree({ fs, gitdir, oid: treeOid })).tree) {
      if (e.type === "tree") await walk(e.oid, `${prefix}${e.path}/`);
      else files.set(`${prefix}${e.path}`, (await git.readBlob({ fs, gitdir, oid: e.oid })).blob);
    }
  };
  await walk(oid, "");
  return files;
}

/**
 * The attacker with push access: rewrites the files of the ledger tip as `mutate` says and makes a
 * new commit on top of it (an ordinary fast-forward), straight in the object database. With
 * `force`, the new commit replaces the tip instead (a force push: history rewritten); with
 * "orphan" the whole history is replaced by this one commit; `parents` sets them outright.
 */
export async function tamper(dir: string, mutate: (files: Map<string, Uint8Array>) => void | Promise<void>, options: { force?: boolean | "orphan"; parents?: string[] } = {}): Promise<string> {
  const gitdir = join(dir, ".git");
  const ref = "refs/heads/ledger";
  const tip = await git.resolveRef({ fs, gitdir, ref });
  const parents = options.parents ?? (options.force === "orphan" ? [] : options.force ? (await git.readCommit({ fs, gitdir, oid: tip })).commit.parent : [tip]);
  const files = await ledgerFiles(dir);
  await mutate(files);
  const tree = await writeTreeOf(gitdir, files);
  const who = { name: "mallory", email: "mallory@example.com", timestamp: 1_800_000_000, timezoneOffset: 0 };
  const commit = await git.writeCommit({ fs, gitdir, commit: { message: "innocent\n", tree, parent: parents, author: who, committer: who } });
  runGit(dir, "update-ref", ref, commit, tip);
  return commit;
}

async function writeTreeOf(gitdir: string, files: Map<string, Uint8Array>): Promise<string> {
  const here: { mode: string; path: string; oid: string; type: "blob" | "tree" }[] = [];
  const sub = new Map<string, Map<string, Uint8Array>>();
  for (const [path, bytes] of files) {
    const slash = path.indexOf("/");
    if (slash === -1) here.push({ mode: "100644", path, oid: await git.writeBlob({ fs, gitdir, blob: bytes }), type: "blob" });
    else {
      const name = path.slice(0, slash);
      if (!sub.has(name)) sub.set(name, new Map());
      sub.get(name)!.set(path.slice(slash + 1), bytes);
    }
  }
  for (const [name, children] of sub) here.push({ mode: "040000", path: name, oid: await writeTreeOf(gitdir, children), type: "tree" });
  return git.writeTree({ fs, gitdir, tree: here });
}

export const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString("utf8");
export const bytesOf = (s: string): Uint8Array => new TextEncoder().encode(s);

/** The file and 0-based line holding event `seq` in a set of ledger files. */
export function lineOf(files: Map<string, Uint8Array>, seq: number): { path: string; index: number; location: string } {
  const sealed = [...files.keys()].filter((p) => p.startsWith("segments/")).length * SEGMENT_SIZE;
  const path = seq < sealed ? segmentPath(seq - (seq % SEGMENT_SIZE)) : "tail.jsonl";
  const index = seq < sealed ? seq % SEGMENT_SIZE : seq - sealed;
  return { path, index, location: `${path}:${index + 1}` };
}

/** Replaces the line of event `seq` by `mutate(line)` (line without its "\n"). */
export function editLine(files: Map<string, Uint8Array>, seq: number, mutate: (line: string) => string): void {
  const { path, index } = lineOf(files, seq);
  const lines = text(files.get(path)!).split("\n");
  lines[index] = mutate(lines[index]!);
  files.set(path, bytesOf(lines.join("\n")));
}

/** Every record in the files, in seq order. */
export function recordsIn(files: Map<string, Uint8Array>): LedgerRecord[] {
  const paths = [...files.keys()].filter((p) => p.startsWith("segments/")).sort();
  return [...paths, "tail.jsonl"].flatMap((p) => text(files.get(p) ?? new Uint8Array()).split("\n").filter(Boolean).map((l) => JSON.parse(l) as LedgerRecord));
}

/**
 * Lays out `records` as a writer would (segments, tail, state.json, checkpoint signed by
 * `checkpointSigner`), replacing every ledger file in `files`: what an insider holding the keys
 * can produce after rewriting events.
 */
export function layOut(files: Map<string, Uint8Array>, records: readonly LedgerRecord[], checkpointSigner: LedgerSigner): void {
  for (const p of [...files.keys()]) files.delete(p);
  const keys = new Map<string, KeyEntry>();
  let frontier: string[] = [];
  let chunk = "";
  records.forEach((r, i) => {
    applyKeyRules(keys, r.event, r.sig.kid, null);
    frontier = appendLeaf(frontier, i, r.hash);
    chunk += `${canonicalRecord(r)}\n`;
    if ((i + 1) % SEGMENT_SIZE === 0) {
      files.set(segmentPath(i + 1 - SEGMENT_SIZE), bytesOf(chunk));
      chunk = "";
    }
  });
  files.set("tail.jsonl", bytesOf(chunk));
  const origin = String(records[0]!.event.data.origin);
  files.set("state.json", bytesOf(stateText({ origin, size: records.length, head: records.at(-1)!.hash, frontier, keys: keys.values() })));
  files.set("checkpoint", bytesOf(signCheckpoint({ origin, size: records.length, root: frontierRoot(frontier) }, checkpointSigner)));
}

/**
 * Rewrites events from `seq` on with `change` applied to event `seq`, each re-signed by the signer
 * of its kid in `signers` (an insider holding those keys), and lays the whole branch out again.
 */
export function rewriteFrom(files: Map<string, Uint8Array>, seq: number, change: (d: EventDraft) => EventDraft, signers: ReadonlyMap<string, LedgerSigner>): LedgerRecord[] {
  const records = recordsIn(files);
  let prev = records[seq]!.event.prev;
  let last: LedgerSigner | undefined;
  for (let i = seq; i < records.length; i++) {
    const { event, sig } = records[i]!;
    const d: EventDraft = { type: event.type, tenant: event.tenant, actor: event.actor, subject: event.subject, data: event.data };
    last = signers.get(sig.kid)!;
    const [rebuilt] = buildRecords([i === seq ? change(d) : d], { seq: i, prev, time: event.time }, last);
    records[i] = rebuilt!;
    prev = rebuilt!.hash;
  }
  layOut(files, records, last!);
  return records;
}

/** A record re-signed by `signer` after `change` to its event (hash recomputed). */
export function resign(record: LedgerRecord, signer: LedgerSigner, change: (r: LedgerRecord) => void = () => undefined): LedgerRecord {
  const copy = structuredClone(record);
  change(copy);
  copy.hash = eventHash(copy.event);
  copy.sig = { kid: signer.kid, alg: "Ed25519", value: Buffer.from(signer.sign(Buffer.from(copy.hash, "hex"))).toString("base64url") };
  return copy;
}
