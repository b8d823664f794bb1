import { OffboardError } from "../../errors.js";
import type { Snapshot } from "../types.js";
import type { GitHubSession } from "./github-session.js";
import { readSnapshotData } from "./snapshot-data.js";

/**
 * Puts back the organization role and every team membership, idempotently. A person no longer in
 * the organization (the hard phase ran) is TARGET_NOT_FOUND: re-adding would only send an
 * invitation, which is not a reinstate.
 */
export async function restoreSnapshot(session: GitHubSession, snapshot: Snapshot): Promise<void> {
  const { config } = session;
  const data = readSnapshotData(snapshot, config.name);
  const member = await session.membership(data.login);
  if (!member || member.state !== "active") {
    throw new OffboardError("TARGET_NOT_FOUND", `${config.name}: ${data.login} is no longer a member of ${config.org}; re-adding would only send an invitation`, { connector: config.name, accountId: data.login, reason: "gone" });
  }
  if (member.role !== data.role) await session.setRole(data.login, data.role);
  for (const team of data.teams) {
    if ((await session.teamRole(team.slug, data.login)) !== team.role) await session.addToTeam(team.slug, data.login, team.role);
  }
}
