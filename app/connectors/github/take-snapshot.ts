import { OffboardError } from "../../errors.js";
import type { JsonObject } from "../../util/json.js";
import type { Snapshot, TargetRef } from "../types.js";
import { loginOf, teamsOf, type GitHubSession } from "./github-session.js";
import type { SnapshotData } from "./snapshot-data.js";

/** Records the organization role and team memberships before the soft phase. */
export async function takeSnapshot(session: GitHubSession, target: TargetRef): Promise<Snapshot> {
  const { config } = session;
  const login = loginOf(config, target.email);
  const member = login ? await session.membership(login) : null;
  if (!login || !member) throw new OffboardError("TARGET_NOT_FOUND", `${config.name}: ${target.email} is not a member of ${config.org} to snapshot`, { connector: config.name, reason: "not_found" });
  const data: SnapshotData = { format: 1, login, role: member.role, teams: await teamsOf(session, login) };
  return { connector: config.name, accountId: login, data: data as unknown as JsonObject };
}
