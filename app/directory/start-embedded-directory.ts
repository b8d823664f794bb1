import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import express, { type NextFunction, type Request, type Response } from "express";
import SCIMMYRouters from "scimmy-routers";
import { OffboardError } from "../errors.js";
import type { Clock } from "../util/clock.js";
import { bearerAuth, type ValidateToken } from "./bearer-auth.js";
import { loadStateFile } from "./load-state-file.js";
import type { DirectoryRequestContext } from "./request-context.js";
import { durableWrites, lastResort } from "./durable-writes.js";
import { createFastRoutes } from "./fast-routes.js";
import { meEndpoint } from "./me-endpoint.js";
import { createRenderedUsers } from "./rendered-users.js";
import { openJournaledStore, type JournaledStore } from "./state-journal.js";
import { declareScimmyResources, SCIM_MOUNT_PATH } from "./scimmy-globals.js";
import { directoryStateSchema, type DirectoryState } from "./state.js";
import { createDirectoryStore } from "./store.js";

export interface EmbeddedDirectoryOptions {
  /** Initial records, used when there is no state file yet (see `seedDirectoryState`). */
  seed: DirectoryState;
  /** Decides every request's bearer token; `null` means 401. */
  validateToken: ValidateToken;
  /** When set, state is loaded from this JSON file; every mutation is journaled beside it before its response (state-journal.ts). */
  statePath?: string;
  clock: Clock;
  /**
   * Simple User PATCHes answered without SCIMMY's PatchOp (fast-user-patch.ts), the default.
   * `false` sends every PATCH through SCIMMY: the reference the differential test compares with.
   */
  fastPatch?: boolean;
  /**
   * Users of the common shapes rendered without SCIMMY's coercion (render-user.ts), the default.
   * `false` renders every User through SCIMMY (remembered per input, rendered-users.ts).
   */
  fastRender?: boolean;
  /**
   * `GET /Users`, `GET /Users/{id}` and `PATCH /Users/{id}` served in front of express by the same
   * handlers (fast-routes.ts), the default. `false` sends every request through express and
   * scimmy-routers.
   */
  fastRoutes?: boolean;
}

export interface EmbeddedDirectory {
  /** Base URL of the SCIM root, e.g. `http://127.0.0.1:43117/scim/v2`. */
  url: string;
  stop(): Promise<void>;
  /** A copy of the current records (for tests and the demo's "show me" output). */
  snapshotState(): DirectoryState;
  /** On its own thread: the milliseconds that thread has spent handling events (event-loop utilisation, active time). */
  busyMs?(): number;
}

function initialState(seed: DirectoryState, statePath: string | undefined): DirectoryState {
  const loaded = statePath ? loadStateFile(statePath) : undefined;
  if (loaded) return loaded;
  const parsed = directoryStateSchema.safeParse(seed);
  if (!parsed.success) {
    throw new OffboardError("CONFIG_INVALID", `Directory seed is invalid: ${parsed.error.issues[0]?.message ?? ""}`, {});
  }
  return parsed.data;
}

/**
 * Starts the embedded SCIM 2.0 directory (SCIMMY + scimmy-routers on express) on 127.0.0.1 at a
 * random port. It stands in for an IdP in the demo and the tests; it is not a production IdP.
 * Several can run in one process (see `scimmy-globals.ts` for what SCIMMY shares between them).
 */
export async function startEmbeddedDirectory(options: EmbeddedDirectoryOptions): Promise<EmbeddedDirectory> {
  const { statePath, clock, fastPatch = true, fastRender = true, fastRoutes = true } = options;
  const state = initialState(options.seed, statePath);
  const journaled: JournaledStore | null = statePath ? await openJournaledStore(statePath, state) : null;
  const store = journaled?.store ?? createDirectoryStore(state);

  declareScimmyResources();
  const renders = createRenderedUsers(undefined, { direct: fastRender });
  const contextOf = (method: string, tenant: string): DirectoryRequestContext => ({
    kind: "offboard-directory",
    store,
    clock,
    tenant,
    // Plain GETs read through remembered renderings (cached-user-resource.ts); simple User PATCHes
    // render through the same ones, so the read after a PATCH is already rendered.
    renders: method === "GET" ? renders : null,
    patchRenders: method === "PATCH" && fastPatch ? renders : null,
  });
  const context = (req: Request): DirectoryRequestContext => contextOf(req.method, String(req.res?.locals.tenant));
  const app = express();
  app.disable("x-powered-by");
  const router = new SCIMMYRouters({
    type: "bearer",
    handler: (req) => {
      const tenant: unknown = req.res?.locals.tenant;
      if (typeof tenant !== "string") throw new Error("Unauthenticated");
      return tenant;
    },
    context,
  });
  const persist = journaled ? [durableWrites(journaled.durable)] : [];
  app.use(SCIM_MOUNT_PATH, bearerAuth(options.validateToken), ...persist, meEndpoint(context), router);
  // scimmy-routers answers 5xx itself, then passes the error on; stop it here instead of
  // letting express's default handler write a stack trace or reset the connection.
  app.use(lastResort);

  // After the router: its constructor sets SCIMMY's config, from which the fast lane's JSON parser takes its limit.
  const fast = fastRoutes ? createFastRoutes({ validateToken: options.validateToken, context: contextOf, durable: journaled?.durable ?? null }) : null;
  const server = createServer(fast === null ? app : (req, res) => void (fast(req, res) || app(req, res)));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}${SCIM_MOUNT_PATH}`,
    snapshotState: () => store.snapshot(),
    stop: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      });
      await journaled?.close();
    },
  };
}
