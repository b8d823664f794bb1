import { gitFs as fs } from "./git-fs.js";
import git from "isomorphic-git";

/** The commit oid `ref` points to (loose or packed, following symbolic refs), or null when it does not exist. */
export async function resolveRef(gitdir: string, ref: string): Promise<string | null> {
  try {
    return await git.resolveRef({ fs, gitdir, ref });
  } catch (e) {
    if ((e as { code?: string }).code === "NotFoundError") return null;
    throw e;
  }
}
