import { spawn, type ChildProcess } from "node:child_process";
import { Agent, request } from "node:http";
import { resolve } from "node:path";
import { OffboardError } from "../errors.js";
import { POLICY_TEST_PATTERN } from "./content-hash.js";
import { resolveOpa } from "./opa-binary.js";
import { DecisionSchema, type Decision, type PolicyInput } from "./types.js";
import { freePort } from "../util/free-port.js";

export interface OpaServerOptions {
  policiesDir: string;
  env?: NodeJS.ProcessEnv;
  /** How long to wait for /health before giving up (default 15 s). */
  readyTimeoutMs?: number;
}

export interface OpaServer {
  /** e.g. http://127.0.0.1:45678 */
  readonly url: string;
  evaluate(input: PolicyInput): Promise<Decision>;
  stop(): Promise<void>;
}

const START_ATTEMPTS = 3;

/**
 * Starts `opa run --server` on a free loopback port with the policies directory and waits for
 * /health. Used as the baseline of the benchmark (in-process Wasm vs. the OPA server) and as a
 * third opinion in tests; requests reuse one keep-alive connection.
 */
export async function startOpaServer(options: OpaServerOptions): Promise<OpaServer> {
  const env = options.env ?? process.env;
  const opa = await resolveOpa(env);
  const policiesDir = resolve(options.policiesDir);
  let lastError: unknown;
  for (let attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
    const port = await freePort();
    const args = ["run", "--server", "--addr", `127.0.0.1:${port}`, "--log-level", "error", "--skip-version-check"];
    const child = spawn(opa.path, [...args, "--ignore", POLICY_TEST_PATTERN, policiesDir], {
      env,
      stdio: ["ignore", "ignore", "pipe"],
    });
    const url = `http://127.0.0.1:${port}`;
    try {
      await waitUntilReady(child, url, options.readyTimeoutMs ?? 15_000);
      return serverHandle(child, url);
    } catch (error) {
      lastError = error;
      await stopChild(child);
      // Another process may have taken the port between probing and binding: try a new one.
      if (!(error instanceof OffboardError && /address already in use/i.test(String(error.details.stderr)))) break;
    }
  }
  throw lastError;
}

function serverHandle(child: ChildProcess, url: string): OpaServer {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  return {
    url,
    async evaluate(input) {
      const { status, body } = await post(agent, `${url}/v1/data/offboard/decision`, JSON.stringify({ input }));
      if (status !== 200) {
        throw new OffboardError("POLICY_EVAL_FAILED", `OPA server answered ${status}: ${body.slice(0, 500)}`, { status });
      }
      const result: unknown = (JSON.parse(body) as { result?: unknown }).result;
      const decision = DecisionSchema.safeParse(result);
      if (!decision.success) {
        throw new OffboardError(
          "POLICY_RESULT_INVALID",
          result === undefined ? "data.offboard.decision is undefined for this input" : "data.offboard.decision is malformed",
          { issues: decision.error.issues },
        );
      }
      return decision.data;
    },
    async stop() {
      agent.destroy();
      await stopChild(child);
    },
  };
}

function post(agent: Agent, url: string, payload: string): Promise<{ status: number; body: string }> {
  return new Promise((resolvePost, reject) => {
    const req = request(
      url,
      { method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolvePost({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      },
    );
    req.on("error", (cause) => reject(new OffboardError("POLICY_EVAL_FAILED", `OPA server unreachable at ${url}`, {}, { cause })));
    req.end(payload);
  });
}

async function waitUntilReady(child: ChildProcess, url: string, timeoutMs: number): Promise<void> {
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new OffboardError("POLICY_BUILD_FAILED", `opa run exited before it was ready:\n${stderr.trim()}`, {
        exitCode: child.exitCode,
        stderr,
      });
    }
    const ok = await fetch(`${url}/health`).then(
      (res) => res.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new OffboardError("POLICY_EVAL_FAILED", `opa run did not become ready at ${url} within ${timeoutMs} ms`, { stderr });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

