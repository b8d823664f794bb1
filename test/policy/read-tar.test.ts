import { execFileSync } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readTarGz } from "../../app/policy/read-tar.js";
import { scratchDir } from "./policy-fixtures.js";

describe("readTarGz", () => {
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  const longDir = "d".repeat(90);
  const longName = `${longDir}/${"f".repeat(80)}.json`;

  beforeAll(async () => {
    scratch = await scratchDir("tar");
    await mkdir(join(scratch.dir, "src", longDir), { recursive: true });
    await writeFile(join(scratch.dir, "src", "policy.wasm"), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
    await writeFile(join(scratch.dir, "src", "data.json"), "x".repeat(1500));
    await writeFile(join(scratch.dir, "src", longName), "{}");
  });
  afterAll(() => scratch.cleanup());

  // Archives written by the system tar (GNU tar) in each format opa bundles may come in.
  for (const format of ["ustar", "pax", "gnu"] as const) {
    it(`reads ${format} archives, long names included`, async () => {
      const archive = join(scratch.dir, `${format}.tar.gz`);
      const names = format === "ustar" ? ["policy.wasm", "data.json"] : ["./policy.wasm", "./data.json", `./${longName}`];
      execFileSync("tar", ["-czf", archive, `--format=${format}`, "-C", join(scratch.dir, "src"), ...names]);
      const files = readTarGz(await readFile(archive));
      expect(files.get("policy.wasm")).toEqual(Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
      expect(files.get("data.json")?.toString()).toBe("x".repeat(1500));
      if (format !== "ustar") expect(files.get(longName)?.toString()).toBe("{}");
    });
  }

  it("rejects a header whose checksum does not match", () => {
    const header = Buffer.alloc(512);
    header.write("data.json", 0);
    header.write("0000000\0", 124);
    header.write("0000001\0", 148);
    expect(() => readTarGz(gzipSync(Buffer.concat([header, Buffer.alloc(1024)])))).toThrow(/checksum/);
  });
});
