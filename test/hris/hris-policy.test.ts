import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONFIG_PATH } from "../../app/config/load-tenant-config.js";
import { decideRequest } from "../../app/gatekeeper/decide-request.js";
import { runGit } from "../../app/util/run-git.js";
import { openWorkspace, type Workspace } from "../../app/workspace/open-workspace.js";
import { TODAY, testWorkspace, type TestWorkspace } from "../helpers/workspace.js";

/** The tenant's HRIS export decides the "HRIS disagreement" signal the policy sees. */
describe("HRIS export as the policy's source of HR truth", () => {
  let t: TestWorkspace;
  let ws: Workspace;
  beforeAll(async () => {
    t = await testWorkspace(300);
    mkdirSync(join(t.dir, "hris"));
    writeFileSync(join(t.dir, "hris", "export.csv"), `employee_id,email,status,last_day\nE1,dana.reyes@example.com,terminating,${TODAY}\nE2,noah.schmidt@example.com,active,\nE3,jia.li@example.com,terminating,2027-01-31\n`);
    const config = parse(readFileSync(join(t.dir, CONFIG_PATH), "utf8")) as Record<string, unknown>;
    writeFileSync(join(t.dir, CONFIG_PATH), stringify({ ...config, hris: { kind: "file", path: "hris/export.csv" } }));
    runGit(t.dir, ["add", "-A"]);
    runGit(t.dir, ["commit", "-q", "-m", "HRIS from an export"]);
    ws = await openWorkspace(t.dir, { clock: t.clock });
  });
  afterAll(async () => {
    await ws.close();
    await t.ws.close();
  });

  const decide = async (id: string, email: string) => {
    const f = t.request(id, email);
    return (await decideRequest(ws.gatekeeper, f.text, f.file, { record: false })).input.hris;
  };

  it("agrees when HR says the same person leaves on the same day; disagrees when active or on another day", async () => {
    expect(await decide("h-dana", "dana.reyes@example.com")).toEqual({ found: true, status: "terminating", agrees: true });
    expect(await decide("h-noah", "noah.schmidt@example.com")).toEqual({ found: true, status: "active", agrees: false });
    expect(await decide("h-jia", "jia.li@example.com")).toEqual({ found: true, status: "terminating", agrees: false });
    expect(await decide("h-none", "chloe.martin@example.com")).toEqual({ found: false, status: "unknown", agrees: false });
  });
});
