import { createHash } from "node:crypto";
import { isOffboardError, type OffboardError } from "../errors.js";
import { decideRequest, type DecideResult } from "../gatekeeper/decide-request.js";
import { projectRequests } from "../gatekeeper/project-requests.js";
import type { RequestProblem } from "../intake/parse-request-file.js";
import type { UpstreamFindings } from "../intake/run-intake.js";
import { classifyPullRequest } from "./classify-pull-request.js";
import { issueFindings } from "./issue-findings.js";
import type { GitHubPort } from "./github-port.js";
import { evaluatePolicyChange } from "./evaluate-policy-change.js";
import type { RepoSession } from "./repo-sessions.js";
import { issueOfBranch } from "./request-branch.js";
import { CHECK_APPROVAL, CHECK_INTAKE, CHECK_POLICY, CHECK_PROTECTION, intakeCheck, policyCheck, protectionCheck, refusedChecks, type CheckResult } from "./render-checks.js";
import { tallyApprovals, type PullInfo } from "./tally-approvals.js";

export interface PullEvent extends Omit<PullInfo, "issueAuthor"> {
  headRef: string;
  baseRef: string;
  defaultBranch: string;
}

/** Called once per newly recorded decision that needs approval (the Slack message). */
export type OnNeedsApproval = (session: RepoSession, port: GitHubPort, pr: PullEvent, decided: DecideResult, requester: string | null) => Promise<void>;

/**
 * Runs the three checks on a pull request's head: what the PR is (classifyPullRequest), intake
 * and policy (decided with the base branch's policies, recorded on the ledger once per content
 * and policy), and approvals. Returns a one-line summary for the log.
 */
export async function evaluatePullRequest(port: GitHubPort, session: RepoSession, pr: PullEvent, onNeedsApproval?: OnNeedsApproval): Promise<string> {
  const kind = classifyPullRequest(await port.pullFiles(pr.number));
  if (kind.kind === "unrelated") return "ignored: no request or policy change";
  const post = async (checks: Record<string, CheckResult>) => {
    const all = { ...checks, [CHECK_PROTECTION]: protectionCheck(pr.defaultBranch, await port.branchProtection(pr.defaultBranch)) };
    for (const [name, c] of Object.entries(all)) await port.createCheck(pr.headSha, name, c.conclusion, c.output, pr.htmlUrl);
  };
  if (pr.baseRef !== pr.defaultBranch) {
    await post(refusedChecks(`this pull request targets ${pr.baseRef}; requests and policy changes only take effect on the default branch ${pr.defaultBranch}`));
    return "refused: not against the default branch";
  }
  if (kind.kind === "refused") {
    await post(refusedChecks(kind.reason));
    return `refused: ${kind.reason}`;
  }
  if (kind.kind === "policy") {
    await post(await evaluatePolicyChange(port, session, pr, kind.files));
    return `policy change: ${kind.files.join(", ")}`;
  }
  const file = kind.file;
  const found = await port.readFile(file, pr.headSha);
  if (found === null) {
    await post(refusedChecks(`${file} is not readable at ${pr.headSha}`));
    return "refused: request file unreadable";
  }
  const issue = issueOfBranch(pr.headRef);
  const upstream = issue === null ? null : await issueFindings(port, session, issue);
  let decided: DecideResult;
  let fresh: boolean;
  try {
    ({ decided, fresh } = await decideOnce(session, found.text, file, pr, upstream?.findings ?? null));
  } catch (e) {
    if (!isOffboardError(e) || (e.code !== "REQUEST_YAML_INVALID" && e.code !== "REQUEST_SCHEMA_INVALID")) throw e;
    await post(invalidRequestChecks(e, file));
    return `refused: ${e.code}`;
  }
  const plans = decided.intake.injectionSuspected ? null : await session.ws.gatekeeper.planTarget(decided.intake.parsedTargetEmail, decided.intake.request.metadata.id);
  const approval = await tallyApprovals(port, session, { ...pr, issueAuthor: upstream?.author ?? null }, decided, found.text, file);
  await post({ [CHECK_INTAKE]: intakeCheck(decided, file), [CHECK_POLICY]: policyCheck(decided, plans), [CHECK_APPROVAL]: approval });
  await session.publish();
  if (fresh && decided.evaluated.decision.outcome === "require_hitl" && approval.conclusion !== "success") await onNeedsApproval?.(session, port, pr, decided, upstream?.author ?? null);
  return `${decided.intake.request.metadata.id}: ${decided.evaluated.decision.outcome}, approval ${approval.conclusion}`;
}

/**
 * Decides the request; records it only when this content has no recorded decision under the same
 * policy yet, so redelivered webhooks and review events never add a second `policy.decided`.
 */
async function decideOnce(session: RepoSession, text: string, file: string, pr: PullEvent, upstream: UpstreamFindings | null): Promise<{ decided: DecideResult; fresh: boolean }> {
  const { gatekeeper } = session.ws;
  const common = { ...(upstream ? { upstream } : {}), context: { pull_request: pr.number, head_sha: pr.headSha } };
  const dry = await decideRequest(gatekeeper, text, file, { ...common, record: false });
  const id = dry.intake.request.metadata.id;
  const records = await gatekeeper.ledger.read();
  const state = projectRequests(records).get(id);
  const digest = createHash("sha256").update(text, "utf8").digest("hex");
  const last = state?.decision ? records.find((r) => r.hash === state.decision!.hash) : undefined;
  const policy = last?.event.data.policy as { policy_hash?: string } | undefined;
  const same = last !== undefined && state!.decision!.digest === digest && state!.decision!.outcome === dry.evaluated.decision.outcome && policy?.policy_hash === dry.evaluated.provenance.policy_hash;
  if (same) return { decided: { ...dry, decisionRecord: last }, fresh: false };
  return { decided: await decideRequest(gatekeeper, text, file, common), fresh: true };
}

function invalidRequestChecks(e: OffboardError, file: string): Record<string, CheckResult> {
  const problems = (e.details.problems as RequestProblem[] | undefined) ?? [];
  const intake: CheckResult = {
    conclusion: "failure",
    output: {
      title: `${file} is not a valid request`,
      summary: e.message,
      annotations: problems.map((p) => ({ path: file, start_line: p.line, end_line: p.line, annotation_level: "failure" as const, title: p.field || "YAML", message: p.message })),
    },
  };
  const blocked: CheckResult = { conclusion: "failure", output: { title: "Not decided", summary: `${file} must be valid before policy runs (see offboard/intake).` } };
  return { [CHECK_INTAKE]: intake, [CHECK_POLICY]: blocked, [CHECK_APPROVAL]: blocked };
}
