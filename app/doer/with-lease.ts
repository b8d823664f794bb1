import type { ConnectorCredentials } from "../connectors/types.js";
import { isOffboardError, OffboardError } from "../errors.js";
import type { DoerDeps } from "./deps.js";
import type { CredentialsFor } from "./lease/types.js";

/**
 * Runs `work` with credentials from a fresh lease and revokes the lease when `work` ends, error or
 * not. `lease.issued` is on the ledger before any use; events carry the accessor and TTL, never
 * the token. Every connector's credential is resolved under the lease before `work` starts, so a
 * missing secret stops the phase before any side effect.
 */
export async function withLease<T>(deps: Pick<DoerDeps, "leases" | "ledger" | "signer" | "connectors" | "connectorSecrets">, tenant: string, subject: string, phase: string, work: (creds: CredentialsFor) => Promise<T>): Promise<T> {
  let lease;
  try {
    lease = await deps.leases.acquire(tenant);
  } catch (cause) {
    throw new OffboardError("LEASE_FAILED", `no credential lease for tenant ${tenant} from ${deps.leases.source}: ${(cause as Error).message}; the ${phase} phase did not start`, { tenant, phase }, { cause });
  }
  const base = { tenant, actor: "doer", subject };
  await deps.ledger.append(
    [{ ...base, type: "lease.issued", data: { source: deps.leases.source, accessor: lease.accessor, ttl_seconds: lease.ttlSeconds, expires_at: Math.floor(lease.expiresAt / 1000), phase } }],
    deps.signer,
  );
  try {
    const creds = new Map<string, ConnectorCredentials>();
    const secrets = deps.connectorSecrets?.get(tenant);
    for (const connector of deps.connectors.get(tenant) ?? []) {
      try {
        // A fresh readScope per lease: reads shared under it never outlive this lease (types.ts).
        creds.set(connector.name, { ...(await deps.leases.credentialsFor(lease, connector.name, secrets?.get(connector.name))), readScope: {} });
      } catch (cause) {
        if (isOffboardError(cause)) throw cause;
        throw new OffboardError("LEASE_FAILED", `no credential for connector ${connector.name} under lease ${lease.accessor}: ${(cause as Error).message}; the ${phase} phase did not start`, { tenant, phase }, { cause });
      }
    }
    return await work((name) => {
      const c = creds.get(name);
      if (!c) throw new OffboardError("CONNECTOR_UNKNOWN", `tenant ${tenant} configures no connector named ${name}`, { tenant, connector: name });
      return c;
    });
  } finally {
    await deps.leases.revoke(lease);
    await deps.ledger.append([{ ...base, type: "lease.revoked", data: { source: deps.leases.source, accessor: lease.accessor, phase } }], deps.signer);
  }
}
