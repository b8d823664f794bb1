import type { ProbotOctokit } from "probot";

export interface CheckRunOutput {
  title: string;
  summary: string;
  text?: string;
  annotations?: Annotation[];
}

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: "notice" | "warning" | "failure";
  title?: string;
  message: string;
}

export type CheckConclusion = "success" | "failure" | "neutral" | "action_required";

export interface PullFile {
  filename: string;
  status: string;
  previous_filename?: string;
}

export interface Review {
  id: number;
  login: string;
  userType: string;
  state: string;
  commitId: string | null;
  body: string;
}

/**
 * The GitHub calls the app makes, on one repository, as the installation. Handlers go through
 * this instead of Octokit so the list of calls (and so the permissions in app.yml) stays visible
 * in one place.
 */
export interface GitHubPort {
  owner: string;
  repo: string;
  readFile(path: string, ref: string): Promise<{ text: string; sha: string } | null>;
  pullFiles(pull: number): Promise<PullFile[]>;
  reviews(pull: number): Promise<Review[]>;
  issue(issue: number): Promise<{ title: string; body: string; author: string; authorType: string; state: string }>;
  isTeamMember(team: string, login: string): Promise<boolean>;
  createCheck(headSha: string, name: string, conclusion: CheckConclusion, output: CheckRunOutput, detailsUrl?: string): Promise<void>;
  comment(issue: number, body: string): Promise<void>;
  /** Creates, or edits the app's earlier comment carrying `marker` (one summary comment per issue). */
  upsertComment(issue: number, marker: string, body: string): Promise<void>;
  branchSha(branch: string): Promise<string | null>;
  createBranch(branch: string, sha: string): Promise<void>;
  putFile(branch: string, path: string, text: string, message: string, sha: string | null): Promise<void>;
  openPull(head: string): Promise<{ number: number; html_url: string } | null>;
  createPull(head: string, base: string, title: string, body: string): Promise<{ number: number; html_url: string }>;
  /** The branch's protection: null when unprotected, else the status checks it requires. */
  branchProtection(branch: string): Promise<{ requiredChecks: string[]; enforceAdmins: boolean } | null>;
}

const MAX_ANNOTATIONS_PER_CALL = 50;

export function createGitHubPort(octokit: ProbotOctokit, owner: string, repo: string): GitHubPort {
  const rest = octokit.rest;
  const r = { owner, repo };
  return {
    owner,
    repo,
    async readFile(path, ref) {
      try {
        const { data } = await rest.repos.getContent({ ...r, path, ref });
        if (Array.isArray(data) || data.type !== "file" || !("content" in data)) return null;
        return { text: Buffer.from(data.content, "base64").toString("utf8"), sha: data.sha };
      } catch (e) {
        if (status(e) === 404) return null;
        throw e;
      }
    },
    async pullFiles(pull) {
      const files = await octokit.paginate(rest.pulls.listFiles, { ...r, pull_number: pull, per_page: 100 });
      return files.map((f) => ({ filename: f.filename, status: f.status, ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}) }));
    },
    async reviews(pull) {
      const reviews = await octokit.paginate(rest.pulls.listReviews, { ...r, pull_number: pull, per_page: 100 });
      return reviews.map((v) => ({ id: v.id, login: v.user?.login ?? "", userType: v.user?.type ?? "User", state: v.state, commitId: v.commit_id ?? null, body: v.body ?? "" }));
    },
    async issue(issue) {
      const { data } = await rest.issues.get({ ...r, issue_number: issue });
      return { title: data.title, body: data.body ?? "", author: data.user?.login ?? "", authorType: data.user?.type ?? "User", state: data.state };
    },
    async isTeamMember(team, login) {
      try {
        const { data } = await rest.teams.getMembershipForUserInOrg({ org: owner, team_slug: team, username: login });
        return data.state === "active";
      } catch (e) {
        if (status(e) === 404) return false;
        throw e;
      }
    },
    async createCheck(headSha, name, conclusion, output, detailsUrl) {
      const annotations = output.annotations ?? [];
      const first = annotations.slice(0, MAX_ANNOTATIONS_PER_CALL);
      const { data } = await rest.checks.create({
        ...r,
        name,
        head_sha: headSha,
        status: "completed",
        conclusion,
        ...(detailsUrl ? { details_url: detailsUrl } : {}),
        output: { title: output.title, summary: output.summary, ...(output.text ? { text: output.text } : {}), ...(first.length ? { annotations: first } : {}) },
      });
      // GitHub takes at most 50 annotations per request; the rest go in follow-up updates.
      for (let i = MAX_ANNOTATIONS_PER_CALL; i < annotations.length; i += MAX_ANNOTATIONS_PER_CALL) {
        await rest.checks.update({ ...r, check_run_id: data.id, output: { title: output.title, summary: output.summary, annotations: annotations.slice(i, i + MAX_ANNOTATIONS_PER_CALL) } });
      }
    },
    async comment(issue, body) {
      await rest.issues.createComment({ ...r, issue_number: issue, body });
    },
    async upsertComment(issue, marker, body) {
      const comments = await octokit.paginate(rest.issues.listComments, { ...r, issue_number: issue, per_page: 100 });
      const mine = comments.find((c) => c.user?.type === "Bot" && (c.body ?? "").includes(marker));
      const text = `${body}\n\n${marker}`;
      if (mine) await rest.issues.updateComment({ ...r, comment_id: mine.id, body: text });
      else await rest.issues.createComment({ ...r, issue_number: issue, body: text });
    },
    async branchSha(branch) {
      try {
        const { data } = await rest.git.getRef({ ...r, ref: `heads/${branch}` });
        return data.object.sha;
      } catch (e) {
        if (status(e) === 404) return null;
        throw e;
      }
    },
    async createBranch(branch, sha) {
      await rest.git.createRef({ ...r, ref: `refs/heads/${branch}`, sha });
    },
    async putFile(branch, path, text, message, sha) {
      await rest.repos.createOrUpdateFileContents({ ...r, path, branch, message, content: Buffer.from(text, "utf8").toString("base64"), ...(sha ? { sha } : {}) });
    },
    async openPull(head) {
      const { data } = await rest.pulls.list({ ...r, state: "open", head: `${owner}:${head}`, per_page: 10 });
      const pull = data[0];
      return pull ? { number: pull.number, html_url: pull.html_url } : null;
    },
    async createPull(head, base, title, body) {
      const { data } = await rest.pulls.create({ ...r, head, base, title, body });
      return { number: data.number, html_url: data.html_url };
    },
    async branchProtection(branch) {
      try {
        const { data } = await rest.repos.getBranchProtection({ ...r, branch });
        const checks = data.required_status_checks;
        const names = [...(checks?.contexts ?? []), ...(checks?.checks ?? []).map((c) => c.context)];
        return { requiredChecks: [...new Set(names)], enforceAdmins: data.enforce_admins?.enabled === true };
      } catch (e) {
        if (status(e) === 404) return null;
        throw e;
      }
    },
  };
}

function status(e: unknown): number | undefined {
  return typeof e === "object" && e !== null && "status" in e ? Number((e as { status: unknown }).status) : undefined;
}
