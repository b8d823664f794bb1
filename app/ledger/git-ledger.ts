import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { OffboardError } from "../errors.js";
import { systemClock, type Clock } from "../util/clock.js";
import { checkpointTagCache } from "./checkpoint-tag-cache.js";
import { publishCheckpointTag, readLatestCheckpointTag } from "./checkpoint-tags.js";
import { compareAndSwapRef } from "./compare-and-swap-ref.js";
import { cosignTip } from "./cosign-tip.js";
import { roleRefusal } from "./key-roles.js";
import { MAX_SEQ } from "./layout.js";
import { withLock, type LockOptions } from "./ledger-lock.js";
import { createFoldCache } from "./fold-cache.js";
import { freshRead } from "./fresh-read.js";
import { assertBranchName, assertSigner, isoTime } from "./git-ledger-checks.js";
import { groupCommitQueue } from "./group-commit-queue.js";
import { createLedgerReader } from "./ledger-reader.js";
import { consistencyRanges, inclusionRanges } from "./merkle-proof-ranges.js";
import { planGroup, type GroupPlan, type PendingAppend } from "./plan-group.js";
import { pushLedger } from "./push-ledger.js";
import { readLedgerTip, type LedgerTip } from "./read-ledger-tip.js";
import { resolveGitdir } from "./resolve-gitdir.js";
import { resolveRef } from "./resolve-ref.js";
import type { EventDraft, LedgerRecord, LedgerSigner, ProvableLedger } from "./types.js";
import { validateDrafts } from "./validate-drafts.js";
import type { Witness } from "./witness.js";
import { writeLedgerCommit } from "./write-ledger-commit.js";

/** Tips kept besides the current one, for reads that raced a commit (see currentTip). */
const RECENT_TIPS = 4;

/** Under the ledger lock, how old a `<ref>.lock` must be to be taken for a dead writer's. */
const REF_LOCK_STALE_MS = 2_000;

export interface GitLedgerOptions {
  /** A git repository: working tree root, linked worktree or bare repository. */
  dir: string;
  /** Event, commit and cosignature times. */
  clock: Clock;
  /** Branch holding the ledger; default "ledger". */
  branch?: string;
  /** Remote name or URL that `push()` publishes the branch and checkpoint tags to. */
  remote?: string;
  /** More remotes that receive the checkpoint tags (a protected second remote). */
  checkpointRemotes?: string[];
  /** The log's name in checkpoints, fixed by the first commit; default `offboard.invalid/ledger/<32 random hex>`. */
  origin?: string;
  /** Witnesses asked to cosign every new checkpoint; append resolves once all of them did. */
  witnesses?: Witness[];
  /** Waiting for and breaking the writer lock `<gitdir>/offboard-ledger.lock`. */
  lock?: LockOptions;
  /** Compare-and-swap attempts before LEDGER_WRITE_CONFLICT; default 8. */
  maxAttempts?: number;
  /** At most this many events per group commit; default 20 000. */
  maxGroupEvents?: number;
}

export interface GitLedger extends ProvableLedger {
  readonly dir: string;
  readonly gitdir: string;
  /** Full ref name, e.g. refs/heads/ledger. */
  readonly ref: string;
  /** Pushes the branch and the checkpoint tags, never forced. CONFIG_MISSING when no remote was given. */
  push(): Promise<void>;
  /** Collects cosignatures for the current tip and publishes them as a checkpoint tag (append does this already). */
  witness(): Promise<string | null>;
}

/**
 * A ledger stored on a branch of a real git repository (ledger/SPEC.md), written as loose objects
 * straight into the object database (loose-objects.ts) and read through isomorphic-git: the working tree, the index and the checked-out branch are
 * never touched. Appends that arrive while a commit is in flight are batched into the next one
 * (group commit: group-commit-queue.ts); each commit seals full segments, rewrites the tail, state.json and the signed
 * checkpoint, and lands with a compare-and-swap on the ref, retried on conflict, so concurrent
 * writers (processes, hosts sharing the repository) never fork the chain or lose an event.
 */
