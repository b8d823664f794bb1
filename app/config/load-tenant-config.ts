import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { OffboardError } from "../errors.js";
import { TenantConfigSchema, type TenantConfig } from "./tenant-config.js";

export const CONFIG_PATH = ".github/offboard.yml";

/** Loads and validates the tenant config of a policy repo; errors name the file, line and field. */
export function loadTenantConfig(repoDir: string): TenantConfig {
  const path = join(repoDir, CONFIG_PATH);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new OffboardError("CONFIG_MISSING", `${CONFIG_PATH} not found in ${repoDir}: run \`offboard init\` or create it (see docs/CONFIG.md)`, { path });
  }
  return parseTenantConfig(text, CONFIG_PATH);
}

export function parseTenantConfig(text: string, file: string): TenantConfig {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const pos = lines.linePos(e.pos[0]);
    throw new OffboardError("CONFIG_INVALID", `${file}:${pos.line}:${pos.col}: ${e.message.split("\n")[0]}`, { file, line: pos.line });
  }
  const result = TenantConfigSchema.safeParse(doc.toJS());
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const path = issue.code === "unrecognized_keys" ? [...issue.path, ...issue.keys] : issue.path;
      const node = doc.getIn(path as (string | number)[], true) as { range?: [number, number] } | undefined;
      const pos = lines.linePos(node?.range?.[0] ?? 0);
      return `${file}:${pos.line}:${pos.col}: ${path.map(String).join(".")}: ${issue.message}`;
    });
    throw new OffboardError("CONFIG_INVALID", problems.join("\n"), { file });
  }
  return result.data;
}
