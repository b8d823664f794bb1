import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openGitObjectReader } from "../../app/ledger/git-object-reader.js";
import { runGit, tempDirs } from "./helpers.js";

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

describe("openGitObjectReader (git cat-file --batch)", () => {
  it("returns each object's exact bytes, empty and multi-chunk ones included, with many reads queued at once, and null for missing ones", async () => {
    const dir = await dirs.make();
    runGit(dir, "init", "-q");
    // Sizes around git's and the pipe's chunk sizes, so bodies, their trailing "\n" and the next header split across chunks.
    const blobs = [0, 1, 63, 4095, 4096, 65_535, 65_536, 65_537, 200_001, 0, 7].map((n) => randomBytes(n));
    const oids = blobs.map((b) => execFileSync("git", ["hash-object", "-w", "--stdin"], { cwd: dir, input: b }).toString().trim());
    const reader = openGitObjectReader(join(dir, ".git"));
    try {
      const specs = [...oids, "0".repeat(40), "no-such-ref^{commit}", ...oids.slice().reverse()];
      const read = await Promise.all(specs.map((s) => reader.read(s)));
      const expected = [...blobs, null, null, ...blobs.slice().reverse()];
      read.forEach((object, i) => {
        if (expected[i] === null) expect(object, specs[i]).toBeNull();
        else expect({ ...object, bytes: object?.bytes.equals(expected[i]!) }, specs[i]).toEqual({ oid: specs[i], type: "blob", bytes: true });
      });
      for (const [i, oid] of oids.entries()) expect((await reader.read(oid))!.bytes.equals(blobs[i]!)).toBe(true);
    } finally {
      reader.close();
    }
  });
});
