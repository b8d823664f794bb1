import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { resolveRef } from "../../app/ledger/resolve-ref.js";
import { makeRepo, newKey, runGit, tempDirs } from "./helpers.js";

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

describe("resolveRef", () => {
  it("answers as git does: loose ref over a stale packed one, packed-only refs, symbolic refs, missing refs", async () => {
    const dir = await makeRepo(await dirs.make(), [newKey("gatekeeper")]);
    runGit(dir, "commit", "-q", "--allow-empty", "-m", "second");
    const [first, second] = runGit(dir, "rev-list", "--reverse", "HEAD").trim().split("\n");
    const gitdir = join(dir, ".git");
    runGit(dir, "branch", "packed-only", first!);
    runGit(dir, "branch", "moved", first!);
    runGit(dir, "pack-refs", "--all");
    // A loose ref written after packing wins over the packed entry.
    runGit(dir, "update-ref", "refs/heads/moved", second!);
    expect(await resolveRef(gitdir, "refs/heads/moved")).toBe(second);
    expect(await resolveRef(gitdir, "refs/heads/packed-only")).toBe(first);
    expect(runGit(dir, "rev-parse", "refs/heads/moved").trim()).toBe(second);
    runGit(dir, "symbolic-ref", "refs/heads/alias", "refs/heads/moved");
    expect(await resolveRef(gitdir, "refs/heads/alias")).toBe(second);
    expect(await resolveRef(gitdir, "refs/heads/nothing-here")).toBeNull();
    expect(await resolveRef(gitdir, "refs/tags/ledger-checkpoint/000000000001")).toBeNull();
  });
});
