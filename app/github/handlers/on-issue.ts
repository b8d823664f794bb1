import { stringify } from "yaml";
import { isOffboardError } from "../../errors.js";
import { issueFormOf } from "../issue-findings.js";
import type { RequestFile } from "../../intake/request-schema.js";
import { runIssueFormIntake } from "../../intake/run-issue-form-intake.js";
import type { GitHubPort } from "../github-port.js";
import { requesterEmail } from "../people.js";
import type { RepoSession } from "../repo-sessions.js";
import { branchForRequest, requestIdForIssue } from "../request-branch.js";

export interface IssueEvent {
  number: number;
  title: string;
  body: string;
  author: string;
  authorType: string;
  labels: string[];
  defaultBranch: string;
  /** Today, YYYY-MM-DD (the request's `created`). */
  today: string;
}

export const ISSUE_MARKER = "<!-- offboard:issue-summary -->";

/**
 * `issues.opened` / `issues.edited`: reads the issue form (from the default branch's definition),
 * runs intake on the raw title and body, and opens or updates the PR from `offboard/issue-<n>`
 * that adds `requests/issue-<n>.yaml`, with one summary comment on the issue. The PR's checks do
 * the deciding; intake findings in the issue travel with the request (the PR re-reads the issue).
 */
export async function onIssue(port: GitHubPort, session: RepoSession, e: IssueEvent): Promise<string> {
  if (e.authorType === "Bot") return "ignored: filed by a bot";
  const form = issueFormOf(session);
  const labelOfEmail = form.fields.find((f) => f.id === "target_email")?.label ?? "";
  if (!e.labels.includes("offboarding") && !e.body.includes(`### ${labelOfEmail}`)) return "ignored: not an offboarding request";
  const requester = requesterEmail(session.ws.config, e.author);
  let intake;
  try {
    intake = runIssueFormIntake({ body: e.body, title: e.title, requester, where: `issue #${e.number}` }, form);
  } catch (err) {
    if (!isOffboardError(err)) throw err;
    await port.upsertComment(e.number, ISSUE_MARKER, `**Offboarding request not accepted.** ${err.message}\n\nEdit the issue to fix it; the bot reads it again.`);
    return `refused: ${err.code}`;
  }
  const id = requestIdForIssue(e.number);
  const file = `requests/${id}.yaml`;
  const request: RequestFile = {
    apiVersion: "offboard/v1",
    kind: "OffboardRequest",
    metadata: { id, requester, created: e.today },
    spec: {
      target: { email: intake.request.target_email, ...(intake.request.employee_id ? { employee_id: intake.request.employee_id } : {}) },
      reason: intake.request.reason,
      effective_date: intake.request.effective_date,
      ...(intake.request.notes ? { notes: intake.request.notes } : {}),
    },
  };
  const text = `# Filed from issue #${e.number} by @${e.author}. Edit the issue, not this file.\n${stringify(request)}`;
  const branch = branchForRequest(id);
  if ((await port.readFile(file, e.defaultBranch)) !== null) {
    // Merged already: the decision and the execution stand; a change needs a new request.
    await port.upsertComment(e.number, ISSUE_MARKER, `Offboarding request **${id}** was merged already; editing this issue changes nothing. File a new issue for a new request.`);
    return `ignored: ${id} already merged`;
  }
  if ((await port.branchSha(branch)) === null) await port.createBranch(branch, session.head);
  const existing = await port.readFile(file, branch);
  if (existing?.text !== text) await port.putFile(branch, file, text, `offboard: ${existing ? "update" : "add"} ${file} from issue #${e.number}`, existing?.sha ?? null);
  const pull = (await port.openPull(branch)) ?? (await port.createPull(branch, e.defaultBranch, `Offboarding request ${id}`, `Filed from #${e.number} by @${e.author}.\n\nCloses #${e.number}`));
  const lines = [`Offboarding request **${id}** is pull request #${pull.number}. Its checks decide under policy; risky requests wait for the security team's review.`];
  if (intake.injectionSuspected) {
    lines.push("", `**Suspected prompt injection**: parse confidence clamped to ${intake.confidence}%, the target is withheld from the packet until a security reviewer confirms it.`);
    for (const x of intake.explanation) lines.push(`- ${x}`);
  }
  await port.upsertComment(e.number, ISSUE_MARKER, lines.join("\n"));
  return `request ${id} in #${pull.number}`;
}
