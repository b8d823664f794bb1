import { Octokit } from "@octokit/rest";
import { OffboardError } from "../../errors.js";
import type { ConnectorCredentials } from "../types.js";
import type { GitHubConnectorConfig } from "./config.js";

export type OrgRole = "admin" | "member";

export interface OrgMember {
  login: string;
  role: OrgRole;
  state: "active" | "pending";
}

/** The calls the connector makes, as the lease's token. 404s are answers (null/false), not errors. */
export interface GitHubSession {
  config: GitHubConnectorConfig;
  membership(login: string): Promise<OrgMember | null>;
  setRole(login: string, role: OrgRole): Promise<void>;
  removeMember(login: string): Promise<boolean>;
  teams(): Promise<string[]>;
  teamRole(team: string, login: string): Promise<"member" | "maintainer" | null>;
  addToTeam(team: string, login: string, role: "member" | "maintainer"): Promise<void>;
  removeFromTeam(team: string, login: string): Promise<boolean>;
  admins(): Promise<string[]>;
}

/** A session for one phase: an Octokit client holding the lease's token, never stored beyond the call. */
export function githubSession(config: GitHubConnectorConfig, creds: ConnectorCredentials): GitHubSession {
  const octokit = new Octokit({ auth: creds.bearerToken, baseUrl: config.baseUrl, request: { timeout: config.timeoutMs }, log: { debug() {}, info() {}, warn() {}, error() {} } });
  const org = config.org;
  const call = async <T>(what: string, fn: () => Promise<T>, onNotFound: () => T): Promise<T> => {
    try {
      return await fn();
    } catch (e) {
      const status = (e as { status?: number }).status;
      if (status === 404) return onNotFound();
      throw new OffboardError("CONNECTOR_FAILED", `${config.name}: ${what} failed${status ? ` (HTTP ${status})` : ""}: ${(e as Error).message}`, { connector: config.name, status: status ?? null });
    }
  };
  return {
    config,
    membership: (login) =>
      call(`reading ${login}'s membership of ${org}`, async () => {
        const { data } = await octokit.rest.orgs.getMembershipForUser({ org, username: login });
        return { login, role: data.role === "admin" ? "admin" : "member", state: data.state === "active" ? "active" : "pending" } satisfies OrgMember;
      }, () => null),
    setRole: (login, role) => call(`setting ${login}'s role to ${role}`, async () => void (await octokit.rest.orgs.setMembershipForUser({ org, username: login, role })), () => {
      throw new OffboardError("TARGET_NOT_FOUND", `${config.name}: ${login} is not a member of ${org}`, { connector: config.name, reason: "gone" });
    }),
    removeMember: (login) => call(`removing ${login} from ${org}`, async () => (await octokit.rest.orgs.removeMembershipForUser({ org, username: login }), true), () => false),
    teams: () => call(`listing the teams of ${org}`, async () => (await octokit.paginate(octokit.rest.teams.list, { org, per_page: 100 })).map((t) => t.slug).sort(), () => []),
    teamRole: (team, login) =>
      call(`reading ${login}'s membership of team ${team}`, async () => {
        const { data } = await octokit.rest.teams.getMembershipForUserInOrg({ org, team_slug: team, username: login });
        return data.state === "active" ? (data.role === "maintainer" ? "maintainer" : "member") : null;
      }, () => null),
    addToTeam: (team, login, role) => call(`adding ${login} to team ${team}`, async () => void (await octokit.rest.teams.addOrUpdateMembershipForUserInOrg({ org, team_slug: team, username: login, role })), () => {
      throw new OffboardError("CONNECTOR_FAILED", `${config.name}: team ${team} no longer exists in ${org}; membership cannot be restored`, { connector: config.name, reason: "team_gone" });
    }),
    removeFromTeam: (team, login) => call(`removing ${login} from team ${team}`, async () => (await octokit.rest.teams.removeMembershipForUserInOrg({ org, team_slug: team, username: login }), true), () => false),
    admins: () => call(`listing the owners of ${org}`, async () => (await octokit.paginate(octokit.rest.orgs.listMembers, { org, role: "admin", per_page: 100 })).map((m) => m.login), () => []),
  };
}

/** The login a work email maps to (config `logins`), or null: GitHub is never searched by email. */
export function loginOf(config: GitHubConnectorConfig, email: string): string | null {
  return config.logins[email.trim().toLowerCase()] ?? null;
}

/** The target's teams (slugs) and roles in them. */
export async function teamsOf(session: GitHubSession, login: string): Promise<{ slug: string; role: "member" | "maintainer" }[]> {
  const out: { slug: string; role: "member" | "maintainer" }[] = [];
  for (const slug of await session.teams()) {
    const role = await session.teamRole(slug, login);
    if (role) out.push({ slug, role });
  }
  return out;
}
