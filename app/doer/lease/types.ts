import type { ConnectorCredentials } from "../../connectors/types.js";

/**
 * A short-lived credential for one phase of one execution. The token itself never reaches a log
 * or the ledger: events carry `accessor` and `ttlSeconds` only.
 */
export interface Lease {
  /** Non-secret handle for the lease, safe to record. */
  accessor: string;
  tenant: string;
  ttlSeconds: number;
  /** Unix milliseconds. */
  issuedAt: number;
  expiresAt: number;
  credentials: ConnectorCredentials;
}

export interface LeaseProvider {
  /** Name recorded in lease events ("local-broker", "vault"). */
  readonly source: string;
  acquire(tenant: string): Promise<Lease>;
  /** Revokes the lease at once; revoking an already revoked or expired lease succeeds. */
  revoke(lease: Lease): Promise<void>;
}
