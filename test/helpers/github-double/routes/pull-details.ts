import { mergePull } from "../ops/merge-pull.js";
import { syncPullHeads } from "../ops/sync-pull-heads.js";
import { baseShaOf } from "../shapes/pull.js";
import { reviewShape } from "../shapes/review.js";
import { deliverInBackground } from "../webhook-sender.js";
import { pullOf } from "./pulls.js";
import { actorOf, failure, notFound, numberParam, ok, paginate, type RestCall, type RestReply, type RouteTable } from "./rest-types.js";

function listFiles(call: RestCall): RestReply {
  const { world } = call;
  const issue = pullOf(world, numberParam(call, "pull_number"));
  if (!issue) return notFound();
  const base = baseShaOf(world, issue);
  const head = issue.pull.headSha;
  const html = `${world.urls.api}/${world.owner}/${world.repo}`;
  const files = world.store.diff(base, head).map((d) => {
    const at = d.status === "removed" ? base : head;
    return {
      sha: world.store.entry(at, d.path)?.sha ?? null,
      filename: d.path,
      status: d.status,
      additions: d.additions,
      deletions: d.deletions,
      changes: d.additions + d.deletions,
      blob_url: `${html}/blob/${at}/${d.path}`,
      raw_url: `${html}/raw/${at}/${d.path}`,
      contents_url: `${world.urls.api}/repos/${world.owner}/${world.repo}/contents/${d.path}?ref=${at}`,
      patch: world.store.patch(base, head, d.path),
    };
  });
  const { page, headers } = paginate(call, files);
  return ok(page, 200, headers);
}

function listReviews(call: RestCall): RestReply {
  const n = numberParam(call, "pull_number");
  if (!pullOf(call.world, n)) return notFound();
  const { page, headers } = paginate(
    call,
    call.world.state.reviews.filter((r) => r.pullNumber === n),
  );
  return ok(page.map((r) => reviewShape(call.world, r)), 200, headers);
}

function merge(call: RestCall): RestReply {
  const { world } = call;
  const issue = pullOf(world, numberParam(call, "pull_number"));
  if (!issue) return notFound();
  const body = (call.body ?? {}) as { commit_title?: string; commit_message?: string; sha?: string; merge_method?: string };
  if (body.merge_method !== undefined && body.merge_method !== "merge") {
    return { ...failure(405, `Merge method ${body.merge_method} is not allowed on this repository`), violation: `merge_method "${body.merge_method}": the double only creates merge commits` };
  }
  if (body.sha !== undefined && body.sha !== issue.pull.headSha) return failure(409, "Head branch was modified. Review and try the merge again.");
  const outcome = mergePull(world, issue, actorOf(call), {
    ...(body.commit_title !== undefined ? { title: body.commit_title } : {}),
    ...(body.commit_message !== undefined ? { message: body.commit_message } : {}),
  });
  if (!outcome.merged) return failure(405, outcome.reason);
  deliverInBackground(world, [...outcome.webhooks, ...syncPullHeads(world, actorOf(call))]);
  return ok({ sha: outcome.sha, merged: true, message: "Pull Request successfully merged" });
}

/** A pull request's files, reviews and merge. */
export const pullDetailRoutes: RouteTable = {
  "pulls/list-files": listFiles,
  "pulls/list-reviews": listReviews,
  "pulls/merge": merge,
};
