import { execFileSync } from "node:child_process";
import fs from "node:fs";
import fc from "fast-check";
import git from "isomorphic-git";
import { afterAll, describe, expect, it } from "vitest";
import { commitContent, tagContent, treeContent, writeLooseObject, type GitPerson, type LooseTreeEntry } from "../../app/ledger/loose-objects.js";
import { tempDirs } from "./helpers.js";

const dirs = tempDirs();
afterAll(() => dirs.cleanup());
const repo = async () => {
  const dir = await dirs.make();
  execFileSync("git", ["init", "-q", dir]);
  return `${dir}/.git`;
};
const person = fc.record({
  name: fc.constantFrom("offboard-ledger", "Zoë Ångström", "a b"),
  email: fc.constantFrom("ledger@offboard.invalid", "x@example.com"),
  timestamp: fc.integer({ min: 0, max: 4_000_000_000 }),
  timezoneOffset: fc.constantFrom(0, -60, 330, -330, 720),
}) satisfies fc.Arbitrary<GitPerson>;
const oid = fc.uint8Array({ minLength: 20, maxLength: 20 }).map((b) => Buffer.from(b).toString("hex"));
const name = fc.stringMatching(/^[A-Za-z0-9._-]{1,12}$/).filter((n) => n !== "." && n !== "..");
const entries = fc.uniqueArray(fc.record({ mode: fc.constantFrom("100644" as const, "040000" as const), path: name, oid }), { selector: (e) => e.path, minLength: 1, maxLength: 8 });

/** The ledger's own object writer against isomorphic-git's: the same object ids for the same input, objects git itself accepts. */
describe("loose objects", () => {
  it("blobs, trees, commits and tags get the ids isomorphic-git gives them", async () => {
    const gitdir = await repo();
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), entries, person, fc.string(), oid, async (blob, tree, who, message, parent) => {
        expect(await writeLooseObject(gitdir, "blob", blob)).toBe(await git.writeBlob({ fs, gitdir, blob }));
        const ours = await writeLooseObject(gitdir, "tree", treeContent(tree as LooseTreeEntry[]));
        expect(ours).toBe(await git.writeTree({ fs, gitdir, tree: tree.map((e) => ({ ...e, type: e.mode === "040000" ? ("tree" as const) : ("blob" as const) })) }));
        const commit = { message: `ledger: ${message}\n`, tree: ours, parent: [parent], author: who, committer: who };
        const theirs = await git.writeCommit({ fs, gitdir, commit });
        expect(await writeLooseObject(gitdir, "commit", commitContent({ tree: ours, parents: [parent], author: who, committer: who, message: commit.message }))).toBe(theirs);
        expect(await writeLooseObject(gitdir, "commit", commitContent({ tree: ours, parents: [], author: who, committer: who, message: commit.message }))).toBe(await git.writeCommit({ fs, gitdir, commit: { ...commit, parent: [] } }));
        const tag = { object: theirs, type: "commit" as const, tag: "ledger-checkpoint/000000000007", tagger: who, message: message.replace(/\n$/, "") };
        expect(await writeLooseObject(gitdir, "tag", tagContent(tag))).toBe(await git.writeTag({ fs, gitdir, tag }));
      }),
      { numRuns: 150 },
    );
  });

  it("a large blob (deflated on the thread pool) is the same file a small one's path would write, and git reads it back", async () => {
    const gitdir = await repo();
    const { deflateSync } = await import("node:zlib");
    const { randomBytes } = await import("node:crypto");
    for (const size of [16 * 1024 - 20, 16 * 1024, 100_000, 300_000]) {
      const text = Array.from({ length: Math.ceil(size / 100) }, () => `${randomBytes(40).toString("hex")} ledger line\n`).join("").slice(0, size);
      const content = Buffer.from(text);
      const id = await writeLooseObject(gitdir, "blob", content);
      expect(id).toBe(await git.writeBlob({ fs, gitdir, blob: content }));
      const stored = fs.readFileSync(`${gitdir}/objects/${id.slice(0, 2)}/${id.slice(2)}`);
      expect(stored.equals(deflateSync(Buffer.concat([Buffer.from(`blob ${content.length}\0`), content]), { level: 1 }))).toBe(true);
      expect(execFileSync("git", ["--git-dir", gitdir, "cat-file", "blob", id], { maxBuffer: 1 << 24 }).equals(content)).toBe(true);
    }
  });

  it("git reads them back, and fsck finds nothing wrong", async () => {
    const gitdir = await repo();
    const who = { name: "offboard-ledger", email: "ledger@offboard.invalid", timestamp: 1_790_000_000, timezoneOffset: 0 };
    const blob = await writeLooseObject(gitdir, "blob", Buffer.from("{\"a\":1}\n"));
    const sub = await writeLooseObject(gitdir, "tree", treeContent([{ mode: "100644", path: "000000000000.jsonl", oid: blob }]));
    const top = await writeLooseObject(gitdir, "tree", treeContent([{ mode: "100644", path: "tail.jsonl", oid: blob }, { mode: "040000", path: "segments", oid: sub }, { mode: "100644", path: "segments.txt", oid: blob }]));
    const commit = await writeLooseObject(gitdir, "commit", commitContent({ tree: top, parents: [], author: who, committer: who, message: "ledger: seq 0 (ledger.genesis)\n" }));
    const tag = await writeLooseObject(gitdir, "tag", tagContent({ object: commit, type: "commit", tag: "ledger-checkpoint/000000000001", tagger: who, message: "note" }));
    execFileSync("git", ["--git-dir", gitdir, "update-ref", "refs/heads/ledger", commit]);
    execFileSync("git", ["--git-dir", gitdir, "update-ref", "refs/tags/ledger-checkpoint/000000000001", tag]);
    const run = (...args: string[]) => execFileSync("git", ["--git-dir", gitdir, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    expect(run("cat-file", "-p", `${commit}:segments/000000000000.jsonl`)).toBe("{\"a\":1}\n");
    expect(run("ls-tree", "--name-only", commit).split("\n").filter(Boolean)).toEqual(["segments.txt", "segments", "tail.jsonl"]); // git order: "segments/" sorts after "segments.txt"
    expect(run("cat-file", "-p", tag)).toContain("\n\nnote\n");
    expect(run("fsck", "--strict", "--no-dangling")).toBe("");
    // Written once: the same content again is the same file, untouched.
    const file = `${gitdir}/objects/${blob.slice(0, 2)}/${blob.slice(2)}`;
    const before = fs.statSync(file).mtimeMs;
    await new Promise((r) => setTimeout(r, 20));
    await writeLooseObject(gitdir, "blob", Buffer.from("{\"a\":1}\n"));
    expect(fs.statSync(file).mtimeMs).toBe(before);
  });
});
