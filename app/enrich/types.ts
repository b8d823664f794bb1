/** What the HRIS says about a person. */
export interface HrisRecord {
  found: boolean;
  status: "active" | "terminating" | "terminated" | "unknown";
  /** YYYY-MM-DD, when the HRIS has a last working day. */
  last_day?: string;
  /** The record found by email belongs to another employee id, or several records claim the email. */
  identity_conflict?: boolean;
}

export type HrisLookup = (email: string) => HrisRecord | Promise<HrisRecord>;
