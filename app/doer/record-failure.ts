import { isOffboardError } from "../errors.js";
import type { DoerDeps } from "./deps.js";

/**
 * Runs a phase and, when it throws, records `phase.failed` (with the error code, never secrets)
 * before rethrowing: no partial phase is left unrecorded. Steps are idempotent, so a retry is safe.
 */
export async function recordFailure<T>(deps: DoerDeps, tenant: string, subject: string, phase: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    const code = isOffboardError(e) ? e.code : "INTERNAL";
    await deps.ledger.append([{ type: "phase.failed", tenant, actor: "doer", subject, data: { phase, code, message: isOffboardError(e) ? e.message.slice(0, 300) : "internal error" } }], deps.signer);
    throw e;
  }
}
