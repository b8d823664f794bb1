import nodeVault from "node-vault";
import type { ConnectorCredentials } from "../../connectors/types.js";
import { OffboardError } from "../../errors.js";
import type { Clock } from "../../util/clock.js";
import { MAX_LEASE_TTL_SECONDS } from "./local-broker.js";
import type { Lease, LeaseProvider } from "./types.js";

/** Hands the executor one response-wrapped, single-use AppRole SecretID per lease (the trusted-orchestrator pattern). */
export interface SecretIdSource {
  /** A wrapping token (TTL <= 60 s) whose unwrap yields a SecretID of `offboard-<tenant>`. */
  wrappedSecretId(tenant: string): Promise<string>;
}

export interface VaultBrokerOptions {
  /** Vault's address, e.g. https://vault.example.com:8200 (never taken from VAULT_ADDR implicitly). */
  addr: string;
  /** AppRole RoleID per tenant (not secret on its own; public like a username). */
  roleIds: ReadonlyMap<string, string>;
  secretIds: SecretIdSource;
  clock: Clock;
  /** KV v2 mount holding connector credentials (default "offboard"). */
  mount?: string;
  /** AppRole auth mount (default "approle"). */
  authMount?: string;
  /** Per-request timeout, ms (default 5 000). */
  timeoutMs?: number;
  /**
   * Connectors whose credential Vault's LDAP secrets engine manages, per tenant: connector name →
   * static role (read at `ldap/static-cred/<role>`, field `password`) instead of the KV path.
   */
  ldapStaticRoles?: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

const TENANT = /^[a-z0-9][a-z0-9-]{1,62}$/;
const CONNECTOR = /^[a-z][a-z0-9-]{0,31}$/;

/** A node-vault client with exactly `token` (node-vault would otherwise fall back to VAULT_TOKEN from the environment). */
function client(addr: string, token: string, timeoutMs: number): nodeVault.client {
  const c = nodeVault({ apiVersion: "v1", endpoint: addr, token: token || "-", requestOptions: { timeout: timeoutMs } });
  c.token = token;
  return c;
}

/** The HTTP status of a node-vault error, if it has one. */
function statusOf(e: unknown): number | null {
  const status = (e as { response?: { statusCode?: unknown } }).response?.statusCode;
  return typeof status === "number" ? status : null;
}

function describe(e: unknown): string {
  const status = statusOf(e);
  const message = e instanceof Error ? e.message : String(e);
  return status === null ? message : `HTTP ${status}: ${message}`;
}

/**
 * Leases from a real Vault (issue 6): per tenant an AppRole `offboard-<tenant>` whose tokens live
 * at most 60 s and whose policy reads only `<mount>/data/tenants/<tenant>/connectors/*`. For each
 * lease: unwrap a single-use SecretID (from the orchestrator), log in, check the token's TTL
 * (refused above 60 s: fail closed), read each connector's credential with that token, and
 * revoke the token itself at the end (`auth/token/revoke-self`). Events carry the accessor and
 * TTL only. Any Vault error is LEASE_FAILED naming the step, never a token or secret.
 */
export function createVaultBroker(options: VaultBrokerOptions): LeaseProvider & { readonly source: "vault" } {
  const { addr, clock } = options;
  const mount = options.mount ?? "offboard";
  const authMount = options.authMount ?? "approle";
  const timeoutMs = options.timeoutMs ?? 5_000;
  const fail = (tenant: string, step: string, e: unknown) => new OffboardError("LEASE_FAILED", `Vault at ${addr}: ${step} for tenant ${tenant} failed (${describe(e)})`, { tenant, step, status: statusOf(e) });
  return {
    source: "vault",

    async acquire(tenant: string): Promise<Lease> {
      if (!TENANT.test(tenant)) throw new OffboardError("LEASE_FAILED", `Cannot lease for tenant "${tenant}": not a tenant id`, { tenant });
      const roleId = options.roleIds.get(tenant);
      if (!roleId) throw new OffboardError("LEASE_FAILED", `no Vault AppRole RoleID configured for tenant ${tenant}`, { tenant });
      let wrapping: string;
      try {
        wrapping = await options.secretIds.wrappedSecretId(tenant);
      } catch (e) {
        throw fail(tenant, "getting a wrapped SecretID", e);
      }
      let secretId: string;
      try {
        const unwrapped = (await client(addr, wrapping, timeoutMs).unwrap()) as { data?: { secret_id?: unknown } };
        if (typeof unwrapped.data?.secret_id !== "string") throw new Error("the wrapped response holds no secret_id");
        secretId = unwrapped.data.secret_id;
      } catch (e) {
        throw fail(tenant, "unwrapping the SecretID", e);
      }
      const issuedAt = clock();
      let auth: { client_token: string; accessor: string; lease_duration: number };
      try {
        const login = (await client(addr, "", timeoutMs).approleLogin({ mount_point: authMount, role_id: roleId, secret_id: secretId })) as { auth?: typeof auth };
        if (!login.auth?.client_token) throw new Error("no token in the login response");
        auth = login.auth;
      } catch (e) {
        throw fail(tenant, "AppRole login", e);
      }
      if (!(auth.lease_duration > 0 && auth.lease_duration <= MAX_LEASE_TTL_SECONDS)) {
        await client(addr, auth.client_token, timeoutMs).tokenRevokeSelf().catch(() => undefined);
        throw new OffboardError("LEASE_FAILED", `Vault issued tenant ${tenant} a token with TTL ${auth.lease_duration} s; at most ${MAX_LEASE_TTL_SECONDS} s is accepted (check the role's token_ttl and token_max_ttl)`, { tenant, ttl: auth.lease_duration });
      }
      return { accessor: auth.accessor, tenant, ttlSeconds: auth.lease_duration, issuedAt, expiresAt: issuedAt + auth.lease_duration * 1000, credentials: { bearerToken: auth.client_token } };
    },

    async revoke(lease: Lease): Promise<void> {
      try {
        await client(addr, lease.credentials.bearerToken, timeoutMs).tokenRevokeSelf();
      } catch (e) {
        // 403: the token is already revoked or expired, which is what revoking wants.
        if (statusOf(e) !== 403) throw fail(lease.tenant, `revoking lease ${lease.accessor}`, e);
      }
    },

    async credentialsFor(lease: Lease, connector: string): Promise<ConnectorCredentials> {
      if (!CONNECTOR.test(connector)) throw new OffboardError("LEASE_FAILED", `connector name "${connector}" cannot be a Vault path segment`, { connector });
      const role = options.ldapStaticRoles?.get(lease.tenant)?.get(connector);
      if (role !== undefined) {
        const credPath = `ldap/static-cred/${role}`;
        let password: unknown;
        try {
          password = ((await client(addr, lease.credentials.bearerToken, timeoutMs).read(credPath)) as { data?: { password?: unknown } }).data?.password;
        } catch (e) {
          throw fail(lease.tenant, `reading ${credPath}`, e);
        }
        if (typeof password !== "string" || password.length === 0) throw new OffboardError("LEASE_FAILED", `Vault at ${addr}: ${credPath} has no password`, { tenant: lease.tenant, connector });
        return { bearerToken: password };
      }
      const path = `${mount}/data/tenants/${lease.tenant}/connectors/${connector}`;
      let value: unknown;
      try {
        const read = (await client(addr, lease.credentials.bearerToken, timeoutMs).read(path)) as { data?: { data?: { secret?: unknown } } };
        value = read.data?.data?.secret;
      } catch (e) {
        throw fail(lease.tenant, `reading ${path}`, e);
      }
      if (typeof value !== "string" || value.length === 0) throw new OffboardError("LEASE_FAILED", `Vault at ${addr}: ${path} has no "secret" field`, { tenant: lease.tenant, connector });
      return { bearerToken: value };
    },
  };
}

/**
 * The orchestrator side of the SecretID hand-off: a token whose only capability is creating
 * response-wrapped SecretIDs of the `offboard-*` roles (deploy/vault/policies/orchestrator.hcl).
 * In production it lives outside the executor (a CI job, Vault Agent); the executor sees only
 * single-use wrapping tokens.
 */
export function createVaultSecretIdSource(options: { addr: string; token: string; authMount?: string; timeoutMs?: number }): SecretIdSource {
  const authMount = options.authMount ?? "approle";
  return {
    async wrappedSecretId(tenant: string): Promise<string> {
      if (!TENANT.test(tenant)) throw new OffboardError("LEASE_FAILED", `not a tenant id: "${tenant}"`, { tenant });
      const response = (await client(options.addr, options.token, options.timeoutMs ?? 5_000).request({
        path: `/auth/${authMount}/role/offboard-${tenant}/secret-id`,
        method: "POST",
        json: {},
        headers: { "X-Vault-Wrap-TTL": "60s" },
      })) as { wrap_info?: { token?: unknown } };
      if (typeof response.wrap_info?.token !== "string") throw new Error("Vault did not wrap the SecretID response");
      return response.wrap_info.token;
    },
  };
}
