import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { CONFIG_PATH } from "../config/load-tenant-config.js";
import type { TenantConfig } from "../config/tenant-config.js";
import { OffboardError } from "../errors.js";
import { packageRoot } from "../util/package-root.js";
import { runGit } from "../util/run-git.js";
import { createWorkspaceKeys, keysDirFor } from "./workspace-keys.js";

export interface ScaffoldOptions {
  dir: string;
  tenant: string;
  securityTeam: string[];
  /** Overrides the policy's reinstate window (seconds) in the new repo's policy data. */
  windowSeconds?: number;
  /** Creates a bare repository at this path as `origin` and pushes to it. */
  remote?: string;
  env?: NodeJS.ProcessEnv;
}

/** Policy data file and key holding the reinstate window. */
export const SETTINGS_FILE = join("policies", "offboard", "settings", "data.json");

/**
 * `offboard init`: a new policy repository from this package's template: policies, request
 * schema, issue form, CI workflow, ledger spec, config, and fresh keys (public halves committed
 * under ledger/keys, private halves in the gitignored keys directory).
 */
export function scaffoldRepo(options: ScaffoldOptions): TenantConfig {
  const { dir } = options;
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new OffboardError("CONFIG_INVALID", `${dir} is not empty: \`offboard init\` creates a new policy repository in an empty or new directory`, { dir });
  }
  mkdirSync(dir, { recursive: true });
  const root = packageRoot();
  const copy = (from: string, to = from) => cpSync(join(root, from), join(dir, to), { recursive: true, filter: (src) => !src.includes(`${join("ledger", "keys")}`) });
  copy("policies");
  copy(join("requests", "request.schema.json"));
  copy(join(".github", "ISSUE_TEMPLATE"));
  copy(join("templates", "policy-repo"), ".");
  if (existsSync(join(root, "ledger", "SPEC.md"))) copy(join("ledger", "SPEC.md"));
  if (options.windowSeconds !== undefined) setWindow(join(dir, SETTINGS_FILE), options.windowSeconds);
  const config: TenantConfig = {
    tenant: options.tenant,
    security_team: { slug: "security", members: options.securityTeam },
    connectors: [{ name: "scim", base_url: "embedded" }],
    hris: "embedded",
    packet: { alg: "EdDSA", kid: `${options.tenant}-packet-1`, audience: "offboard-doer", ttl_seconds: 300 },
    people: [],
    executor: { url: "in-process" },
  };
  writeFileSync(join(dir, CONFIG_PATH), "# Offboarding bot tenant config (read from the default branch). See docs/CONFIG.md.\n" + stringify(config));
  createWorkspaceKeys(dir, keysDirFor(dir, options.env), { tenant: config.tenant, alg: config.packet.alg, kid: config.packet.kid });
  runGit(dir, ["init", "-q", "-b", "main"]);
  runGit(dir, ["add", "-A"]);
  runGit(dir, ["commit", "-q", "-m", "offboard init: policies, config, trust roots"]);
  if (options.remote) {
    runGit(dir, ["init", "-q", "--bare", "-b", "main", options.remote]);
    runGit(dir, ["remote", "add", "origin", options.remote]);
    runGit(dir, ["push", "-q", "origin", "main"]);
  }
  return config;
}

function setWindow(file: string, seconds: number): void {
  if (!Number.isInteger(seconds) || seconds < 0) throw new OffboardError("CONFIG_INVALID", `--window must be a whole number of seconds, got ${seconds}`);
  const data = JSON.parse(readFileSync(file, "utf8")) as { reinstate_window_seconds?: number };
  if (typeof data.reinstate_window_seconds !== "number") throw new OffboardError("CONFIG_INVALID", `${file} has no reinstate_window_seconds to override`);
  data.reinstate_window_seconds = seconds;
  writeFileSync(file, JSON.stringify(data, null, 2) + "\n");
}
