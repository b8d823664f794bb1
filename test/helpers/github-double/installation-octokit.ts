import { ProbotOctokit } from "probot";
import type { GitHubDouble } from "./types.js";

/** Octokit's logger, silenced. */
export const SILENT_LOG = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

/** An Octokit authenticated as the installation (app JWT → installation token), as the app itself does. */
export function installationOctokit(double: GitHubDouble, app: { appId: number; privateKey: string; installationId: number }): InstanceType<typeof ProbotOctokit> {
  return new ProbotOctokit({
    auth: { appId: app.appId, privateKey: app.privateKey, installationId: app.installationId },
    baseUrl: double.apiUrl,
    log: SILENT_LOG,
    retry: { enabled: false },
    throttle: { enabled: false },
  });
}
