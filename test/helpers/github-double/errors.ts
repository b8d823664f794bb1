/** Codes of errors the double throws at the test (never at the app: the app gets HTTP answers). */
export type GitHubDoubleErrorCode =
  /** assertClean(): the app made calls GitHub would refuse or the double does not know. */
  | "CONTRACT_VIOLATIONS"
  /** A test-API argument names something that does not exist (issue, pull, review, branch). */
  | "NOT_FOUND"
  /** A test-API call GitHub's UI would refuse (self-approval, merging a closed PR, ...). */
  | "REFUSED"
  | "GIT_FAILED"
  | "INVALID_OPTIONS";

export class GitHubDoubleError extends Error {
  constructor(
    readonly code: GitHubDoubleErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "GitHubDoubleError";
  }
}
