import { OffboardError } from "../errors.js";

export interface SlackEnv {
  signingSecret: string;
  botToken: string;
  /** Slack's Web API root (https://slack.com/api/); another only for a local stand-in. */
  apiUrl: string;
}

/**
 * Slack settings from the environment: none set → Slack is off (null); some set → all are
 * required (fail closed, naming the variable). Secrets never come from the repository.
 */
export function readSlackEnv(env: NodeJS.ProcessEnv): SlackEnv | null {
  const secret = env.SLACK_SIGNING_SECRET?.trim() ?? "";
  const token = env.SLACK_BOT_TOKEN?.trim() ?? "";
  if (secret === "" && token === "") return null;
  if (secret.length < 16) throw new OffboardError("CONFIG_MISSING", "SLACK_SIGNING_SECRET is missing or too short: copy the app's Signing Secret from Slack (Basic Information)", { variable: "SLACK_SIGNING_SECRET" });
  if (!/^xoxb-/.test(token)) throw new OffboardError("CONFIG_MISSING", "SLACK_BOT_TOKEN must be the app's bot token (xoxb-…, OAuth & Permissions)", { variable: "SLACK_BOT_TOKEN" });
  const apiUrl = env.SLACK_API_URL?.trim() || "https://slack.com/api/";
  return { signingSecret: secret, botToken: token, apiUrl: apiUrl.endsWith("/") ? apiUrl : `${apiUrl}/` };
}
