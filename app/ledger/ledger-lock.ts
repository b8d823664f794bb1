import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { OffboardError } from "../errors.js";
import { systemClock, type Clock } from "../util/clock.js";
import { link, readFile, rename, stat, unlink, writeFile } from "./small-files.js";

export interface LockOptions {
  /** Give up waiting after this many ms (LEDGER_LOCK_TIMEOUT). Default 30 000. */
  timeoutMs?: number;
  /**
   * A lock held by a dead process on this host is stale at once; any lock (another host's, an
   * unreadable one, or one whose pid was reused) is stale after this many ms. Default 60 000.
   */
  staleMs?: number;
  /** Wall clock for waiting and staleness (compared with file mtimes), not the event clock. */
  now?: Clock;
}

interface Holder {
  pid: number;
  host: string;
  token: string;
}

/**
 * Runs `fn` while holding the exclusive lock file `lockPath` (created with O_EXCL, holding the
 * owner's pid, host and a random token). Waits with jittered backoff while another holder is alive
 * (announcing itself in `<lockPath>.waiting`, which makes the holder's next turn wait for it);
 * breaks stale locks. The lock only serialises cooperating writers: the ref update itself is a
 * compare-and-swap, so even a wrongly broken lock cannot fork the chain.
 *
 * @throws OffboardError LEDGER_LOCK_TIMEOUT naming the lock file and its holder.
 */
export async function withLock<T>(lockPath: string, options: LockOptions, fn: () => Promise<T>): Promise<T> {
  const now = options.now ?? systemClock;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const staleMs = options.staleMs ?? 60_000;
  const me: Holder = { pid: process.pid, host: hostname(), token: randomUUID() };
  const deadline = now() + timeoutMs;
  // Fairness: a writer that finds someone else waiting lets them go first, so a busy writer
  // releasing and retaking the lock in a loop cannot starve another process.
  const waitPath = `${lockPath}.waiting`;
  const waited = await stat(waitPath).catch(() => null);
  if (waited !== null && now() - waited.mtimeMs < 50 && (await readFile(waitPath, "utf8").catch(() => "")) !== me.token) await sleep(8 + 4 * Math.random());
  for (let attempt = 0; !(await tryCreate(lockPath, me)); attempt++) {
    await writeFile(waitPath, me.token).catch(() => undefined);
    if (await breakIfStale(lockPath, staleMs, now)) continue;
    if (now() > deadline) {
      const holder = await readHolder(lockPath);
      throw new OffboardError(
        "LEDGER_LOCK_TIMEOUT",
        `ledger lock ${lockPath} still held after ${timeoutMs} ms by ${holder ? `pid ${holder.pid} on ${holder.host}` : "an unknown writer"}; if no writer is running, delete the file`,
        { lockPath, holder },
      );
    }
    await sleep(Math.min(1 + attempt, 6) * (0.5 + Math.random()));
  }
  try {
    return await fn();
  } finally {
    const holder = await readHolder(lockPath);
    if (holder?.token === me.token) await unlink(lockPath).catch(() => undefined);
  }
}

/**
 * Creates the lock with its holder already inside: the holder is written to a private file that is
 * then hard-linked to the lock name (link fails if the lock exists). A writer killed at any point
 * never leaves an empty lock whose holder nobody can read (which only a long timeout would break).
 */
async function tryCreate(lockPath: string, me: Holder): Promise<boolean> {
  const mine = `${lockPath}.${me.token}`;
  try {
    await writeFile(mine, JSON.stringify(me), { flag: "wx" });
    await link(mine, lockPath);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw new OffboardError("GIT_FAILED", `cannot create ledger lock ${lockPath}: ${(e as Error).message}`, { lockPath }, { cause: e });
  } finally {
    await unlink(mine).catch(() => undefined);
  }
}

async function readHolder(lockPath: string): Promise<Holder | null> {
  try {
    const parsed = JSON.parse(await readFile(lockPath, "utf8")) as Partial<Holder>;
    return typeof parsed.pid === "number" && typeof parsed.host === "string" && typeof parsed.token === "string"
      ? { pid: parsed.pid, host: parsed.host, token: parsed.token }
      : null;
  } catch {
    return null;
  }
}

/** Breaks the lock if stale; true when the caller should simply retry creating it. */
async function breakIfStale(lockPath: string, staleMs: number, now: Clock): Promise<boolean> {
  const [holder, info] = await Promise.all([readHolder(lockPath), stat(lockPath).catch(() => null)]);
  if (info === null) return true;
  const sameHostDead = holder !== null && holder.host === hostname() && !isAlive(holder.pid);
  const tooOld = now() - info.mtimeMs > staleMs;
  if (!sameHostDead && !tooOld) return false;
  // Move it aside atomically, then check we moved the lock we judged (not a fresh one taken meanwhile).
  const aside = `${lockPath}.stale-${randomUUID()}`;
  try {
    await rename(lockPath, aside);
  } catch {
    return true;
  }
  const moved = await readHolder(aside);
  if (holder !== null && moved?.token !== holder.token) await link(aside, lockPath).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
  return true;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
