import { isoTime, type World } from "../world.js";
import { fromExample, nodeId } from "./from-example.js";
import { orgAccountShape } from "./user.js";

/** full-repository shape of the double's one repository (private, default branch main). */
export function repositoryShape(world: World): Record<string, unknown> {
  const repo = fromExample(world, "full-repository-default-response");
  delete repo.parent;
  delete repo.source;
  delete repo.template_repository;
  const root = world.urls.api;
  const now = isoTime(world.clock());
  return {
    ...repo,
    id: world.repoId,
    node_id: nodeId("010:Repository", world.repoId),
    name: world.repo,
    full_name: `${world.owner}/${world.repo}`,
    owner: orgAccountShape(world),
    organization: orgAccountShape(world),
    private: true,
    visibility: "private",
    fork: false,
    archived: false,
    disabled: false,
    is_template: false,
    description: null,
    homepage: null,
    language: null,
    topics: [],
    default_branch: "main",
    html_url: `${root}/${world.owner}/${world.repo}`,
    url: `${root}/repos/${world.owner}/${world.repo}`,
    clone_url: world.urls.git,
    git_url: world.urls.git,
    svn_url: `${root}/${world.owner}/${world.repo}`,
    mirror_url: null,
    ssh_url: `git@127.0.0.1:${world.owner}/${world.repo}.git`,
    pushed_at: now,
    updated_at: now,
    open_issues_count: [...world.state.issues.values()].filter((i) => i.state === "open").length,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
  };
}
