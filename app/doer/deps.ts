import type { Connector } from "../connectors/types.js";
import type { LedgerTrust } from "../ledger/check-logged.js";
import type { LedgerSigner, ProvableLedger } from "../ledger/types.js";
import type { ReplayStore } from "../packet/replay-store.js";
import type { TenantVerifyKeys } from "../packet/tenant-keys.js";
import type { Clock } from "../util/clock.js";
import type { BlastRadius } from "./blast-radius.js";
import type { HourlyGate } from "./hourly-gate.js";
import type { LeaseProvider, SecretRef } from "./lease/types.js";

/** Everything the executor trust domain holds: verification keys only, never a signing key for packets. */
export interface DoerDeps {
  clock: Clock;
  /** Must prove inclusion: the doer checks its decisions against signed (and witnessed) checkpoints. */
  ledger: ProvableLedger;
  /** The ledger keys the doer trusts (from ledger/keys/ on the default branch) and the witness quorum. */
  ledgerTrust: LedgerTrust;
  /** The doer's own ledger key. */
  signer: LedgerSigner;
  packetTrust: ReadonlyMap<string, TenantVerifyKeys>;
  audience: string;
  replay: ReplayStore;
  leases: LeaseProvider;
  /** The connectors each tenant's config names, in order. */
  connectors: ReadonlyMap<string, readonly Connector[]>;
  /** Blast-radius limits from the policy data (app/doer/blast-radius.ts). */
  limits: BlastRadius;
  /** Soft phases let through the hourly limit whose acceptance is not on the ledger yet (createHourlyGate()). */
  hourlyGate: HourlyGate;
  /** Per tenant, the local-mode secret of each connector that has one (tenant config `secret:`); others use the lease's token. */
  connectorSecrets?: ReadonlyMap<string, ReadonlyMap<string, SecretRef>>;
}
