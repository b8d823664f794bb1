import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBambooHrHris } from "../../app/hris/bamboohr-hris.js";
import { createFileHris } from "../../app/hris/file-hris.js";

const dir = mkdtempSync(join(tmpdir(), "offboard-hris-"));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe("HRIS export files", () => {
  const csv = file("export.csv", "\ufeffEmployee ID,Work Email,Status,Termination Date\nE1001,Dana.Reyes@example.com,Pending termination,2026-11-30\nE1002,marcus.bell@example.com,Active,\nE1003,omar.haddad@example.com,Terminated,2026-10-26\nE1004,shared@example.com,Active,\nE1005,shared@example.com,Terminated,2026-01-01\n");

  it("reads status and last day from a CSV export (any header spelling, BOM, case-insensitive email)", async () => {
    const hris = createFileHris(csv);
    await expect(hris.lookup({ email: "dana.reyes@example.com" })).resolves.toEqual({ found: true, status: "terminating", last_day: "2026-11-30" });
    await expect(hris.lookup({ email: "marcus.bell@example.com" })).resolves.toEqual({ found: true, status: "active" });
    await expect(hris.lookup({ email: "omar.haddad@example.com" })).resolves.toEqual({ found: true, status: "terminated", last_day: "2026-10-26" });
    await expect(hris.lookup({ email: "nobody@example.com" })).resolves.toEqual({ found: false, status: "unknown" });
  });

  it("reports an identity conflict: two records for one email, or an employee id that is someone else's", async () => {
    const hris = createFileHris(csv);
    await expect(hris.lookup({ email: "shared@example.com" })).resolves.toMatchObject({ identity_conflict: true });
    await expect(hris.lookup({ email: "dana.reyes@example.com", employeeId: "E1002" })).resolves.toMatchObject({ identity_conflict: true });
    await expect(hris.lookup({ email: "dana.reyes@example.com", employeeId: "e1001" })).resolves.not.toHaveProperty("identity_conflict");
  });

  it("sees HR's job replace or rewrite the export between two look-ups (parsed rows are kept only while the file is unchanged)", async () => {
    const path = file("changing.csv", "email,status\nkenji.watanabe@example.com,active\n");
    const hris = createFileHris(path);
    await expect(hris.lookup({ email: "kenji.watanabe@example.com" })).resolves.toEqual({ found: true, status: "active" });
    await expect(hris.lookup({ email: "kenji.watanabe@example.com" })).resolves.toEqual({ found: true, status: "active" });
    writeFileSync(`${path}.new`, "email,status,last_day\nkenji.watanabe@example.com,terminating,2026-12-01\n");
    renameSync(`${path}.new`, path);
    await expect(hris.lookup({ email: "kenji.watanabe@example.com" })).resolves.toEqual({ found: true, status: "terminating", last_day: "2026-12-01" });
    writeFileSync(path, "email,status\nkenji.watanabe@example.com,terminated\n");
    await expect(hris.lookup({ email: "kenji.watanabe@example.com" })).resolves.toEqual({ found: true, status: "terminated" });
  });

  it("reads a JSON export ({\"employees\": [...]})", async () => {
    const hris = createFileHris(file("export.json", JSON.stringify({ employees: [{ id: "E7", workEmail: "jia.li@example.com", employmentStatus: "terminated", terminationDate: "2026-11-01" }] })));
    await expect(hris.lookup({ email: "jia.li@example.com" })).resolves.toEqual({ found: true, status: "terminated", last_day: "2026-11-01" });
  });

  it("names the file and row of a bad export, and fails closed when the file is missing", async () => {
    await expect(createFileHris(file("bad.csv", "Employee ID,Status\nE1,Active\n")).lookup({ email: "x@example.com" })).rejects.toMatchObject({ code: "CONFIG_INVALID", message: expect.stringMatching(/bad\.csv: row 1 has no email column/) });
    await expect(createFileHris(join(dir, "missing.csv")).lookup({ email: "x@example.com" })).rejects.toMatchObject({ code: "HRIS_UNAVAILABLE" });
  });
});

describe("BambooHR-style API", () => {
  let server: Server;
  let url = "";
  const KEY = "bamboo-test-key-not-secret";
  const requests: { path: string; auth: string | undefined; accept: string | undefined }[] = [];
  const people: Record<string, { workEmail: string; status: string; terminationDate: string | null; employeeNumber: string }> = {
    "40": { workEmail: "dana.reyes@example.com", status: "Active", terminationDate: "2026-11-30", employeeNumber: "E1001" },
    "41": { workEmail: "marcus.bell@example.com", status: "Active", terminationDate: null, employeeNumber: "E1002" },
    "42": { workEmail: "omar.haddad@example.com", status: "Inactive", terminationDate: "2026-10-26", employeeNumber: "E1003" },
  };
  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push({ path: req.url ?? "", auth: req.headers.authorization, accept: req.headers.accept });
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      };
      // The contract the connector relies on: Basic auth with the API key and "x", JSON, these paths.
      if (req.headers.authorization !== `Basic ${Buffer.from(`${KEY}:x`).toString("base64")}`) return send(401, { error: "unauthorized" });
      if (req.headers.accept !== "application/json") return send(406, { error: "json only" });
      const u = new URL(req.url ?? "/", "http://x");
      if (u.pathname === "/api/gateway.php/acme/v1/employees/directory") return send(200, { fields: [], employees: Object.entries(people).map(([id, p]) => ({ id, workEmail: p.workEmail })) });
      const m = /^\/api\/gateway\.php\/acme\/v1\/employees\/(\d+)$/.exec(u.pathname);
      if (m && people[m[1]!] && u.searchParams.get("fields") === "status,terminationDate,workEmail,employeeNumber") return send(200, { id: m[1], ...people[m[1]!] });
      return send(404, { error: "not found" });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it("finds the employee by work email and reads status and termination date", async () => {
    const hris = createBambooHrHris({ baseUrl: url, company: "acme", apiKey: () => KEY });
    await expect(hris.lookup({ email: "Dana.Reyes@example.com" })).resolves.toEqual({ found: true, status: "terminating", last_day: "2026-11-30" });
    await expect(hris.lookup({ email: "marcus.bell@example.com" })).resolves.toEqual({ found: true, status: "active" });
    await expect(hris.lookup({ email: "omar.haddad@example.com" })).resolves.toEqual({ found: true, status: "terminated", last_day: "2026-10-26" });
    await expect(hris.lookup({ email: "nobody@example.com" })).resolves.toEqual({ found: false, status: "unknown" });
    await expect(hris.lookup({ email: "dana.reyes@example.com", employeeId: "E1003" })).resolves.toMatchObject({ identity_conflict: true });
    expect(requests.every((r) => r.accept === "application/json")).toBe(true);
  });

  it("fails closed on a wrong key or an unreachable server (HRIS_UNAVAILABLE, never a guess)", async () => {
    await expect(createBambooHrHris({ baseUrl: url, company: "acme", apiKey: () => "wrong" }).lookup({ email: "dana.reyes@example.com" })).rejects.toMatchObject({ code: "HRIS_UNAVAILABLE", details: { status: 401 } });
    await expect(createBambooHrHris({ baseUrl: "http://127.0.0.1:9", company: "acme", apiKey: () => KEY }).lookup({ email: "dana.reyes@example.com" })).rejects.toMatchObject({ code: "HRIS_UNAVAILABLE" });
  });
});
