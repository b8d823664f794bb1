import { describe, expect, it } from "vitest";
import { readSlackEnv } from "../../app/slack/slack-env.js";

describe("Slack settings (fail closed)", () => {
  it("is off when neither variable is set, and complete when both are", () => {
    expect(readSlackEnv({})).toBeNull();
    expect(readSlackEnv({ SLACK_SIGNING_SECRET: "0123456789abcdef0123", SLACK_BOT_TOKEN: "xoxb-1-2-3" })).toEqual({ signingSecret: "0123456789abcdef0123", botToken: "xoxb-1-2-3", apiUrl: "https://slack.com/api/" });
  });

  it("refuses half a configuration, naming the missing variable", () => {
    expect(() => readSlackEnv({ SLACK_BOT_TOKEN: "xoxb-1" })).toThrow(expect.objectContaining({ code: "CONFIG_MISSING", details: { variable: "SLACK_SIGNING_SECRET" } }));
    expect(() => readSlackEnv({ SLACK_SIGNING_SECRET: "0123456789abcdef0123" })).toThrow(expect.objectContaining({ details: { variable: "SLACK_BOT_TOKEN" } }));
    expect(() => readSlackEnv({ SLACK_SIGNING_SECRET: "0123456789abcdef0123", SLACK_BOT_TOKEN: "xoxp-user-token" })).toThrow(/bot token/);
  });
});