export async function openGitLedger(options: GitLedgerOptions): Promise<GitLedger> {
  const branch = options.branch ?? "ledger";
  assertBranchName(branch);
  const { dir, clock, remote } = options;
  const gitdir = await resolveGitdir(dir);
  const ref = `refs/heads/${branch}`;
  const lockPath = join(gitdir, "offboard-ledger.lock");
  const lock = options.lock ?? {};
  const maxAttempts = options.maxAttempts ?? 8;
  const maxGroup = options.maxGroupEvents ?? 20_000;
  const witnesses = options.witnesses ?? [];
  const cache = {};
  const reader = createLedgerReader(gitdir, ref, cache);
  const readFrom = async (seq: number) => reader.records(await currentTip(), seq);
  const fold = createFoldCache(readFrom);
  const known = new Map<string, number>();
  let tip: LedgerTip | null = null;
  /** The tip of the commit being swapped onto the ref: readers may see the ref move before the swap returns. */
  let landing: LedgerTip | null = null;
  /** The checkpoint tag at a size, its tag objects remembered (checkpoint-tag-cache.ts). */
  const tagAt = checkpointTagCache(gitdir);
  /** Tips this instance had before the current one, newest first. */
  let recent: LedgerTip[] = [];
  /** This instance's commit in flight and its witnessing, while they run (see latestCheckpoint). */
  let witnessing: Promise<unknown> | null = null;

  // Tips are looked up by commit once the ref is read: the newest, the one being swapped in, and
  // the few before (a read that began before a commit landed sees the previous one), and a read
  // that began before a commit landed never replaces the newer tip. Otherwise every read racing a
  // commit (several per event under load) re-reads and re-checks the tree, state and 256-event tail.
  const knownTip = (commit: string) => (tip?.commit === commit ? tip : landing?.commit === commit ? landing : (recent.find((t) => t.commit === commit) ?? null));
  const readRef = freshRead(() => resolveRef(gitdir, ref));
  const currentTip = async () => {
    const read = await readLedgerTip(gitdir, ref, knownTip, cache, readRef);
    if (tip === null || read.commit === null || read.size >= tip.size) setTip(read);
    return read;
  };
  const setTip = (next: LedgerTip | null) => {
    if (tip !== null && tip !== next && tip.commit !== null) recent = [tip, ...recent.filter((t) => t.commit !== next?.commit)].slice(0, RECENT_TIPS);
    tip = next;
  };

  async function commitGroup(group: readonly PendingAppend[]): Promise<GroupPlan> {
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const current = await currentTip();
      const timeMs = clock();
      const origin = current.origin ?? options.origin ?? `offboard.invalid/ledger/${randomBytes(16).toString("hex")}`;
      const plan = await planGroup(current, group, isoTime(timeMs), origin, witnesses);
      if (plan.checkpointSigner === null) return plan;
      if (current.size + plan.records.length - 1 > MAX_SEQ) throw new OffboardError("LEDGER_WRITE_CONFLICT", `ledger ${ref} is full (seq limit ${MAX_SEQ})`, { ref });
      const next = await writeLedgerCommit({ gitdir, tip: current, origin, records: plan.records, lines: plan.lines, keys: plan.keys, signer: plan.checkpointSigner, timeMs, onSealed: reader.wrote });
      // We hold the ledger lock: a ref lock older than REF_LOCK_STALE_MS was left by a writer killed
      // mid-update (an update holds it for milliseconds), not by a live cooperating writer.
      // Before the swap: a read racing it takes these records for their lines (a line with another
      // hash or signature, should another writer win, is parsed as always).
      reader.wroteRecords(plan.records);
      landing = next;
      let swapped: boolean;
      try {
        swapped = await compareAndSwapRef({ gitdir, ref, expected: current.commit, next: next.commit!, staleMs: Math.min(lock.staleMs ?? 60_000, REF_LOCK_STALE_MS), waitForLock: true, now: lock.now ?? systemClock });
      } finally {
        landing = null;
      }
      if (swapped) {
        setTip(next);
        return plan;
      }
      tip = null;
      await sleep(attempt * 5 * Math.random());
    }
    throw new OffboardError(
      "LEDGER_WRITE_CONFLICT",
      `ledger ${ref}: the branch kept moving under us (${maxAttempts} compare-and-swap attempts); is a writer ignoring ${lockPath}?`,
      { ref, attempts: maxAttempts },
    );
  }

  async function witnessTip(): Promise<string | null> {
    if (witnesses.length === 0) return null;
    for (let attempt = 0; attempt < maxAttempts; attempt++) {
      const current = await currentTip();
      if (current.commit === null) return null;
      // A witness revoked on the ledger no longer counts (validity by position): stop asking it.
      const active = witnesses.filter((w) => (current.keys.get(w.kid)?.revoked ?? null) === null);
      const result = await cosignTip(current, { witnesses: active, known, consistencyProof: (from, to) => proofOf(current, consistencyRanges(from, to)) });
      if ("movedTo" in result) {
        tip = null;
        continue;
      }
      await publishCheckpointTag(gitdir, current.size, current.commit, result.note, clock(), lock.now ?? systemClock);
      return result.note;
    }
    throw new OffboardError("LEDGER_WITNESS_FAILED", `ledger ${ref}: witnesses kept seeing newer checkpoints than the branch (${maxAttempts} attempts)`, { ref });
  }

  async function proofOf(at: LedgerTip, ranges: readonly (readonly [number, number])[]): Promise<string[]> {
    const out: string[] = [];
    for (const [start, end] of ranges) out.push(await reader.subtreeHash(at, start, end));
    return out;
  }

  // Each group is committed under the ledger lock, then witnessed; `witnessing` holds that work while it runs.
  const enqueue = groupCommitQueue(
    maxGroup,
    async (group) => {
      const plan = await withLock(lockPath, lock, () => commitGroup(group));
      if (plan.checkpointSigner !== null) await witnessTip();
      return plan;
    },
    (work) => {
      witnessing = work;
    },
  );

  async function tipFor(size?: number): Promise<LedgerTip> {
    const current = await currentTip();
    if (size !== undefined && (!Number.isSafeInteger(size) || size < 1 || size > current.size)) {
      throw new OffboardError("LEDGER_CHECKPOINT_INVALID", `ledger ${ref} holds ${current.size} events; no tree of size ${size}`, { size, current: current.size });
    }
    return current;
  }

  return {
    dir,
    gitdir,
    ref,
    async append(drafts: EventDraft[], signer: LedgerSigner): Promise<LedgerRecord[]> {
      const valid = validateDrafts(drafts);
      assertSigner(signer);
      const refused = valid.map((d) => roleRefusal(signer.kid, d.draft.type)).find((r) => r !== null);
      if (refused) throw new OffboardError("LEDGER_KEY_NOT_VALID", `ledger append refused: ${refused}`, { kid: signer.kid });
      if (valid.length === 0) return [];
      return enqueue({ drafts: valid, signer });
    },
    async read(): Promise<LedgerRecord[]> {
      return reader.records(await currentTip());
    },
    readFrom,
    fold,
    async recordAt(seq: number): Promise<LedgerRecord | null> {
      return reader.recordAt(await currentTip(), seq);
    },
    async latestCheckpoint(o: { witnessed?: boolean } = {}): Promise<string | null> {
      if (!o.witnessed) return (await currentTip()).checkpoint;
      // Tags are published only for sizes the branch has reached, after it reached them, so the
      // tag for the current tip's size, when it exists, is the newest one: one ref look-up instead
      // of listing every tag (their number grows with every commit, and the executor asks before
      // every packet). When this instance has a commit in flight or is witnessing the one it just
      // landed, the tag is about to exist: wait for it rather than list. Still missing (a commit
      // another writer landed and has not witnessed yet, a witness failure): list them all.
      const atTip = async () => {
        const size = (await currentTip()).size;
        return size > 0 ? tagAt(size) : null;
      };
      let tag = await atTip();
      // A few rounds at most: under a stream of appends the next commit may land meanwhile.
      for (let round = 0; tag === null && witnessing !== null && round < 3; round++) {
        await witnessing.catch(() => undefined);
        tag = await atTip();
      }
      return (tag ?? (await readLatestCheckpointTag(gitdir)))?.note ?? null;
    },
    async inclusionProof(seq: number, size: number): Promise<string[]> {
      const at = await tipFor(size);
      return proofOf(at, inclusionRanges(seq, size));
    },
    async consistencyProof(from: number, to: number): Promise<string[]> {
      const at = await tipFor(to);
      return proofOf(at, consistencyRanges(from, to));
    },
    witness: witnessTip,
    async push(): Promise<void> {
      if (remote === undefined) {
        throw new OffboardError("CONFIG_MISSING", `ledger ${ref}: no remote configured to push to (openGitLedger({ remote }))`, { ref });
      }
      await pushLedger(dir, remote, branch, true);
      for (const extra of options.checkpointRemotes ?? []) await pushLedger(dir, extra, branch, false);
    },
  };
}
