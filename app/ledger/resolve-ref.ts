import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gitFs as fs } from "./git-fs.js";
import { readFile } from "./small-files.js";
import git from "isomorphic-git";

/** A loose ref file holding an object id (SHA-1 or SHA-256), as git writes it. */
const LOOSE_OID = /^([0-9a-f]{40}|[0-9a-f]{64})\n?$/;

/** A packed-refs line naming a ref: `<oid> <full ref name>`. */
const PACKED_LINE = /^([0-9a-f]{40}|[0-9a-f]{64}) (refs\/\S+)$/;

/** packed-refs read, by path, with the identity (inode, size, mtime) of the file read. */
const packedFiles = new Map<string, { identity: string; refs: ReadonlyMap<string, string> | null }>();

/**
 * The commit oid `ref` (a full name, `refs/...`) points to (loose or packed, following symbolic
 * refs), or null when it does not exist.
 *
 * The loose ref file is read first, as git does (a loose ref wins over packed-refs), then
 * packed-refs: the ledger asks for its branch and for checkpoint tags that do not exist yet several
 * times per event, and isomorphic-git's look-up costs a stat of the gitdir, a read of packed-refs
 * and up to six path probes each time. Anything else (a symbolic ref, content that is not an oid, a
 * packed-refs file this does not read) goes to isomorphic-git as before.
 */
export async function resolveRef(gitdir: string, ref: string): Promise<string | null> {
  if (ref.startsWith("refs/") && !ref.split("/").includes("..")) {
    const text = await readFile(join(gitdir, ...ref.split("/")), "utf8").catch(() => null);
    const oid = text === null ? null : LOOSE_OID.exec(text)?.[1];
    if (oid) return oid;
    if (text === null) {
      const packed = packedRefs(gitdir);
      if (packed !== null) return packed.get(ref) ?? null;
    }
  }
  try {
    return await git.resolveRef({ fs, gitdir, ref });
  } catch (e) {
    if ((e as { code?: string }).code === "NotFoundError") return null;
    throw e;
  }
}

/**
 * The refs of `<gitdir>/packed-refs` (empty when there is no such file), re-read only when the file
 * changed: git rewrites it through a lock file and a rename, so a new content is a new inode. Null
 * when a line is not one this reads (the caller then asks isomorphic-git).
 */
function packedRefs(gitdir: string): ReadonlyMap<string, string> | null {
  const path = join(gitdir, "packed-refs");
  const info = statSync(path, { throwIfNoEntry: false });
  if (info === undefined) return new Map();
  const identity = `${info.ino}:${info.size}:${info.mtimeMs}`;
  const known = packedFiles.get(path);
  if (known?.identity === identity) return known.refs;
  let refs: Map<string, string> | null = new Map<string, string>();
  try {
    for (const line of readFileSync(path, "utf8").split("\n")) {
      if (line === "" || line.startsWith("#") || line.startsWith("^")) continue; // header, peeled tag target
      const match = PACKED_LINE.exec(line);
      if (match === null) {
        refs = null;
        break;
      }
      refs.set(match[2]!, match[1]!);
    }
  } catch {
    refs = null;
  }
  packedFiles.set(path, { identity, refs });
  return refs;
}
