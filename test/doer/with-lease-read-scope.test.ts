import { describe, expect, test } from "vitest";
import type { Connector, ConnectorCredentials } from "../../app/connectors/types.js";
import type { DoerDeps } from "../../app/doer/deps.js";
import type { Lease, LeaseProvider } from "../../app/doer/lease/types.js";
import { withLease } from "../../app/doer/with-lease.js";
import type { Ledger, LedgerSigner } from "../../app/ledger/types.js";

/** A broker that hands every lease the very same credentials object (as a static-secret broker might). */
const SHARED: ConnectorCredentials = { bearerToken: "static" };
const leases: LeaseProvider = {
  source: "test",
  acquire: async (tenant): Promise<Lease> => ({ accessor: "a", tenant, ttlSeconds: 60, issuedAt: 0, expiresAt: 60_000, credentials: SHARED }),
  revoke: async () => {},
  credentialsFor: async (lease) => lease.credentials,
};
const deps = {
  leases,
  ledger: { append: async () => [] } as unknown as Ledger,
  signer: {} as LedgerSigner,
  connectors: new Map([["acme", [{ name: "scim" } as Connector]]]),
};

describe("withLease read scope", () => {
  test("every lease gets its own readScope, even when the broker reuses credential objects", async () => {
    const first = await withLease(deps as unknown as DoerDeps, "acme", "r1", "soft", async (creds) => creds("scim"));
    const second = await withLease(deps as unknown as DoerDeps, "acme", "r1", "soft", async (creds) => creds("scim"));
    expect(first.readScope).toBeTypeOf("object");
    expect(second.readScope).toBeTypeOf("object");
    expect(first.readScope).not.toBe(second.readScope);
    expect(first.bearerToken).toBe("static");
    // The broker's object is not written to.
    expect(SHARED.readScope).toBeUndefined();
  });
});
