/** Shared helpers for the ledger suites: real temp git repositories, drafts, and a tampering attacker. */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import git from "isomorphic-git";
import { generateLedgerKey, type LedgerKeyPair } from "../../app/ledger/generate-ledger-key.js";
import type { EventDraft, EventType } from "../../app/ledger/types.js";

const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_AUTHOR_NAME: "Test Author",
  GIT_AUTHOR_EMAIL: "author@example.com",
  GIT_COMMITTER_NAME: "Test Author",
  GIT_COMMITTER_EMAIL: "author@example.com",
  GIT_TERMINAL_PROMPT: "0",
};

/** Runs the real git CLI in `cwd`; returns stdout. */
export function runGit(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd, env: GIT_ENV, stdio: ["ignore", "pipe", "pipe"] }).toString("utf8");
}

/** Temp dirs created by a suite; call `cleanup()` in afterAll. */
export function tempDirs(): { make(prefix?: string): Promise<string>; cleanup(): Promise<void> } {
  const made: string[] = [];
  return {
    async make(prefix = "ledger-test-") {
      const dir = await mkdtemp(join(tmpdir(), prefix));
      made.push(dir);
      return dir;
    },
    async cleanup() {
      await Promise.all(made.map((d) => rm(d, { recursive: true, force: true })));
    },
  };
}

/**
 * A real repository like the product's: `main` with one reviewed commit holding
 * ledger/keys/<kid>.pem for each trusted key, plus an ordinary file.
 */
export async function makeRepo(dir: string, trusted: readonly LedgerKeyPair[]): Promise<string> {
  runGit(dir, "init", "-q", "-b", "main");
  await mkdir(join(dir, "ledger", "keys"), { recursive: true });
  for (const key of trusted) await writeFile(join(dir, "ledger", "keys", `${key.kid}.pem`), key.publicKeyPem);
  await writeFile(join(dir, "README.md"), "policy repo\n");
  runGit(dir, "add", "-A");
  runGit(dir, "commit", "-q", "-m", "trust ledger keys");
  return dir;
}

export function newKey(name: string): LedgerKeyPair {
  return generateLedgerKey(name);
}

export function draft(i: number, type: EventType = "policy.decided", extra: Record<string, string | number> = {}): EventDraft {
  return { type, tenant: "acme", actor: "gatekeeper", subject: `req-${i}`, data: { i, outcome: "allow", ...extra } };
}

/** Every file on the ledger branch tip, path → bytes. */
export async function ledgerFiles(dir: string, ref = "refs/heads/ledger"): Promise<Map<string, Uint8Array>> {
  const gitdir = join(dir, ".git");
  const oid = await git.resolveRef({ fs, gitdir, ref });
  const files = new Map<string, Uint8Array>();
  const walk = async (treeOid: string, prefix: string): Promise<void> => {
    for (const e of (await git.readTree({ fs, gitdir, oid: treeOid })).tree) {
      if (e.type === "tree") await walk(e.oid, `${prefix}${e.path}/`);
      else files.set(`${prefix}${e.path}`, (await git.readBlob({ fs, gitdir, oid: e.oid })).blob);
    }
  };
  await walk(oid, "");
  return files;
}

/**
 * The attacker with push access: rewrites the files of the ledger tip as `mutate` says and makes a
 * new commit on top of it (an ordinary fast-forward), straight in the object database.
 */
export async function tamper(dir: string, mutate: (files: Map<string, Uint8Array>) => void | Promise<void>): Promise<string> {
  const gitdir = join(dir, ".git");
  const ref = "refs/heads/ledger";
  const parent = await git.resolveRef({ fs, gitdir, ref });
  const files = await ledgerFiles(dir);
  await mutate(files);
  const tree = await writeTreeOf(gitdir, files);
  const who = { name: "mallory", email: "mallory@example.com", timestamp: 1_800_000_000, timezoneOffset: 0 };
  const commit = await git.writeCommit({ fs, gitdir, commit: { message: "innocent\n", tree, parent: [parent], author: who, committer: who } });
  runGit(dir, "update-ref", ref, commit, parent);
  return commit;
}

async function writeTreeOf(gitdir: string, files: Map<string, Uint8Array>): Promise<string> {
  const here: { mode: string; path: string; oid: string; type: "blob" | "tree" }[] = [];
  const sub = new Map<string, Map<string, Uint8Array>>();
  for (const [path, bytes] of files) {
    const slash = path.indexOf("/");
    if (slash === -1) here.push({ mode: "100644", path, oid: await git.writeBlob({ fs, gitdir, blob: bytes }), type: "blob" });
    else {
      const name = path.slice(0, slash);
      if (!sub.has(name)) sub.set(name, new Map());
      sub.get(name)!.set(path.slice(slash + 1), bytes);
    }
  }
  for (const [name, children] of sub) here.push({ mode: "040000", path: name, oid: await writeTreeOf(gitdir, children), type: "tree" });
  return git.writeTree({ fs, gitdir, tree: here });
}

export const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString("utf8");
export const bytesOf = (s: string): Uint8Array => new TextEncoder().encode(s);
