import type { MessagePort } from "node:worker_threads";
import type { DirectoryState } from "./state.js";

/** What the embedded directory's worker thread starts with (directory-worker.ts). */
export interface DirectoryWorkerData {
  seed: DirectoryState;
  statePath?: string;
  /** The parent's clock when the worker was started, in ms. */
  now: number;
  /** Synchronous snapshots: the parent posts on `port` and waits on `flag[0]` for the answer. */
  sync: { port: MessagePort; flag: Int32Array };
}

/** Parent to worker. */
export type ToDirectoryWorker =
  | { kind: "validated"; id: number; grant: { tenant: string } | null; now: number }
  | { kind: "stop" };

/** Worker to parent. */
export type FromDirectoryWorker =
  | { kind: "ready"; url: string }
  | { kind: "failed"; error: { code: string | null; message: string; details: Record<string, unknown> } }
  | { kind: "validate"; id: number; token: string }
  | { kind: "stopped" };
