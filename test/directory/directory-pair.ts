import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmbeddedDirectory, type EmbeddedDirectory } from "../../app/directory/start-embedded-directory.js";
import type { DirectoryState, UserRecord } from "../../app/directory/state.js";
import { manualClock } from "../../app/util/clock.js";
import { NOW, TENANT } from "./embedded-directory-harness.js";

export const TOKEN = "differential-token";

/** One HTTP answer as the client sees it: status, every header but Date, the body's exact text. */
export interface Exchange {
  status: number;
  headers: Array<[string, string]>;
  body: string;
}

/**
 * Two real embedded directories on one manual clock, from the same seed, each journaling to its
 * own state file: `fast` as shipped, `reference` with every fast path off (`fastPatch: false`:
 * every PATCH through SCIMMY; `fastRender: false`: every rendering SCIMMY's; `fastRoutes: false`:
 * every request through express and scimmy-routers). Whatever the client sends, both must answer
 * and store the same.
 */
export interface DirectoryPair {
  fast: EmbeddedDirectory;
  reference: EmbeddedDirectory;
  clock: ReturnType<typeof manualClock>;
  /** The journal's bytes (the changes made since start), "" before the first change. */
  journal(which: "fast" | "reference"): string;
  stop(): Promise<void>;
}

export async function startDirectoryPair(seed: DirectoryState): Promise<DirectoryPair> {
  const clock = manualClock(NOW);
  const root = mkdtempSync(join(tmpdir(), "offboard-directory-pair-"));
  const paths = { fast: join(root, "fast.json"), reference: join(root, "reference.json") };
  const start = (statePath: string, fast: boolean) =>
    startEmbeddedDirectory({ seed, statePath, clock, fastPatch: fast, fastRender: fast, fastRoutes: fast, validateToken: (t) => (t === TOKEN ? { tenant: TENANT } : null) });
  const fast = await start(paths.fast, true);
  const reference = await start(paths.reference, false);
  return {
    fast,
    reference,
    clock,
    journal: (which) => (existsSync(`${paths[which]}.journal`) ? readFileSync(`${paths[which]}.journal`, "utf8") : ""),
    async stop() {
      await Promise.all([fast.stop(), reference.stop()]);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Sends `body` exactly as given (it may be invalid JSON on purpose). */
export async function exchange(directory: EmbeddedDirectory, method: string, path: string, body?: string): Promise<Exchange> {
  const res = await fetch(`${directory.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${TOKEN}`, ...(body !== undefined ? { "content-type": "application/scim+json" } : {}) },
    ...(body !== undefined ? { body } : {}),
  });
  const headers = [...res.headers].filter(([name]) => name !== "date");
  return { status: res.status, headers, body: await res.text() };
}

/**
 * Users the seed lacks, each at an edge of SCIMMY's coercion or of the store: no title and no
 * email type; empty names; a role with a type (SCIMMY declares no canonical role types, so the
 * user cannot be rendered at all); a non-canonical email type (likewise); a mixed-case userName
 * (the ingress lower-cases it) and one whose lower-case form is another user's (409 on write);
 * live sessions and escalations.
 */
export function edgeUsers(now: number): UserRecord[] {
  const at = new Date(now - 86_400_000).toISOString();
  const base = (n: number, userName: string): UserRecord => ({
    id: `e0000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
    userName,
    name: { givenName: "Edge", familyName: String(n), formatted: `Edge ${n}` },
    displayName: `Edge ${n}`,
    userType: "Employee",
    active: true,
    emails: [{ value: userName.toLowerCase(), type: "work", primary: true }],
    roles: [],
    entitlements: [],
    sessions: 0,
    productionOwner: false,
    escalations: [],
    created: at,
    lastModified: at,
  });
  return [
    { ...base(1, "edge.bare@example.com"), emails: [{ value: "edge.bare@example.com" }] },
    { ...base(2, "edge.empty@example.com"), name: { givenName: "", familyName: "", formatted: "" }, displayName: "", title: "" },
    { ...base(3, "edge.typed-role@example.com"), roles: [{ value: "admin", type: "primary" }] },
    { ...base(4, "edge.odd-email@example.com"), emails: [{ value: "edge.odd-email@example.com", type: "corporate" }] },
    { ...base(5, "Edge.Mixed@Example.com"), title: "Mixed" },
    { ...base(6, "DANA.REYES@example.com") },
    { ...base(7, "edge.busy@example.com"), sessions: 7, productionOwner: true, escalations: [1_700_000_000, 1_700_000_100], title: "Busy", userType: "Contractor" },
  ];
}
