import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { PolicyInput } from "../../app/policy/types.js";

/** The repository's real policies. */
export const POLICIES_DIR = fileURLToPath(new URL("../../policies", import.meta.url));

/** A fixed evaluation time (2025-06-15T15:06:40Z); tests never read the clock. */
export const NOW = 1_750_000_000;
export const DAY = 86_400;
/** The shipped escalation window, settings escalation_window_days = 30. */
export const WINDOW = 30 * DAY;

/** An ordinary, fully agreed resignation: the shipped policy allows it. */
export function baseInput(): PolicyInput {
  return {
    version: "offboard.input/v1",
    now: NOW,
    tenant: "acme",
    request: {
      id: "req-1",
      kind: "resignation",
      requester: "hr.ops@example.com",
      target_email: "dana.reyes@example.com",
      target_key: "key-dana",
      effective_date: "2025-07-01",
      days_until_effective: 16,
    },
    intake: { source: "request_file", confidence: 100, prompt_injection_suspected: false, finding_rules: [] },
    target: {
      resolved: true,
      account_type: "human",
      privileged: false,
      production_owner: false,
      roles: [],
      group_count: 3,
      escalations: [],
    },
    hris: { found: true, status: "terminating", agrees: true },
    open_requests: [],
  };
}

type Patch<T> = {
  [K in keyof T]?: T[K] extends readonly unknown[] ? T[K] : T[K] extends Record<string, unknown> ? Patch<T[K]> : T[K];
};

/** baseInput() with a (deep, objects only) patch applied. */
export function inputWith(patch: Patch<PolicyInput>): PolicyInput {
  return merge(baseInput(), patch) as PolicyInput;
}

function merge(base: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== "object" || Array.isArray(patch)) return patch;
  if (base === null || typeof base !== "object" || Array.isArray(base)) return patch;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(patch)) out[key] = merge(out[key], value);
  return out;
}

/** A scratch directory removed by the returned cleanup. */
export async function scratchDir(prefix: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `offboard-${prefix}-`));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Copies the real policies into `dir/policies` so a test can break them. */
export async function copyPolicies(dir: string): Promise<string> {
  const target = join(dir, "policies");
  await cp(POLICIES_DIR, target, { recursive: true });
  return target;
}
