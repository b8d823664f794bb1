import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { OffboardError } from "../errors.js";
import { systemClock, type Clock } from "../util/clock.js";
import { buildCheckpoint } from "./build-checkpoint.js";
import { buildRecords } from "./build-records.js";
import { compareAndSwapRef } from "./compare-and-swap-ref.js";
import { KID_PATTERN } from "./key-id.js";
import { MAX_SEQ } from "./layout.js";
import { withLock, type LockOptions } from "./ledger-lock.js";
import { pushLedger } from "./push-ledger.js";
import { readLedgerRecords } from "./read-ledger-records.js";
import { readLedgerTip, type LedgerTip } from "./read-ledger-tip.js";
import { resolveGitdir } from "./resolve-gitdir.js";
import { resolveRef } from "./resolve-ref.js";
import type { EventDraft, Ledger, LedgerRecord, LedgerSigner } from "./types.js";
import { validateDrafts } from "./validate-drafts.js";
import { writeLedgerCommit } from "./write-ledger-commit.js";

export interface GitLedgerOptions {
  /** A git repository: working tree root, linked worktree or bare repository. */
  dir: string;
  /** Event and commit times. */
  clock: Clock;
  /** Branch holding the ledger; default "ledger". */
  branch?: string;
  /** Remote name or URL that `push()` publishes the branch to. */
  remote?: string;
  /** Waiting for and breaking the writer lock `<gitdir>/offboard-ledger.lock`. */
  lock?: LockOptions;
  /** Compare-and-swap attempts before LEDGER_WRITE_CONFLICT; default 8. */
  maxAttempts?: number;
}

export interface GitLedger extends Ledger {
  readonly dir: string;
  readonly gitdir: string;
  /** Full ref name, e.g. refs/heads/ledger. */
  readonly ref: string;
  /** Pushes the branch to `remote`, never forced. CONFIG_MISSING when no remote was given. */
  push(): Promise<void>;
}

/**
 * A ledger stored on a branch of a real git repository, written with isomorphic-git straight into
 * the object database: the working tree, the index and the checked-out branch are never touched.
 * Each `append` is one commit (group commit). Appends of one instance run one at a time; appends of
 * different instances or processes are serialised by an O_EXCL lock file and land with a
 * compare-and-swap on the ref, retried on conflict, so the chain never forks and nothing is lost.
 * See ledger/SPEC.md for the layout.
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
  const cache = {};
  let tip: LedgerTip | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  function serially<T>(op: () => Promise<T>): Promise<T> {
    const run = queue.then(op, op);
    queue = run.catch(() => undefined);
    return run;
  }

  async function appendLocked(drafts: EventDraft[], signer: LedgerSigner): Promise<LedgerRecord[]> {
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const current = await readLedgerTip(gitdir, ref, tip, cache);
      if (current.size + drafts.length - 1 > MAX_SEQ) {
        throw new OffboardError("LEDGER_WRITE_CONFLICT", `ledger ${ref} is full (seq limit ${MAX_SEQ})`, { ref });
      }
      const timeMs = clock();
      const time = isoTime(timeMs);
      const records = buildRecords(drafts, { seq: current.size, prev: current.head, time }, signer);
      const size = current.size + records.length;
      const head = records[records.length - 1]!.hash;
      const checkpoint = buildCheckpoint(size, head, time, signer);
      const written = await writeLedgerCommit({ gitdir, parent: current.commit, events: current.events, records, checkpoint, timeMs });
      const swapped = await compareAndSwapRef({
        gitdir,
        ref,
        expected: current.commit,
        next: written.commit,
        staleMs: lock.staleMs ?? 60_000,
        now: lock.now ?? systemClock,
      });
      if (swapped) {
        tip = { commit: written.commit, size, head, events: written.events };
        return records;
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

  return {
    dir,
    gitdir,
    ref,
    async append(drafts: EventDraft[], signer: LedgerSigner): Promise<LedgerRecord[]> {
      const valid = validateDrafts(drafts);
      assertSigner(signer);
      if (valid.length === 0) return [];
      return serially(() => withLock(lockPath, lock, () => appendLocked(valid, signer)));
    },
    async read(): Promise<LedgerRecord[]> {
      return readLedgerRecords(gitdir, ref, await resolveRef(gitdir, ref), cache);
    },
    async push(): Promise<void> {
      if (remote === undefined) {
        throw new OffboardError("CONFIG_MISSING", `ledger ${ref}: no remote configured to push to (openGitLedger({ remote }))`, { ref });
      }
      await pushLedger(dir, remote, branch);
    },
  };
}

function assertBranchName(branch: string): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(branch) || /\.\.|\/\/|\.lock$|\/$|\.$/.test(branch)) {
    throw new OffboardError("CONFIG_INVALID", `ledger branch name ${JSON.stringify(branch)} is not a plain git branch name`, { branch });
  }
}

function assertSigner(signer: LedgerSigner): void {
  if (typeof signer?.sign !== "function" || !KID_PATTERN.test(String(signer.kid))) {
    throw new OffboardError("KEY_INVALID", `ledger append: signer kid ${JSON.stringify(signer?.kid)} is not a ledger key id (<name>-<16 hex>)`, {});
  }
}

/** 9999-12-31T23:59:59.999Z: RFC 3339 has four-digit years. */
const MAX_TIME_MS = 253_402_300_799_999;

function isoTime(ms: number): string {
  if (!Number.isSafeInteger(ms) || ms < 0 || ms > MAX_TIME_MS) {
    throw new OffboardError("CONFIG_INVALID", `ledger clock returned ${ms}; expected integer milliseconds since the epoch`, { ms });
  }
  return new Date(ms).toISOString();
}
