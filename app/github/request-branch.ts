/** Branch and request id of the PR the app opens for issue N. */
export function requestIdForIssue(issue: number): string {
  return `issue-${issue}`;
}

export function branchForRequest(id: string): string {
  return `offboard/${id}`;
}

/** The issue a bot-opened request branch was made from, or null for any other branch. */
export function issueOfBranch(branch: string): number | null {
  const m = /^offboard\/issue-([1-9][0-9]{0,9})$/.exec(branch);
  return m ? Number(m[1]) : null;
}
