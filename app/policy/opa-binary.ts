import { existsSync } from "node:fs";
import { join } from "node:path";
import { OffboardError } from "../errors.js";
import { findPackageRoot } from "../util/package-root.js";
import { runCommand, type CommandRunner } from "./run-command.js";

/** The OPA release line the policies are written and tested against (scripts/install-tools.sh pins the patch). */
export const OPA_VERSION_LINE = "1.22";

export interface OpaBinary {
  /** What to execute: an absolute path, or `opa` to be looked up on PATH. */
  path: string;
  /** The version the binary reported, e.g. `1.22.3`. */
  version: string;
  /** Where the binary came from, for messages. */
  source: "OPA_BIN" | "tools" | "PATH";
}

const FIX = "run `npm run tools` (scripts/install-tools.sh) to build the pinned opa into .tools/bin, or set OPA_BIN";

/**
 * Finds the `opa` to use: `$OPA_BIN` when set (and then only that one), else
 * `<package root>/.tools/bin/opa` when it exists, else `opa` on PATH. The binary must report a
 * 1.22.x version. Anything else is TOOL_MISSING, never a silent fallback to another binary.
 */
export async function resolveOpa(
  env: NodeJS.ProcessEnv = process.env,
  options: { run?: CommandRunner; packageRoot?: string } = {},
): Promise<OpaBinary> {
  const run = options.run ?? runCommand;
  const tools = join(options.packageRoot ?? findPackageRoot(), ".tools", "bin", "opa");
  const fromEnv = env.OPA_BIN?.trim();
  const candidate: Pick<OpaBinary, "path" | "source"> = fromEnv
    ? { path: fromEnv, source: "OPA_BIN" }
    : existsSync(tools)
      ? { path: tools, source: "tools" }
      : { path: "opa", source: "PATH" };
  const where = candidate.source === "OPA_BIN" ? `OPA_BIN=${candidate.path}` : candidate.path;

  let output;
  try {
    output = await run(candidate.path, ["version"], { env });
  } catch (cause) {
    throw new OffboardError("TOOL_MISSING", `opa not found (${where}); ${FIX}`, { ...candidate }, { cause });
  }
  const version = /^Version:\s*v?(\S+)/m.exec(output.stdout)?.[1];
  if (output.code !== 0 || version === undefined) {
    throw new OffboardError("TOOL_MISSING", `${where} did not report a version (\`opa version\` failed); ${FIX}`, {
      ...candidate,
      stderr: output.stderr.slice(0, 2000),
    });
  }
  if (version !== OPA_VERSION_LINE && !version.startsWith(`${OPA_VERSION_LINE}.`)) {
    throw new OffboardError("TOOL_MISSING", `${where} is opa ${version}, but ${OPA_VERSION_LINE}.x is required; ${FIX}`, {
      ...candidate,
      version,
    });
  }
  return { ...candidate, version };
}
