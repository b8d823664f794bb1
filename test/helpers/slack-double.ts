import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { signSlackRequest } from "../../app/slack/verify-slack-request.js";

export interface SlackCall {
  method: string;
  args: Record<string, unknown>;
}

export interface SlackDouble {
  /** Web API root for the app (SLACK_API_URL). */
  apiUrl: string;
  calls: SlackCall[];
  violations: string[];
  /** The Approve / Reject buttons' values of every posted message, newest last. */
  buttons(): { actionId: string; value: string; channel: string; ts: string }[];
  /** A click as Slack sends it: a block_actions payload, form-encoded, signed with the signing secret at `timestampSeconds`. */
  click(url: string, input: { userId: string; actionId: string; value: string; channel: string; messageTs: string; timestampSeconds: number; secret?: string; tamper?: (body: string) => string }): Promise<number>;
  assertClean(): void;
  close(): Promise<void>;
}

const BLOCK_TYPES = new Set(["section", "header", "context", "actions", "divider"]);

/**
 * A local stand-in for Slack's Web API: records every call and checks it against the documented
 * arguments of the methods the app uses (auth.test, chat.postMessage, chat.postEphemeral, chat.update: the bot token as a
 * Bearer header, channel, user, text or blocks, Block Kit limits); anything else is a violation.
 */
export async function startSlackDouble(botToken: string, signingSecret: string): Promise<SlackDouble> {
  const calls: SlackCall[] = [];
  const violations: string[] = [];
  let seq = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const method = (req.url ?? "").replace(/^\/api\//, "").split("?")[0] ?? "";
      const raw = Buffer.concat(chunks).toString("utf8");
      const args = parseArgs(raw, String(req.headers["content-type"] ?? ""));
      calls.push({ method, args });
      const problems = [
        ...(req.headers.authorization === `Bearer ${botToken}` ? [] : [`${method}: not called with the bot token`]),
        ...check(method, args),
      ];
      violations.push(...problems);
      const ts = `17000000${String(++seq).padStart(2, "0")}.000100`;
      res.writeHead(200, { "content-type": "application/json" });
      if (problems.length) return res.end(JSON.stringify({ ok: false, error: "invalid_arguments" }));
      if (method === "auth.test") return res.end(JSON.stringify({ ok: true, url: "https://example.slack.com/", team: "Example", user: "offboard", team_id: "T0EXAMPLE", user_id: "U0OFFBOARD", bot_id: "B0OFFBOARD", is_enterprise_install: false }));
      res.end(JSON.stringify({ ok: true, channel: args.channel, ts, message_ts: ts }));
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  const double: SlackDouble = {
    apiUrl: `http://127.0.0.1:${port}/api/`,
    calls,
    violations,
    buttons() {
      return calls.flatMap((c, i) => {
        if (c.method !== "chat.postMessage") return [];
        const blocks = c.args.blocks as { type: string; elements?: { action_id: string; value: string }[] }[];
        const ts = `17000000${String(i + 1).padStart(2, "0")}.000100`;
        return blocks.filter((b) => b.type === "actions").flatMap((b) => (b.elements ?? []).map((e) => ({ actionId: e.action_id, value: e.value, channel: String(c.args.channel), ts })));
      });
    },
    async click(url, input) {
      const payload = {
        type: "block_actions",
        user: { id: input.userId, username: input.userId.toLowerCase(), name: input.userId.toLowerCase(), team_id: "T0EXAMPLE" },
        api_app_id: "A0OFFBOARD",
        token: "verification-token-deprecated",
        container: { type: "message", message_ts: input.messageTs, channel_id: input.channel, is_ephemeral: false },
        trigger_id: `${Date.now()}.1.${randomUUID().slice(0, 8)}`,
        team: { id: "T0EXAMPLE", domain: "example" },
        enterprise: null,
        is_enterprise_install: false,
        channel: { id: input.channel, name: "security-approvals" },
        message: { type: "message", ts: input.messageTs, text: "Approval needed" },
        state: { values: {} },
        response_url: "https://hooks.slack.com/actions/T0EXAMPLE/1/abc",
        actions: [{ action_id: input.actionId, block_id: "offboard_decision", text: { type: "plain_text", text: "Approve", emoji: true }, value: input.value, style: "primary", type: "button", action_ts: String(input.timestampSeconds) }],
      };
      const body = `payload=${encodeURIComponent(JSON.stringify(payload))}`;
      const signed = signSlackRequest(body, input.secret ?? signingSecret, input.timestampSeconds);
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", "x-slack-request-timestamp": signed.timestamp, "x-slack-signature": signed.signature, "user-agent": "Slackbot 1.0 (+https://api.slack.com/robots)" },
        body: input.tamper ? input.tamper(body) : body,
      });
      await res.arrayBuffer();
      return res.status;
    },
    assertClean() {
      if (violations.length) throw new Error(`Slack Web API contract violations:\n${violations.join("\n")}`);
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
  return double;
}

function parseArgs(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.startsWith("application/json")) return JSON.parse(raw || "{}") as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    try {
      out[k] = k === "blocks" || k === "attachments" ? JSON.parse(v) : v;
    } catch {
      out[k] = v;
    }
  }
  return out;
}

