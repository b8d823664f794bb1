import { isOffboardError } from "../errors.js";
import type { DoerDeps } from "./deps.js";
import { projectPhases } from "./project-phases.js";
import { continueReinstate } from "./reinstate.js";
import { continueSoftPhase } from "./run-soft-phase.js";

export interface ResumeReport {
  resumed: { id: string; what: "soft" | "reinstate" }[];
  /** Still interrupted: failed again, or waiting for their backoff. */
  waiting: { id: string; what: "soft" | "reinstate"; error: string | null; retryAt: number }[];
}

/** Backoff after the n-th consecutive failure of a phase: 5 s, 10 s, 20 s ... capped at 10 minutes. */
export function retryDelaySeconds(failures: number): number {
  return failures <= 0 ? 0 : Math.min(600, 5 * 2 ** (failures - 1));
}

/**
 * Finishes what a crash (or a failure) interrupted, from the ledger alone: soft phases accepted
 * but not done, and reinstates started but not done. Each resumes from its last recorded step
 * (snapshots are never retaken after a step ran); connector steps are idempotent. A phase that
 * failed waits for its backoff (retryDelaySeconds) before the next attempt.
 */
export async function resumeInterrupted(deps: DoerDeps): Promise<ResumeReport> {
  const report: ResumeReport = { resumed: [], waiting: [] };
  const now = Math.floor(deps.clock() / 1000);
  for (const state of projectPhases(await deps.ledger.read()).values()) {
    const what = !state.softDone ? (state.refused ? null : "soft") : state.reinstateStarted && !state.reinstated ? "reinstate" : null;
    if (what === null) continue;
    const retryAt = state.lastFailureAt + retryDelaySeconds(state.failures);
    if (state.failures > 0 && now < retryAt) {
      report.waiting.push({ id: state.id, what, error: null, retryAt });
      continue;
    }
    try {
      if (what === "soft") await continueSoftPhase(deps, state);
      else await continueReinstate(deps, state, state.reinstateActor ?? "doer");
      report.resumed.push({ id: state.id, what });
    } catch (e) {
      if (!isOffboardError(e)) throw e;
      report.waiting.push({ id: state.id, what, error: e.code, retryAt: now + retryDelaySeconds(state.failures + 1) });
    }
  }
  return report;
}
