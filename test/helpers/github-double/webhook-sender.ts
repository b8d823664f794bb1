import { createHmac, randomUUID } from "node:crypto";
import { sign } from "@octokit/webhooks-methods";
import type { DeliveryRecord, DeliveryResult } from "./types.js";
import { GitHubDoubleError } from "./errors.js";
import type { PreparedWebhook } from "./webhook-payload.js";
import type { World } from "./world.js";

/** Like GitHub's 10 s delivery timeout, generous enough for a loaded test machine. */
const DELIVERY_TIMEOUT_MS = 30_000;

interface SendInput {
  event: string;
  action: string | null;
  payload: string;
  headers: Record<string, string>;
  redelivery: boolean;
}

async function post(world: World, input: SendInput): Promise<DeliveryResult> {
  const id = input.headers["X-GitHub-Delivery"] ?? "";
  const url = world.state.webhookUrl;
  let status = 0;
  let body: string;
  if (!url) {
    body = "no webhook URL configured (pass webhookUrl or call setWebhookUrl)";
  } else {
    try {
      const response = await fetch(url, { method: "POST", headers: input.headers, body: input.payload, signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS) });
      status = response.status;
      body = await response.text();
    } catch (error) {
      body = `delivery to ${url} failed: ${(error as Error).message}`;
    }
  }
  const record: DeliveryRecord = { id, event: input.event, action: input.action, status, body, payload: input.payload, redelivery: input.redelivery };
  world.state.deliveries.push(record);
  return { id, status, body };
}

/** The headers GitHub sends with a delivery, signed with the webhook secret over the exact body (or with `signature`). */
export async function deliveryHeaders(world: World, event: string, payload: string, deliveryId: string, signature?: string): Promise<Record<string, string>> {
  return {
    "Content-Type": "application/json",
    "User-Agent": "GitHub-Hookshot/double",
    "X-GitHub-Event": event,
    "X-GitHub-Delivery": deliveryId,
    "X-GitHub-Hook-ID": String(world.appId),
    "X-GitHub-Hook-Installation-Target-ID": String(world.appId),
    "X-GitHub-Hook-Installation-Target-Type": "integration",
    // A forged X-Hub-Signature-256 comes without the (legacy, SHA-1) X-Hub-Signature, which would be genuine.
    ...(signature === undefined ? { "X-Hub-Signature": `sha1=${createHmac("sha1", world.webhookSecret).update(payload).digest("hex")}` } : {}),
    "X-Hub-Signature-256": signature ?? (await sign(world.webhookSecret, payload)),
  };
}

/** POSTs a prepared webhook; resolves after the app answered (or the delivery failed). */
export async function deliver(world: World, prepared: PreparedWebhook): Promise<DeliveryResult> {
  const payload = JSON.stringify(prepared.payload);
  const headers = await deliveryHeaders(world, prepared.event, payload, randomUUID());
  world.state.deliveryHeaders.set(headers["X-GitHub-Delivery"] ?? "", headers);
  return post(world, { event: prepared.event, action: prepared.action, payload, headers, redelivery: false });
}

/** Delivers prepared webhooks one after the other, in order. */
export async function deliverAll(world: World, prepared: PreparedWebhook[]): Promise<DeliveryResult[]> {
  const results: DeliveryResult[] = [];
  for (const webhook of prepared) results.push(await deliver(world, webhook));
  return results;
}

/**
 * For events the app's own REST calls or pushes cause: the payload is built now, the POST happens
 * after the current response went out (GitHub delivers asynchronously; awaiting here could deadlock
 * an app that waits for its own call). Deliveries are sent one at a time in order; whenIdle() awaits them.
 */
export function deliverInBackground(world: World, prepared: PreparedWebhook[]): void {
  for (const webhook of prepared) enqueue(world, webhook);
}

function enqueue(world: World, prepared: PreparedWebhook): void {
  const previous = [...world.state.pending].at(-1) ?? Promise.resolve();
  const task = previous
    .catch(() => undefined)
    .then(() => new Promise((resolve) => setImmediate(resolve)))
    .then(() => deliver(world, prepared))
    .finally(() => world.state.pending.delete(task));
  world.state.pending.add(task);
}

/** Re-sends a recorded delivery: same body, same headers, same X-GitHub-Delivery. */
export async function redeliver(world: World, deliveryId: string): Promise<DeliveryResult> {
  const original = world.state.deliveries.find((d) => d.id === deliveryId && !d.redelivery);
  const headers = world.state.deliveryHeaders.get(deliveryId);
  if (!original || !headers) throw new GitHubDoubleError("NOT_FOUND", `redeliver: no delivery with id ${deliveryId} was made`);
  return post(world, { event: original.event, action: original.action, payload: original.payload, headers, redelivery: true });
}

/** POSTs `body` as `event` with the given (possibly forged) signature, or the real one when omitted. */
export async function deliverRaw(world: World, input: { event: string; body: string; signature?: string; deliveryId?: string }): Promise<number> {
  const headers = await deliveryHeaders(world, input.event, input.body, input.deliveryId ?? randomUUID(), input.signature);
  let action: string | null = null;
  try {
    const parsed = JSON.parse(input.body) as { action?: unknown };
    action = typeof parsed.action === "string" ? parsed.action : null;
  } catch {
    action = null;
  }
  return (await post(world, { event: input.event, action, payload: input.body, headers, redelivery: true })).status;
}

/** Resolves when no background delivery is in flight (including ones queued while waiting). */
export async function whenIdle(world: World): Promise<void> {
  while (world.state.pending.size > 0) await Promise.allSettled([...world.state.pending]);
}
