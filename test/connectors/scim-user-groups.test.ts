import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parseScimConnectorConfig } from "../../app/connectors/scim/config.js";
import { findUserByUserName } from "../../app/connectors/scim/find-user.js";
import { createScimClient } from "../../app/connectors/scim/scim-client.js";
import { listUserGroups } from "../../app/connectors/scim/user-groups.js";
import { startHarness, type Harness } from "../directory/embedded-directory-harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
});

describe("listUserGroups", () => {
  test("falls back to GET /Groups?filter=members.value when the server omits User.groups, with the same answer", async () => {
    const config = parseScimConnectorConfig({ baseUrl: h.directory.url });
    const client = createScimClient(config, await h.creds());
    for (const email of ["sam.okafor@example.com", "dana.reyes@example.com", "omar.haddad@example.com"]) {
      const user = await findUserByUserName(client, config, email);
      if (!user) throw new Error(`seed lacks ${email}`);
      expect(user.groups).toBeDefined();
      const fromAttribute = await listUserGroups(client, config, user);
      const fromGroups = await listUserGroups(client, config, { ...user, groups: undefined });
      const key = (gs: Array<{ id: string }>) => gs.map((g) => g.id).sort();
      expect(key(fromGroups)).toEqual(key(fromAttribute));
      expect(fromGroups.every((g) => g.direct && g.display.length > 0)).toBe(true);
    }
  });
});
