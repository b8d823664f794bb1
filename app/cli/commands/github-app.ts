import { readAppEnv } from "../../github/app-env.js";
import { startGitHubApp } from "../../github/start-github-app.js";
import type { Clock } from "../../util/clock.js";
import { EXIT, type Output } from "../output.js";
import { waitForStop } from "../wait-for-stop.js";

/**
 * `offboard github-app`: serves the GitHub App's webhooks (configured from the environment:
 * APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH, WEBHOOK_SECRET, OFFBOARD_KEYS_DIR, ...; see
 * .env.example). Refuses to start when any of them is missing. Runs until SIGINT/SIGTERM.
 */
export async function githubAppCommand(out: Output, clock: Clock, env: NodeJS.ProcessEnv = process.env, signal?: AbortSignal): Promise<number> {
  const appEnv = readAppEnv(env);
  const app = await startGitHubApp(appEnv, { clock, env, log: (line) => out.say(line) });
  out.say(`offboard GitHub App ${appEnv.appId} listening at ${app.webhookUrl} (GitHub API ${appEnv.apiBaseUrl}, state in ${appEnv.stateDir})`);
  if (appEnv.webhookProxyUrl) out.say(`forward deliveries from ${appEnv.webhookProxyUrl} with: npx smee-client --url ${appEnv.webhookProxyUrl} --target ${app.webhookUrl}`);
  out.result({ url: app.webhookUrl });
  await waitForStop(signal);
  await app.close();
  return EXIT.ok;
}
