import { spawn, spawnSync, type ChildProcessByStdio } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Readable, Writable } from "node:stream";
import { packageRoot } from "../../app/util/package-root.js";
import { watchdogScript } from "./watchdog.js";
import { freePort } from "../../app/util/free-port.js";

/**
 * A real HashiCorp Vault for one test file: `vault server -dev` (in-memory, unsealed) on 127.0.0.1
 * at a free port, with a random root token, provisioned with deploy/vault/apply.sh. The binary is
 * the one scripts/install-tools.sh builds (.tools/bin/vault) or VAULT_BIN. Vault runs under a
 * `sh` watchdog reading a pipe from this process, so it dies with the test process. Without the
 * binary this throws (naming the install command); it never skips.
 */
export interface TestVault {
  addr: string;
  rootToken: string;
  /** `deploy/vault/apply.sh TENANT...`; returns RoleIDs by tenant. */
  apply(...tenants: string[]): Map<string, string>;
  /** Writes a connector credential at offboard/tenants/<tenant>/connectors/<connector> (field `secret`). */
  put(tenant: string, connector: string, secret: string): Promise<void>;
  /** A token holding only the orchestrator policies of `tenants`. */
  orchestratorToken(...tenants: string[]): Promise<string>;
  /** Calls Vault's HTTP API with `token`; resolves the status and JSON body. */
  api(method: string, path: string, token: string | null, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }>;
  /** Seals Vault (every later request fails with 503 until unsealed, which -dev mode cannot do here). */
  seal(): Promise<void>;
  stop(): Promise<void>;
}

export function vaultBinary(): string {
  const bin = process.env.VAULT_BIN ?? join(packageRoot(), ".tools", "bin", "vault");
  if (!existsSync(bin)) throw new Error(`no vault binary at ${bin}: run \`bash scripts/install-tools.sh vault\` (builds Vault 1.21.1 from the Go module proxy) or set VAULT_BIN`);
  return bin;
}


const WATCHDOG = watchdogScript();

export async function startVault(): Promise<TestVault> {
  const bin = vaultBinary();
  const port = await freePort();
  const addr = `http://127.0.0.1:${port}`;
  const rootToken = `root-${randomBytes(12).toString("hex")}`;
  const child: ChildProcessByStdio<Writable, null, Readable> = spawn("sh", ["-c", WATCHDOG, "sh", bin, "server", "-dev", `-dev-listen-address=127.0.0.1:${port}`, `-dev-root-token-id=${rootToken}`, "-dev-no-store-token"], {
    stdio: ["pipe", "ignore", "pipe"],
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp" },
  });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const api: TestVault["api"] = async (method, path, token, body, headers = {}) => {
    const res = await fetch(`${addr}/v1/${path.replace(/^\//, "")}`, {
      method,
      headers: { ...(token ? { "X-Vault-Token": token } : {}), ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`vault exited with ${child.exitCode}: ${stderr}`);
    const ok = await api("GET", "sys/health", null).then((r) => r.status === 200, () => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`vault did not start in 20 s: ${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const env = { ...process.env, VAULT_ADDR: addr, VAULT_TOKEN: rootToken, VAULT: bin };
  return {
    addr,
    rootToken,
    apply(...tenants) {
      const r = spawnSync("bash", [join(packageRoot(), "deploy", "vault", "apply.sh"), ...tenants], { env, encoding: "utf8" });
      if (r.status !== 0) throw new Error(`apply.sh failed (${r.status}): ${r.stderr}`);
      return new Map(r.stdout.trim().split("\n").map((l) => l.split(" ") as [string, string]));
    },
    async put(tenant, connector, secret) {
      const r = await api("POST", `offboard/data/tenants/${tenant}/connectors/${connector}`, rootToken, { data: { secret } });
      if (r.status !== 200) throw new Error(`writing the ${connector} secret of ${tenant}: ${r.status} ${JSON.stringify(r.body)}`);
    },
    async orchestratorToken(...tenants) {
      const r = await api("POST", "auth/token/create", rootToken, { policies: tenants.map((t) => `offboard-orchestrator-${t}`), no_default_policy: true, ttl: "10m" });
      return String((r.body.auth as { client_token: string }).client_token);
    },
    api,
    async seal() {
      const r = await api("PUT", "sys/seal", rootToken);
      if (r.status !== 204) throw new Error(`seal: ${r.status}`);
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((r) => child.once("exit", () => r()));
      child.stdin.end();
      await exited;
    },
  };
}
