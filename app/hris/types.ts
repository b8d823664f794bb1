import type { HrisRecord } from "../enrich/types.js";

/** What the gatekeeper asks an HRIS: the request's target, and its employee id when the request carries one. */
export interface HrisQuery {
  email: string;
  employeeId?: string | null;
}

/**
 * An HRIS plugin: the source of the "HRIS disagreement" signal. It answers what HR's system of
 * record says about the target (status, last working day), or `found: false`. A record whose
 * identity does not match the query (the request's employee id belongs to someone else, or two
 * records claim the email) is reported as `identity_conflict`, which the policy treats as
 * disagreement. Fails closed: an unreachable HRIS throws HRIS_UNAVAILABLE; it never answers "agrees".
 */
export interface HrisSource {
  readonly name: string;
  lookup(query: HrisQuery): Promise<HrisRecord>;
}

/** One employee as an HRIS export or API describes it, normalised. */
export interface HrisEmployee {
  employeeId: string | null;
  email: string;
  status: HrisRecord["status"];
  /** YYYY-MM-DD. */
  lastDay: string | null;
}
