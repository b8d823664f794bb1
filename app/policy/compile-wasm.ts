import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { OffboardError } from "../errors.js";
import { hashPolicies, POLICY_TEST_PATTERN } from "./content-hash.js";
import { resolveOpa } from "./opa-binary.js";
import { readTarGz } from "./read-tar.js";
import { runCommand, type CommandRunner } from "./run-command.js";

/** The one query the gatekeeper asks (`data.offboard.decision`). */
export const DECISION_ENTRYPOINT = "offboard/decision";

export interface CompiledPolicy {
  wasm: Buffer;
  /** The bundle's data document (e.g. `{offboard: {settings: ...}}`), to pass to `setData`. */
  data: Record<string, unknown>;
  /** hashPolicies(policiesDir): the cache key and the decision provenance. */
  policyHash: string;
  /** sha256 of policy.wasm, hex. */
  wasmSha256: string;
  /** The opa version that built the cached bundle. */
  opaVersion: string;
}

export interface CompileWasmOptions {
  policiesDir: string;
  /** Bundles are cached as `<cacheDir>/<policyHash>/bundle.tar.gz` (+ meta.json). */
  cacheDir: string;
  env?: NodeJS.ProcessEnv;
  run?: CommandRunner;
}

interface CacheMeta {
  policyHash: string;
  wasmSha256: string;
  opaVersion: string;
  entrypoint: string;
}

/**
 * Compiles `policiesDir` to Wasm with the real `opa build -t wasm`, cached by content hash: a
 * cache hit does not run (or even look for) opa. A cached entry is used only when its
 * policy.wasm still has the sha256 recorded at build time; otherwise it is rebuilt.
 * Failures are POLICY_BUILD_FAILED carrying opa's own message (file:line).
 */
export async function compileWasm(options: CompileWasmOptions): Promise<CompiledPolicy> {
  const policiesDir = resolve(options.policiesDir);
  const policyHash = await hashPolicies(policiesDir);
  const entryDir = join(options.cacheDir, policyHash);
  const cached = await readCacheEntry(entryDir, policyHash);
  if (cached) return cached;

  const run = options.run ?? runCommand;
  const env = options.env ?? process.env;
  const opa = await resolveOpa(env, { run });
  await mkdir(options.cacheDir, { recursive: true });
  const tmp = await mkdtemp(join(options.cacheDir, ".build-"));
  try {
    const bundlePath = join(tmp, "bundle.tar.gz");
    const args = ["build", "-t", "wasm", "-e", DECISION_ENTRYPOINT, "--ignore", POLICY_TEST_PATTERN];
    const result = await run(opa.path, [...args, "-o", bundlePath, policiesDir], { env });
    if (result.code !== 0) {
      const message = (result.stderr || result.stdout).trim();
      throw new OffboardError("POLICY_BUILD_FAILED", `opa build failed for ${policiesDir}:\n${message}`, {
        policiesDir,
        exitCode: result.code,
        opaOutput: message,
      });
    }
    const compiled = unpack(await readFile(bundlePath), policyHash, opa.version, bundlePath);
    const meta: CacheMeta = {
      policyHash,
      wasmSha256: compiled.wasmSha256,
      opaVersion: opa.version,
      entrypoint: DECISION_ENTRYPOINT,
    };
    await writeFile(join(tmp, "meta.json"), `${JSON.stringify(meta, null, 2)}\n`);
    await publish(tmp, entryDir, policyHash);
    return compiled;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** Moves a finished build into place; a concurrent build of the same hash may have won the race. */
async function publish(tmp: string, entryDir: string, policyHash: string): Promise<void> {
  try {
    await rename(tmp, entryDir);
  } catch {
    if (await readCacheEntry(entryDir, policyHash)) return;
    await rm(entryDir, { recursive: true, force: true });
    await rename(tmp, entryDir);
  }
}

async function readCacheEntry(entryDir: string, policyHash: string): Promise<CompiledPolicy | null> {
  try {
    const meta = JSON.parse(await readFile(join(entryDir, "meta.json"), "utf8")) as Partial<CacheMeta>;
    if (meta.policyHash !== policyHash || meta.entrypoint !== DECISION_ENTRYPOINT || !meta.opaVersion) return null;
    const bundlePath = join(entryDir, "bundle.tar.gz");
    const compiled = unpack(await readFile(bundlePath), policyHash, meta.opaVersion, bundlePath);
    return compiled.wasmSha256 === meta.wasmSha256 ? compiled : null;
  } catch {
    // Missing, partial or corrupt entries are rebuilt.
    return null;
  }
}

function unpack(archive: Buffer, policyHash: string, opaVersion: string, bundlePath: string): CompiledPolicy {
  let files;
  try {
    files = readTarGz(archive);
  } catch (cause) {
    throw new OffboardError("POLICY_BUILD_FAILED", `unreadable bundle ${bundlePath}`, { bundlePath }, { cause });
  }
  const wasm = files.get("policy.wasm");
  const dataJson = files.get("data.json");
  if (!wasm || !dataJson) {
    throw new OffboardError("POLICY_BUILD_FAILED", `bundle ${bundlePath} lacks policy.wasm or data.json`, {
      bundlePath,
      entries: [...files.keys()],
    });
  }
  const data: unknown = JSON.parse(dataJson.toString("utf8"));
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new OffboardError("POLICY_BUILD_FAILED", `bundle ${bundlePath} has a data.json that is not an object`, {
      bundlePath,
    });
  }
  const wasmSha256 = createHash("sha256").update(wasm).digest("hex");
  return { wasm, data: data as Record<string, unknown>, policyHash, wasmSha256, opaVersion };
}
