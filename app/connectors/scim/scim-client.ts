import { OffboardError } from "../../errors.js";
import type { ConnectorCredentials } from "../types.js";
import type { ScimConnectorConfig } from "./config.js";
import { createHttpExchange, type HttpAnswer, type HttpExchange } from "./http-exchange.js";

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

/** `detail` and `scimType` of a SCIM error body (RFC 7644 §3.12), when it is one. */
function scimDetail(text: string): { detail: string | null; scimType: string | null } {
  try {
    const body = JSON.parse(text) as { detail?: unknown; scimType?: unknown };
    return {
      detail: typeof body.detail === "string" ? body.detail : null,
      scimType: typeof body.scimType === "string" ? body.scimType : null,
    };
  } catch {
    return { detail: null, scimType: null };
  }
}

/** `exchange` carries the requests (keep-alive connections shared by one connector's calls, http-exchange.ts). */
export function createScimClient(config: ScimConnectorConfig, creds: ConnectorCredentials, exchange: HttpExchange = createHttpExchange()): ScimClient {
  const connector = config.name;

  async function send(method: string, path: string, body?: unknown): Promise<HttpAnswer | null> {
    let res: HttpAnswer;
    try {
      const headers: Record<string, string> = {
        authorization: `Bearer ${creds.bearerToken}`,
        accept: "application/scim+json",
        ...(body !== undefined ? { "content-type": "application/scim+json" } : {}),
      };
      res = await exchange(method, `${config.baseUrl}${path}`, headers, body === undefined ? undefined : JSON.stringify(body), config.timeoutMs);
    } catch (e) {
      throw new OffboardError(
        "CONNECTOR_FAILED",
        `${connector}: ${method} ${config.baseUrl}${path} failed before a response (${e instanceof Error ? e.message : String(e)})`,
        { connector, method, path, status: null },
        { cause: e },
      );
    }
    if (res.status === 404) return null;
    if (res.status >= 200 && res.status < 300) return res;
    const { detail, scimType } = scimDetail(res.body);
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

  function json(res: HttpAnswer, method: string, path: string): Record<string, unknown> {
    try {
      const body: unknown = JSON.parse(res.body);
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
      return (await send("PATCH", path, { schemas: [PATCH_OP_SCHEMA], Operations: operations })) !== null;
    },
    async patchReturning(path, operations) {
      const res = await send("PATCH", path, { schemas: [PATCH_OP_SCHEMA], Operations: operations });
      if (res === null) return null;
      if (res.status === 204) return { resource: null };
      // An unreadable body does not undo a change the server accepted: it only goes unused.
      let resource: Record<string, unknown> | null;
      try {
        resource = json(res, "PATCH", path);
      } catch {
        resource = null;
      }
      return { resource };
    },
    async delete(path) {
      return (await send("DELETE", path)) !== null;
    },
  };
}
