import type { CheckRunRecord } from "../types.js";
import { isoTime, type World } from "../world.js";
import { integrationShape } from "./app.js";
import { fromExample, nodeId } from "./from-example.js";
import { baseShaOf, type PullIssue } from "./pull.js";

/** check-run shape; `pull_requests` lists the open pull requests whose head is the run's head_sha. */
export function checkRunShape(world: World, run: CheckRunRecord): Record<string, unknown> {
  const api = `${world.urls.api}/repos/${world.owner}/${world.repo}`;
  const repoRef = { id: world.repoId, url: api, name: world.repo };
  const pulls = [...world.state.issues.values()].filter(
    (issue): issue is PullIssue => issue.pull !== null && issue.state === "open" && issue.pull.headSha === run.headSha,
  );
  return {
    ...fromExample(world, "check-run"),
    id: run.id,
    head_sha: run.headSha,
    node_id: nodeId("CR_", run.id),
    external_id: run.externalId ?? "",
    url: `${api}/check-runs/${run.id}`,
    html_url: `${world.urls.api}/${world.owner}/${world.repo}/runs/${run.id}`,
    details_url: run.detailsUrl,
    status: run.status,
    conclusion: run.conclusion,
    started_at: isoTime(run.startedAt),
    completed_at: run.completedAt === null ? null : isoTime(run.completedAt),
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.output.annotations.length,
      annotations_url: `${api}/check-runs/${run.id}/annotations`,
    },
    name: run.name,
    check_suite: { id: run.id },
    app: integrationShape(world),
    pull_requests: pulls.map((issue) => ({
      url: `${api}/pulls/${issue.number}`,
      id: issue.pull.id,
      number: issue.number,
      head: { ref: issue.pull.headRef, sha: issue.pull.headSha, repo: repoRef },
      base: { ref: issue.pull.baseRef, sha: baseShaOf(world, issue), repo: repoRef },
    })),
  };
}
