import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import { OffboardError, type ErrorCode } from "../errors.js";
import type { DirectoryWorkerData, FromDirectoryWorker, ToDirectoryWorker } from "./directory-worker-messages.js";
import type { EmbeddedDirectory, EmbeddedDirectoryOptions } from "./start-embedded-directory.js";
import type { DirectoryState } from "./state.js";

/** How long a synchronous snapshot waits for the worker before giving up. */
const SNAPSHOT_TIMEOUT_MS = 30_000;

/**
 * The embedded directory (startEmbeddedDirectory) on a worker thread: the same SCIM server, state
 * file and journal, answering on 127.0.0.1, with its request handling (SCIMMY's coercion, express,
 * HTTP parsing) on another core than the executor and the ledger. Every request's bearer token is
 * still decided here, by `options.validateToken` (the lease broker lives in this thread), and each
 * answer gives the worker `options.clock()` as its clock. A worker that dies takes the server with
 * it: requests then fail (CONNECTOR_FAILED at the connector), never succeed unchecked.
 *
 * @throws what startEmbeddedDirectory throws (CONFIG_INVALID for a bad state file or seed).
 */
export async function startDirectoryWorker(options: EmbeddedDirectoryOptions): Promise<EmbeddedDirectory> {
  const { port1: syncPort, port2: workerSyncPort } = new MessageChannel();
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const data: DirectoryWorkerData = {
    seed: options.seed,
    ...(options.statePath === undefined ? {} : { statePath: options.statePath }),
    now: options.clock(),
    sync: { port: workerSyncPort, flag },
  };
  const worker = startWorker(data, [workerSyncPort]);
  const send = (m: ToDirectoryWorker) => worker.postMessage(m);
  let stopped: (() => void) | null = null;
  let failure: Error | null = null;

  const url = await new Promise<string>((resolve, reject) => {
    worker.on("message", (m: FromDirectoryWorker) => {
      if (m.kind === "ready") resolve(m.url);
      else if (m.kind === "failed") {
        void worker.terminate();
        reject(m.error.code === null ? new Error(m.error.message) : new OffboardError(m.error.code as ErrorCode, m.error.message, m.error.details));
      } else if (m.kind === "stopped") stopped?.();
      else void validate(m.id, m.token);
    });
    worker.on("error", (e) => {
      failure = e;
      reject(e);
      stopped?.();
    });
    worker.on("exit", () => {
      failure ??= new Error("the embedded directory's worker thread exited");
      reject(failure);
      stopped?.();
    });
  });

  async function validate(id: number, token: string): Promise<void> {
    let grant: { tenant: string } | null;
    try {
      grant = await options.validateToken(token);
    } catch {
      grant = null; // a validator that throws refuses (fail closed), as in-process
    }
    send({ kind: "validated", id, grant: grant === null ? null : { tenant: grant.tenant }, now: options.clock() });
  }

  return {
    url,
    busyMs: () => worker.performance.eventLoopUtilization().active,
    snapshotState(): DirectoryState {
      if (failure) throw failure;
      Atomics.store(flag, 0, 0);
      syncPort.postMessage({ kind: "snapshot" });
      if (Atomics.wait(flag, 0, 0, SNAPSHOT_TIMEOUT_MS) === "timed-out") throw new Error("the embedded directory's worker thread did not answer a snapshot");
      return receiveMessageOnPort(syncPort)!.message as DirectoryState;
    },
    async stop() {
      if (failure) return;
      await new Promise<void>((resolve) => {
        stopped = resolve;
        send({ kind: "stop" });
      });
      syncPort.close();
      await worker.terminate();
    },
  };
}

/** Runs directory-worker.js, or directory-worker.ts through tsx when this module runs from TypeScript source (tests). */
function startWorker(workerData: DirectoryWorkerData, transferList: MessagePort[]): Worker {
  const compiled = new URL("./directory-worker.js", import.meta.url);
  if (!import.meta.url.endsWith(".ts")) return new Worker(compiled, { workerData, transferList });
  const source = new URL("./directory-worker.ts", import.meta.url);
  const api = join(dirname(createRequire(import.meta.url).resolve("tsx/package.json")), "dist", "esm", "api", "index.mjs");
  const code = `import(${JSON.stringify(pathToFileURL(api).href)}).then((m) => { m.register(); return import(${JSON.stringify(source.href)}); })`;
  return new Worker(code, { eval: true, workerData, transferList });
}
