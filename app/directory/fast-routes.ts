import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { parse as parseQuery } from "node:querystring";
import express, { type Request, type Response } from "express";
import SCIMMY from "scimmy";
import { BEARER, refusal, type ValidateToken } from "./bearer-auth.js";
import type { DirectoryRequestContext } from "./request-context.js";
import { SCIM_MOUNT_PATH } from "./scimmy-globals.js";

const USERS = `${SCIM_MOUNT_PATH}/Users`;
/** Ids the fast lane takes: what the store mints (UUIDs) and anything else that needs no decoding and names no other route. */
const ID = /^[A-Za-z0-9_-]+$/;
/** Characters after which parseurl stops taking the URL as it is (it falls back to url.parse): tab, LF, FF, CR, space, #, NBSP, BOM. */
const UNUSUAL_URL = /[\t\n\f\r #\u00a0\ufeff]/;
/** The request bodies the fast lane reads (through the same JSON parser as scimmy-routers); anything else goes to express. */
const JSON_TYPES = new Set(["application/scim+json", "application/json", "application/scim+json; charset=utf-8", "application/json; charset=utf-8"]);
const SCIM_JSON = "application/scim+json";

type Answer = (res: ServerResponse, chunk?: Buffer | string) => void;
type UserResource = new (...args: unknown[]) => { read(ctx: unknown): Promise<unknown>; patch(body: unknown, ctx: unknown): Promise<unknown> };

export interface FastRoutesOptions {
  validateToken: ValidateToken;
  /** The directory's request context for a request of `method` by `tenant` (as the express stack builds it). */
  context: (method: string, tenant: string) => DirectoryRequestContext;
  /** The journal's group commit: a PATCH is answered only once it resolves (durable-writes.ts); null without a state file. */
  durable: (() => Promise<void>) | null;
}

/** express's weak ETag of a body (express/lib/utils.js createETagGenerator with the `etag` package). */
function weakETag(body: Buffer): string {
  if (body.length === 0) return 'W/"0-2jmj7l5rSw0yVb/vlWAYkK/YBwk"';
  return `W/"${body.length.toString(16)}-${createHash("sha1").update(body).digest("base64").substring(0, 27)}"`;
}

/**
 * express 5's `res.send(value)` for what the routes send (a handler's answer, a SCIM error), as
 * the same calls on the same node response: Content-Type (with its charset), Content-Length and
 * a weak ETag, in that order and spelling; no body, length or ETag for undefined; the 204 strip.
 * Freshness (304) never applies: the lane takes no conditional request.
 */
function send(res: ServerResponse, status: number, value: unknown, end: Answer): void {
  res.statusCode = status;
  let chunk: Buffer | string | undefined;
  if (value !== undefined) {
    const type = res.getHeader("Content-Type") as string | undefined;
    if (value === null) chunk = "";
    else if (typeof value === "string") {
      chunk = value;
      // express: setCharset(type) when a type is set (always here), text/html otherwise
      res.setHeader("Content-Type", type === undefined ? "text/html; charset=utf-8" : `${type}; charset=utf-8`);
    } else {
      chunk = JSON.stringify(value);
      // res.json: application/json unless a type is set; then res.send's setCharset. Every type set here has no parameters.
      res.setHeader("Content-Type", type === undefined ? "application/json; charset=utf-8" : `${type}; charset=utf-8`);
    }
    chunk = Buffer.from(chunk, "utf8");
    res.setHeader("Content-Length", String(chunk.length));
    res.setHeader("ETag", weakETag(chunk));
  }
  if (status === 204 || status === 304) {
    res.removeHeader("Content-Type");
    res.removeHeader("Content-Length");
    res.removeHeader("Transfer-Encoding");
    chunk = "";
  }
  end(res, chunk);
}

const plainEnd: Answer = (res, chunk) => void (chunk === undefined ? res.end() : res.end(chunk));

/** durable-writes.ts for one answer: written once the journal's group commit resolves, or a 500 in its place. */
function durableEnd(durable: () => Promise<void>): Answer {
  return (res, chunk) => {
    durable().then(
      () => plainEnd(res, chunk),
      (e: unknown) => {
        const body = JSON.stringify({ schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"], status: "500", detail: String((e as Error).message) });
        res.statusCode = 500;
        res.setHeader("content-type", "application/scim+json");
        res.setHeader("content-length", Buffer.byteLength(body));
        res.end(body);
      },
    );
  };
}

/** scimmy-routers' basepath middleware: every resource type's location under the SCIM mount path. */
function setBasepaths(): void {
  SCIMMY.Resources.Schema.basepath(SCIM_MOUNT_PATH);
  SCIMMY.Resources.ResourceType.basepath(SCIM_MOUNT_PATH);
  SCIMMY.Resources.ServiceProviderConfig.basepath(SCIM_MOUNT_PATH);
  for (const Resource of Object.values(SCIMMY.Resources.declared() as Record<string, { basepath(p: string): unknown }>)) Resource.basepath(SCIM_MOUNT_PATH);
}

const statusOf = (ex: unknown): number => ((ex as { status?: unknown })?.status as number | undefined) ?? 500;

/**
 * The directory's three hot routes, `GET /Users` (any query), `GET /Users/{id}` and
 * `PATCH /Users/{id}`, answered without express's router and scimmy-routers' twenty-odd layers,
 * by the same steps in the same order: the bearer check (`validateToken`, every request, as
 * bearer-auth.ts), scimmy-routers' basepath, the same JSON body parser (express.json with
 * scimmy-routers' options) for PATCH, the same resource class and calls (`new User(query).read`,
 * `new User(id, query).read`, `new User(id, query).patch(body)`) with the same context, and the
 * same answers: status, Content-Type, Content-Length, ETag and body bytes as express's
 * `res.send`, errors as scimmy-routers' error handler sends them, PATCHes answered only once
 * durable (durable-writes.ts).
 *
 * Returns false, having touched nothing, for every request it does not take, which then goes
 * through express as before: other methods, paths or resources, ids that would need decoding,
 * URLs parseurl would not take as they are, a missing or malformed Authorization header (the
 * express stack gives that 401 without asking the validator), GETs with a body or conditional
 * headers, PATCHes with a body type, encoding or framing other than plain JSON with a length.
 * The differential test (test/directory/fast-routes.test.ts) compares both lanes' raw answers.
 */
export function createFastRoutes(options: FastRoutesOptions): (req: IncomingMessage, res: ServerResponse) => boolean {
  const { validateToken, context, durable } = options;
  // The parser scimmy-routers puts first in its stack, with its options (SCIMMYRouters' constructor).
  const json = express.json({ type: ["application/scim+json", "application/json"], limit: (SCIMMY.Config.get() as { bulk?: { maxPayloadSize?: number } })?.bulk?.maxPayloadSize ?? "1mb" });
  const User = () => SCIMMY.Resources.declared("User") as unknown as UserResource;
  const answerPatch = durable === null ? plainEnd : durableEnd(durable);

  async function tenantOf(token: string, res: ServerResponse): Promise<string | null> {
    let grant: { tenant: string } | null;
    try {
      grant = await validateToken(token);
    } catch {
      grant = null; // fail closed, as bearer-auth.ts
    }
    if (grant) return grant.tenant;
    // bearer-auth.ts's refusal: res.status(401).set("WWW-Authenticate", ...).type(SCIM JSON).send(text)
    const { challenge, body } = refusal("invalid_token", "Bearer token is unknown, expired or revoked");
    res.setHeader("WWW-Authenticate", challenge);
    res.setHeader("Content-Type", SCIM_JSON);
    send(res, 401, body, plainEnd);
    return null;
  }

  async function get(token: string, id: string | undefined, search: string, res: ServerResponse): Promise<void> {
    const tenant = await tenantOf(token, res);
    if (tenant === null) return;
    res.setHeader("Content-Type", SCIM_JSON);
    setBasepaths();
    const query = parseQuery(search);
    try {
      const Resource = User();
      const resource = id === undefined ? new Resource(query) : new Resource(id, query);
      send(res, 200, await resource.read(context("GET", tenant)), plainEnd);
    } catch (ex) {
      send(res, statusOf(ex), new SCIMMY.Messages.Error(ex as never), plainEnd);
    }
  }

  async function patch(token: string, id: string, search: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const tenant = await tenantOf(token, res);
    if (tenant === null) return;
    const parsed = await new Promise<unknown>((resolve) => json(req as Request, res as Response, (err?: unknown) => resolve(err)));
    if (parsed !== undefined) {
      // scimmy-routers' error handler, before its basepath middleware set the SCIM content type.
      send(res, statusOf(parsed), new SCIMMY.Messages.Error(parsed as never), answerPatch);
      return;
    }
    res.setHeader("Content-Type", SCIM_JSON);
    setBasepaths();
    const query = parseQuery(search);
    try {
      const value = await new (User())(id, query).patch((req as Request).body, context("PATCH", tenant));
      send(res, value ? 200 : 204, value, answerPatch);
    } catch (ex) {
      send(res, statusOf(ex), new SCIMMY.Messages.Error(ex as never), answerPatch);
    }
  }

  const fail = (res: ServerResponse) => (e: unknown) => {
    // Not expected: every step above catches what it can throw. Answer 500 rather than hang.
    if (!res.headersSent) {
      res.statusCode = 500;
      res.end();
    }
    void e;
  };

  return (req, res) => {
    const { method, url, headers } = req;
    if ((method !== "GET" && method !== "PATCH") || url === undefined || !url.startsWith(USERS) || UNUSUAL_URL.test(url)) return false;
    const q = url.indexOf("?");
    const path = q < 0 ? url : url.slice(0, q);
    const search = q < 0 ? "" : url.slice(q + 1);
    let id: string | undefined;
    if (path !== USERS) {
      if (path.charCodeAt(USERS.length) !== 47) return false;
      id = path.slice(USERS.length + 1);
      if (!ID.test(id)) return false;
    }
    const token = BEARER.exec(headers.authorization ?? "")?.[1];
    if (!token) return false;
    if (method === "GET") {
      if (headers["content-length"] !== undefined || headers["transfer-encoding"] !== undefined) return false;
      if (headers["if-none-match"] !== undefined || headers["if-modified-since"] !== undefined) return false;
      void get(token, id, search, res).catch(fail(res));
      return true;
    }
    if (id === undefined) return false;
    if (!JSON_TYPES.has(headers["content-type"] ?? "") || headers["content-encoding"] !== undefined || headers["transfer-encoding"] !== undefined) return false;
    if (!/^\d+$/.test(headers["content-length"] ?? "")) return false;
    void patch(token, id, search, req, res).catch(fail(res));
    return true;
  };
}
