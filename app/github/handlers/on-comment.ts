import { reinstate } from "../../doer/reinstate.js";
import { isOffboardError } from "../../errors.js";
import { projectRequests } from "../../gatekeeper/project-requests.js";
import { targetKey } from "../../intake/target-key.js";
import { classifyPullRequest } from "../classify-pull-request.js";
import type { GitHubPort } from "../github-port.js";
import { emailOfLogin } from "../people.js";
import type { RepoSession } from "../repo-sessions.js";
import { requestIdForIssue } from "../request-branch.js";
import { isMemberOfAny, teamSlugs } from "../tally-approvals.js";

export interface CommentEvent {
  /** Issue or pull request number the comment is on. */
  number: number;
  isPullRequest: boolean;
  author: string;
  authorType: string;
  body: string;
}

const COMMAND = /^\/(reinstate|explain)\b/m;

/**
 * `/explain` (what was decided and why, from the ledger) and `/reinstate` (undo the soft phase
 * inside the window) in a comment on a request's PR or its issue. Only security team members may
 * use them, never the person being offboarded; everything else is ignored.
 */
export async function onComment(port: GitHubPort, session: RepoSession, e: CommentEvent): Promise<string> {
  const command = COMMAND.exec(e.body.trim())?.[1];
  if (!command || e.authorType === "Bot") return "ignored: no command";
  const { ws } = session;
  const id = await requestOf(port, e);
  if (id === null) return "ignored: not a request";
  const state = projectRequests(await ws.ledger.read()).get(id);
  if (!state?.decision) {
    await port.comment(e.number, `\`/${command}\`: request ${id} has no decision on the ledger yet.`);
    return "refused: no decision";
  }
  if (!(await isMemberOfAny(port, teamSlugs(ws.config, ["security"]), e.author))) {
    await port.comment(e.number, `\`/${command}\` refused for @${e.author}: only members of @${port.owner}/${ws.config.security_team.slug} may use it.`);
    return "refused: not in team";
  }
  const email = emailOfLogin(ws.config, e.author);
  if (email === null) {
    await port.comment(e.number, `\`/${command}\` refused for @${e.author}: this account is not mapped to a person in .github/offboard.yml \`people\`, so it cannot be shown not to be the person offboarded.`);
    return "refused: unmapped";
  }
  if (targetKey(email) === state.targetKey) {
    await port.comment(e.number, `\`/${command}\` refused: the person being offboarded cannot act on their own request.`);
    return "refused: target";
  }
  if (command === "explain") {
    await port.comment(e.number, await explain(session, id));
    return `explained ${id}`;
  }
  if (ws.config.executor.url !== "in-process") {
    await port.comment(e.number, `\`/reinstate\`: this tenant's executor runs as a separate service; run \`offboard reinstate ${id}\` where it runs.`);
    return "refused: remote executor";
  }
  try {
    const evidence = await reinstate(ws.doer, id, `github:${e.author.toLowerCase()}`);
    await session.publish();
    await port.comment(e.number, `**Reinstated** ${id} at @${e.author}'s request: ${evidence.map((x) => `${x.connector} ${x.ok ? "restored" : "NOT fully restored"}`).join(", ")}; the hard phase is cancelled.`);
    return `reinstated ${id}`;
  } catch (err) {
    if (!isOffboardError(err)) throw err;
    await port.comment(e.number, `\`/reinstate\` refused: ${err.message}`);
    return `refused: ${err.code}`;
  }
}

async function requestOf(port: GitHubPort, e: CommentEvent): Promise<string | null> {
  if (!e.isPullRequest) return requestIdForIssue(e.number);
  const kind = classifyPullRequest(await port.pullFiles(e.number));
  return kind.kind === "request" ? kind.file.slice("requests/".length, -".yaml".length) : null;
}

async function explain(session: RepoSession, id: string): Promise<string> {
  const records = (await session.ws.ledger.read()).filter((r) => r.event.subject === id);
  const lines = [`**${id}** on the ledger (${records.length} events):`];
  for (const { event } of records) {
    const d = event.data;
    if (event.type === "policy.decided") {
      const reasons = (d.reasons as { code: string; message: string }[]).map((r) => `\`${r.code}\``).join(", ");
      lines.push(`- #${event.seq} policy.decided: \`${String(d.outcome)}\` risk ${String(d.risk)} (${reasons}); policy ${String((d.policy as { policy_hash?: string }).policy_hash ?? "").slice(0, 12)}`);
    } else if (event.type === "intake.flagged") {
      lines.push(`- #${event.seq} intake.flagged: ${(d.findings as { rule: string }[]).map((f) => `\`${f.rule}\``).join(", ")}`);
    } else if (event.type === "approval.recorded") {
      lines.push(`- #${event.seq} approval.recorded by ${String(d.approver)} via ${String(d.via)}`);
    } else if (event.type !== "lease.issued" && event.type !== "lease.revoked") {
      lines.push(`- #${event.seq} ${event.type}`);
    }
  }
  lines.push("", "Anyone can re-check this: `npx offboard verify --repo <clone>`.");
  return lines.join("\n");
}
