import { localize, nodeId } from "./shapes/from-example.js";
import { repositoryShape } from "./shapes/repository.js";
import { organizationShape, userShape } from "./shapes/user.js";
import type { UserRecord } from "./types.js";
import type { World } from "./world.js";

export interface WebhookEvent {
  event: string;
  action: string | null;
  sender: UserRecord;
  /** The event's objects (issue, pull_request, review, comment, check_run, changes, before/after, ...). */
  objects: Record<string, unknown>;
}

/** A payload built at the moment of the event, ready to send. */
export interface PreparedWebhook {
  event: string;
  action: string | null;
  payload: Record<string, unknown>;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A webhook payload: a localized deep clone of an @octokit/webhooks-examples example of the same
 * event and action (else another example of the event, with `action` overwritten), with repository,
 * organization, installation, sender and the event's objects taken from the double's state. Objects
 * overlay the example's object of the same key, so keys the double does not model keep example values.
 */
export function prepareWebhook(world: World, input: WebhookEvent): PreparedWebhook {
  const group = world.webhookExamples.find((e) => e.name === input.event);
  const example = group?.examples.find((x) => x.action === input.action) ?? group?.examples[0];
  if (!example) throw new Error(`@octokit/webhooks-examples has no example of the "${input.event}" event`);
  const payload = localize(world, example) as Record<string, unknown>;
  delete payload.enterprise;
  if (input.action !== null) payload.action = input.action;
  payload.repository = { ...(isPlainObject(payload.repository) ? payload.repository : {}), ...repositoryShape(world) };
  payload.organization = organizationShape(world);
  payload.installation = { id: world.installationId, node_id: nodeId("023:IntegrationInstallation", world.installationId) };
  payload.sender = userShape(world, input.sender);
  for (const [key, value] of Object.entries(input.objects)) {
    const base = payload[key];
    payload[key] = isPlainObject(base) && isPlainObject(value) && key !== "changes" ? { ...base, ...value } : value;
  }
  return { event: input.event, action: input.action, payload };
}
