import { OffboardError } from "../../errors.js";
import type { Phase, PlannedStep, TargetRef } from "../types.js";
import { loginOf, teamsOf, type GitHubSession } from "./github-session.js";

/** Said in every soft plan: what the soft phase can and cannot take away on GitHub. */
export const SOFT_LIMIT =
  "GitHub has no suspension for organization members (outside Enterprise Managed Users): the soft phase takes away team access and owner rights; the organization's base permission stays until the hard phase removes the membership";

/**
 * soft (reversible): `deactivate` (an owner is demoted to member) when the target is an owner, then
 *   one `remove_groups` per team.
 * hard (after the window): `remove_groups` for any team the person is back in, then `delete`
 *   (remove the organization membership, which frees the seat).
 * A target without a mapped login or membership: soft is TARGET_NOT_FOUND; hard plans nothing
 * (already gone).
 */
export async function planPhase(session: GitHubSession, phase: Phase, target: TargetRef): Promise<PlannedStep[]> {
  const { config } = session;
  const login = loginOf(config, target.email);
  const member = login ? await session.membership(login) : null;
  if (!login || !member) {
    if (phase === "hard") return [];
    throw new OffboardError("TARGET_NOT_FOUND", login ? `${config.name}: ${login} is not a member of ${config.org}` : `${config.name}: ${target.email} has no GitHub login in the connector's logins (people in .github/offboard.yml)`, {
      connector: config.name, reason: login ? "not_found" : "unmapped",
    });
  }
  const step = (action: PlannedStep["action"], detail: PlannedStep["detail"] = {}): PlannedStep => ({ connector: config.name, phase, action, accountId: login, detail: { org: config.org, ...detail } });
  const teams = (await teamsOf(session, login)).map((t) => step("remove_groups", { team: t.slug }));
  if (phase === "soft") return [...(member.role === "admin" ? [step("deactivate", { method: "demote_owner", from: "admin", to: "member", limit: SOFT_LIMIT })] : []), ...teams];
  return [...teams, step("delete", { method: "remove_membership", seat: "freed" })];
}
