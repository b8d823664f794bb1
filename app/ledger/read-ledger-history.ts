import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { OffboardError } from "../errors.js";
import type { GitObjectReader } from "./git-object-reader.js";
import { parseHeaders } from "./git-object-reader.js";
import { CHECKPOINT_PATH, CHECKPOINT_TAG_PREFIX } from "./layout.js";

export interface HistoryCommit {
  oid: string;
  parents: string[];
  /** The commit's checkpoint note, null when it has none. */
  checkpoint: string | null;
}

export interface PublishedCheckpoint {
  ref: string;
  /** `tag` for an annotated tag (the only kind this ledger publishes). */
  type: string;
  /** What the tag points at. */
  target: string | null;
  note: string;
}

const run = promisify(execFile);

/** Every commit of the branch from `tip` back to its root(s), newest first, with its checkpoint note. */
export async function readLedgerHistory(gitdir: string, reader: GitObjectReader, tip: string): Promise<HistoryCommit[]> {
  const { stdout } = await git(gitdir, ["rev-list", "--parents", tip]);
  const out: HistoryCommit[] = [];
  for (const line of stdout.split("\n").filter(Boolean)) {
    const [oid, ...parents] = line.split(" ");
    const blob = await reader.read(`${oid}:${CHECKPOINT_PATH}`);
    out.push({ oid: oid!, parents, checkpoint: blob?.type === "blob" ? blob.bytes.toString("utf8") : null });
  }
  return out;
}

/** The checkpoint tags (refs/tags/ledger-checkpoint/*) with their messages, in name (= size) order. */
export async function readPublishedCheckpoints(gitdir: string, reader: GitObjectReader): Promise<PublishedCheckpoint[]> {
  const { stdout } = await git(gitdir, ["for-each-ref", "--sort=refname", "--format=%(refname) %(objectname) %(objecttype)", CHECKPOINT_TAG_PREFIX]);
  const out: PublishedCheckpoint[] = [];
  for (const line of stdout.split("\n").filter(Boolean)) {
    const [ref, oid, type] = line.split(" ") as [string, string, string];
    if (type !== "tag") {
      out.push({ ref, type, target: oid, note: "" });
      continue;
    }
    const { headers, message } = parseHeaders((await reader.read(oid))!.bytes);
    out.push({ ref, type, target: headers.find(([k]) => k === "object")?.[1] ?? null, note: message });
  }
  return out;
}

async function git(gitdir: string, args: string[]): Promise<{ stdout: string }> {
  try {
    return await run("git", ["--git-dir", gitdir, ...args], { maxBuffer: 1 << 30, env: { ...process.env, GIT_TERMINAL_PROMPT: "0" } });
  } catch (cause) {
    throw new OffboardError("GIT_FAILED", `git ${args[0]} failed in ${gitdir}: ${String((cause as { stderr?: string }).stderr ?? cause).trim()}`, { gitdir }, { cause });
  }
}
