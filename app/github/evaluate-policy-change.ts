import { readFileSync } from "node:fs";
import { join, sep } from "node:path";
import { runGit } from "../util/run-git.js";
import { OffboardError } from "../errors.js";
import { SETTINGS_FILE } from "../workspace/scaffold-repo.js";
import type { GitHubPort } from "./github-port.js";
import { latestReviews } from "./latest-reviews.js";
import type { RepoSession } from "./repo-sessions.js";
import { CHECK_APPROVAL, CHECK_INTAKE, CHECK_POLICY, type CheckResult } from "./render-checks.js";
import { isMemberOfAny, teamSlugs } from "./tally-approvals.js";

export interface PolicyApprovals {
  required: number;
  teams: string[];
}

/**
 * The elevated approval tier of the base's policy data: what a policy change needs. `rev` reads it
 * from a commit (the merge's first parent) instead of the checked-out default branch, so a change
 * can never lower the bar it is measured against.
 */
export function elevatedApprovals(repoDir: string, rev?: string): PolicyApprovals {
  const file = join(repoDir, SETTINGS_FILE);
  const text = rev === undefined ? readFileSync(file, "utf8") : runGit(repoDir, ["show", `${rev}:${SETTINGS_FILE.split(sep).join("/")}`]);
  const data = JSON.parse(text) as { approvals?: { elevated?: Partial<PolicyApprovals> } };
  const tier = data.approvals?.elevated;
  if (!tier || !Number.isInteger(tier.required) || tier.required! < 1 || !Array.isArray(tier.teams) || tier.teams.length === 0) {
    throw new OffboardError("CONFIG_INVALID", `${SETTINGS_FILE}: approvals.elevated must hold required (at least 1) and teams`, { file });
  }
  return { required: tier.required!, teams: tier.teams.map(String) };
}

/** Team members whose standing approval of the head commit counts for a policy change (never the author's). */
export async function countPolicyApprovals(port: GitHubPort, pull: number, headSha: string, author: string, slugs: string[]): Promise<{ counted: string[]; refused: string[]; blocking: string[] }> {
  const counted: string[] = [];
  const refused: string[] = [];
  const blocking: string[] = [];
  for (const r of latestReviews(await port.reviews(pull))) {
    const member = r.userType !== "Bot" && (await isMemberOfAny(port, slugs, r.login));
    if (r.state === "CHANGES_REQUESTED") {
      if (member) blocking.push(r.login);
    } else if (r.commitId !== headSha) refused.push(`@${r.login}: approved an earlier commit`);
    else if (r.login.toLowerCase() === author.toLowerCase()) refused.push(`@${r.login}: authors cannot approve their own change`);
    else if (!member) refused.push(`@${r.login}: not a member of ${slugs.join(" or ")}`);
    else counted.push(r.login.toLowerCase());
  }
  return { counted, refused, blocking };
}

/**
 * Checks for a change to policies, config or trust roots: no request is decided here; the
 * approval check requires the policy's elevated tier (from the base branch) on the head commit.
 */
export async function evaluatePolicyChange(port: GitHubPort, session: RepoSession, pr: { number: number; headSha: string; author: string }, files: string[]): Promise<Record<string, CheckResult>> {
  const tier = elevatedApprovals(session.ws.repoDir);
  const slugs = teamSlugs(session.ws.config, tier.teams);
  const { counted, refused, blocking } = await countPolicyApprovals(port, pr.number, pr.headSha, pr.author, slugs);
  const summary = [
    `Changes ${files.map((f) => `\`${f}\``).join(", ")}: a policy change needs the elevated approval of ${tier.required} reviewer(s) from ${slugs.map((s) => `@${port.owner}/${s}`).join(" or ")} on commit \`${pr.headSha.slice(0, 12)}\`; counted ${counted.length}.`,
    ...refused.map((r) => `- not counted: ${r}`),
    ...blocking.map((b) => `- blocked: @${b} requested changes`),
    "Merging records a `policy.merged` event on the ledger.",
  ].join("\n");
  const approval: CheckResult = blocking.length > 0
    ? { conclusion: "failure", output: { title: "Changes requested by the security team", summary } }
    : counted.length >= tier.required
      ? { conclusion: "success", output: { title: `Approved (${counted.length}/${tier.required})`, summary } }
      : { conclusion: "action_required", output: { title: `Waiting for elevated approval (${counted.length}/${tier.required})`, summary } };
  return {
    [CHECK_INTAKE]: { conclusion: "success", output: { title: "No request in this pull request", summary: "Policy and configuration changes carry no request; intake has nothing to read." } },
    [CHECK_POLICY]: { conclusion: "neutral", output: { title: "Policy change", summary: "Policy changes are reviewed as code; CI runs `opa test policies/` and regal. They take effect for requests only after merge." } },
    [CHECK_APPROVAL]: approval,
  };
}
