import { gitFs as fs } from "./git-fs.js";
import git from "isomorphic-git";
import type { Clock } from "../util/clock.js";
import { compareAndSwapRef } from "./compare-and-swap-ref.js";
import { tagContent, writeLooseObject } from "./loose-objects.js";
import { CHECKPOINT_TAG_PREFIX, checkpointTagRef } from "./layout.js";
import { resolveRef } from "./resolve-ref.js";
import { LEDGER_COMMITTER } from "./write-ledger-commit.js";

export interface CheckpointTag {
  ref: string;
  /** The ledger commit the tag points at. */
  commit: string;
  /** The tag message: the checkpoint note with its cosignatures. */
  note: string;
}

/**
 * Publishes a witnessed checkpoint outside the branch: an annotated tag
 * `refs/tags/ledger-checkpoint/<12-digit size>` on the ledger commit whose checkpoint it is, with
 * the cosigned note as its message. Tags are created, never moved: when the tag exists already
 * (another writer witnessed the same size first) nothing changes.
 */
export async function publishCheckpointTag(gitdir: string, size: number, commit: string, note: string, timeMs: number, now: Clock): Promise<string> {
  const ref = checkpointTagRef(size);
  if ((await resolveRef(gitdir, ref)) !== null) return ref;
  const tagger = { ...LEDGER_COMMITTER, timestamp: Math.floor(timeMs / 1000), timezoneOffset: 0 };
  // The tag's message ends with one newline; the stored message is exactly the note.
  const oid = await writeLooseObject(gitdir, "tag", tagContent({ object: commit, type: "commit", tag: ref.slice("refs/tags/".length), tagger, message: note.replace(/\n$/, "") }));
  await compareAndSwapRef({ gitdir, ref, expected: null, next: oid, staleMs: 60_000, now });
  return ref;
}

/** The checkpoint tag object `oid`, which `ref` was read pointing at (a tag object never changes: the caller may remember it by oid). */
export async function readCheckpointTagObject(gitdir: string, ref: string, oid: string): Promise<CheckpointTag> {
  const { tag } = await git.readTag({ fs, gitdir, oid });
  return { ref, commit: tag.object, note: tag.message };
}

/** The newest (largest) checkpoint tag, reading one tag object instead of all of them; lists every tag name (see git-ledger.ts for the cheap path). */
export async function readLatestCheckpointTag(gitdir: string): Promise<CheckpointTag | null> {
  return (await readTags(gitdir, (await checkpointTagNames(gitdir)).slice(-1)))[0] ?? null;
}

async function checkpointTagNames(gitdir: string): Promise<string[]> {
  // Only <prefix><12 digits>: a `.lock` left by a writer killed mid-publish is not a tag (git ignores it too).
  return (await git.listTags({ fs, gitdir })).filter((t) => /^\d{12}$/.test(`refs/tags/${t}`.slice(CHECKPOINT_TAG_PREFIX.length)) && `refs/tags/${t}`.startsWith(CHECKPOINT_TAG_PREFIX)).sort();
}

async function readTags(gitdir: string, names: readonly string[]): Promise<CheckpointTag[]> {
  const out: CheckpointTag[] = [];
  for (const name of names) {
    const ref = `refs/tags/${name}`;
    const oid = await git.resolveRef({ fs, gitdir, ref, depth: 1 });
    const { tag } = await git.readTag({ fs, gitdir, oid });
    out.push({ ref, commit: tag.object, note: tag.message });
  }
  return out;
}
