import { join } from "node:path";
import { gitFs as fs } from "./git-fs.js";
import { readFile } from "./small-files.js";
import git from "isomorphic-git";

/** A loose ref file holding an object id (SHA-1 or SHA-256), as git writes it. */
const LOOSE_OID = /^([0-9a-f]{40}|[0-9a-f]{64})\n?$/;

/**
 * The commit oid `ref` (a full name, `refs/...`) points to (loose or packed, following symbolic
 * refs), or null when it does not exist.
 *
 * The loose ref file is read first, as git does (a loose ref wins over packed-refs): the ledger
 * asks for its branch several times per event, and isomorphic-git's look-up costs a stat of the
 * gitdir, a read of packed-refs and up to six path probes each time. Anything else (no loose file,
 * a symbolic ref, content that is not an oid) goes to isomorphic-git as before.
 */
export async function resolveRef(gitdir: string, ref: string): Promise<string | null> {
  if (ref.startsWith("refs/") && !ref.split("/").includes("..")) {
    const text = await readFile(join(gitdir, ...ref.split("/")), "utf8").catch(() => null);
    const oid = text === null ? null : LOOSE_OID.exec(text)?.[1];
    if (oid) return oid;
  }
  try {
    return await git.resolveRef({ fs, gitdir, ref });
  } catch (e) {
    if ((e as { code?: string }).code === "NotFoundError") return null;
    throw e;
  }
}
