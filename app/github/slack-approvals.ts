import type { ProbotOctokit } from "probot";
import { isOffboardError } from "../errors.js";
import { approveViaLink, issueApprovalLink, rejectViaLink } from "../gatekeeper/approval-links.js";
import { MAX_BUTTON_VALUE, approvalMessage } from "../slack/approval-message.js";
import type { ClickOutcome, SlackClick, SlackFrontDoor } from "../slack/slack-front-door.js";
import { classifyPullRequest } from "./classify-pull-request.js";
import type { OnNeedsApproval } from "./evaluate-pull-request.js";
import { evaluatePullRequest } from "./evaluate-pull-request.js";
import { createGitHubPort, type GitHubPort } from "./github-port.js";
import type { RepoSession, RepoSessions } from "./repo-sessions.js";
import { isMemberOfAny, teamSlugs } from "./tally-approvals.js";

/**
 * Posts a request that needs approval to the tenant's Slack channel with a one-time link (the
 * Approve / Reject buttons) issued to the people who may use it: mapped in `people` with a Slack id
 * and a GitHub login that is on the security team now.
 */
export function postToSlack(slack: Pick<SlackFrontDoor, "post">, log: (line: string) => void): OnNeedsApproval {
  return async (session, port, pr, decided) => {
    const channel = session.ws.config.slack?.channel;
    if (!channel) return;
    const approvers = await slackApprovers(session, port);
    if (approvers.length === 0) return log(`${port.owner}/${port.repo}#${pr.number}: no Slack approver is mapped and on the team; nothing posted`);
    const link = await issueApprovalLink(session.ws.gatekeeper, decided.intake.request.metadata.id, approvers, session.ws.config.slack?.link_ttl_seconds);
    const message = approvalMessage(decided, { repo: `${port.owner}/${port.repo}`, number: pr.number, url: pr.htmlUrl }, link);
    const value = JSON.stringify({ repo: `${port.owner}/${port.repo}`, pull: pr.number, token: link.token });
    if (value.length > MAX_BUTTON_VALUE) return log(`${pr.htmlUrl}: the approval link is too long for a Slack button (${value.length} characters); nothing posted`);
    await slack.post(channel, message);
  };
}

async function slackApprovers(session: RepoSession, port: GitHubPort): Promise<string[]> {
  const slugs = teamSlugs(session.ws.config, ["security"]);
  const out: string[] = [];
  for (const p of session.ws.config.people) if (p.slack && p.github && (await isMemberOfAny(port, slugs, p.github))) out.push(p.email.toLowerCase());
  return out;
}

export interface SlackClickDeps {
  sessions: RepoSessions;
  /** An installation Octokit for a repository (looked up through the app's JWT). */
  octokitFor(owner: string, repo: string): Promise<{ octokit: ProbotOctokit; token: string; defaultBranch: string }>;
  onNeedsApproval: OnNeedsApproval;
}

/**
 * One verified Slack click: the answer is checked and recorded by the gatekeeper (approveViaLink /
 * rejectViaLink) on the repository's workspace, in its queue like a webhook, and the PR's checks
 * are run again so `offboard/approval` reflects it. Returns the line shown to the clicking user.
 */
export async function onSlackClick(deps: SlackClickDeps, click: SlackClick): Promise<ClickOutcome> {
  const [owner, repo] = click.value.repo.split("/");
  if (!owner || !repo || click.value.token === "") return { reply: "This button carries no valid approval link." };
  const { octokit, token, defaultBranch } = await deps.octokitFor(owner, repo);
  return deps.sessions.run({ owner, repo, defaultBranch, token }, async (session) => {
    const port = createGitHubPort(octokit, owner, repo);
    const pr = (await octokit.rest.pulls.get({ owner, repo, pull_number: click.value.pull })).data;
    const kind = classifyPullRequest(await port.pullFiles(pr.number));
    if (kind.kind !== "request" || pr.state !== "open") return { reply: "That pull request no longer carries an open request." };
    const found = await port.readFile(kind.file, pr.head.sha);
    if (found === null) return { reply: "The request file is gone from the pull request." };
    const { config } = session.ws;
    const person = config.people.find((p) => p.slack === click.userId);
    const member = person?.github ? await isMemberOfAny(port, teamSlugs(config, ["security"]), person.github) : false;
    const use = { token: click.value.token, slackUserId: click.userId, slack: click.evidence, text: found.text, file: kind.file, team: member && person ? [person.email.toLowerCase()] : [] };
    let outcome: ClickOutcome;
    try {
      const record = click.action === "approve" ? await approveViaLink(session.ws.gatekeeper, config.people, use) : await rejectViaLink(session.ws.gatekeeper, config.people, use);
      const what = click.action === "approve" ? "Approved" : "Rejected";
      outcome = {
        reply: `${what === "Approved" ? "Approval" : "Rejection"} recorded on the ledger (event ${record.event.seq}) for ${pr.html_url}.`,
        settled: `${what} by ${String(record.event.data.approver)} through Slack (ledger event ${record.event.seq}); this link is used. <${pr.html_url}|Pull request #${pr.number}>`,
      };
    } catch (e) {
      if (!isOffboardError(e) || (e.code !== "APPROVAL_LINK_INVALID" && e.code !== "APPROVAL_REFUSED" && e.code !== "APPROVAL_NOT_REQUIRED")) throw e;
      return { reply: `Not recorded: ${e.message}` };
    }
    await evaluatePullRequest(port, session, { number: pr.number, headSha: pr.head.sha, headRef: pr.head.ref, baseRef: pr.base.ref, defaultBranch, author: pr.user?.login ?? "", htmlUrl: pr.html_url }, deps.onNeedsApproval);
    return outcome;
  });
}
