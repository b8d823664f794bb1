import { gitFs as fs } from "./git-fs.js";
import git from "isomorphic-git";
import { OffboardError } from "../errors.js";

/** The bytes of blob `oid`; `path` names it in errors. */
export async function readBlob(gitdir: string, oid: string, path: string, cache: object): Promise<Uint8Array> {
  try {
    return (await git.readBlob({ fs, gitdir, oid, cache })).blob;
  } catch (cause) {
    throw new OffboardError("GIT_FAILED", `cannot read ${path} (blob ${oid}): ${(cause as Error).message}`, { oid, path }, { cause });
  }
}
