import type { IncomingMessage, ServerResponse } from "node:http";
import { App, LogLevel } from "@slack/bolt";
import type { Clock } from "../util/clock.js";
import { APPROVE_ACTION, MAX_BUTTON_VALUE, REJECT_ACTION, type ButtonValue } from "./approval-message.js";
import type { SlackEnv } from "./slack-env.js";
import { createSignedReceiver } from "./signed-receiver.js";

/** One verified click on an Approve or Reject button. */
export interface SlackClick {
  action: "approve" | "reject";
  userId: string;
  value: ButtonValue;
  /** The signature evidence of Slack's request carrying the click. */
  evidence: { timestamp: number; signature: string };
  channel: string | null;
  messageTs: string | null;
}

export interface SlackFrontDoor {
  /** Node listener for POST /slack/events (Slack's interactivity request URL). */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** chat.postMessage; returns the message's ts. */
  post(channel: string, message: { text: string; blocks: object[] }): Promise<string>;
  /** Tells the clicking user what happened (chat.postEphemeral). */
  tell(click: SlackClick, text: string): Promise<void>;
  /** Replaces the message's buttons with what was decided (chat.update): a used link shows no buttons. */
  settle(click: SlackClick, text: string): Promise<void>;
}

/** What a click handler answers: a line for the clicking user, and, once the link is used, the message's new text. */
export interface ClickOutcome {
  reply: string;
  settled?: string;
}

/**
 * The Slack front door: a Bolt app on a receiver that admits only Slack-signed requests, with one
 * listener per button. A click is acknowledged at once (Slack waits 3 s) and handed to `onClick`,
 * which answers with a line for the user; the core never sees Bolt.
 */
export function createSlackFrontDoor(env: SlackEnv, clock: Clock, onClick: (click: SlackClick) => Promise<ClickOutcome>, log: (line: string) => void = () => undefined): SlackFrontDoor {
  const receiver = createSignedReceiver(env.signingSecret, clock, log);
  const app = new App({ token: env.botToken, receiver, clientOptions: { slackApiUrl: env.apiUrl }, logLevel: LogLevel.ERROR, tokenVerificationEnabled: false });
  const door: SlackFrontDoor = {
    handle: (req, res) => receiver.handle(req, res),
    async post(channel, message) {
      const r = await app.client.chat.postMessage({ channel, text: message.text, blocks: message.blocks as never, unfurl_links: false });
      return String(r.ts ?? "");
    },
    async tell(click, text) {
      if (click.channel === null) return;
      await app.client.chat.postEphemeral({ channel: click.channel, user: click.userId, text });
    },
    async settle(click, text) {
      if (click.channel === null || click.messageTs === null) return;
      await app.client.chat.update({ channel: click.channel, ts: click.messageTs, text, blocks: [{ type: "section", text: { type: "mrkdwn", text: text.slice(0, 3_000) } }] });
    },
  };
  for (const [actionId, action] of [[APPROVE_ACTION, "approve"], [REJECT_ACTION, "reject"]] as const) {
    app.action(actionId, async ({ ack, body, context }) => {
      await ack();
      const b = body as { user?: { id?: string }; actions?: { value?: string }[]; channel?: { id?: string }; message?: { ts?: string } };
      const click: SlackClick = {
        action,
        userId: String(b.user?.id ?? ""),
        value: parseValue(b.actions?.[0]?.value),
        evidence: { timestamp: Number(context.slackRequestTimestamp), signature: String(context.slackSignature) },
        channel: b.channel?.id ?? null,
        messageTs: b.message?.ts ?? null,
      };
      let outcome: ClickOutcome;
      try {
        outcome = await onClick(click);
      } catch (e) {
        log(`slack click failed: ${(e as Error).message}`);
        outcome = { reply: "Something went wrong recording your answer; nothing was recorded. Try again or use the pull request." };
      }
      if (outcome.settled !== undefined) await door.settle(click, outcome.settled);
      await door.tell(click, outcome.reply);
    });
  }
  return door;
}

function parseValue(raw: string | undefined): ButtonValue {
  try {
    if (raw === undefined || raw.length > MAX_BUTTON_VALUE) throw new Error("no value");
    const v = JSON.parse(raw) as Partial<ButtonValue>;
    if (typeof v.repo !== "string" || typeof v.token !== "string" || !Number.isInteger(v.pull)) throw new Error("bad value");
    return { repo: v.repo, pull: Number(v.pull), token: v.token };
  } catch {
    return { repo: "", pull: 0, token: "" };
  }
}
