import { createHash, randomBytes } from "node:crypto";
import { OffboardError } from "../../errors.js";
import type { Clock } from "../../util/clock.js";
import { readLocalSecret } from "./read-local-secret.js";
import type { Lease, LeaseProvider } from "./types.js";

/** The hard ceiling from the design: no lease outlives 60 seconds. */
export const MAX_LEASE_TTL_SECONDS = 60;

export interface LocalBrokerOptions {
  clock: Clock;
  /** Lease lifetime, 1..60 seconds (default 60). */
  ttlSeconds?: number;
  /** Where `secret: {env}` references are read (default process.env). */
  env?: NodeJS.ProcessEnv;
}

/** A lease provider that is also the token validator of the embedded directory. */
export interface LocalBroker extends LeaseProvider {
  readonly source: "local-broker";
  /** `{tenant}` for a live token; `null` for unknown, expired, revoked or not-yet-valid. */
  validate(token: string): { tenant: string } | null;
}

interface Grant {
  accessor: string;
  tenant: string;
  issuedAt: number;
  expiresAt: number;
}

const TENANT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;

const hashToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

/**
 * The embedded lease provider (stand-in for a Vault AppRole in the demo and tests). Each lease
 * is a random 32-byte bearer token (base64url) with a TTL of at most 60 s, measured on the
 * injected clock. The broker keeps only SHA-256 hashes of tokens, keyed for lookup, so no token
 * can be read back from it; the accessor is a separate random id, safe to log. State lives in the
 * broker instance: a token is only valid in the process that minted it, which is where the
 * executor and the embedded directory run together.
 */
export function createLocalBroker(options: LocalBrokerOptions): LocalBroker {
  const { clock } = options;
  const ttlSeconds = options.ttlSeconds ?? MAX_LEASE_TTL_SECONDS;
  if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1 || ttlSeconds > MAX_LEASE_TTL_SECONDS) {
    throw new OffboardError(
      "CONFIG_INVALID",
      `Lease ttlSeconds must be an integer from 1 to ${MAX_LEASE_TTL_SECONDS}, got ${String(ttlSeconds)}`,
      { field: "ttlSeconds" },
    );
  }
  const byHash = new Map<string, Grant>();

  const prune = (now: number) => {
    for (const [hash, grant] of byHash) if (now >= grant.expiresAt) byHash.delete(hash);
  };

  return {
    source: "local-broker",

    async acquire(tenant: string): Promise<Lease> {
      if (!TENANT.test(tenant)) {
        throw new OffboardError("LEASE_FAILED", `Cannot lease for tenant "${tenant}": expected 1-63 of [A-Za-z0-9._-]`, { tenant });
      }
      const issuedAt = clock();
      prune(issuedAt);
      const token = randomBytes(32).toString("base64url");
      const grant: Grant = {
        accessor: `lb-${randomBytes(12).toString("hex")}`,
        tenant,
        issuedAt,
        expiresAt: issuedAt + ttlSeconds * 1000,
      };
      byHash.set(hashToken(token), grant);
      return { ...grant, ttlSeconds, credentials: { bearerToken: token } };
    },

    async revoke(lease: Lease): Promise<void> {
      for (const [hash, grant] of byHash) if (grant.accessor === lease.accessor) byHash.delete(hash);
    },

    async credentialsFor(lease, connector, secret) {
      if (secret === undefined) return lease.credentials;
      if (!byHash.has(hashToken(lease.credentials.bearerToken))) throw new OffboardError("LEASE_FAILED", `lease ${lease.accessor} is no longer valid`, { connector });
      return readLocalSecret(connector, secret, options.env);
    },

    validate(token: string): { tenant: string } | null {
      const now = clock();
      prune(now);
      const grant = byHash.get(hashToken(token));
      // Checked in both directions: a clock that moved back before issue time is not trusted.
      if (!grant || now < grant.issuedAt || now >= grant.expiresAt) return null;
      return { tenant: grant.tenant };
    },
  };
}
