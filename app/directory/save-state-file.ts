import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import type { DirectoryState } from "./state.js";

/**
 * Writes the state atomically: a temporary file beside the target, fsync, then rename, so a
 * reader (or a crash) sees either the old or the new state, never half a file. Synchronous on
 * purpose: the SCIM response is sent only after the mutation is on disk.
 */
export function saveStateFile(path: string, state: DirectoryState): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    const fd = openSync(tmp, "w", 0o600);
    try {
      writeSync(fd, `${JSON.stringify(state, null, 2)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
