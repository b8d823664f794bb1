import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { verifyLedger, type LedgerVerification } from "../../ledger/verify-ledger.js";
import { runGit } from "../../util/run-git.js";
import { EXIT, type Output } from "../output.js";

export interface VerifyOptions {
  repo: string;
  keys?: string;
}

const looksRemote = (s: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s) || /^[^/]+@[^:]+:/.test(s);

/**
 * `offboard verify --repo DIR|URL`: verifies the ledger branch. A URL is cloned (bare) into a
 * temporary directory first, so an auditor needs nothing but the address. Exit 0 when the ledger
 * verifies, 1 naming the first bad event otherwise.
 */
export async function verifyCommand(options: VerifyOptions, out: Output): Promise<number> {
  let dir = resolve(options.repo);
  let cleanup: string | null = null;
  if (looksRemote(options.repo)) {
    cleanup = mkdtempSync(join(tmpdir(), "offboard-verify-"));
    out.progress(`cloning ${options.repo}`);
    runGit(cleanup, ["clone", "-q", "--bare", options.repo, "repo.git"]);
    dir = join(cleanup, "repo.git");
  }
  try {
    const v = await verifyLedger({ dir, ...(options.keys ? { keysDir: resolve(options.keys) } : {}) });
    out.result(v);
    for (const line of describeVerification(v)) out.say(line);
    return v.ok ? EXIT.ok : EXIT.failed;
  } finally {
    if (cleanup) rmSync(cleanup, { recursive: true, force: true });
  }
}

export function describeVerification(v: LedgerVerification): string[] {
  if (v.ok) {
    return [
      `ledger OK: ${v.size} events, chain head ${v.head ?? "(empty)"}`,
      `  branch ${v.ref ?? "-"} at ${v.branchCommit ?? "-"}; trusted keys from ${v.keys.source}: ${v.keys.kids.join(", ")}`,
    ];
  }
  return [`ledger FAILED: ${v.firstBad?.message ?? "unknown failure"}`, `  ${v.size} events verified before the failure`];
}
