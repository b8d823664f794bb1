import fs from "node:fs";
import type { KeyObject } from "node:crypto";
import git from "isomorphic-git";
import { OffboardError } from "../errors.js";
import { CHECKPOINT_PATH, EVENTS_DIR } from "./layout.js";
import { parseTrustedKey } from "./parse-trusted-key.js";
import { resolveRef } from "./resolve-ref.js";

/** Where trust roots are looked for when no ref is named: the repository's default branch. */
export const DEFAULT_TRUST_REFS = [
  "HEAD",
  "refs/remotes/origin/HEAD",
  "refs/heads/main",
  "refs/remotes/origin/main",
  "refs/heads/master",
  "refs/remotes/origin/master",
] as const;

export const KEYS_PATH = "ledger/keys";

export interface TrustedKeys {
  keys: Map<string, KeyObject>;
  /** `<ref>@<commit>:ledger/keys`, for the report. */
  source: string;
}

/**
 * The trusted ledger keys committed under `ledger/keys/` on `ref`, or, when no ref is given, on the
 * first of DEFAULT_TRUST_REFS that exists and is not itself a ledger commit (an auditor may have the
 * ledger branch checked out). Auditors trust what passed review on the default branch, never keys
 * found on the ledger branch.
 *
 * @throws OffboardError KEY_MISSING when no such ref or no key exists there, KEY_INVALID naming a bad file.
 */
export async function readTrustedKeysFromGit(gitdir: string, ref?: string): Promise<TrustedKeys> {
  const found = await pickRef(gitdir, ref);
  if (found === null) {
    const tried = ref === undefined ? DEFAULT_TRUST_REFS.join(", ") : ref;
    throw new OffboardError("KEY_MISSING", `trusted ledger keys: no ref to read ${KEYS_PATH}/ from (tried ${tried})`, { tried });
  }
  const where = `${found.ref}@${found.commit.slice(0, 12)}:${KEYS_PATH}`;
  let entries: { path: string; oid: string; type: string }[];
  try {
    entries = (await git.readTree({ fs, gitdir, oid: found.commit, filepath: KEYS_PATH })).tree;
  } catch (cause) {
    throw new OffboardError("KEY_MISSING", `trusted ledger keys: ${where} does not exist`, { source: where }, { cause });
  }
  const keys = new Map<string, KeyObject>();
  for (const entry of entries.filter((e) => e.type === "blob" && e.path.endsWith(".pem"))) {
    const pem = Buffer.from((await git.readBlob({ fs, gitdir, oid: entry.oid })).blob).toString("utf8");
    const [kid, key] = parseTrustedKey(entry.path, pem, `${where}/${entry.path}`);
    keys.set(kid, key);
  }
  if (keys.size === 0) throw new OffboardError("KEY_MISSING", `trusted ledger keys: no <kid>.pem file in ${where}`, { source: where });
  return { keys, source: where };
}

async function pickRef(gitdir: string, ref: string | undefined): Promise<{ ref: string; commit: string } | null> {
  for (const candidate of ref === undefined ? DEFAULT_TRUST_REFS : [ref]) {
    const commit = await resolveRef(gitdir, candidate);
    if (commit === null) continue;
    if (ref === undefined && (await isLedgerCommit(gitdir, commit))) continue;
    return { ref: candidate, commit };
  }
  return null;
}

async function isLedgerCommit(gitdir: string, commit: string): Promise<boolean> {
  const { tree } = await git.readTree({ fs, gitdir, oid: commit });
  return tree.some((e) => e.path === EVENTS_DIR) && tree.some((e) => e.path === CHECKPOINT_PATH);
}
