import type { TargetDescription, TargetRef } from "../types.js";
import { loginOf, teamsOf, type GitHubSession } from "./github-session.js";

/**
 * The target in the organization: exists when the mapped login is a member (active or invited),
 * privileged for owners and members of `privilegedTeams`, production owner for members of
 * `productionOwnerTeams`. Roles are the organization role; groups the team slugs; the seat is the
 * licence. GitHub exposes no sessions or escalation history to an organization: those are empty.
 */
export async function describeTarget(session: GitHubSession, target: TargetRef): Promise<TargetDescription> {
  const { config } = session;
  const login = loginOf(config, target.email);
  const member = login ? await session.membership(login) : null;
  if (!login || !member) {
    return { connector: config.name, exists: false, accountId: login, active: false, accountType: "unknown", privileged: false, productionOwner: false, roles: [], groups: [], licences: [], sessions: 0, escalations: [] };
  }
  const teams = (await teamsOf(session, login)).map((t) => t.slug);
  const inAny = (names: string[]) => teams.some((t) => names.includes(t));
  return {
    connector: config.name,
    exists: true,
    accountId: login,
    active: member.state === "active",
    accountType: "human",
    privileged: member.role === "admin" || inAny(config.privilegedTeams),
    productionOwner: inAny(config.productionOwnerTeams),
    roles: [member.role],
    groups: teams,
    licences: member.state === "active" ? [`${config.org}-seat`] : [],
    sessions: 0,
    escalations: [],
  };
}
