import type { ApplicationFunction, Context, ProbotOctokit } from "probot";
import type { Clock } from "../util/clock.js";
import { createGitHubPort, type GitHubPort } from "./github-port.js";
import { evaluatePullRequest, type OnNeedsApproval } from "./evaluate-pull-request.js";
import { onComment } from "./handlers/on-comment.js";
import { onIssue } from "./handlers/on-issue.js";
import { onMerged } from "./handlers/on-merged.js";
import type { RepoSession, RepoSessions } from "./repo-sessions.js";

export interface OffboardAppDeps {
  sessions: RepoSessions;
  clock: Clock;
  /** Remembers which installation serves which repository (the executor timer authenticates with it). */
  onInstallation?: (owner: string, repo: string, installationId: number) => void;
  /** Sees every handler's promise (GitHub gets "202 still processing" after 9 s; work goes on). */
  track?: <T>(work: Promise<T>) => Promise<T>;
  /** Posts newly decided requests that need approval (Slack); none when Slack is off. */
  onNeedsApproval?: OnNeedsApproval;
}

interface RepoPayload {
  repository: { name: string; owner: { login: string }; default_branch?: string };
  installation?: { id: number };
}

/**
 * The Probot app: one `app.on` per event, each translating the webhook into a call of the
 * gatekeeper through a handler (handlers/), on the repository's synced workspace. The core never
 * sees Probot; handlers see only GitHubPort and RepoSession.
 */
export function offboardApp(deps: OffboardAppDeps): ApplicationFunction {
  const withRepo = async <T>(ctx: Context, work: (port: GitHubPort, session: RepoSession, defaultBranch: string) => Promise<T>): Promise<T> => {
    const payload = ctx.payload as unknown as RepoPayload;
    const owner = payload.repository.owner.login;
    const repo = payload.repository.name;
    const defaultBranch = payload.repository.default_branch ?? "main";
    if (payload.installation) deps.onInstallation?.(owner, repo, payload.installation.id);
    const { token } = (await ctx.octokit.auth({ type: "installation" })) as { token: string };
    const port = createGitHubPort(ctx.octokit as ProbotOctokit, owner, repo);
    return deps.sessions.run({ owner, repo, defaultBranch, token }, (session) => work(port, session, defaultBranch));
  };
  const today = () => new Date(deps.clock()).toISOString().slice(0, 10);

  const track = deps.track ?? (<T>(p: Promise<T>) => p);

  return (app) => {
    app.on(["issues.opened", "issues.edited"], (ctx) => track((async () => {
      const { issue, sender } = ctx.payload;
      if (sender.type === "Bot" || "pull_request" in issue && issue.pull_request) return;
      const result = await withRepo(ctx, (port, session, defaultBranch) =>
        onIssue(port, session, {
          number: issue.number,
          title: issue.title,
          body: issue.body ?? "",
          author: issue.user?.login ?? "",
          authorType: issue.user?.type ?? "User",
          labels: (issue.labels ?? []).map((l) => (typeof l === "string" ? l : l.name ?? "")),
          defaultBranch,
          today: today(),
        }),
      );
      ctx.log.info({ issue: issue.number }, result);
    })()));

    const evaluate = async (ctx: Context, number: number) => {
      const result = await withRepo(ctx, async (port, session, defaultBranch) => {
        const pr = (await ctx.octokit.rest.pulls.get({ owner: port.owner, repo: port.repo, pull_number: number })).data;
        if (pr.state !== "open") return "ignored: closed";
        return evaluatePullRequest(port, session, {
          number,
          headSha: pr.head.sha,
          headRef: pr.head.ref,
          baseRef: pr.base.ref,
          defaultBranch,
          author: pr.user?.login ?? "",
          htmlUrl: pr.html_url,
        }, deps.onNeedsApproval);
      });
      ctx.log.info({ pull_request: number }, result);
    };

    app.on(["pull_request.opened", "pull_request.reopened", "pull_request.synchronize"], (ctx) => track(evaluate(ctx, ctx.payload.pull_request.number)));
    app.on(["pull_request_review.submitted", "pull_request_review.dismissed"], (ctx) => track(evaluate(ctx, ctx.payload.pull_request.number)));
    app.on("check_run.rerequested", (ctx) => track((async () => {
      for (const pr of ctx.payload.check_run.pull_requests) await evaluate(ctx, pr.number);
    })()));

    app.on("pull_request.closed", (ctx) => track((async () => {
      const pr = ctx.payload.pull_request;
      if (!pr.merged || !pr.merge_commit_sha) return;
      const result = await withRepo(ctx, (port, session, defaultBranch) =>
        onMerged(port, session, {
          number: pr.number,
          headSha: pr.head.sha,
          headRef: pr.head.ref,
          baseRef: pr.base.ref,
          defaultBranch,
          mergeSha: pr.merge_commit_sha!,
          author: pr.user?.login ?? "",
          mergedBy: pr.merged_by?.login ?? ctx.payload.sender.login,
        }),
      );
      ctx.log.info({ pull_request: pr.number }, result);
    })()));

    app.on("issue_comment.created", (ctx) => track((async () => {
      const { issue, comment } = ctx.payload;
      const result = await withRepo(ctx, (port, session) =>
        onComment(port, session, { number: issue.number, isPullRequest: Boolean(issue.pull_request), author: comment.user?.login ?? "", authorType: comment.user?.type ?? "User", body: comment.body }),
      );
      ctx.log.info({ issue: issue.number }, result);
    })()));
  };
}
