import type { IncomingMessage, ServerResponse } from "node:http";
import type { App, Receiver, ReceiverEvent } from "@slack/bolt";
import type { Clock } from "../util/clock.js";
import { verifySlackRequest } from "./verify-slack-request.js";

/** Slack sends small interaction payloads; anything larger is refused unread. */
const MAX_BODY_BYTES = 256 * 1024;

export interface SignedReceiver extends Receiver {
  /** Node request listener for the interactivity URL (mounted beside the GitHub webhooks). */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
}

/**
 * A Bolt receiver that admits only requests Slack signed: `v0` HMAC over the exact bytes with the
 * signing secret, timestamp within five minutes of OUR clock in both directions (Bolt's own
 * receivers accept future timestamps). A refused request gets 401 and never reaches Bolt; an
 * admitted one reaches the app's listeners with the signature evidence in `context`
 * (`slackRequestTimestamp`, `slackSignature`) for the audit record.
 */
export function createSignedReceiver(signingSecret: string, clock: Clock, log: (line: string) => void): SignedReceiver {
  let app: App | null = null;
  return {
    init(a) {
      app = a;
    },
    async start() {
      return undefined;
    },
    async stop() {
      return undefined;
    },
    async handle(req, res) {
      const send = (status: number, body = "") => {
        if (!res.headersSent) res.writeHead(status, { "content-type": body.startsWith("{") ? "application/json" : "text/plain" }).end(body);
      };
      if (req.method !== "POST" || app === null) return send(405);
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of req as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) return send(413);
        chunks.push(chunk);
      }
      const rawBody = Buffer.concat(chunks).toString("utf8");
      const header = (name: string) => {
        const v = req.headers[name];
        return Array.isArray(v) ? v[0] : v;
      };
      const verdict = verifySlackRequest({ timestamp: header("x-slack-request-timestamp"), signature: header("x-slack-signature"), rawBody }, signingSecret, clock());
      if (!verdict.ok) {
        log(`slack request refused: ${verdict.reason}`);
        return send(401, JSON.stringify({ error: "invalid signature" }));
      }
      const body = parseBody(rawBody, header("content-type") ?? "");
      if (body === null) return send(400);
      if (body.type === "url_verification" && typeof body.challenge === "string") return send(200, JSON.stringify({ challenge: body.challenge }));
      let acked = false;
      const event: ReceiverEvent = {
        body,
        customProperties: { slackRequestTimestamp: verdict.timestamp, slackSignature: verdict.signature },
        ack: async (response?: unknown) => {
          if (acked) return;
          acked = true;
          send(200, response === undefined ? "" : typeof response === "string" ? response : JSON.stringify(response));
        },
      };
      await app.processEvent(event);
      if (!acked) send(200);
    },
  };
}

function parseBody(raw: string, contentType: string): Record<string, unknown> | null {
  try {
    if (contentType.startsWith("application/json")) return JSON.parse(raw) as Record<string, unknown>;
    const form = new URLSearchParams(raw);
    const payload = form.get("payload");
    if (payload !== null) return JSON.parse(payload) as Record<string, unknown>;
    return Object.fromEntries(form);
  } catch {
    return null;
  }
}
