import type { Clock } from "../util/clock.js";

/**
 * The embedded HRIS (stand-in for Workday/BambooHR): who HR believes is employed, consistent with
 * the seeded directory. Employees only; contractors, service and break-glass accounts have no
 * HRIS record (`found: false`).
 *
 * Notable records: dana.reyes is `terminating` with her last day today (the demo's resignation);
 * omar.haddad is `terminated` (30 days ago; already deactivated in the directory);
 * marcus.bell is `active`: a request to offboard him is an HRIS disagreement.
 */
export type HrisStatus = "active" | "terminating" | "terminated";

export type HrisLookup =
  | { found: false }
  | { found: true; email: string; status: HrisStatus; department: string; last_day?: string };

const DAY_MS = 86_400_000;

/** [email, department, status, last day relative to today in days]. */
const RECORDS: ReadonlyArray<readonly [string, string, HrisStatus, number?]> = [
  ["dana.reyes@example.com", "Finance", "terminating", 0],
  ["sam.okafor@example.com", "Engineering", "active"],
  ["priya.raman@example.com", "Engineering", "active"],
  ["tom.becker@example.com", "Engineering", "active"],
  ["ceo@example.com", "Executive", "active"],
  ["hr.ops@example.com", "People Operations", "active"],
  ["alice.nguyen@example.com", "Security", "active"],
  ["ben.kowalski@example.com", "Security", "active"],
  ["marcus.bell@example.com", "Sales", "active"],
  ["omar.haddad@example.com", "Support", "terminated", -30],
  ["noah.schmidt@example.com", "Finance", "active"],
  ["jia.li@example.com", "Design", "active"],
  ["fatima.zahra@example.com", "Engineering", "active"],
  ["kenji.watanabe@example.com", "Support", "active"],
  ["olivia.brown@example.com", "Marketing", "active"],
  ["chloe.martin@example.com", "Legal", "active"],
  ["diego.alvarez@example.com", "Sales", "active"],
];

/** Every HRIS record as of `clock()`; last days are calendar dates (UTC, YYYY-MM-DD). */
export function hrisRecords(clock: Clock): Array<Extract<HrisLookup, { found: true }>> {
  const now = clock();
  return RECORDS.map(([email, department, status, lastDayOffset]) => ({
    found: true as const,
    email,
    status,
    department,
    ...(lastDayOffset !== undefined ? { last_day: new Date(now + lastDayOffset * DAY_MS).toISOString().slice(0, 10) } : {}),
  }));
}

/** Looks an employee up by work email (case-insensitive). */
export function lookupHris(email: string, clock: Clock): HrisLookup {
  const wanted = email.trim().toLowerCase();
  return hrisRecords(clock).find((r) => r.email === wanted) ?? { found: false };
}
