import type { Ledger, LedgerFolder, LedgerRecord } from "../ledger/types.js";
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

/** Every request's state by id, and the ids of the requests naming each target key. */
export interface RequestsView {
  states: Map<string, RequestState>;
  byTarget: Map<string, Set<string>>;
  /** Position of each request in first-seen order (the order of `states`). */
  order: Map<string, number>;
}

/** Folds ledger records into the state of every request, by id. */
export function projectRequests(records: readonly LedgerRecord[]): Map<string, RequestState> {
  const view = requestsFolder.init();
  for (const record of records) requestsFolder.step(view, record);
  return view.states;
}

/**
 * The same projection, advanced one record at a time: `ledger.fold(requestsFolder)` keeps it per
 * opened ledger, so a decision reads only the events appended since the last one.
 */
export const requestsFolder: LedgerFolder<RequestsView> = {
  init: () => ({ states: new Map(), byTarget: new Map(), order: new Map() }),
  step(view, { event, hash }) {
    const get = (id: string, targetKey = ""): RequestState => {
      let s = view.states.get(id);
      if (!s) {
        s = { id, targetKey: "", decision: null, approvals: [], rejections: [], packetJti: null, softDone: false, hardDone: false, reinstated: false };
        view.states.set(id, s);
        view.order.set(id, view.order.size);
      }
      if (!s.targetKey && targetKey) {
        s.targetKey = targetKey;
        let ids = view.byTarget.get(targetKey);
        if (!ids) view.byTarget.set(targetKey, (ids = new Set()));
        ids.add(id);
      }
      return s;
    };
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
  },
};

/** One request's state as the ledger tells it now, copied (safe to hold across awaits); undefined when unknown. */
export async function requestState(ledger: Ledger, id: string): Promise<RequestState | undefined> {
  const s = (await ledger.fold(requestsFolder)).states.get(id);
  return s && { ...s, approvals: [...s.approvals], rejections: [...s.rejections] };
}

const isOpen = (s: RequestState) => s.decision !== null && (s.decision.outcome === "allow" || s.decision.outcome === "require_hitl") && !s.hardDone && !s.reinstated;

/** Open requests: decided, not refused, not finished; the policy blocks a second one for the same person. */
export function openRequests(states: Map<string, RequestState>): { id: string; target_key: string }[] {
  return [...states.values()]
    .filter(isOpen)
    .map((s) => ({ id: s.id, target_key: s.targetKey }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * The other open requests for the same person (docs/POLICY_INPUT.md `open_requests`), found through
 * the target-key index: the cost does not grow with the number of open requests for other people.
 */
export function openRequestsFor(view: RequestsView, targetKey: string, exceptId: string): { id: string; target_key: string }[] {
  return [...(view.byTarget.get(targetKey) ?? [])]
    .map((id) => view.states.get(id)!)
    .filter((s) => s.id !== exceptId && isOpen(s))
    .map((s) => ({ id: s.id, target_key: s.targetKey }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
