import { z } from "zod";
import { OffboardError } from "../../errors.js";
import { stepDetail } from "../step-detail.js";
import type { PlannedStep, StepResult } from "../types.js";
import type { ScimContext } from "./context.js";
import type { PatchOperation } from "./scim-client.js";
import { getUserById } from "./get-user.js";
import { parseScimUser, type ScimUser } from "./scim-user.js";
import { listUserGroups } from "./user-groups.js";

const groupDetail = z.object({ groupId: z.string().min(1) });
const licenceDetail = z.object({ licences: z.array(z.string().min(1)).min(1) });

/** `members[value eq "x"]`-style value filter (RFC 7644 §3.5.2.2); ids and licence names are JSON-quoted. */
const valueFilter = (attribute: string, value: string) => `${attribute}[value eq ${JSON.stringify(value)}]`;

async function mustExist({ config, client, reads }: ScimContext, step: PlannedStep): Promise<ScimUser> {
  const user = await reads.byId(step.accountId, () => getUserById(client, config, step.accountId));
  if (!user) {
    throw new OffboardError("TARGET_NOT_FOUND", `${config.name}: account ${step.accountId} no longer exists; cannot ${step.action}`, {
      connector: config.name, accountId: step.accountId, reason: "gone",
    });
  }
  return user;
}

/** PATCHes the user; the account vanishing between the read and the write is TARGET_NOT_FOUND, not success. */
async function patchUser(ctx: ScimContext, step: PlannedStep, operations: PatchOperation[]): Promise<false> {
  ctx.reads.changed();
  const answer = await ctx.client.patchReturning(`/Users/${encodeURIComponent(step.accountId)}`, operations);
  if (answer !== null) {
    // The server's answer is the account after the change: the next step's read, when it is that account.
    const user = answer.resource === null ? null : parseAnswer(ctx, answer.resource);
    if (user?.id === step.accountId) ctx.reads.remember(user);
    return false;
  }
  throw new OffboardError("TARGET_NOT_FOUND", `${ctx.config.name}: account ${step.accountId} disappeared during ${step.action}`, {
    connector: ctx.config.name, accountId: step.accountId, reason: "gone",
  });
}

/** A PATCH answer as a user, or null when it is not one this connector can read (then it is not used). */
function parseAnswer({ config }: ScimContext, resource: Record<string, unknown>): ScimUser | null {
  try {
    return parseScimUser(resource, config.extensionSchema, config.name);
  } catch {
    return null;
  }
}

/** Runs one step; every action reads the account first and reports `alreadyDone` when nothing was left to change. */
async function run(ctx: ScimContext, step: PlannedStep): Promise<boolean> {
  const { config, client } = ctx;
  const userPath = `/Users/${encodeURIComponent(step.accountId)}`;
  switch (step.action) {
    case "deactivate": {
      const user = await mustExist(ctx, step);
      if (!user.active) return true;
      return patchUser(ctx, step, [{ op: "replace", path: "active", value: false }]);
    }
    case "revoke_sessions": {
      const user = await mustExist(ctx, step);
      const sessions = user.ext?.sessions;
      if (sessions === undefined) {
        throw new OffboardError("CONNECTOR_FAILED", `${config.name}: the server exposes no ${config.extensionSchema}:sessions; set sessions: "deactivation" if the IdP revokes sessions on deactivation`, {
          connector: config.name, action: step.action,
        });
      }
      if (sessions === 0) return true;
      return patchUser(ctx, step, [{ op: "replace", path: `${config.extensionSchema}:sessions`, value: 0 }]);
    }
    case "remove_groups": {
      const { groupId } = stepDetail(groupDetail, step);
      const user = await mustExist(ctx, step);
      const groups = await listUserGroups(client, config, user);
      if (!groups.some((g) => g.id === groupId && g.direct)) return true;
      const groupPath = `/Groups/${encodeURIComponent(groupId)}`;
      ctx.reads.changed();
      // A group deleted meanwhile no longer grants anything: that is done too.
      return !(await client.patch(groupPath, [{ op: "remove", path: valueFilter("members", user.id) }]));
    }
    case "reclaim_licences": {
      const { licences } = stepDetail(licenceDetail, step);
      const user = await getUserById(client, config, step.accountId);
      const held = (user?.entitlements ?? []).map((e) => e.value).filter((v) => licences.includes(v));
      if (!user || held.length === 0) return true;
      // Gone between the read and the write: a deleted account holds no licence, so that is done too.
      ctx.reads.changed();
      return !(await client.patch(userPath, held.map((v) => ({ op: "remove" as const, path: valueFilter("entitlements", v) }))));
    }
    case "delete":
      ctx.reads.changed();
      return !(await client.delete(userPath));
  }
}

/** Applies one planned step idempotently: applying a done step succeeds with `alreadyDone: true`. */
export async function applyStep(ctx: ScimContext, step: PlannedStep): Promise<StepResult> {
  if (step.connector !== ctx.config.name) {
    throw new OffboardError("CONNECTOR_FAILED", `Step for connector "${step.connector}" given to connector "${ctx.config.name}"`, {
      connector: ctx.config.name, stepConnector: step.connector,
    });
  }
  return { step, alreadyDone: await run(ctx, step) };
}
