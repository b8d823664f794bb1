import type { ConnectorCredentials } from "../connectors/types.js";
import { OffboardError } from "../errors.js";
import type { DoerDeps } from "./deps.js";

/**
 * Runs `work` with credentials from a fresh lease and revokes the lease when `work` ends, error or
 * not. `lease.issued` is on the ledger before any use; events carry the accessor and TTL, never
 * the token.
 */
export async function withLease<T>(deps: DoerDeps, tenant: string, subject: string, phase: string, work: (creds: ConnectorCredentials) => Promise<T>): Promise<T> {
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
    return await work(lease.credentials);
  } finally {
    await deps.leases.revoke(lease);
    await deps.ledger.append([{ ...base, type: "lease.revoked", data: { source: deps.leases.source, accessor: lease.accessor, phase } }], deps.signer);
  }
}
