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

/** Where a connector's credential comes from in local mode (tenant config `secret:`). */
export type SecretRef = { env: string } | { file: string };

/** A connector's credentials inside one lease, by connector name (throws if the connector has none). */
export type CredentialsFor = (connector: string) => ConnectorCredentials;

export interface LeaseProvider {
  /** Name recorded in lease events ("local-broker", "vault"). */
  readonly source: string;
  acquire(tenant: string): Promise<Lease>;
  /** Revokes the lease at once; revoking an already revoked or expired lease succeeds. */
  revoke(lease: Lease): Promise<void>;
  /**
   * The credential one connector uses under `lease`: the lease's own token when `secret` is
   * undefined, else the secret it names. Fails closed (LEASE_FAILED naming the variable or file)
   * when the secret is missing or empty.
   */
  credentialsFor(lease: Lease, connector: string, secret: SecretRef | undefined): Promise<ConnectorCredentials>;
}
