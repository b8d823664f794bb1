import type { HrisRecord } from "../enrich/types.js";
import type { HrisEmployee, HrisQuery } from "./types.js";

/** Answers a query from a list of employees: by email (case-insensitive), checking the identity. */
export function matchEmployee(employees: readonly HrisEmployee[], query: HrisQuery): HrisRecord {
  const email = query.email.trim().toLowerCase();
  const byEmail = employees.filter((e) => e.email === email);
  if (byEmail.length === 0) return { found: false, status: "unknown" };
  const record = byEmail[0]!;
  const conflict = byEmail.length > 1 || (query.employeeId != null && record.employeeId !== null && record.employeeId.toUpperCase() !== query.employeeId.toUpperCase());
  return { found: true, status: record.status, ...(record.lastDay ? { last_day: record.lastDay } : {}), ...(conflict ? { identity_conflict: true } : {}) };
}

/** Maps the many ways HR systems spell an employment status onto ours; anything else is "unknown". */
export function normaliseStatus(raw: string): HrisRecord["status"] {
  const s = raw.trim().toLowerCase().replace(/[\s_-]+/g, " ");
  if (["active", "employed", "current", "on leave", "leave"].includes(s)) return "active";
  if (["terminating", "pending termination", "notice", "notice period", "leaving", "resigned"].includes(s)) return "terminating";
  if (["terminated", "inactive", "former", "separated", "left"].includes(s)) return "terminated";
  return "unknown";
}

/** A date as YYYY-MM-DD, or null; refuses anything that is not a real calendar date. */
export function normaliseDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw.trim());
  if (!m) return null;
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== `${m[1]}-${m[2]}-${m[3]}` ? null : d.toISOString().slice(0, 10);
}
