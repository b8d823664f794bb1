import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seedDirectoryState } from "../../app/directory/seed.js";
import { startDirectoryWorker } from "../../app/directory/start-directory-worker.js";
import { createLocalBroker } from "../../app/doer/lease/local-broker.js";
import { manualClock } from "../../app/util/clock.js";
import { NOW, scim } from "./embedded-directory-harness.js";

const PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

describe("the embedded directory on a worker thread", () => {
  it("serves SCIM with this thread deciding every token and lending its clock; snapshots are synchronous; state is journaled and saved on stop", async () => {
    const statePath = join(mkdtempSync(join(tmpdir(), "directory-worker-")), "directory.json");
    const clock = manualClock(NOW);
    const broker = createLocalBroker({ clock });
    let asked = 0;
    const directory = await startDirectoryWorker({ seed: seedDirectoryState(NOW), statePath, clock, validateToken: (t) => (asked++, broker.validate(t)) });
    try {
      const token = (await broker.acquire("acme")).credentials.bearerToken;
      const found = await scim(directory, "GET", `/Users?filter=${encodeURIComponent('userName eq "dana.reyes@example.com"')}`, { token });
      expect(found.status).toBe(200);
      const dana = (found.body!.Resources as { id: string }[])[0]!;
      clock.advance(5_000);
      const patched = await scim(directory, "PATCH", `/Users/${dana.id}`, { token, body: { schemas: [PATCH_OP], Operations: [{ op: "replace", path: "active", value: false }] } });
      expect(patched.status).toBe(200);
      // The worker's clock is this thread's (a manual clock here): lastModified is NOW + 5 s.
      expect(patched.body).toMatchObject({ active: false, meta: { lastModified: new Date(NOW + 5_000).toISOString() } });
      const state = directory.snapshotState();
      expect(state.users.find((u) => u.id === dana.id)).toMatchObject({ active: false, lastModified: new Date(NOW + 5_000).toISOString() });
      expect(asked).toBe(2);
      // An unknown token, or none, is refused before any handler runs.
      expect((await scim(directory, "GET", "/Users", { token: "not-a-token" })).status).toBe(401);
      expect((await scim(directory, "GET", "/Users")).status).toBe(401);
    } finally {
      await directory.stop();
    }
    const saved = JSON.parse(readFileSync(statePath, "utf8")) as { users: { userName: string; active: boolean }[] };
    expect(saved.users.find((u) => u.userName === "dana.reyes@example.com")!.active).toBe(false);
  });

  it("a validator that throws refuses the request (fail closed)", async () => {
    const directory = await startDirectoryWorker({ seed: seedDirectoryState(NOW), clock: () => NOW, validateToken: () => { throw new Error("broker down"); } });
    try {
      expect((await scim(directory, "GET", "/Users", { token: "anything" })).status).toBe(401);
    } finally {
      await directory.stop();
    }
  });

  it("a corrupt state file refuses to start with the same CONFIG_INVALID as in-process", async () => {
    const statePath = join(mkdtempSync(join(tmpdir(), "directory-worker-")), "directory.json");
    writeFileSync(statePath, "{not json");
    await expect(startDirectoryWorker({ seed: seedDirectoryState(NOW), validateToken: () => null, statePath, clock: () => NOW })).rejects.toMatchObject({ code: "CONFIG_INVALID", details: { path: statePath } });
  });
});
