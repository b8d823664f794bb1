import { randomBytes } from "node:crypto";
import type fs from "node:fs";
import { gitFs } from "./git-fs.js";
import { rename, unlink, writeFile } from "./small-files.js";

/** Writes to a temporary name in the same directory, then renames over the target (atomic on POSIX). */
async function writeFileAtomic(path: string, data: string | Uint8Array, options?: fs.WriteFileOptions): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}-${randomBytes(6).toString("hex")}`;
  try {
    await writeFile(tmp, data, options);
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

/**
 * The `fs` the ledger hands isomorphic-git for writing. isomorphic-git writes a loose object in
 * place and never rewrites an object file that exists, so a writer killed mid-write would leave a
 * torn object that every later commit naming the same content would reference. Here every file
 * appears whole or not at all. (Durability across power loss is the filesystem's: objects are not
 * fsynced; the ref update is, see compare-and-swap-ref.ts.) Reads as `gitFs` (git-fs.ts).
 */
export const atomicGitFs = { promises: { ...gitFs.promises, writeFile: writeFileAtomic } };
