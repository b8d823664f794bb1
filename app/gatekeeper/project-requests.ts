import type { LedgerRecord } from "../ledger/types.js";
import type { Outcome } from "../policy/types.js";
import type { Json, JsonObject } from "../util/json.js";

/** Where one request stands, derived from the ledger alone (the ledger is the state). */
export interface RequestState {
  id: string;
  targetKey: string;
  /** The latest `policy.decided` for this request. */
  decision: { hash: string; outcome: Outcome; digest: string; required: number; injection: boolean } | null;
  /** `approval.recorded` events, in order. */
  approvals: { hash: string; approver: string; digest: string; confirmedTarget: string | null; via: string; evidence: JsonObject | null }[];
  /** `approval.rejected` events (a rejection blocks the decision content it names). */
  rejections: { hash: string; approver: string; digest: string }[];
  /** Set once a packet for this request was signed. */
  packetJti: string | null;
  softDone: boolean;
  hardDone: boolean;
  reinstated: boolean;
}

/** Folds ledger records into the state of every request, by id. */
export function projectRequests(records: readonly LedgerRecord[]): Map<string, RequestState> {
  const states = new Map<string, RequestState>();
  const get = (id: string, targetKey = ""): RequestState => {
    let s = states.get(id);
    if (!s) {
      s = { id, targetKey, decision: null, approvals: [], rejections: [], packetJti: null, softDone: false, hardDone: false, reinstated: false };
      states.set(id, s);
    }
    if (!s.targetKey && targetKey) s.targetKey = targetKey;
    return s;
  };
  for (const { event, hash } of records) {
    const d = event.data;
    switch (event.type) {
      case "policy.decided":
        get(event.subject, String(d.target_key)).decision = {
          hash,
          outcome: d.outcome as Outcome,
          digest: String(d.request_digest),
          required: Number((d.approvals as { required?: number } | undefined)?.required ?? 0),
          injection: d.prompt_injection_suspected === true,
        };
        break;
      case "approval.recorded":
        get(event.subject).approvals.push({ hash, approver: String(d.approver), digest: String(d.request_digest), confirmedTarget: typeof d.confirmed_target === "string" ? d.confirmed_target : null, via: String(d.via ?? ""), evidence: isObject(d.evidence) ? d.evidence : null });
        break;
      case "approval.rejected":
        get(event.subject).rejections.push({ hash, approver: String(d.approver), digest: String(d.request_digest) });
        break;
      case "packet.signed":
        get(event.subject).packetJti = String(d.jti);
        break;
      case "phase.soft.done":
        get(event.subject).softDone = true;
        break;
      case "phase.hard.done":
        get(event.subject).hardDone = true;
        break;
      case "reinstate.done":
        get(event.subject).reinstated = true;
        break;
      default:
        break;
    }
  }
  return states;
}

/** Open requests: decided, not refused, not finished; the policy blocks a second one for the same person. */
export function openRequests(states: Map<string, RequestState>): { id: string; target_key: string }[] {
  return [...states.values()]
    .filter((s) => s.decision && (s.decision.outcome === "allow" || s.decision.outcome === "require_hitl") && !s.hardDone && !s.reinstated)
    .map((s) => ({ id: s.id, target_key: s.targetKey }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
