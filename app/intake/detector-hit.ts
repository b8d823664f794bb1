import type { Severity, Technique } from "./finding.js";

/** What a detector reports, in offsets of the text it was given (normalised text unless stated). */
export interface DetectorHit {
  rule: string;
  technique: Technique;
  severity: Severity;
  start: number;
  end: number;
  reason: string;
}
