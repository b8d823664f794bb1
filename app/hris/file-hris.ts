import { readFileSync, statSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { z } from "zod";
import { OffboardError } from "../errors.js";
import { matchEmployee, normaliseDate, normaliseStatus } from "./match-employee.js";
import type { HrisEmployee, HrisSource } from "./types.js";

/** Column (CSV) or key (JSON) names accepted for each field, case-insensitive. */
const FIELDS = {
  email: ["email", "work_email", "workemail", "work email", "mail"],
  employeeId: ["employee_id", "employeeid", "employee id", "id", "employee number", "employeenumber"],
  status: ["status", "employment_status", "employmentstatus", "employment status"],
  lastDay: ["last_day", "lastday", "last day", "termination_date", "terminationdate", "termination date", "last working day"],
} as const;

const Row = z.record(z.string(), z.unknown());

/**
 * An HRIS export on disk, CSV (header row) or JSON (an array of objects, or `{"employees": [...]}`).
 * HR's own job replaces the export at any time, so every lookup checks the file (inode, size,
 * modification and change times in nanoseconds) and parses it again when any of them moved;
 * otherwise it answers from the parsed rows, indexed by email, instead of parsing thousands of
 * rows for each of thousands of people. Errors name the file and the row.
 */
export function createFileHris(path: string): HrisSource {
  let parsed: { version: string; byEmail: Map<string, HrisEmployee[]> } | null = null;
  return {
    name: `file:${path}`,
    async lookup(query) {
      const version = fileVersion(path);
      if (version === null) return matchEmployee(readEmployees(path), query);
      if (parsed?.version !== version) {
        const byEmail = new Map<string, HrisEmployee[]>();
        for (const e of readEmployees(path)) byEmail.set(e.email, [...(byEmail.get(e.email) ?? []), e]);
        parsed = { version, byEmail };
      }
      return matchEmployee(parsed.byEmail.get(query.email.trim().toLowerCase()) ?? [], query);
    },
  };
}

/** What changes whenever the file's content can have changed; null when it cannot be stat'ed (readEmployees then says why). */
function fileVersion(path: string): string | null {
  try {
    const s = statSync(path, { bigint: true });
    return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
  } catch {
    return null;
  }
}

export function readEmployees(path: string): HrisEmployee[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new OffboardError("HRIS_UNAVAILABLE", `HRIS export ${path} cannot be read (${(e as NodeJS.ErrnoException).code ?? "error"})`, { path });
  }
  let rows: unknown[];
  if (/\.json$/i.test(path)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      throw new OffboardError("CONFIG_INVALID", `HRIS export ${path} is not valid JSON: ${(e as Error).message}`, { path });
    }
    rows = Array.isArray(parsed) ? parsed : Array.isArray((parsed as { employees?: unknown }).employees) ? (parsed as { employees: unknown[] }).employees : [];
  } else {
    try {
      rows = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as unknown[];
    } catch (e) {
      throw new OffboardError("CONFIG_INVALID", `HRIS export ${path}: ${(e as Error).message}`, { path });
    }
  }
  return rows.map((raw, i) => {
    const row = Row.safeParse(raw);
    if (!row.success) throw new OffboardError("CONFIG_INVALID", `HRIS export ${path}: row ${i + 1} is not an object`, { path, row: i + 1 });
    const get = (names: readonly string[]) => {
      for (const [k, v] of Object.entries(row.data)) if (names.includes(k.trim().toLowerCase()) && v !== null && v !== undefined && String(v).trim() !== "") return String(v).trim();
      return null;
    };
    const email = get(FIELDS.email);
    if (email === null) throw new OffboardError("CONFIG_INVALID", `HRIS export ${path}: row ${i + 1} has no email column (${FIELDS.email.join(", ")})`, { path, row: i + 1 });
    return { email: email.toLowerCase(), employeeId: get(FIELDS.employeeId), status: normaliseStatus(get(FIELDS.status) ?? ""), lastDay: normaliseDate(get(FIELDS.lastDay)) };
  });
}
