import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { OpenAPIBackend, type Document } from "openapi-backend";

type AjvLike = Parameters<NonNullable<ConstructorParameters<typeof OpenAPIBackend>[0]["customizeAjv"]>>[0];

/** The official GitHub REST description (@octokit/openapi), matched and validated by openapi-backend. */
export interface GitHubSpec {
  backend: OpenAPIBackend;
  /** `components.examples` of the description: name -> { value }. Never mutate; clone first. */
  examples: Readonly<Record<string, { value?: unknown }>>;
}

export type RestValidation =
  | { kind: "unknown-route" }
  | { kind: "invalid"; operationId: string; problems: string[] }
  | { kind: "ok"; operationId: string; params: Record<string, unknown>; query: Record<string, unknown>; body: unknown };

export interface RestRequestInput {
  method: string;
  /** Path without the query string, as received (percent-encoding intact). */
  path: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

/**
 * The one piece of module-level state in the double, on purpose: reading the 13 MB description,
 * dereferencing it and building the router takes ~0.5 s and the result never changes, so all
 * doubles in one process share it. It holds no per-test data (its lazily compiled validators are a
 * pure cache). A failed load is forgotten so the next call retries.
 */
let specMemo: Promise<GitHubSpec> | undefined;

/** The GitHub OpenAPI backend, loaded and initialised once per process. */
export function loadGitHubSpec(): Promise<GitHubSpec> {
  specMemo ??= initSpec().catch((error: unknown) => {
    specMemo = undefined;
    throw error;
  });
  return specMemo;
}

function registerFormats(ajv: AjvLike): AjvLike {
  const require = createRequire(import.meta.url);
  try {
    // ajv-formats arrives with openapi-backend (via openapi-schema-validator); not a direct dependency.
    const addFormats = require("ajv-formats") as (ajv: AjvLike) => AjvLike;
    addFormats(ajv);
  } catch {
    ajv.addFormat("date-time", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i);
    ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
    ajv.addFormat("uri", /^[a-z][a-z0-9+.-]*:[^\s]*$/i);
    ajv.addFormat("uri-template", true);
    ajv.addFormat("email", /^[^\s@]+@[^\s@]+$/);
  }
  // GitHub-specific formats of the description (format "repo.nwo": "owner/name").
  ajv.addFormat("repo.nwo", /^[^/\s]+\/[^/\s]+$/);
  ajv.addFormat("timestamp", true);
  return ajv;
}

/**
 * Spec quirks, rewritten to what OpenAPI 3.0's `nullable: true` means (null allowed as well):
 * ~130 schemas are nullable without a `type` (e.g. the issue title of issues/update is oneOf
 * string|integer, nullable), which Ajv refuses to compile; and nullable enums (state_reason,
 * conclusion) do not list null, so Ajv would refuse the null GitHub sends and accepts.
 */
function allowNullWithoutType(node: unknown): void {
  if (!node || typeof node !== "object") return;
  if (Array.isArray(node)) return node.forEach(allowNullWithoutType);
  const schema = node as Record<string, unknown>;
  for (const value of Object.values(schema)) allowNullWithoutType(value);
  if (schema.nullable === true && Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum.push(null);
  if (schema.nullable !== true || schema.type !== undefined) return;
  delete schema.nullable;
  const nullSchema = { type: "null" };
  if (Array.isArray(schema.oneOf)) schema.oneOf.push(nullSchema);
  else if (Array.isArray(schema.anyOf)) schema.anyOf.push(nullSchema);
  else if (Array.isArray(schema.allOf)) {
    schema.anyOf = [{ allOf: schema.allOf }, nullSchema];
    delete schema.allOf;
  }
}

async function initSpec(): Promise<GitHubSpec> {
  const require = createRequire(import.meta.url);
  const file = require.resolve("@octokit/openapi/generated/api.github.com.json");
  const definition = JSON.parse(readFileSync(file, "utf8")) as Document;
  allowNullWithoutType(definition.paths);
  allowNullWithoutType(definition.components?.schemas);
  const backend = new OpenAPIBackend({
    definition,
    quick: true,
    strict: false,
    coerceTypes: true,
    ajvOpts: { strict: false, logger: false },
    customizeAjv: registerFormats,
  });
  await backend.init();
  const components = (definition as { components?: { examples?: Record<string, { value?: unknown }> } }).components;
  return { backend, examples: components?.examples ?? {} };
}

function describeProblem(error: { instancePath?: string; message?: string; params?: Record<string, unknown> }): string {
  const where = (error.instancePath ?? "").replace(/^\/requestBody/, "body").replace(/^\//, "") || "request";
  const allowed = Array.isArray(error.params?.allowedValues) ? ` (${error.params.allowedValues.join(", ")})` : "";
  const extra = typeof error.params?.additionalProperty === "string" ? ` '${error.params.additionalProperty}'` : "";
  return `${where} ${error.message ?? "is invalid"}${extra}${allowed}`;
}

/**
 * GitHub accepts unencoded slashes in these parameters (file paths, refs, branch names); the
 * description's templates match one segment, and Octokit sends %2F. Rewrites raw slashes to %2F.
 */
const SLASHY_PARAMETERS: readonly RegExp[] = [
  /^(\/repos\/[^/]+\/[^/]+\/contents\/)(.+)()$/,
  /^(\/repos\/[^/]+\/[^/]+\/git\/(?:ref|refs|matching-refs)\/)(.+)()$/,
  /^(\/repos\/[^/]+\/[^/]+\/commits\/)(.+)(\/(?:check-runs|check-suites|status|statuses))$/,
  /^(\/repos\/[^/]+\/[^/]+\/branches\/)(.+?)(\/protection)?$/,
];

function encodeSlashyParameter(path: string): string | null {
  for (const pattern of SLASHY_PARAMETERS) {
    const match = pattern.exec(path);
    if (match?.[2]?.includes("/")) return `${match[1] ?? ""}${match[2].replaceAll("/", "%2F")}${match[3] ?? ""}`;
  }
  return null;
}

/** Routes a request to an operation of the description and validates its path, query and JSON body. */
export function validateRestRequest(spec: GitHubSpec, input: RestRequestInput): RestValidation {
  const request = { method: input.method.toLowerCase(), path: input.path, query: input.query, headers: input.headers as Record<string, string | string[]>, body: input.body };
  let operation = spec.backend.matchOperation(request);
  const encoded = operation ? null : encodeSlashyParameter(input.path);
  if (encoded) {
    request.path = encoded;
    operation = spec.backend.matchOperation(request);
  }
  if (!operation?.operationId) return { kind: "unknown-route" };
  const result = spec.backend.validator.validateRequest(request, operation);
  if (!result.valid) return { kind: "invalid", operationId: operation.operationId, problems: (result.errors ?? []).map(describeProblem) };
  const coerced = (result.coerced ?? {}) as { params?: Record<string, unknown>; query?: Record<string, unknown> };
  return { kind: "ok", operationId: operation.operationId, params: coerced.params ?? {}, query: coerced.query ?? {}, body: input.body };
}
