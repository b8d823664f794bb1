import type { World } from "../world.js";
import { fromExample, nodeId } from "./from-example.js";
import { orgAccountShape } from "./user.js";

/** The permissions every installation token of the double carries. */
export const INSTALLATION_PERMISSIONS: Readonly<Record<string, string>> = {
  checks: "write",
  contents: "write",
  issues: "write",
  members: "read",
  metadata: "read",
  pull_requests: "write",
};
const EVENTS = ["check_run", "issue_comment", "issues", "pull_request", "pull_request_review"];

/** integration shape (GET /app, `app` of check runs). */
export function integrationShape(world: World): Record<string, unknown> {
  return {
    ...fromExample(world, "integration"),
    id: world.appId,
    slug: world.appSlug,
    client_id: `Iv1.${world.appId}`,
    node_id: nodeId("03:Integration", world.appId),
    owner: orgAccountShape(world),
    name: world.appSlug,
    description: "",
    external_url: "https://app.example.com",
    html_url: `${world.urls.api}/apps/${world.appSlug}`,
    permissions: { ...INSTALLATION_PERMISSIONS },
    events: [...EVENTS],
  };
}

/** installation shape (GET /repos/{owner}/{repo}/installation). */
export function installationShape(world: World): Record<string, unknown> {
  const id = world.installationId;
  return {
    ...fromExample(world, "installation"),
    id,
    account: orgAccountShape(world),
    access_tokens_url: `${world.urls.api}/app/installations/${id}/access_tokens`,
    repositories_url: `${world.urls.api}/installation/repositories`,
    html_url: `${world.urls.api}/organizations/${world.owner}/settings/installations/${id}`,
    app_id: world.appId,
    app_slug: world.appSlug,
    client_id: `Iv1.${world.appId}`,
    target_id: world.orgId,
    target_type: "Organization",
    repository_selection: "selected",
    permissions: { ...INSTALLATION_PERMISSIONS },
    events: [...EVENTS],
    single_file_name: null,
    suspended_by: null,
    suspended_at: null,
  };
}
