import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gitFs } from "../../app/ledger/git-fs.js";

describe("the fs handed to isomorphic-git", () => {
  it("answers isomorphic-git's no-path probe with one ready-made rejection (no new error per call)", async () => {
    const readFile = gitFs.promises.readFile as unknown as () => Promise<unknown>;
    const first = await readFile().catch((e: unknown) => e);
    const second = await readFile().catch((e: unknown) => e);
    expect(first).toBeInstanceOf(TypeError);
    expect(second).toBe(first);
  });

  it("reads real files unchanged, and a missing one is still ENOENT", async () => {
    const dir = mkdtempSync(join(tmpdir(), "git-fs-"));
    writeFileSync(join(dir, "a"), "hello");
    expect(await gitFs.promises.readFile(join(dir, "a"), "utf8")).toBe("hello");
    expect(Buffer.from(await gitFs.promises.readFile(join(dir, "a"))).toString()).toBe("hello");
    await expect(gitFs.promises.readFile(join(dir, "missing"))).rejects.toMatchObject({ code: "ENOENT" });
  });
});
