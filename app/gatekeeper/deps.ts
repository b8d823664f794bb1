import type { ApprovalLinkKey } from "../approval/approval-link.js";
import type { PlannedStep, TargetDescription } from "../connectors/types.js";
import type { HrisLookup } from "../enrich/types.js";
import type { Ledger, LedgerSigner } from "../ledger/types.js";
import type { TenantSigningKey } from "../packet/tenant-keys.js";
import type { PolicyEvaluator } from "../policy/types.js";
import type { Clock } from "../util/clock.js";

/** Everything the gatekeeper trust domain holds. It never holds the doer's keys or connector writes. */
export interface GatekeeperDeps {
  tenant: string;
  clock: Clock;
  ledger: Ledger;
  /** The gatekeeper's own ledger key: the doer cannot forge gatekeeper events. */
  signer: LedgerSigner;
  evaluator: PolicyEvaluator;
  /** Read-only directory lookup for enrichment (takes and revokes its own lease). */
  describeTarget: (email: string, requestId: string) => Promise<TargetDescription | null>;
  /** The dry-run plan of both phases in every connector (read-only, under its own lease). */
  planTarget: (email: string, requestId: string) => Promise<ConnectorPlan[]>;
  hris: HrisLookup;
  packetKey: TenantSigningKey;
  packetAudience: string;
  packetTtlSeconds: number;
  /** Issues and checks one-time approval links (Slack); null when the tenant has no link key. */
  approvalLinkKey: ApprovalLinkKey | null;
  /** Security team members allowed to approve (local mode; GitHub mode asks the team API). */
  securityTeam: readonly string[];
}

/** One connector's dry-run plan for a target; `error` when the connector could not plan (e.g. no such account). */
export interface ConnectorPlan {
  connector: string;
  steps: PlannedStep[];
  error: string | null;
}
