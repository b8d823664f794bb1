import { OffboardError } from "../errors.js";
import { matchEmployee, normaliseDate, normaliseStatus } from "./match-employee.js";
import type { HrisEmployee, HrisSource } from "./types.js";

export interface BambooHrOptions {
  /** e.g. https://api.bamboohr.com (the API lives under /api/gateway.php/<company>/v1/). */
  baseUrl: string;
  company: string;
  /** The API key (HTTP Basic user, password "x"), read per lookup from where the config says. */
  apiKey: () => string;
  timeoutMs?: number;
}

interface DirectoryResponse {
  employees?: { id?: unknown; workEmail?: unknown }[];
}
interface EmployeeResponse {
  id?: unknown;
  status?: unknown;
  terminationDate?: unknown;
  workEmail?: unknown;
  employeeNumber?: unknown;
}

/**
 * A BambooHR-style HTTP API: `GET /api/gateway.php/{company}/v1/employees/directory` to find the
 * employee by work email, then `GET .../v1/employees/{id}?fields=status,terminationDate,workEmail,employeeNumber`
 * for status and termination date; HTTP Basic with the API key as user and "x" as password,
 * `Accept: application/json`. Any HTTP or network error is HRIS_UNAVAILABLE (the policy then
 * sees no agreement; it never assumes one).
 */
export function createBambooHrHris(options: BambooHrOptions): HrisSource {
  const root = `${options.baseUrl.replace(/\/$/, "")}/api/gateway.php/${encodeURIComponent(options.company)}/v1`;
  const get = async <T>(path: string): Promise<T> => {
    let res: Response;
    try {
      res = await fetch(`${root}${path}`, {
        headers: { accept: "application/json", authorization: `Basic ${Buffer.from(`${options.apiKey()}:x`).toString("base64")}` },
        signal: AbortSignal.timeout(options.timeoutMs ?? 5_000),
      });
    } catch (e) {
      throw new OffboardError("HRIS_UNAVAILABLE", `BambooHR at ${options.baseUrl} is unreachable: ${(e as Error).message}`, {});
    }
    if (!res.ok) throw new OffboardError("HRIS_UNAVAILABLE", `BambooHR at ${options.baseUrl}: GET ${path.split("?")[0]} answered HTTP ${res.status}`, { status: res.status });
    return (await res.json()) as T;
  };
  return {
    name: `bamboohr:${options.company}`,
    async lookup(query) {
      const email = query.email.trim().toLowerCase();
      const directory = await get<DirectoryResponse>("/employees/directory");
      const ids = (directory.employees ?? []).filter((e) => typeof e.workEmail === "string" && e.workEmail.toLowerCase() === email).map((e) => String(e.id));
      const employees: HrisEmployee[] = [];
      for (const id of ids.slice(0, 5)) {
        const e = await get<EmployeeResponse>(`/employees/${encodeURIComponent(id)}?fields=status,terminationDate,workEmail,employeeNumber`);
        const terminated = normaliseDate(typeof e.terminationDate === "string" ? e.terminationDate : null);
        // BambooHR reports "Active" until the termination date passes; a future termination date means "terminating".
        let status = normaliseStatus(typeof e.status === "string" ? e.status : "");
        if (status === "active" && terminated !== null) status = "terminating";
        employees.push({ email, employeeId: typeof e.employeeNumber === "string" ? e.employeeNumber : null, status, lastDay: terminated });
      }
      return matchEmployee(employees, query);
    },
  };
}
