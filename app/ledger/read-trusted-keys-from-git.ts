import type { KeyObject } from "node:crypto";
import { OffboardError } from "../errors.js";
import { openGitObjectReader, parseTree, type GitObjectReader } from "./git-object-reader.js";
import { CHECKPOINT_PATH, STATE_PATH } from "./layout.js";
import { parseTrustedKey } from "./parse-trusted-key.js";

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
 * The trusted keys (writers and witnesses) committed under `ledger/keys/` on `ref`, or, when no ref
 * is given, on the first of DEFAULT_TRUST_REFS that exists and is not itself a ledger commit (an
 * auditor may have the ledger branch checked out). Auditors trust what passed review on the default
 * branch, never keys found on the ledger branch.
 *
 * @throws OffboardError KEY_MISSING when no such ref or no key exists there, KEY_INVALID naming a bad file.
 */
export async function readTrustedKeysFromGit(gitdir: string, ref?: string, shared?: GitObjectReader): Promise<TrustedKeys> {
  const reader = shared ?? openGitObjectReader(gitdir);
  try {
    const found = await pickRef(reader, ref);
    if (found === null) {
      const tried = ref === undefined ? DEFAULT_TRUST_REFS.join(", ") : ref;
      throw new OffboardError("KEY_MISSING", `trusted ledger keys: no ref to read ${KEYS_PATH}/ from (tried ${tried})`, { tried });
    }
    const where = `${found.ref}@${found.commit.slice(0, 12)}:${KEYS_PATH}`;
    const tree = await reader.read(`${found.commit}:${KEYS_PATH}`);
    if (tree?.type !== "tree") throw new OffboardError("KEY_MISSING", `trusted ledger keys: ${where} does not exist`, { source: where });
    const keys = new Map<string, KeyObject>();
    for (const entry of parseTree(tree.bytes).filter((e) => e.type === "blob" && e.name.endsWith(".pem"))) {
      const blob = await reader.read(entry.oid);
      const [kid, key] = parseTrustedKey(entry.name, blob!.bytes.toString("utf8"), `${where}/${entry.name}`);
      keys.set(kid, key);
    }
    if (keys.size === 0) throw new OffboardError("KEY_MISSING", `trusted ledger keys: no <kid>.pem file in ${where}`, { source: where });
    return { keys, source: where };
  } finally {
    if (shared === undefined) reader.close();
  }
}

async function pickRef(reader: GitObjectReader, ref: string | undefined): Promise<{ ref: string; commit: string } | null> {
  for (const candidate of ref === undefined ? DEFAULT_TRUST_REFS : [ref]) {
    const commit = await reader.read(`${candidate}^{commit}`);
    if (commit === null) continue;
    if (ref === undefined && (await isLedgerCommit(reader, commit.oid))) continue;
    return { ref: candidate, commit: commit.oid };
  }
  return null;
}

async function isLedgerCommit(reader: GitObjectReader, commit: string): Promise<boolean> {
  const [checkpoint, state] = await Promise.all([reader.read(`${commit}:${CHECKPOINT_PATH}`), reader.read(`${commit}:${STATE_PATH}`)]);
  return checkpoint !== null && state !== null;
}
