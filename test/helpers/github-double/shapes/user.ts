import type { UserRecord } from "../types.js";
import { userFor, type World } from "../world.js";
import { fromExample, nodeId } from "./from-example.js";

interface Account {
  login: string;
  id: number;
  type: string;
}

function accountShape(world: World, account: Account): Record<string, unknown> {
  const base = fromExample(world, "simple-user");
  const shaped: Record<string, unknown> = {};
  // Logins like "app[bot]" are percent-encoded in URLs, as GitHub does.
  const login = encodeURIComponent(account.login);
  for (const [key, value] of Object.entries(base)) {
    shaped[key] = typeof value === "string" ? value.replace(/\/octocat\b/g, `/${login}`) : value;
  }
  return {
    ...shaped,
    login: account.login,
    id: account.id,
    node_id: nodeId(`04:${account.type}`, account.id),
    avatar_url: `${world.urls.api}/avatars/u/${account.id}`,
    gravatar_id: "",
    type: account.type,
    site_admin: false,
    user_view_type: "public",
  };
}

/** simple-user shape of a person or bot. */
export function userShape(world: World, user: UserRecord | string): Record<string, unknown> {
  const record = typeof user === "string" ? userFor(world, user) : user;
  return accountShape(world, record);
}

/** The owning organization as an account (repository.owner, head.user). */
export function orgAccountShape(world: World): Record<string, unknown> {
  return accountShape(world, { login: world.owner, id: world.orgId, type: "Organization" });
}

/** organization-simple shape (webhook `organization`). */
export function organizationShape(world: World): Record<string, unknown> {
  const base = fromExample(world, "organization-simple");
  const shaped: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(base)) shaped[key] = typeof value === "string" ? value.replace(/\/orgs\/github\b/g, `/orgs/${world.owner}`) : value;
  return { ...shaped, login: world.owner, id: world.orgId, node_id: nodeId("04:Organization", world.orgId), avatar_url: `${world.urls.api}/avatars/u/${world.orgId}`, description: null };
}

/** author_association GitHub reports for `login` on this repository. */
export function authorAssociation(world: World, login: string): string {
  const key = login.toLowerCase();
  if (world.state.orgMembers.get(key)?.state === "active") return "MEMBER";
  const permission = world.state.permissions.get(key);
  if (permission && permission !== "none") return "COLLABORATOR";
  return "NONE";
}
