import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { OffboardError } from "../../errors.js";
import { CHECKPOINT_TAG_PREFIX } from "../../ledger/layout.js";
import { verifyLedger, type LedgerVerification } from "../../ledger/verify-ledger.js";
import { runGit } from "../../util/run-git.js";
import { EXIT, type Output } from "../output.js";

export interface VerifyOptions {
  repo: string;
  keys?: string;
  /** Checkpoint notes the auditor pinned earlier (files); the ledger must extend each. */
  checkpoint?: string | string[];
  /** Another repository (a protected second remote) whose ledger-checkpoint tags the ledger must extend. */
  checkpointsFrom?: string;
  /** Witness cosignatures required on published checkpoints (default 1 when witness keys are trusted). */
  witnessQuorum?: number;
}

const looksRemote = (s: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s) || /^[^/]+@[^:]+:/.test(s);

/**
 * `offboard verify --repo DIR|URL [--checkpoint FILE]… [--checkpoints-from DIR|URL]`: verifies the
 * ledger branch (ledger/SPEC.md §11): every event, the layout, the signed checkpoint, the history,
 * every published checkpoint tag and every pinned checkpoint. A URL is cloned (bare, with its tags)
 * into a temporary directory first, so an auditor needs nothing but the address. Exit 0 when the
 * ledger verifies, 1 naming the first bad event or file otherwise, 2 on bad input.
 */
export async function verifyCommand(options: VerifyOptions, out: Output): Promise<number> {
  const temps: string[] = [];
  const temp = () => {
    const dir = mkdtempSync(join(tmpdir(), "offboard-verify-"));
    temps.push(dir);
    return dir;
  };
  try {
    let dir = resolve(options.repo);
    if (looksRemote(options.repo)) {
      out.progress(`cloning ${options.repo}`);
      dir = join(temp(), "repo.git");
      runGit(tmpdir(), ["clone", "-q", "--bare", options.repo, dir]);
    }
    const files = options.checkpoint === undefined ? [] : [options.checkpoint].flat();
    const pinned = files.map((file) => ({ note: readPinned(file), source: file }));
    if (options.checkpointsFrom !== undefined) pinned.push(...publishedAt(options.checkpointsFrom, temp(), out));
    const v = await verifyLedger({
      dir,
      pinned,
      ...(options.keys ? { keysDir: resolve(options.keys) } : {}),
      ...(options.witnessQuorum !== undefined ? { witnessQuorum: options.witnessQuorum } : {}),
      progress: (n) => out.progress(`  ${n} events verified`),
    });
    out.result(v);
    for (const line of describeVerification(v)) out.say(line);
    return v.ok ? EXIT.ok : EXIT.failed;
  } finally {
    for (const t of temps) rmSync(t, { recursive: true, force: true });
  }
}

function readPinned(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (cause) {
    throw new OffboardError("CONFIG_INVALID", `--checkpoint ${file}: cannot read the file (save a checkpoint note there, e.g. from GET /ledger/checkpoint or a ledger-checkpoint tag)`, { file }, { cause });
  }
}

/** The checkpoint tags of another repository, fetched into a scratch repository, as pinned checkpoints. */
function publishedAt(source: string, scratch: string, out: Output): { note: string; source: string }[] {
  out.progress(`fetching checkpoint tags from ${source}`);
  runGit(scratch, ["init", "-q", "--bare"]);
  runGit(scratch, ["fetch", "-q", looksRemote(source) ? source : resolve(source), `${CHECKPOINT_TAG_PREFIX}*:${CHECKPOINT_TAG_PREFIX}*`]);
  const refs = runGit(scratch, ["for-each-ref", "--format=%(refname)", CHECKPOINT_TAG_PREFIX]).split("\n").filter(Boolean);
  return refs.map((ref) => ({ note: runGit(scratch, ["cat-file", "tag", ref], { trim: false }).split("\n\n").slice(1).join("\n\n"), source: `${source} ${ref}` }));
}

export function describeVerification(v: LedgerVerification): string[] {
  if (v.ok) {
    const witnessed = v.witnessed === null ? "no published checkpoint" : `witnessed at ${v.witnessed.size} by ${v.witnessed.cosigners.join(", ")}${v.witnessed.behind > 0 ? ` (${v.witnessed.behind} newer events not yet witnessed)` : ""}`;
    return [
      `ledger OK: ${v.size} events in ${v.commits} commits, root ${v.root ?? "(empty)"}; ${witnessed}`,
      `  origin ${v.origin ?? "-"}; branch ${v.ref ?? "-"} at ${v.branchCommit ?? "-"}; checkpoint signed by ${v.checkpoint?.signers.join(", ") ?? "-"}`,
      `  trusted keys from ${v.keys.source}: ${v.keys.kids.join(", ")}`,
      ...v.pinned.map((p) => `  extends the pinned checkpoint ${p.source} (size ${p.size})`),
    ];
  }
  return [`ledger FAILED [${v.firstBad?.code ?? "?"}]: ${v.firstBad?.message ?? "unknown failure"}`, `  ${v.size} events verified before the failure`];
}
