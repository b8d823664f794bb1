export { startGitHubDouble } from "./start-github-double.js";
export { GitHubDoubleError, type GitHubDoubleErrorCode } from "./errors.js";
export type * from "./types.js";
