import { existsSync, readFileSync, rmSync } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { OffboardError } from "../errors.js";
import { saveStateFile } from "./save-state-file.js";
import { groupRecordSchema, userRecordSchema, type DirectoryState } from "./state.js";
import { createDirectoryStore, type DirectoryChange, type DirectoryStore } from "./store.js";

/** Compact (rewrite the state file, drop the journal) once the journal outgrows this or the state file. */
const MIN_COMPACT_BYTES = 1 << 20;

export interface JournaledStore {
  store: DirectoryStore;
  /** Resolves once every change made so far is on disk (fsynced); rejects when that failed. */
  durable(): Promise<void>;
  /** Writes everything to the state file and removes the journal (on stop). */
  close(): Promise<void>;
}

/**
 * The embedded directory's persistence: the state file plus an append-only journal of changes
 * (`<statePath>.journal`, one JSON line per store operation). A mutation is appended to the
 * journal; changes made while a write is in flight share the next write and fsync (group commit),
 * so a layoff's thousands of PATCHes cost a few fsyncs instead of one rewrite of the whole
 * directory each. The server answers a mutating request only after `durable()` (see
 * durable-writes.ts). Loading replays the journal over the state file; a torn last line (a crash
 * mid-append) is a change that was never acknowledged and is dropped. Replaying a change the state
 * file already holds is harmless (operations are whole-record puts and deletes, in order).
 */
export async function openJournaledStore(statePath: string, initial: DirectoryState): Promise<JournaledStore> {
  const journalPath = `${statePath}.journal`;
  const replayed = createDirectoryStore(initial);
  if (existsSync(journalPath)) replay(replayed, journalPath);
  let stateBytes = 0;
  const compact = (store: DirectoryStore) => {
    const state = store.snapshot();
    saveStateFile(statePath, state);
    stateBytes = JSON.stringify(state).length;
    rmSync(journalPath, { force: true });
  };
  compact(replayed);

  let pending: string[] = [];
  let appended = 0;
  let durableCount = 0;
  let journalBytes = 0;
  let failure: Error | null = null;
  let writing: Promise<void> | null = null;
  let handle: FileHandle | null = null;
  const store = createDirectoryStore(replayed.snapshot(), (change) => {
    pending.push(`${JSON.stringify(change)}\n`);
    appended++;
  });

  async function writeBatch(): Promise<void> {
    const lines = pending;
    pending = [];
    const text = lines.join("");
    handle ??= await open(journalPath, "a", 0o600);
    await handle.appendFile(text);
    await handle.datasync();
    durableCount += lines.length;
    journalBytes += text.length;
    if (journalBytes > Math.max(MIN_COMPACT_BYTES, stateBytes)) {
      // Synchronous from here: the snapshot holds every change, including ones still in `pending`
      // (they go to the new journal and replay harmlessly over the new state file).
      await handle.close();
      handle = null;
      compact(store);
      journalBytes = 0;
    }
  }

  async function durable(): Promise<void> {
    const want = appended;
    while (durableCount < want) {
      if (failure) throw failure;
      writing ??= writeBatch()
        .catch((e: unknown) => {
          // The memory is now ahead of the disk: refuse every later write rather than pretend.
          failure = new OffboardError("CONNECTOR_FAILED", `directory journal ${journalPath} cannot be written: ${(e as Error).message}`, { path: journalPath });
        })
        .finally(() => {
          writing = null;
        });
      await writing;
    }
    if (failure) throw failure;
  }

  return {
    store,
    durable,
    async close() {
      await durable().catch(() => undefined);
      await handle?.close();
      handle = null;
      if (!failure) compact(store);
    },
  };
}

function replay(store: DirectoryStore, journalPath: string): void {
  const text = readFileSync(journalPath, "utf8");
  const lines = text.split("\n");
  // The last element is "" after a complete line, or a torn line from a crash mid-append.
  lines.pop();
  lines.forEach((line, i) => {
    let change: DirectoryChange;
    try {
      change = parseChange(JSON.parse(line));
    } catch (e) {
      throw new OffboardError("CONFIG_INVALID", `Directory journal ${journalPath} line ${i + 1} is not a valid change (${(e as Error).message}); delete the journal and the state file to reseed`, { path: journalPath, line: i + 1 });
    }
    if (change.op === "putUser") store.putUser(change.record);
    else if (change.op === "deleteUser") store.deleteUser(change.id);
    else if (change.op === "putGroup") store.putGroup(change.record);
    else store.deleteGroup(change.id);
  });
}

function parseChange(raw: unknown): DirectoryChange {
  const c = raw as { op?: unknown; record?: unknown; id?: unknown };
  if (c.op === "putUser") return { op: "putUser", record: userRecordSchema.parse(c.record) };
  if (c.op === "putGroup") return { op: "putGroup", record: groupRecordSchema.parse(c.record) };
  if ((c.op === "deleteUser" || c.op === "deleteGroup") && typeof c.id === "string") return { op: c.op, id: c.id };
  throw new Error(`unknown operation ${JSON.stringify(c.op)}`);
}
