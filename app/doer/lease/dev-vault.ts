import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { OffboardError } from "../../errors.js";
import { packageRoot } from "../../util/package-root.js";
import { freePort } from "../../util/free-port.js";

/** A Vault the demo can use: provisioned by deploy/vault/apply.sh for the tenant, with an orchestrator token. */
export interface DemoVault {
  addr: string;
  /** How it was found: "dev server started by the demo" or "VAULT_ADDR". */
  origin: string;
  roleIds: Map<string, string>;
  orchestratorToken: string;
  stop(): Promise<void>;
}

/** The Vault binary scripts/install-tools.sh builds, if it is there. */
export function devVaultBinary(): string | null {
  const bin = join(packageRoot(), ".tools", "bin", "vault");
  return existsSync(bin) ? bin : null;
}


async function call(addr: string, method: string, path: string, token: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${addr}/v1/${path}`, { method, headers: { "X-Vault-Token": token, ...(body === undefined ? {} : { "content-type": "application/json" }) }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const text = await res.text();
  return { status: res.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

/**
 * For the demo: a Vault to lease from, provisioned for `tenant` with deploy/vault/apply.sh, the
 * SCIM connector's credential stored at the tenant's path. With VAULT_ADDR and VAULT_TOKEN (an
 * admin token) set, that Vault; else, with the binary built, a `vault server -dev` on a free
 * loopback port with a random root token (stopped by `stop`); else null (the demo then uses the
 * local broker, and says so).
 */
export async function startDemoVault(tenant: string, scimToken: string, env: NodeJS.ProcessEnv = process.env): Promise<DemoVault | null> {
  let addr: string;
  let admin: string;
  let child: ChildProcess | null = null;
  let origin: string;
  if (env.VAULT_ADDR) {
    if (!env.VAULT_TOKEN) throw new OffboardError("CONFIG_INVALID", "VAULT_ADDR is set but VAULT_TOKEN is not: the demo provisions Vault with deploy/vault/apply.sh and needs an admin token", {});
    addr = env.VAULT_ADDR.replace(/\/$/, "");
    admin = env.VAULT_TOKEN;
    origin = `VAULT_ADDR ${addr}`;
  } else {
    const bin = devVaultBinary();
    if (bin === null) return null;
    const port = await freePort();
    addr = `http://127.0.0.1:${port}`;
    admin = `demo-root-${randomBytes(12).toString("hex")}`;
    child = spawn(bin, ["server", "-dev", `-dev-listen-address=127.0.0.1:${port}`, `-dev-root-token-id=${admin}`, "-dev-no-store-token"], { stdio: "ignore", env: { PATH: env.PATH ?? "", HOME: env.HOME ?? "/tmp" } });
    origin = `a vault server -dev the demo started at ${addr}`;
    const deadline = Date.now() + 20_000;
    while ((await call(addr, "GET", "sys/health", admin).then((r) => r.status, () => 0)) !== 200) {
      if (child.exitCode !== null || Date.now() > deadline) {
        child.kill("SIGKILL");
        throw new OffboardError("LEASE_FAILED", `the demo's Vault dev server did not start at ${addr}`, {});
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  const stop = async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise<void>((r) => child!.once("exit", () => r()));
      child.kill("SIGTERM");
      await exited;
    }
  };
  try {
    const applied = spawnSync("bash", [join(packageRoot(), "deploy", "vault", "apply.sh"), tenant], { env: { ...env, VAULT_ADDR: addr, VAULT_TOKEN: admin, ...(child ? { VAULT: devVaultBinary()! } : {}) }, encoding: "utf8" });
    if (applied.status !== 0) throw new OffboardError("LEASE_FAILED", `deploy/vault/apply.sh failed: ${applied.stderr.trim()}`, {});
    const roleIds = new Map(applied.stdout.trim().split("\n").map((l) => l.split(" ") as [string, string]));
    const put = await call(addr, "POST", `offboard/data/tenants/${tenant}/connectors/scim`, admin, { data: { secret: scimToken } });
    if (put.status !== 200) throw new OffboardError("LEASE_FAILED", `storing the SCIM credential in Vault: HTTP ${put.status}`, {});
    const created = await call(addr, "POST", "auth/token/create", admin, { policies: [`offboard-orchestrator-${tenant}`], no_default_policy: true, ttl: "1h" });
    const orchestratorToken = (created.json.auth as { client_token?: string } | undefined)?.client_token;
    if (!orchestratorToken) throw new OffboardError("LEASE_FAILED", `creating the orchestrator token: HTTP ${created.status}`, {});
    return { addr, origin, roleIds, orchestratorToken, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
