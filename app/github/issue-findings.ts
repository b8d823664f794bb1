import { join } from "node:path";
import { isOffboardError } from "../errors.js";
import { loadIssueForm, type IssueFormDefinition } from "../intake/load-issue-form.js";
import type { UpstreamFindings } from "../intake/run-intake.js";
import { runIssueFormIntake } from "../intake/run-issue-form-intake.js";
import type { GitHubPort } from "./github-port.js";
import { requesterEmail } from "./people.js";
import type { RepoSession } from "./repo-sessions.js";

/** The issue form as the default branch defines it (never a PR's copy). */
export function issueFormOf(session: RepoSession): IssueFormDefinition {
  return loadIssueForm(join(session.ws.repoDir, ".github", "ISSUE_TEMPLATE", "offboarding.yml"));
}

/**
 * Intake findings in the issue a bot PR was made from, re-read now (the issue is the source of
 * truth), and who filed it. An issue that no longer parses cannot vouch for the file: no findings
 * from it, the file's own intake stands.
 */
export async function issueFindings(port: GitHubPort, session: RepoSession, number: number): Promise<{ findings: UpstreamFindings; author: string }> {
  const issue = await port.issue(number);
  const where = `issue #${number}`;
  try {
    const intake = runIssueFormIntake({ body: issue.body, title: issue.title, requester: requesterEmail(session.ws.config, issue.author), where }, issueFormOf(session));
    return { findings: { where, findings: intake.findings }, author: issue.author };
  } catch (e) {
    if (!isOffboardError(e)) throw e;
    return { findings: { where, findings: [] }, author: issue.author };
  }
}
