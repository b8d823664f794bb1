import { OffboardError } from "../../errors.js";
import type { Json } from "../../util/json.js";
import type { Evidence, Phase, Snapshot, TargetRef } from "../types.js";
import { loginOf, teamsOf, type GitHubSession } from "./github-session.js";
import { readSnapshotData } from "./snapshot-data.js";

/**
 * Re-reads the organization after a phase:
 *   soft:      still a member (the seat is kept for a reinstate), not an owner, in no team;
 *   hard:      not a member (seat freed);
 *   reinstate: role and teams equal the snapshot's (snapshot required).
 */
export async function verifyPhase(session: GitHubSession, phase: Phase | "reinstate", target: TargetRef, snapshot?: Snapshot): Promise<Evidence> {
  const { config } = session;
  const expected = snapshot ? readSnapshotData(snapshot, config.name) : undefined;
  if (phase === "reinstate" && !expected) throw new OffboardError("REINSTATE_NOTHING_TO_RESTORE", `${config.name}: verifying a reinstate needs the snapshot it restored`, { connector: config.name });
  const login = expected?.login ?? loginOf(config, target.email);
  const member = login ? await session.membership(login) : null;
  const evidence = (checks: Record<string, Json>, ok: boolean): Evidence => ({ connector: config.name, accountId: login, checks, ok });
  if (phase === "hard") return evidence({ member: member !== null, seatFreed: member === null }, member === null);
  if (!login || !member) return evidence({ member: false }, false);
  const teams = (await teamsOf(session, login)).map((t) => `${t.slug}:${t.role}`).sort();
  if (phase === "soft") return evidence({ member: true, role: member.role, teams }, member.role === "member" && teams.length === 0);
  const want = expected!.teams.map((t) => `${t.slug}:${t.role}`).sort();
  return evidence({ member: true, role: member.role, expectedRole: expected!.role, teams, expectedTeams: want }, member.role === expected!.role && JSON.stringify(teams) === JSON.stringify(want));
}
