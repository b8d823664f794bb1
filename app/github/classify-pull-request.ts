import type { PullFile } from "./github-port.js";

export type PullRequestKind =
  | { kind: "request"; file: string }
  | { kind: "policy"; files: string[] }
  | { kind: "refused"; reason: string }
  | { kind: "unrelated" };

/** Paths whose change alters what gets decided or trusted: reviewed as policy changes. */
const GOVERNING = [/^policies\//, /^\.github\/offboard\.ya?ml$/, /^\.github\/ISSUE_TEMPLATE\//, /^ledger\/keys\//, /^requests\/(?!.*\.ya?ml$)/, /^\.github\/CODEOWNERS$/];
const REQUEST = /^requests\/[a-z0-9][a-z0-9-]{2,63}\.yaml$/;

/**
 * What a pull request is, from its changed files: one new or edited request file (decided under
 * the base branch's policies), a change to policies/config/trust roots (needs the elevated
 * approval), or refused: both at once (a request must never ride on the policy that decides it),
 * several requests, or a request deleted or renamed.
 */
export function classifyPullRequest(files: readonly PullFile[]): PullRequestKind {
  const names = files.flatMap((f) => [f.filename, ...(f.previous_filename ? [f.previous_filename] : [])]);
  const governing = names.filter((n) => GOVERNING.some((g) => g.test(n)));
  const requests = files.filter((f) => f.filename.startsWith("requests/") && !governing.includes(f.filename));
  if (governing.length > 0 && requests.length > 0) {
    return { kind: "refused", reason: `this pull request changes ${governing[0]} and ${requests[0]!.filename} together: a request must never be decided by a policy change it carries; split it into two pull requests` };
  }
  if (governing.length > 0) return { kind: "policy", files: [...new Set(governing)].sort() };
  if (requests.length === 0) return { kind: "unrelated" };
  if (requests.length > 1) return { kind: "refused", reason: `this pull request touches ${requests.length} request files (${requests.map((r) => r.filename).join(", ")}): file one request per pull request` };
  const only = requests[0]!;
  if (only.status === "removed" || only.status === "renamed" || only.previous_filename) {
    return { kind: "refused", reason: `${only.filename} is ${only.status}: requests are added or edited, never deleted or renamed (the ledger keeps their history)` };
  }
  if (!REQUEST.test(only.filename)) {
    return { kind: "refused", reason: `${only.filename} is not a request file name: use requests/<id>.yaml with an id of 3-64 characters a-z, 0-9 and '-'` };
  }
  return { kind: "request", file: only.filename };
}
