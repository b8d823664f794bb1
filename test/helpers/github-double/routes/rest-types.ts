import type { UserRecord } from "../types.js";
import type { World } from "../world.js";

/** A validated REST request, as handlers see it. */
export interface RestCall {
  world: World;
  operationId: string;
  /** Path parameters, decoded and coerced by the spec (pull_number is a number). */
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  /** The JSON body, already validated against the operation's schema. */
  body: any;
  /** The bot user for installation tokens; null for app-JWT calls. */
  actor: UserRecord | null;
  accept: string;
  /** Path of the request (for pagination links). */
  path: string;
}

export interface RestReply {
  status: number;
  body?: unknown;
  /** Sent as-is instead of JSON (raw media type). */
  raw?: Buffer;
  headers?: Record<string, string>;
  /** Recorded as a contract violation (the request was valid for GitHub but wrong for this test). */
  violation?: string;
}

export type RestHandler = (call: RestCall) => RestReply;
export type RouteTable = Readonly<Record<string, RestHandler>>;

export function ok(body: unknown, status = 200, headers?: Record<string, string>): RestReply {
  return headers ? { status, body, headers } : { status, body };
}

/** GitHub's error body: { message, documentation_url, status }. */
export function failure(status: number, message: string, errors?: unknown[]): RestReply {
  return { status, body: { message, ...(errors ? { errors } : {}), documentation_url: "https://docs.github.com/rest", status: String(status) } };
}

export const notFound = (): RestReply => failure(404, "Not Found");

/** 422 Validation Failed with GitHub's `errors` entries. */
export function validationFailed(resource: string, field: string, code: string, message?: string): RestReply {
  return failure(422, "Validation Failed", [{ resource, field, code, ...(message ? { message } : {}) }]);
}

export const param = (call: RestCall, name: string): string => String(call.params[name] ?? "");
export const numberParam = (call: RestCall, name: string): number => Number(call.params[name]);

/** The caller for state records: the installation's bot (JWT calls never reach stateful handlers). */
export function actorOf(call: RestCall): UserRecord {
  if (!call.actor) throw new Error(`${call.operationId} needs an installation token`);
  return call.actor;
}

/** GitHub pagination: per_page (default 30, max 100) and page, with a Link header. */
export function paginate<T>(call: RestCall, items: T[]): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Math.max(Number(call.query.per_page ?? 30) || 30, 1), 100);
  const page = Math.max(Number(call.query.page ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const link = (p: number, rel: string) => {
    const query = new URLSearchParams(Object.entries(call.query).map(([k, v]): [string, string] => [k, String(v)]));
    query.set("per_page", String(perPage));
    query.set("page", String(p));
    return `<${call.world.urls.api}${call.path}?${query.toString()}>; rel="${rel}"`;
  };
  const links = [...(page < last ? [link(page + 1, "next"), link(last, "last")] : []), ...(page > 1 ? [link(1, "first"), link(page - 1, "prev")] : [])];
  return { page: items.slice((page - 1) * perPage, page * perPage), headers: links.length ? { link: links.join(", ") } : {} };
}
