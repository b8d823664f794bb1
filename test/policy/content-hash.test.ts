import { mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { hashPolicies } from "../../app/policy/content-hash.js";
import { scratchDir } from "./policy-fixtures.js";

describe("hashPolicies", () => {
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  let dir: string;

  beforeEach(async () => {
    scratch = await scratchDir("hash");
    dir = join(scratch.dir, "policies");
    await mkdir(join(dir, "sub"), { recursive: true });
    // Written in reverse order: the hash must not depend on directory listing order.
    await writeFile(join(dir, "sub", "data.json"), "{}\n");
    await writeFile(join(dir, "a.rego"), "package a\n");
  });
  afterEach(() => scratch.cleanup());

  it("matches the documented framing (known answer computed with coreutils)", async () => {
    // Source: { printf 'a.rego\0%d\0' 10; printf 'package a\n';
    //           printf 'sub/data.json\0%d\0' 3; printf '{}\n'; } | sha256sum
    expect(await hashPolicies(dir)).toBe("4ab96dffd4969f84ec7e2795870b91e537957acc25bb08418bf33e34e2adf869");
  });

  it("changes when a file's content changes, a file is added, or a file is renamed", async () => {
    const before = await hashPolicies(dir);
    await writeFile(join(dir, "a.rego"), "package a\n\nx := 1\n");
    const edited = await hashPolicies(dir);
    expect(edited).not.toBe(before);

    await writeFile(join(dir, "sub", "more.json"), "{}\n");
    const added = await hashPolicies(dir);
    expect(added).not.toBe(edited);

    await rename(join(dir, "sub", "more.json"), join(dir, "sub", "other.json"));
    expect(await hashPolicies(dir)).not.toBe(added);
  });

  it("ignores *_test.rego, which the build ignores too", async () => {
    const before = await hashPolicies(dir);
    await writeFile(join(dir, "a_test.rego"), "package a_test\n");
    expect(await hashPolicies(dir)).toBe(before);
  });

  it("POLICY_BUILD_FAILED naming the path when the directory is missing", async () => {
    const missing = join(scratch.dir, "nope");
    await expect(hashPolicies(missing)).rejects.toMatchObject({ code: "POLICY_BUILD_FAILED", details: { policiesDir: missing } });
  });
});
