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

  it("follows packed-refs as git rewrites it: refs packed, deleted and repacked, annotated tags with peeled lines", async () => {
    const dir = await makeRepo(await dirs.make(), [newKey("gatekeeper")]);
    const gitdir = join(dir, ".git");
    const head = runGit(dir, "rev-parse", "HEAD").trim();
    const gitSays = (ref: string) => {
      try {
        return runGit(dir, "rev-parse", "--verify", "-q", ref).trim();
      } catch {
        return null;
      }
    };
    const refs = ["refs/heads/a", "refs/heads/b", "refs/tags/ledger-checkpoint/000000000007", "refs/tags/light"];
    const agree = async () => {
      for (const ref of refs) expect(await resolveRef(gitdir, ref), ref).toBe(gitSays(ref));
    };
    await agree(); // no packed-refs file, no loose refs
    runGit(dir, "branch", "a");
    runGit(dir, "tag", "-a", "-m", "note", "ledger-checkpoint/000000000007");
    runGit(dir, "tag", "light");
    runGit(dir, "pack-refs", "--all");
    expect(runGit(dir, "cat-file", "-p", "refs/tags/ledger-checkpoint/000000000007")).toContain("note");
    await agree(); // all packed, the annotated tag with its peeled line
    runGit(dir, "update-ref", "-d", "refs/heads/a"); // rewrites packed-refs without it
    await agree();
    runGit(dir, "branch", "b", head);
    runGit(dir, "pack-refs", "--all");
    await agree();
    runGit(dir, "tag", "-d", "light");
    await agree();
  });
});
