import { loadGitHubSpec } from "./openapi-validator.js";

/** One response an Octokit client received (captured with `octokit.hook.after("request", …)`). */
export interface CapturedResponse {
  method: string;
  url: string;
  status: number;
  data: unknown;
}

/**
 * Checks responses the double gave against the response schemas of GitHub's OpenAPI description;
 * returns one line per problem (none: the double answered as GitHub documents).
 */
export async function responseProblems(captured: readonly CapturedResponse[]): Promise<string[]> {
  const { backend } = await loadGitHubSpec();
  const problems: string[] = [];
  for (const call of captured) {
    const path = new URL(call.url).pathname;
    const operation = backend.matchOperation({ method: call.method, path, headers: {} });
    if (!operation) throw new Error(`no operation for ${call.method} ${path}`);
    // A 204 has no body (Octokit reports it as ""): validate it as the absent body it is.
    const result = backend.validator.validateResponse(call.status === 204 ? null : call.data, operation, call.status);
    for (const error of result.errors ?? []) problems.push(`${operation.operationId} ${call.status}: ${error.instancePath} ${error.message ?? ""}`);
  }
  return problems;
}
