import { closeSync, openSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { OffboardError } from "../errors.js";
import type { Clock } from "../util/clock.js";
import { resolveRef } from "./resolve-ref.js";
import { fsyncFd, mkdir, replaceFile, stat, unlink } from "./small-files.js";

export interface CompareAndSwap {
  gitdir: string;
  /** Full ref name, e.g. refs/heads/ledger. */
  ref: string;
  /** The commit the ref must still point at (null: the ref must not exist). */
  expected: string | null;
  next: string;
  /** A `<ref>.lock` left older than this by a crashed writer is removed. */
  staleMs: number;
  /**
   * Wait (up to staleMs) for a `<ref>.lock` to go away or turn stale instead of returning false at
   * once: for callers that hold the ledger lock, where a ref lock can only be a dead writer's.
   */
  waitForLock?: boolean;
  now: Clock;
}

/**
 * Points `ref` at `next` only if it still points at `expected`, using git's own ref-lock protocol
 * (create `<ref>.lock` with O_EXCL, compare, write, fsync, rename over the ref), so the update is
 * atomic against other writers, including the git CLI, and never leaves a torn ref after a crash.
 *
 * @returns false when the ref moved or is being updated by someone else (the caller retries).
 */
export async function compareAndSwapRef(cas: CompareAndSwap): Promise<boolean> {
  const refPath = join(cas.gitdir, ...cas.ref.split("/"));
  const lockPath = `${refPath}.lock`;
  await mkdir(dirname(refPath), { recursive: true });
  const fd = await openExclusive(lockPath, cas);
  if (fd === null) return false;
  let open = true;
  let renamed = false;
  try {
    if ((await resolveRef(cas.gitdir, cas.ref)) !== cas.expected) return false;
    writeSync(fd, `${cas.next}\n`);
    await fsyncFd(fd);
    closeSync(fd);
    open = false;
    await replaceFile(lockPath, refPath);
    renamed = true;
    return true;
  } finally {
    if (!renamed) {
      if (open) closeQuietly(fd);
      await unlink(lockPath).catch(() => undefined);
    }
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // already closed or never usable: the lock file is removed next either way
  }
}

/** A file descriptor of the newly created `<ref>.lock`, or null when someone else holds it. */
async function openExclusive(lockPath: string, cas: CompareAndSwap): Promise<number | null> {
  const deadline = Date.now() + cas.staleMs + 1_000;
  for (let tries = 0; tries < 2; ) {
    try {
      return openSync(lockPath, "wx");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") {
        throw new OffboardError("GIT_FAILED", `cannot lock ${cas.ref}: ${(e as Error).message}`, { lockPath }, { cause: e });
      }
      const info = await stat(lockPath).catch(() => null);
      if (info !== null && cas.now() - info.mtimeMs <= cas.staleMs) {
        if (!cas.waitForLock || Date.now() > deadline) return null;
        await sleep(20);
        continue;
      }
      await unlink(lockPath).catch(() => undefined);
      tries++;
    }
  }
  return null;
}
