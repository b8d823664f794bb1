import { startEmbeddedDirectory, type EmbeddedDirectory } from "../../app/directory/start-embedded-directory.js";
import { seedDirectoryState } from "../../app/directory/seed.js";
import { createLocalBroker, type LocalBroker } from "../../app/doer/lease/local-broker.js";
import type { ConnectorCredentials } from "../../app/connectors/types.js";
import { manualClock } from "../../app/util/clock.js";

/** 2025-06-02T09:00:00Z: a fixed "now" so seeded escalations and HRIS dates are deterministic. */
export const NOW = Date.UTC(2025, 5, 2, 9, 0, 0);
export const TENANT = "acme";

export interface Harness {
  directory: EmbeddedDirectory;
  broker: LocalBroker;
  clock: ReturnType<typeof manualClock>;
  /** Credentials of a fresh lease. */
  creds(): Promise<ConnectorCredentials>;
  stop(): Promise<void>;
}

/** A real embedded directory on 127.0.0.1 guarded by a real local broker, both on one manual clock. */
export async function startHarness(options: { statePath?: string } = {}): Promise<Harness> {
  const clock = manualClock(NOW);
  const broker = createLocalBroker({ clock });
  const directory = await startEmbeddedDirectory({
    seed: seedDirectoryState(NOW),
    validateToken: (token) => broker.validate(token),
    clock,
    ...(options.statePath ? { statePath: options.statePath } : {}),
  });
  return {
    directory,
    broker,
    clock,
    creds: async () => (await broker.acquire(TENANT)).credentials,
    stop: () => directory.stop(),
  };
}

/** A raw SCIM request, for asserting on the wire. */
export async function scim(
  directory: EmbeddedDirectory,
  method: string,
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<{ status: number; body: Record<string, unknown> | null; headers: Headers }> {
  const res = await fetch(`${directory.url}${path}`, {
    method,
    headers: {
      ...(options.token !== undefined ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.body !== undefined ? { "content-type": "application/scim+json" } : {}),
    },
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : null, headers: res.headers };
}
