/** The techniques of threat 01 (prompt injection in intake); each finding names one. */
export const TECHNIQUES = [
  "instruction override",
  "role shift / fake transcript",
  "schema-shaped payload",
  "claim of prior approval or authority",
  "additional or swapped target identity",
  "urgency pressure to skip review",
  "exfiltration",
  "hidden markup",
  "hidden characters",
  "split instruction",
  "model output manipulation",
  "learned phrasing",
  "filter failure",
] as const;
export type Technique = (typeof TECHNIQUES)[number];

export type Severity = "high" | "medium";

/**
 * One explainable hit: which rule, which technique, where in the ORIGINAL text, and why. JSON-safe
 * with integers only: findings go into ledger events through canonical JSON.
 */
export interface Finding {
  rule: string;
  technique: Technique;
  severity: Severity;
  /** [start, end) UTF-16 offsets in the raw text. */
  span: [number, number];
  /** 1-based line and column (in UTF-16 code units) of span[0]. */
  line: number;
  column: number;
  /** The matched raw text, cut to 120 characters, for the reviewer. */
  excerpt: string;
  reason: string;
  /** How the text was hidden when the match is inside decoded content, e.g. "base64" or "hex>base64". */
  via?: string;
  /** Set when the finding is in the document the request was made from (e.g. "issue #12"), not in the request text itself. */
  origin?: string;
}
