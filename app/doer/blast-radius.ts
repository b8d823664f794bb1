import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { Connector, PlannedStep, Snapshot, TargetRef } from "../connectors/types.js";
import type { CredentialsFor } from "./lease/types.js";
import { OffboardError } from "../errors.js";
import type { LedgerRecord } from "../ledger/types.js";

/** `blast_radius` in policies/offboard/settings/data.json: the executor's hard limits. */
export const BlastRadiusSchema = z
  .object({
    /** Accounts one request's plan may touch in each connector (its scope: the target's one account). */
    max_accounts_per_request: z.number().int().min(1),
    /** Soft phases one `offboard apply` run may start; the rest wait for the next run. */
    max_accounts_per_run: z.number().int().min(1),
    /** Soft phases a tenant may start in any 60 minutes. */
    max_accounts_per_hour: z.number().int().min(1),
    /** Active privileged accounts that must remain after deactivating a privileged target. */
    min_active_admins: z.number().int().min(0),
  })
  .strict();
export type BlastRadius = z.infer<typeof BlastRadiusSchema>;

export const SETTINGS_FILE = join("policies", "offboard", "settings", "data.json");

/** Reads the limits from the policy data; missing or malformed: CONFIG_INVALID naming the file and field (fail closed). */
export function loadBlastRadius(repoDir: string): BlastRadius {
  const file = join(repoDir, SETTINGS_FILE);
  let data: { blast_radius?: unknown };
  try {
    data = JSON.parse(readFileSync(file, "utf8")) as { blast_radius?: unknown };
  } catch (e) {
    throw new OffboardError("CONFIG_INVALID", `${SETTINGS_FILE}: cannot be read as JSON (${(e as Error).message})`, { file });
  }
  const parsed = BlastRadiusSchema.safeParse(data.blast_radius);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new OffboardError("CONFIG_INVALID", `${SETTINGS_FILE}: blast_radius${issue?.path.length ? `.${issue.path.join(".")}` : ""}: ${issue?.message ?? "is invalid"} (the executor refuses to run without its limits)`, { file });
  }
  return parsed.data;
}

const refuse = (reason: string, message: string, details: Record<string, unknown> = {}) => new OffboardError("BLAST_RADIUS", message, { reason, ...details });

/** Soft phases the tenant accepted in the 60 minutes before `nowSeconds`. */
export function acceptedInLastHour(records: readonly LedgerRecord[], tenant: string, nowSeconds: number): number {
  const since = (nowSeconds - 3600) * 1000;
  return records.filter((r) => r.event.type === "phase.soft.accepted" && r.event.tenant === tenant && Date.parse(r.event.time) > since).length;
}

/** Refuses when accepting one more soft phase would exceed the hourly limit. */
export function assertHourlyLimit(records: readonly LedgerRecord[], tenant: string, nowSeconds: number, limits: BlastRadius): void {
  const count = acceptedInLastHour(records, tenant, nowSeconds);
  if (count >= limits.max_accounts_per_hour) {
    throw refuse("max_accounts_per_hour", `tenant ${tenant} already started ${count} soft phases in the last hour (limit max_accounts_per_hour ${limits.max_accounts_per_hour}); try again later`, { count, limit: limits.max_accounts_per_hour });
  }
}

/**
 * A plan stays inside its request's scope: per connector at most `max_accounts_per_request`
 * accounts, and only the account snapshotted as the target's (never another one a connector's
 * look-up might have drifted to).
 */
export function assertPlanScope(plans: readonly { connector: string; steps: readonly PlannedStep[] }[], snapshots: readonly Snapshot[], limits: BlastRadius): void {
  for (const { connector, steps } of plans) {
    const accounts = new Set(steps.map((s) => s.accountId));
    if (accounts.size > limits.max_accounts_per_request) {
      throw refuse("plan_scope", `${connector}: the plan touches ${accounts.size} accounts; a request may touch ${limits.max_accounts_per_request} (max_accounts_per_request)`, { connector, accounts: accounts.size });
    }
    const target = snapshots.find((s) => s.connector === connector)?.accountId;
    const outside = [...accounts].filter((a) => target !== undefined && a !== target);
    if (outside.length > 0) throw refuse("plan_scope", `${connector}: the plan touches account ${outside[0]}, not the target's ${target}`, { connector });
  }
}

/**
 * Deactivating a privileged, active target must leave at least `min_active_admins` active
 * privileged accounts in every connector that can count them.
 */
export async function assertAdminFloor(connectors: readonly Connector[], target: TargetRef, creds: CredentialsFor, limits: BlastRadius): Promise<void> {
  if (limits.min_active_admins === 0) return;
  for (const connector of connectors) {
    if (!connector.countActivePrivileged) continue;
    const described = await connector.describe(target, creds(connector.name));
    if (!described.exists || !described.active || !described.privileged) continue;
    const active = await connector.countActivePrivileged(creds(connector.name));
    if (active - 1 < limits.min_active_admins) {
      throw refuse("min_active_admins", `${connector.name}: deactivating ${target.email} would leave ${active - 1} active privileged accounts; at least ${limits.min_active_admins} must remain (min_active_admins)`, { connector: connector.name, active });
    }
  }
}
