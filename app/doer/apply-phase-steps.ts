import type { Connector, ConnectorCredentials, Phase, PlannedStep, TargetRef } from "../connectors/types.js";
import type { JsonObject } from "../util/json.js";

/** Plans (unless `planned` is given) and applies one phase on one connector; every step is idempotent. Returns the steps as recorded. */
export async function applyPhaseSteps(connector: Connector, phase: Phase, target: TargetRef, creds: ConnectorCredentials, planned?: readonly PlannedStep[]): Promise<JsonObject[]> {
  const recorded: JsonObject[] = [];
  for (const step of planned ?? (await connector.plan(phase, target, creds))) {
    const result = await connector.apply(step, creds);
    recorded.push({ action: step.action, account_id: step.accountId, already_done: result.alreadyDone });
  }
  return recorded;
}
