import { once } from "node:events";
import { Worker } from "node:worker_threads";
import { syncPullHeads } from "./ops/sync-pull-heads.js";
import { gitBaseEnv } from "./run-git.js";
import type { CallRecord } from "./types.js";
import { deliverInBackground } from "./webhook-sender.js";
import { appUser, type World } from "./world.js";

/** What the main thread tells the front: live tokens and the double's clock. */
export type GitFrontMessage = { type: "token"; token: string; expiresAt: number } | { type: "clock"; now: number };
type FrontEvent =
  | { type: "listening"; port: number }
  | { type: "call"; call: CallRecord }
  | { type: "violation"; text: string }
  | { type: "pushed" }
  | { type: "flushed"; id: number };

export interface GitFront {
  port: number;
  post(message: GitFrontMessage): void;
  /** Routes the front's reports (git calls, violations, pushes) into the double's state. */
  attach(world: World): void;
  /** Resolves once every report the front posted so far has been applied. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

export interface GitFrontConfig {
  restPort: number;
  /** GIT_PROJECT_ROOT: the directory holding `<repo>.git`. */
  projectRoot: string;
  owner: string;
  repo: string;
  /** Login recorded as the actor of authenticated git calls. */
  actor: string;
}

/**
 * Starts the public HTTP front (git-front-worker.mjs) in a worker thread: git smart HTTP served
 * there, everything else proxied to the REST server at `restPort` on this thread.
 */
export async function startGitFront(config: GitFrontConfig): Promise<GitFront> {
  const worker = new Worker(new URL("./git-front-worker.mjs", import.meta.url), { workerData: { ...config, env: gitBaseEnv() } });
  worker.unref();
  const [first] = (await once(worker, "message")) as [FrontEvent];
  if (first.type !== "listening" || first.port === 0) {
    await worker.terminate();
    throw new Error("the GitHub double's HTTP front did not start");
  }
  const flushes = new Map<number, () => void>();
  let flushCount = 0;
  return {
    port: first.port,
    post: (message) => worker.postMessage(message),
    flush() {
      const id = ++flushCount;
      return new Promise<void>((resolve) => {
        flushes.set(id, resolve);
        worker.postMessage({ type: "flush", id });
      });
    },
    attach(world) {
      worker.on("message", (event: FrontEvent) => {
        if (event.type === "flushed") {
          flushes.get(event.id)?.();
          flushes.delete(event.id);
        }
        if (event.type === "call") world.state.calls.push(event.call);
        if (event.type === "violation") world.state.violations.push(event.text);
        if (event.type === "pushed") deliverInBackground(world, syncPullHeads(world, appUser(world)));
      });
      worker.on("error", (error) => world.state.violations.push(`the double's HTTP front failed: ${error.stack ?? error.message}`));
    },
    async close() {
      await worker.terminate();
    },
  };
}
