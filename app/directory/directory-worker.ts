/**
 * Worker thread body of the embedded directory (started by start-directory-worker.ts): the same
 * SCIM server as in-process (startEmbeddedDirectory: SCIMMY on express, journaled store, fsync
 * before every mutating answer), on its own thread so its request handling runs on another core
 * than the executor that calls it, as a real directory would.
 *
 * Bearer tokens are still decided by the parent (its lease broker): every request asks it, and the
 * answer carries the parent's clock reading, which is the directory's clock from then on (the
 * parent's clock may be a test's manual clock).
 *
 * Messages from the parent: `{ kind: "validated", id, grant, now }`, `{ kind: "stop" }`; on the
 * sync port: `{ kind: "snapshot" }`. To the parent: `ready`, `failed`, `validate`, `stopped`.
 */
import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import { isOffboardError } from "../errors.js";
import { startEmbeddedDirectory, type EmbeddedDirectory } from "./start-embedded-directory.js";
import type { DirectoryWorkerData, FromDirectoryWorker, ToDirectoryWorker } from "./directory-worker-messages.js";

async function runDirectoryWorker(port: MessagePort, data: DirectoryWorkerData): Promise<void> {
  let now = data.now;
  let nextId = 0;
  const waiting = new Map<number, (grant: { tenant: string } | null) => void>();
  const send = (m: FromDirectoryWorker) => port.postMessage(m);
  let directory: EmbeddedDirectory | null = null;

  port.on("message", (m: ToDirectoryWorker) => {
    if (m.kind === "validated") {
      now = m.now;
      waiting.get(m.id)?.(m.grant);
      waiting.delete(m.id);
    } else if (m.kind === "stop") {
      void (async () => {
        await directory?.stop();
        send({ kind: "stopped" });
        port.close();
        data.sync.port.close();
      })();
    }
  });
  // Snapshots answer on their own port: the parent blocks on `flag` until the answer is posted.
  data.sync.port.on("message", () => {
    data.sync.port.postMessage(directory?.snapshotState() ?? null);
    Atomics.store(data.sync.flag, 0, 1);
    Atomics.notify(data.sync.flag, 0);
  });

  try {
    directory = await startEmbeddedDirectory({
      seed: data.seed,
      ...(data.statePath === undefined ? {} : { statePath: data.statePath }),
      clock: () => now,
      validateToken: (token) =>
        new Promise((resolve) => {
          const id = nextId++;
          waiting.set(id, resolve);
          send({ kind: "validate", id, token });
        }),
    });
    send({ kind: "ready", url: directory.url });
  } catch (e) {
    send({ kind: "failed", error: isOffboardError(e) ? { code: e.code, message: e.message, details: e.details } : { code: null, message: String((e as Error)?.message ?? e), details: {} } });
  }
}

void runDirectoryWorker(parentPort!, workerData as DirectoryWorkerData);
