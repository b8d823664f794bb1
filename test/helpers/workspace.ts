import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_APPROVERS } from "../../app/cli/demo/scenarios.js";
import { stringify } from "yaml";
import { CONFIG_PATH } from "../../app/config/load-tenant-config.js";
import type { TenantConfig } from "../../app/config/tenant-config.js";
import { manualClock } from "../../app/util/clock.js";
import { runGit } from "../../app/util/run-git.js";
import { approveRequest } from "../../app/gatekeeper/approve-request.js";
import { decideRequest } from "../../app/gatekeeper/decide-request.js";
import { issuePacket } from "../../app/gatekeeper/issue-packet.js";
import { openWorkspace, type Workspace } from "../../app/workspace/open-workspace.js";
import { scaffoldRepo } from "../../app/workspace/scaffold-repo.js";

/** 2026-11-25T12:00:00Z: the embedded HRIS and directory seed are relative to the clock. */
export const T0 = Date.UTC(2026, 10, 25, 12, 0, 0);
export const TODAY = "2026-11-25";

export interface TestWorkspace {
  ws: Workspace;
  clock: ReturnType<typeof manualClock>;
  dir: string;
  /** Writes requests/<id>.yaml and returns {file, text}. */
  request(id: string, target: string, options?: { reason?: string; requester?: string; notes?: string; commit?: boolean }): { file: string; text: string };
}

export interface TestWorkspaceOptions {
  /** Connectors after the embedded SCIM directory, as `.github/offboard.yml` entries (committed). */
  extraConnectors?: TenantConfig["connectors"];
  /** The environment the workspace reads (connector secrets). */
  env?: NodeJS.ProcessEnv;
}

/** A real policy repository (git, keys, policies compiled by the real opa) with a manual clock. */
export async function testWorkspace(windowSeconds = 300, options: TestWorkspaceOptions = {}): Promise<TestWorkspace> {
  const dir = join(mkdtempSync(join(tmpdir(), "offboard-test-")), "repo");
  const config = scaffoldRepo({ dir, tenant: "acme", securityTeam: [...DEMO_APPROVERS, "tom.becker@example.com"], windowSeconds });
  if (options.extraConnectors) {
    writeFileSync(join(dir, CONFIG_PATH), stringify({ ...config, connectors: [...config.connectors, ...options.extraConnectors] }));
    runGit(dir, ["commit", "-q", "-am", "connectors"]);
  }
  const clock = manualClock(T0);
  const ws = await openWorkspace(dir, { clock, ...(options.env ? { env: options.env } : {}) });
  return {
    ws,
    clock,
    dir,
    request(id, target, options = {}) {
      const file = `requests/${id}.yaml`;
      const lines = [
        "apiVersion: offboard/v1",
        "kind: OffboardRequest",
        "metadata:",
        `  id: ${id}`,
        `  requester: ${options.requester ?? "hr.ops@example.com"}`,
        "spec:",
        "  target:",
        `    email: ${target}`,
        `  reason: ${options.reason ?? "resignation"}`,
        `  effective_date: ${TODAY}`,
      ];
      if (options.notes) lines.push(`  notes: ${JSON.stringify(options.notes)}`);
      const text = lines.join("\n") + "\n";
      writeFileSync(join(dir, file), text);
      if (options.commit !== false) {
        runGit(dir, ["add", file]);
        runGit(dir, ["commit", "-q", "-m", `request ${id}`]);
      }
      return { file, text };
    },
  };
}

/** Decides request `id` for `email`, records the approvals it needs (CLI channel) and returns its signed packet (JWS). */
export async function signedPacketFor(t: TestWorkspace, id: string, email: string): Promise<string> {
  const f = t.request(id, email);
  const d = await decideRequest(t.ws.gatekeeper, f.text, f.file);
  const needed = d.evaluated.decision.outcome === "require_hitl" ? d.evaluated.decision.approvals.required : 0;
  for (const approver of ["alice.nguyen@example.com", "ben.kowalski@example.com"].slice(0, needed)) {
    await approveRequest(t.ws.gatekeeper, f.text, f.file, { approver, via: "cli" });
  }
  const issued = await issuePacket(t.ws.gatekeeper, f.text, f.file);
  if (issued.status !== "signed") throw new Error(`${id}: ${issued.message}`);
  return issued.packet.jws;
}
