import { OffboardError } from "../../errors.js";
import type { ConnectorCredentials } from "../types.js";
import type { ScimConnectorConfig } from "./config.js";

export const PATCH_OP_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

export interface PatchOperation {
  op: "add" | "remove" | "replace";
  path?: string;
  value?: unknown;
}

/** HTTP access to one SCIM server with one lease's bearer token. */
export interface ScimClient {
  /** GET; `null` when the server answers 404. */
  get(path: string): Promise<Record<string, unknown> | null>;
  /** PATCH with an RFC 7644 §3.5.2 PatchOp; `false` when the resource is gone (404). */
  patch(path: string, operations: PatchOperation[]): Promise<boolean>;
  /**
   * The same PATCH, keeping the server's answer: RFC 7644 §3.5.2 has a 200 carry the entire
   * resource after the change (`resource`), or a 204 carry nothing (`resource` null). `null` when
   * the resource is gone (404).
   */
  patchReturning(path: string, operations: PatchOperation[]): Promise<{ resource: Record<string, unknown> | null } | null>;
  /** DELETE; `false` when the resource was already gone (404). */
  delete(path: string): Promise<boolean>;
}

async function scimDetail(res: Response): Promise<{ detail: string | null; scimType: string | null }> {
  try {
    const body = (await res.json()) as { detail?: unknown; scimType?: unknown };
    return {
      detail: typeof body.detail === "string" ? body.detail : null,
      scimType: typeof body.scimType === "string" ? body.scimType : null,
    };
  } catch {
    return { detail: null, scimType: null };
  }
}

export function createScimClient(config: ScimConnectorConfig, creds: ConnectorCredentials): ScimClient {
  const connector = config.name;

  async function send(method: string, path: string, body?: unknown): Promise<Response | null> {
    let res: Response;
    try {
      res = await fetch(`${config.baseUrl}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${creds.bearerToken}`,
          accept: "application/scim+json",
          ...(body !== undefined ? { "content-type": "application/scim+json" } : {}),
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(config.timeoutMs),
      });
    } catch (e) {
      throw new OffboardError(
        "CONNECTOR_FAILED",
        `${connector}: ${method} ${config.baseUrl}${path} failed before a response (${e instanceof Error ? e.message : String(e)})`,
        { connector, method, path, status: null },
        { cause: e },
      );
    }
    if (res.status === 404) {
      await res.body?.cancel();
      return null;
    }
    if (res.ok) return res;
    const { detail, scimType } = await scimDetail(res);
    const details = { connector, method, path, status: res.status, scimType, detail };
    if (res.status === 401) {
      throw new OffboardError(
        "LEASE_REVOKED",
        `${connector}: the SCIM server refused the lease credential (HTTP 401${detail ? `: ${detail}` : ""}); it is expired, revoked or not for this tenant. Acquire a new lease.`,
        details,
      );
    }
    throw new OffboardError(
      "CONNECTOR_FAILED",
      `${connector}: ${method} ${path} answered HTTP ${res.status}${scimType ? ` (${scimType})` : ""}${detail ? `: ${detail}` : ""}`,
      details,
    );
  }

  async function json(res: Response, method: string, path: string): Promise<Record<string, unknown>> {
    try {
      const body: unknown = await res.json();
      if (typeof body === "object" && body !== null && !Array.isArray(body)) return body as Record<string, unknown>;
    } catch {
      // fall through
    }
    throw new OffboardError("CONNECTOR_FAILED", `${connector}: ${method} ${path} returned a body that is not a JSON object`, {
      connector, method, path, status: res.status,
    });
  }

  return {
    async get(path) {
      const res = await send("GET", path);
      return res ? json(res, "GET", path) : null;
    },
    async patch(path, operations) {
      const res = await send("PATCH", path, { schemas: [PATCH_OP_SCHEMA], Operations: operations });
      await res?.body?.cancel();
      return res !== null;
    },
    async patchReturning(path, operations) {
      const res = await send("PATCH", path, { schemas: [PATCH_OP_SCHEMA], Operations: operations });
      if (res === null) return null;
      if (res.status === 204) {
        await res.body?.cancel();
        return { resource: null };
      }
      // An unreadable body does not undo a change the server accepted: it only goes unused.
      return { resource: await json(res, "PATCH", path).catch(() => null) };
    },
    async delete(path) {
      const res = await send("DELETE", path);
      await res?.body?.cancel();
      return res !== null;
    },
  };
}