/** The documented arguments (api.slack.com/methods) of the methods the app calls, and Block Kit's limits. */
function check(method: string, a: Record<string, unknown>): string[] {
  const p: string[] = [];
  const str = (k: string) => typeof a[k] === "string" && (a[k] as string).length > 0;
  // Bolt authorizes incoming events with the bot token (auth.test: no arguments besides the token).
  if (method === "auth.test") return [];
  if (method === "chat.postMessage" || method === "chat.postEphemeral") {
    if (!str("channel")) p.push(`${method}: channel is required`);
    if (method === "chat.postEphemeral" && !str("user")) p.push(`${method}: user is required`);
    if (!str("text") && !Array.isArray(a.blocks) && !a.attachments) p.push(`${method}: one of text, blocks or attachments is required`);
    if (a.blocks !== undefined) p.push(...checkBlocks(method, a.blocks));
    return p;
  }
  if (method === "chat.update") {
    if (!str("channel") || !str("ts")) p.push(`${method}: channel and ts are required`);
    if (!str("text") && !Array.isArray(a.blocks) && !a.attachments) p.push(`${method}: one of text, blocks or attachments is required`);
    if (a.blocks !== undefined) p.push(...checkBlocks(method, a.blocks));
    return p;
  }
  return [`unexpected Slack Web API call ${method}`];
}

function checkBlocks(method: string, blocks: unknown): string[] {
  if (!Array.isArray(blocks) || blocks.length > 50) return [`${method}: blocks must be an array of at most 50`];
  const p: string[] = [];
  for (const b of blocks as Record<string, unknown>[]) {
    if (!BLOCK_TYPES.has(String(b.type))) p.push(`${method}: unknown block type ${String(b.type)}`);
    const text = b.text as { type?: string; text?: string } | undefined;
    if (b.type === "header" && (text?.type !== "plain_text" || (text.text ?? "").length > 150)) p.push(`${method}: header text must be plain_text of at most 150 characters`);
    if (b.type === "section" && (text?.text ?? "").length > 3_000) p.push(`${method}: section text over 3,000 characters`);
    for (const e of (b.elements as Record<string, unknown>[] | undefined) ?? []) {
      if (b.type !== "actions") continue;
      const label = e.text as { type?: string; text?: string } | undefined;
      if (e.type !== "button" || typeof e.action_id !== "string" || e.action_id.length > 255) p.push(`${method}: actions elements must be buttons with an action_id of at most 255 characters`);
      if (typeof e.value !== "string" || e.value.length > 2_000) p.push(`${method}: a button value is at most 2,000 characters`);
      if (label?.type !== "plain_text" || (label.text ?? "").length > 75) p.push(`${method}: a button label is plain_text of at most 75 characters`);
    }
  }
  return p;
}
