import { chmod, mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveOpa } from "../../app/policy/opa-binary.js";
import { findPackageRoot } from "../../app/util/package-root.js";
import type { CommandRunner } from "../../app/policy/run-command.js";
import { scratchDir } from "./policy-fixtures.js";

describe("resolveOpa", () => {
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  beforeAll(async () => {
    scratch = await scratchDir("opa-bin");
  });
  afterAll(() => scratch.cleanup());

  async function fakeOpa(name: string, version: string): Promise<string> {
    const path = join(scratch.dir, name);
    await writeFile(path, `#!/bin/sh\necho "Version: ${version}"\n`);
    await chmod(path, 0o755);
    return path;
  }

  it("uses the real pinned opa (OPA_BIN or .tools/bin)", async () => {
    const opa = await resolveOpa(process.env);
    expect(opa.version).toMatch(/^1\.22\.\d+$/);
    expect(["OPA_BIN", "tools"]).toContain(opa.source);
  });

  it("prefers <package root>/.tools/bin/opa when OPA_BIN is unset", async () => {
    const root = join(scratch.dir, "pkg");
    await mkdir(join(root, ".tools", "bin"), { recursive: true });
    await rename(await fakeOpa("tools-opa", "1.22.3"), join(root, ".tools", "bin", "opa"));
    const opa = await resolveOpa({ PATH: process.env.PATH }, { packageRoot: root });
    expect(opa).toEqual({ path: join(root, ".tools", "bin", "opa"), source: "tools", version: "1.22.3" });
  });

  it("finds the package root from the sources and from a dist/ build alike", async () => {
    const root = join(scratch.dir, "installed");
    await mkdir(join(root, "dist", "app", "policy"), { recursive: true });
    await writeFile(join(root, "package.json"), JSON.stringify({ name: "offboard" }) + "\n");
    const fromDist = pathToFileURL(join(root, "dist", "app", "policy", "opa-binary.js")).href;
    expect(findPackageRoot(fromDist)).toBe(root);
    expect(findPackageRoot()).toBe(fileURLToPath(new URL("../..", import.meta.url)).replace(/\/$/, ""));
  });

  it("falls back to opa on PATH when there is no tools dir", async () => {
    const calls: string[] = [];
    const run: CommandRunner = async (file) => {
      calls.push(file);
      return { code: 0, stdout: "Version: 1.22.9\nGo Version: go1.26\n", stderr: "" };
    };
    const opa = await resolveOpa({}, { run, packageRoot: scratch.dir });
    expect(opa).toEqual({ path: "opa", source: "PATH", version: "1.22.9" });
    expect(calls).toEqual(["opa"]);
  });

  it("TOOL_MISSING when OPA_BIN does not exist (no silent fallback)", async () => {
    await expect(resolveOpa({ OPA_BIN: join(scratch.dir, "missing-opa") })).rejects.toMatchObject({
      code: "TOOL_MISSING",
    });
  });

  it("TOOL_MISSING when the binary is another version", async () => {
    const path = await fakeOpa("opa-old", "1.21.0");
    await expect(resolveOpa({ OPA_BIN: path })).rejects.toMatchObject({ code: "TOOL_MISSING", details: { version: "1.21.0" } });
    const lookalike = await fakeOpa("opa-lookalike", "1.220.0");
    await expect(resolveOpa({ OPA_BIN: lookalike })).rejects.toMatchObject({ code: "TOOL_MISSING" });
  });

  it("TOOL_MISSING when the binary reports no version", async () => {
    const path = join(scratch.dir, "not-opa");
    await writeFile(path, "#!/bin/sh\nexit 3\n");
    await chmod(path, 0o755);
    await expect(resolveOpa({ OPA_BIN: path })).rejects.toMatchObject({ code: "TOOL_MISSING" });
  });
});
