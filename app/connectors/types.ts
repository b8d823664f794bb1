import type { Json, JsonObject } from "../util/json.js";

/** Who to act on, as the gatekeeper resolved it. */
export interface TargetRef {
  email: string;
}

/** What a connector knows about the target account (read-only; used for enrichment and plans). */
export interface TargetDescription {
  connector: string;
  exists: boolean;
  /** The connector's own id for the account (SCIM id, LDAP DN, ...). */
  accountId: string | null;
  active: boolean;
  accountType: "human" | "service" | "break_glass" | "unknown";
  privileged: boolean;
  productionOwner: boolean;
  roles: string[];
  groups: string[];
  licences: string[];
  sessions: number;
  /** Privilege escalations, Unix seconds. */
  escalations: number[];
}

export type Phase = "soft" | "hard";

/** One idempotent action; `apply` on an already-done step succeeds and reports `alreadyDone`. */
export interface PlannedStep {
  connector: string;
  phase: Phase;
  action: "deactivate" | "revoke_sessions" | "remove_groups" | "reclaim_licences" | "delete";
  accountId: string;
  detail: JsonObject;
}

export interface StepResult {
  step: PlannedStep;
  alreadyDone: boolean;
}

/** What a reinstate needs to put back, taken before the soft phase. */
export interface Snapshot {
  connector: string;
  accountId: string;
  data: JsonObject;
}

/** What the connector re-read after a phase, recorded in the ledger as evidence. */
export interface Evidence {
  connector: string;
  /** The account checked; null when it could not be resolved (e.g. gone after the hard phase, no snapshot given). */
  accountId: string | null;
  checks: Record<string, Json>;
  /** True when every check of the phase holds (disabled, zero sessions, deleted, ...). */
  ok: boolean;
}

/** Credentials the doer got from a lease for exactly one phase. */
export interface ConnectorCredentials {
  bearerToken: string;
  /**
   * Set by the doer's `withLease`: a fresh object per lease. A connector may answer reads under the
   * same scope from one earlier read until it makes its first change (describe, snapshot and plan
   * then see one state of the account, and cost one request instead of several); evidence
   * (`verify`) always reads afresh. Absent: every call reads.
   */
  readScope?: object;
}

/** A connector plugin. Registered by name; a tenant's config names the ones that run. */
export interface Connector {
  readonly name: string;
  describe(target: TargetRef, creds: ConnectorCredentials): Promise<TargetDescription>;
  plan(phase: Phase, target: TargetRef, creds: ConnectorCredentials): Promise<PlannedStep[]>;
  apply(step: PlannedStep, creds: ConnectorCredentials): Promise<StepResult>;
  snapshot(target: TargetRef, creds: ConnectorCredentials): Promise<Snapshot>;
  restore(snapshot: Snapshot, creds: ConnectorCredentials): Promise<void>;
  /**
   * Re-reads the target after a phase. `snapshot` (the one taken before the soft phase) is
   * required for "reinstate" (the evidence compares against it) and, when given, pins the
   * account by id for the other phases (so "hard" can prove the very account is gone).
   */
  verify(phase: Phase | "reinstate", target: TargetRef, creds: ConnectorCredentials, snapshot?: Snapshot): Promise<Evidence>;
  /**
   * Optional: how many active accounts are privileged, for the blast-radius floor of active
   * administrators. A connector without it cannot enforce the floor (docs/CONNECTORS.md).
   */
  countActivePrivileged?(creds: ConnectorCredentials): Promise<number>;
}
