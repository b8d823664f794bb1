import type { KeyObject } from "node:crypto";
import { OffboardError } from "../errors.js";
import { checkCheckpoint } from "./check-checkpoint.js";
import { checkRecord } from "./check-record.js";
import { GENESIS_PREV } from "./event-hash.js";
import { eventPath } from "./layout.js";
import { formatFault, type LedgerFault } from "./ledger-fault.js";
import { loadTrustedKeys } from "./load-trusted-keys.js";
import { readBlob } from "./read-blob.js";
import { readLedgerTree } from "./read-ledger-tree.js";
import { readTrustedKeysFromGit, type TrustedKeys } from "./read-trusted-keys-from-git.js";
import { resolveGitdir } from "./resolve-gitdir.js";
import { resolveLedgerRef } from "./resolve-ledger-ref.js";
import { verifySignature } from "./verify-signature.js";

export interface VerifyLedgerOptions {
  /** A clone, a working repository or a bare repository. */
  dir: string;
  /** Branch name (refs/heads/<b>, then refs/remotes/origin/<b>) or a full ref; default "ledger". */
  branch?: string;
  /** Trust exactly these keys. */
  trustedKeys?: ReadonlyMap<string, KeyObject>;
  /** Trust the `<kid>.pem` files of this directory. */
  keysDir?: string;
  /** Trust `ledger/keys/` as committed on this ref (default: the repository's default branch). */
  keysFromRef?: string;
}

export interface LedgerVerification {
  ok: boolean;
  /** The ref that was verified, or null when no ledger branch was found. */
  ref: string | null;
  /** Commit the ref pointed at. */
  branchCommit: string | null;
  /** Events verified in order before the first failure (all of them when ok). */
  size: number;
  /** Hash of the last verified event, null when none. */
  head: string | null;
  /** Event files on the branch. */
  events: number;
  /** Where the trust roots came from, and their kids. */
  keys: { source: string; kids: string[] };
  /** The first failure; verification stops there. */
  firstBad?: LedgerFault & { message: string };
}

/**
 * Verifies the ledger branch of the repository at `dir` from scratch, the way an auditor does:
 * layout, then for every event in seq order its canonical bytes, seq, prev link, hash, type and
 * signature by a trusted key, then the signed checkpoint. Returns at the first failure, naming it
 * (`event 7 (events/000000000007.json): hash mismatch: recorded …, computed …`).
 * Trust roots default to `ledger/keys/` on the default branch (see readTrustedKeysFromGit).
 *
 * @throws OffboardError KEY_MISSING/KEY_INVALID when no usable trust roots are found, GIT_FAILED
 *   when `dir` is not a readable git repository. Tampering is a result (`ok: false`), not a throw.
 */
export async function verifyLedger(options: VerifyLedgerOptions): Promise<LedgerVerification> {
  const gitdir = await resolveGitdir(options.dir);
  const trust = await trustRoots(gitdir, options);
  const keys = { source: trust.source, kids: [...trust.keys.keys()].sort() };
  const branch = options.branch ?? "ledger";
  const found = await resolveLedgerRef(gitdir, branch);
  if (!("ref" in found)) {
    const reason = `no ledger branch (looked for ${found.tried.join(", ")})`;
    return fail({ ref: null, branchCommit: null, size: 0, head: null, events: 0, keys }, { seq: null, path: branch, reason, code: "LEDGER_EMPTY" });
  }
  const cache = {};
  const base = { ref: found.ref, branchCommit: found.commit, keys };
  const read = await readLedgerTree(gitdir, found.commit, cache);
  const { events } = read.tree;
  const files = read.tree.eventFileCount;
  let prev = GENESIS_PREV;
  for (const file of events) {
    const at = { ...base, size: file.seq, head: file.seq === 0 ? null : prev, events: files };
    const path = eventPath(file.seq);
    const check = checkRecord(await readBlob(gitdir, file.oid, path, cache), file.seq, prev);
    if (!check.ok) return fail(at, { seq: file.seq, path, reason: check.reason, code: "LEDGER_CORRUPT" });
    const signature = verifySignature(check.record.hash, check.record.sig, trust.keys);
    if (!signature.ok) return fail(at, { seq: file.seq, path, reason: signature.reason, code: signature.code });
    prev = check.record.hash;
  }
  const done = { ...base, size: events.length, head: events.length === 0 ? null : prev, events: files };
  if (read.fault !== null) return fail(done, read.fault);
  const checkpointBytes = read.tree.checkpoint === null ? null : await readBlob(gitdir, read.tree.checkpoint, "checkpoint.json", cache);
  const fault = checkCheckpoint(checkpointBytes, events.length, prev, trust.keys);
  return fault === null ? { ok: true, ...done } : fail(done, fault);
}

async function trustRoots(gitdir: string, options: VerifyLedgerOptions): Promise<TrustedKeys> {
  if (options.trustedKeys !== undefined) {
    if (options.trustedKeys.size === 0) throw new OffboardError("KEY_MISSING", "verifyLedger: trustedKeys is empty", {});
    return { keys: new Map(options.trustedKeys), source: "caller" };
  }
  if (options.keysDir !== undefined) return { keys: await loadTrustedKeys(options.keysDir), source: options.keysDir };
  return readTrustedKeysFromGit(gitdir, options.keysFromRef);
}

function fail(result: Omit<LedgerVerification, "ok" | "firstBad">, fault: LedgerFault): LedgerVerification {
  return { ok: false, ...result, firstBad: { ...fault, message: formatFault(fault) } };
}
