import { createRef } from "../git-write.js";
import { syncPullHeads } from "../ops/sync-pull-heads.js";
import { commitShape } from "../shapes/commit.js";
import { fromExample, nodeId } from "../shapes/from-example.js";
import { repositoryShape } from "../shapes/repository.js";
import { deliverInBackground } from "../webhook-sender.js";
import type { World } from "../world.js";
import { actorOf, failure, notFound, ok, param, validationFailed, type RestReply, type RouteTable } from "./rest-types.js";

function gitRefShape(world: World, ref: string, sha: string): Record<string, unknown> {
  const api = `${world.urls.api}/repos/${world.owner}/${world.repo}`;
  return {
    ref,
    node_id: nodeId("03:Ref", parseInt(sha.slice(0, 8), 16)),
    url: `${api}/git/${ref}`,
    object: { type: "commit", sha, url: `${api}/git/commits/${sha}` },
  };
}

function branchReply(world: World, branch: string): RestReply {
  const sha = world.store.branchSha(branch);
  if (!sha) return failure(404, "Branch not found");
  const api = `${world.urls.api}/repos/${world.owner}/${world.repo}`;
  const isProtected = world.state.protections.has(branch);
  return ok({
    ...fromExample(world, "branch-get"),
    name: branch,
    commit: commitShape(world, sha),
    _links: { self: `${api}/branches/${branch}`, html: `${world.urls.api}/${world.owner}/${world.repo}/tree/${branch}` },
    protected: isProtected,
    protection: { enabled: isProtected, required_status_checks: { enforcement_level: "off", contexts: [], checks: [] } },
    protection_url: `${api}/branches/${branch}/protection`,
  });
}

/** Repository metadata, branches, protection and git refs. */
export const repoRoutes: RouteTable = {
  "repos/get": ({ world }) => ok(repositoryShape(world)),
  "repos/get-branch": (call) => branchReply(call.world, param(call, "branch")),
  "repos/get-branch-protection": (call) => {
    const branch = param(call, "branch");
    const settings = call.world.state.protections.get(branch);
    if (!settings) return failure(404, "Branch not protected");
    return ok({ url: `${call.world.urls.api}/repos/${call.world.owner}/${call.world.repo}/branches/${branch}/protection`, ...structuredClone(settings) });
  },
  "git/get-ref": (call) => {
    const ref = `refs/${param(call, "ref")}`;
    const sha = call.world.store.refs().get(ref);
    return sha ? ok(gitRefShape(call.world, ref, sha)) : notFound();
  },
  "git/create-ref": (call) => {
    const { world } = call;
    const ref = String(call.body.ref);
    const sha = String(call.body.sha);
    if (!/^refs\/[^/]+\/.+/.test(ref)) return failure(422, "Reference name must start with 'refs/' and have at least two slashes.");
    if (world.store.refs().has(ref)) return failure(422, "Reference already exists");
    if (!/^[0-9a-f]{40}$/.test(sha) || world.store.resolveCommit(sha) !== sha) return validationFailed("Reference", "sha", "invalid", "Object does not exist");
    if (!createRef(world.store, ref, sha)) return failure(422, "Reference name is invalid");
    deliverInBackground(world, syncPullHeads(world, actorOf(call)));
    return ok(gitRefShape(world, ref, sha), 201);
  },
};
