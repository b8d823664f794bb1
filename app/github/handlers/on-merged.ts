import { classifyPullRequest } from "../classify-pull-request.js";
import { countPolicyApprovals, elevatedApprovals } from "../evaluate-policy-change.js";
import type { GitHubPort } from "../github-port.js";
import { handToExecutor } from "../hand-to-executor.js";
import { latestReviews } from "../latest-reviews.js";
import type { RepoSession } from "../repo-sessions.js";
import { issueOfBranch } from "../request-branch.js";
import { isMemberOfAny, teamSlugs } from "../tally-approvals.js";
import { issuePacket } from "../../gatekeeper/issue-packet.js";
import { projectRequests } from "../../gatekeeper/project-requests.js";
import { issueFindings } from "../issue-findings.js";
import { loginOfEmail } from "../people.js";
import { isOffboardError } from "../../errors.js";

export interface MergedEvent {
  number: number;
  headSha: string;
  headRef: string;
  baseRef: string;
  defaultBranch: string;
  mergeSha: string;
  author: string;
  mergedBy: string;
}

/**
 * `pull_request.closed` with `merged`: a request PR is decided again on the merged content with
 * the base branch's policies, its approvals re-verified (still standing, still team members),
 * and only then a packet is signed and handed to the executor; a policy PR's merge becomes a
 * `policy.merged` event. Progress is reported on the PR.
 */
export async function onMerged(port: GitHubPort, session: RepoSession, e: MergedEvent): Promise<string> {
  if (e.baseRef !== e.defaultBranch) return "ignored: not merged into the default branch";
  const kind = classifyPullRequest(await port.pullFiles(e.number));
  if (kind.kind === "policy") return recordPolicyMerge(port, session, e, kind.files);
  if (kind.kind !== "request") {
    if (kind.kind === "refused") await port.comment(e.number, `**Nothing executed.** This pull request was merged although offboard refused it: ${kind.reason}`);
    return `ignored: ${kind.kind}`;
  }
  const file = kind.file;
  const found = await port.readFile(file, e.mergeSha);
  if (found === null) {
    await port.comment(e.number, `**Nothing executed.** ${file} is not in the merge commit ${e.mergeSha.slice(0, 12)}.`);
    return "refused: request missing from merge commit";
  }
  const { ws } = session;
  const id = file.slice("requests/".length, -".yaml".length);
  const team = await standingApprovers(port, session, e, id);
  const issue = issueOfBranch(e.headRef);
  const upstream = issue === null ? undefined : (await issueFindings(port, session, issue)).findings;
  let result;
  try {
    result = await issuePacket(ws.gatekeeper, found.text, file, { team, decide: { ...(upstream ? { upstream } : {}), context: { pull_request: e.number, merge_commit: e.mergeSha } } });
  } catch (err) {
    if (!isOffboardError(err)) throw err;
    await port.comment(e.number, `**Nothing executed.** ${err.message}`);
    await session.publish();
    return `refused: ${err.code}`;
  }
  if (result.status === "done") return `${id}: already executed`; // a redelivered merge event
  if (result.status !== "signed") {
    await port.comment(e.number, `**Nothing executed** (${result.status}): ${result.message}. The merge happened without what policy requires: check the branch protection of ${e.defaultBranch}.`);
    await session.publish();
    return `${result.status}: ${result.message}`;
  }
  await port.comment(e.number, `Decision re-checked on ${e.mergeSha.slice(0, 12)}; packet \`${result.packet.jti}\` signed and handed to the executor…`);
  await session.publish();
  const handoff = await handToExecutor(ws, result.packet.jws);
  await session.publish();
  await port.comment(e.number, handoff.ok ? `**Executor:** ${handoff.message}. Comment \`/reinstate\` inside the window to undo it.` : `**Executor did not run it:** ${handoff.message}.`);
  return `${id}: ${handoff.ok ? "executed" : "not executed"}: ${handoff.message}`;
}

/**
 * The security team as it stands at merge, for the people who answered: approvers whose approval
 * still stands (latest review APPROVED and not dismissed, or a Slack approval) and rejecters, each
 * only while still on the team (membership asked of GitHub now).
 */
async function standingApprovers(port: GitHubPort, session: RepoSession, e: MergedEvent, id: string): Promise<string[]> {
  const state = projectRequests(await session.ws.ledger.read()).get(id);
  if (!state?.decision) return [];
  const standing = new Set(latestReviews(await port.reviews(e.number)).filter((r) => r.state === "APPROVED").map((r) => r.id));
  const slugs = teamSlugs(session.ws.config, ["security"]);
  const out: string[] = [];
  for (const a of state.approvals) {
    if (a.via === "slack") {
      const login = loginOfEmail(session.ws.config, a.approver);
      if (login !== null && (await isMemberOfAny(port, slugs, login))) out.push(a.approver);
      continue;
    }
    if (a.via !== "github_review" || a.evidence === null) continue;
    if (!standing.has(Number(a.evidence.review_id))) continue;
    if (await isMemberOfAny(port, slugs, String(a.evidence.github_login))) out.push(a.approver);
  }
  for (const r of state.rejections) {
    const login = loginOfEmail(session.ws.config, r.approver);
    if (login !== null && (await isMemberOfAny(port, slugs, login))) out.push(r.approver);
  }
  return out;
}

async function recordPolicyMerge(port: GitHubPort, session: RepoSession, e: MergedEvent, files: string[]): Promise<string> {
  // The clone is at the default branch AFTER this merge: measure against the base before it.
  const tier = elevatedApprovals(session.ws.repoDir, `${e.mergeSha}^1`);
  const slugs = teamSlugs(session.ws.config, tier.teams);
  const { counted } = await countPolicyApprovals(port, e.number, e.headSha, e.author, slugs);
  const met = counted.length >= tier.required;
  await session.ws.ledger.append(
    [{
      type: "policy.merged",
      tenant: session.ws.config.tenant,
      actor: "gatekeeper",
      subject: `pr-${e.number}`,
      data: { pull_request: e.number, merge_commit: e.mergeSha, head_sha: e.headSha, files, author: e.author.toLowerCase(), merged_by: e.mergedBy.toLowerCase(), approvers: counted, required: tier.required, approvals_met: met },
    }],
    session.ws.gatekeeper.signer,
  );
  await session.publish();
  if (!met) await port.comment(e.number, `**Policy change merged without the elevated approval** (${counted.length}/${tier.required}); recorded on the ledger as such. Set branch protection on ${e.defaultBranch} to require the \`offboard/approval\` check.`);
  return `policy change merged (${counted.length}/${tier.required} approvals)`;
}
