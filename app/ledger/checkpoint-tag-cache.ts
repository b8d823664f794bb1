import { readCheckpointTagObject, type CheckpointTag } from "./checkpoint-tags.js";
import { checkpointTagRef } from "./layout.js";
import { resolveRef } from "./resolve-ref.js";

/** Checkpoint tags remembered (see tagAt). */
const TAGS_KEPT = 8;

/**
 * The checkpoint tag for `size`, for one ledger instance (openGitLedger, git-ledger.ts): its ref is
 * read every time (a tag deleted or never published is missing), the tag object it points at is
 * remembered by oid from the first read on (reads that start while it runs share it; a failed read
 * is forgotten). Every packet checked while the branch stays at one size asks for the same tag; a
 * tag object, content-addressed, never changes, so only the ref read remains per packet (no object
 * read and inflate).
 */
export function checkpointTagCache(gitdir: string): (size: number) => Promise<CheckpointTag | null> {
  /** Checkpoint tag objects read or being read, by oid, with the ref they were read for (tagAt). */
  const tagsRead = new Map<string, { ref: string; tag: Promise<CheckpointTag> }>();

  return async function tagAt(size: number): Promise<CheckpointTag | null> {
    const tagRef = checkpointTagRef(size);
    const oid = await resolveRef(gitdir, tagRef);
    if (oid === null) return null;
    const known = tagsRead.get(oid);
    if (known?.ref === tagRef) return known.tag;
    const tag = readCheckpointTagObject(gitdir, tagRef, oid);
    tagsRead.set(oid, { ref: tagRef, tag });
    for (const old of tagsRead.keys()) if (tagsRead.size > TAGS_KEPT) tagsRead.delete(old);
    tag.catch(() => {
      if (tagsRead.get(oid)?.tag === tag) tagsRead.delete(oid);
    });
    return tag;
  };
}
