import SCIMMY from "scimmy";
import { describe, expect, it } from "vitest";
import { seedDirectoryState } from "../../app/directory/seed.js";
import { startEmbeddedDirectory } from "../../app/directory/start-embedded-directory.js";
import { manualClock } from "../../app/util/clock.js";
import { NOW, TENANT } from "./embedded-directory-harness.js";

// Its own file: SCIMMY's basepaths are process-wide, and in another file's process an express
// request may already have set them. Here the fast lane answers the first request of all.
describe("the fast lane on a fresh process", () => {
  it("sets SCIMMY's basepaths itself, as scimmy-routers does, before its first answer", async () => {
    expect(SCIMMY.Resources.User.basepath()).toBeUndefined();
    const directory = await startEmbeddedDirectory({ seed: seedDirectoryState(NOW), clock: manualClock(NOW), validateToken: (t) => (t === "t" ? { tenant: TENANT } : null) });
    try {
      const res = await fetch(`${directory.url}/Users?filter=${encodeURIComponent('userName eq "dana.reyes@example.com"')}&count=10`, { headers: { authorization: "Bearer t" } });
      const body = (await res.json()) as { Resources: Array<{ id: string; meta: { location: string } }> };
      expect(body.Resources[0]!.meta.location).toBe(`/scim/v2/Users/${body.Resources[0]!.id}`);
    } finally {
      await directory.stop();
    }
  });
});
