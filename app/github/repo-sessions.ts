import { join } from "node:path";
import { OffboardError } from "../errors.js";
import { pushLedger } from "../ledger/push-ledger.js";
import type { Clock } from "../util/clock.js";
import { openWorkspace, type OpenOptions, type Workspace } from "../workspace/open-workspace.js";
import { gitAuthEnv } from "./git-auth.js";
import { syncClone } from "./sync-clone.js";

export interface RepoRef {
  owner: string;
  repo: string;
  defaultBranch: string;
  /** The installation token for this delivery (git over HTTPS). */
  token: string;
}

export interface RepoSession {
  ws: Workspace;
  /** The default branch's commit the workspace was opened at (policies, config, trust roots). */
  head: string;
  /** Publishes the local ledger branch and checkpoint tags to the repository (never forced). */
  publish(): Promise<void>;
}

export interface RepoSessionsOptions {
  stateDir: string;
  gitBaseUrl: string;
  keysDir: string;
  clock: Clock;
  env: NodeJS.ProcessEnv;
  /** Extra workspace options (a Vault lease source). */
  open?: Omit<OpenOptions, "clock" | "env">;
}

export interface RepoSessions {
  /**
   * Runs `work` on the repository's workspace, synced to the default branch first, one delivery
   * at a time per repository (webhooks arrive concurrently; the clone and the ledger writer are
   * shared). Reopens the workspace when the default branch moved (a merged policy or config change).
   */
  run<T>(ref: RepoRef, work: (session: RepoSession) => Promise<T>): Promise<T>;
  /** Runs `work` in the repository's queue without syncing (the executor timer); skipped when nothing is open. */
  runOpen(owner: string, repo: string, work: () => Promise<void>): Promise<void>;
  /** The open workspace of a repository, if any (tests, the executor tick). */
  current(owner: string, repo: string): Workspace | null;
  close(): Promise<void>;
}

/** One clone and one workspace per policy repository the app is installed on. */
export function createRepoSessions(o: RepoSessionsOptions): RepoSessions {
  const open = new Map<string, { ws: Workspace; head: string }>();
  const queues = new Map<string, Promise<unknown>>();
  const env = { ...o.env, OFFBOARD_KEYS_DIR: o.keysDir };

  async function session(ref: RepoRef): Promise<RepoSession> {
    const key = `${ref.owner}/${ref.repo}`;
    if (!/^[A-Za-z0-9_.-]+$/.test(ref.owner) || !/^[A-Za-z0-9_.-]+$/.test(ref.repo) || ref.repo.startsWith(".")) {
      throw new OffboardError("CONFIG_INVALID", `refusing repository name ${JSON.stringify(key)}`, { repo: key });
    }
    const dir = join(o.stateDir, "repos", ref.owner, ref.repo);
    const auth = gitAuthEnv(ref.token, o.env);
    const head = await syncClone({ dir, url: `${o.gitBaseUrl}/${ref.owner}/${ref.repo}.git`, defaultBranch: ref.defaultBranch, env: auth });
    let entry = open.get(key);
    if (entry && entry.head !== head) {
      await entry.ws.close();
      open.delete(key);
      entry = undefined;
    }
    if (!entry) {
      entry = { ws: await openWorkspace(dir, { clock: o.clock, env, ...o.open }), head };
      open.set(key, entry);
    }
    const ws = entry.ws;
    return { ws, head, publish: () => pushLedger(dir, "origin", "ledger", true, auth) };
  }

  const enqueue = <T>(key: string, work: () => Promise<T>): Promise<T> => {
    const next = (queues.get(key) ?? Promise.resolve()).catch(() => undefined).then(work);
    queues.set(key, next);
    return next;
  };

  return {
    run(ref, work) {
      return enqueue(`${ref.owner}/${ref.repo}`, async () => work(await session(ref)));
    },
    runOpen(owner, repo, work) {
      const key = `${owner}/${repo}`;
      return enqueue(key, async () => (open.has(key) ? work() : undefined));
    },
    current(owner, repo) {
      return open.get(`${owner}/${repo}`)?.ws ?? null;
    },
    async close() {
      for (const { ws } of open.values()) await ws.close();
      open.clear();
    },
  };
}
