import { appendFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { compileWasm } from "../../app/policy/compile-wasm.js";
import { runCommand, type CommandRunner } from "../../app/policy/run-command.js";
import { copyPolicies, scratchDir } from "./policy-fixtures.js";

/** The real runner, counting how often opa is started. */
function countingRunner(): { run: CommandRunner; calls: string[][] } {
  const calls: string[][] = [];
  return {
    calls,
    run: (file, args, options) => {
      calls.push([...args]);
      return runCommand(file, args, options);
    },
  };
}

describe("compileWasm", () => {
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  let policiesDir: string;
  let cacheDir: string;

  beforeEach(async () => {
    scratch = await scratchDir("compile");
    policiesDir = await copyPolicies(scratch.dir);
    cacheDir = join(scratch.dir, "cache");
  });
  afterEach(() => scratch.cleanup());

  it("builds policy.wasm and the settings data with the real opa, cached under the content hash", async () => {
    const { run, calls } = countingRunner();
    const compiled = await compileWasm({ policiesDir, cacheDir, run });
    expect(compiled.wasm.subarray(0, 4)).toEqual(Buffer.from([0x00, 0x61, 0x73, 0x6d])); // "\0asm"
    expect(compiled.data).toMatchObject({ offboard: { settings: { risk: { threshold: expect.any(Number) } } } });
    expect(compiled.opaVersion).toMatch(/^1\.22\.\d+$/);
    expect(calls.map((args) => args[0])).toEqual(["version", "build"]);
    expect(await readdir(join(cacheDir, compiled.policyHash))).toEqual(["bundle.tar.gz", "meta.json"]);
  });

  it("a cache hit does not run opa at all", async () => {
    const first = await compileWasm({ policiesDir, cacheDir });
    const { run, calls } = countingRunner();
    const second = await compileWasm({ policiesDir, cacheDir, run, env: { OPA_BIN: join(scratch.dir, "no-such-opa") } });
    expect(calls).toEqual([]);
    expect(second).toEqual(first);
  });

  it("rebuilds when a policy file changes, and when the cached bundle was tampered with", async () => {
    const first = await compileWasm({ policiesDir, cacheDir });
    await appendFile(join(policiesDir, "offboard", "offboard.rego"), "\n# a comment\n");
    const { run, calls } = countingRunner();
    const edited = await compileWasm({ policiesDir, cacheDir, run });
    expect(edited.policyHash).not.toBe(first.policyHash);
    expect(calls.map((args) => args[0])).toEqual(["version", "build"]);

    await writeFile(join(cacheDir, edited.policyHash, "bundle.tar.gz"), "not a bundle");
    const rebuilt = await compileWasm({ policiesDir, cacheDir, run });
    expect(calls.map((args) => args[0])).toEqual(["version", "build", "version", "build"]);
    expect(rebuilt.policyHash).toBe(edited.policyHash);
  });

  it("POLICY_BUILD_FAILED with opa's file:line when the Rego is broken", async () => {
    await appendFile(join(policiesDir, "offboard", "offboard.rego"), "\nbroken := {\n");
    const error = await compileWasm({ policiesDir, cacheDir }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "POLICY_BUILD_FAILED" });
    expect((error as { details: { opaOutput: string } }).details.opaOutput).toMatch(/offboard\.rego:\d+/);
  });

  it("POLICY_BUILD_FAILED naming the path when the policies directory is missing", async () => {
    const missing = join(scratch.dir, "no-policies");
    await expect(compileWasm({ policiesDir: missing, cacheDir })).rejects.toMatchObject({
      code: "POLICY_BUILD_FAILED",
      details: { policiesDir: missing },
    });
  });

  it("TOOL_MISSING on a cache miss without a usable opa", async () => {
    await expect(
      compileWasm({ policiesDir, cacheDir, env: { OPA_BIN: join(scratch.dir, "no-such-opa") } }),
    ).rejects.toMatchObject({ code: "TOOL_MISSING" });
  });
});
