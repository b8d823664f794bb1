import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { startEmbeddedDirectory } from "../../app/directory/start-embedded-directory.js";
import { seedDirectoryState } from "../../app/directory/seed.js";
import { OFFBOARD_USER_EXTENSION } from "../../app/directory/state.js";
import { NOW, scim, startHarness, TENANT, type Harness } from "./embedded-directory-harness.js";

const PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
const SCIM_ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
const byUserName = (email: string) => `/Users?filter=${encodeURIComponent(`userName eq "${email}"`)}`;
const deactivate = { schemas: [PATCH], Operations: [{ op: "replace", path: "active", value: false }] };

async function danaId(h: Harness, token: string): Promise<string> {
  const { body } = await scim(h.directory, "GET", byUserName("dana.reyes@example.com"), { token });
  return ((body?.Resources as Array<{ id: string }>)[0] as { id: string }).id;
}

describe("embedded SCIM directory", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.stop();
  });

  test("listens on 127.0.0.1 at a random port and serves SCIM discovery", async () => {
    expect(h.directory.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/scim\/v2$/);
    const token = (await h.creds()).bearerToken;
    const spc = await scim(h.directory, "GET", "/ServiceProviderConfig", { token });
    expect(spc.status).toBe(200);
    expect(spc.body).toMatchObject({ patch: { supported: true }, filter: { supported: true } });
    const types = await scim(h.directory, "GET", "/ResourceTypes", { token });
    const user = (types.body?.Resources as Array<Record<string, unknown>>).find((r) => r.name === "User");
    expect(user?.schemaExtensions).toEqual([{ schema: OFFBOARD_USER_EXTENSION, required: false }]);
  });

  test("no token, a malformed header, an unknown token: SCIM 401 with a Bearer challenge", async () => {
    for (const token of [undefined, "", "not-a-lease-token"]) {
      const res = await scim(h.directory, "GET", "/Users", token === undefined ? {} : { token });
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ schemas: [SCIM_ERROR], status: "401" });
      expect(res.headers.get("www-authenticate")).toMatch(/^Bearer realm="offboard-directory"/);
    }
  });

  test("an expired or revoked lease is refused and mutates nothing", async () => {
    const lease = await h.broker.acquire(TENANT);
    const id = await danaId(h, lease.credentials.bearerToken);
    const before = h.directory.snapshotState();

    h.clock.advance(60_000);
    const expired = await scim(h.directory, "PATCH", `/Users/${id}`, { token: lease.credentials.bearerToken, body: deactivate });
    expect(expired.status).toBe(401);

    const fresh = await h.broker.acquire(TENANT);
    await h.broker.revoke(fresh);
    for (const method of ["PATCH", "DELETE"]) {
      const res = await scim(h.directory, method, `/Users/${id}`, { token: fresh.credentials.bearerToken, ...(method === "PATCH" ? { body: deactivate } : {}) });
      expect(res.status).toBe(401);
    }
    const post = await scim(h.directory, "POST", "/Users", { token: fresh.credentials.bearerToken, body: { userName: "mallory@example.com" } });
    expect(post.status).toBe(401);
    expect(h.directory.snapshotState()).toEqual(before);
  });

  test("userName filters are case-insensitive (RFC 7643 caseExact=false)", async () => {
    const token = (await h.creds()).bearerToken;
    const { body } = await scim(h.directory, "GET", byUserName("Dana.Reyes@EXAMPLE.com"), { token });
    expect(body?.totalResults).toBe(1);
    expect((body?.Resources as Array<{ userName: string }>)[0]?.userName).toBe("dana.reyes@example.com");
  });

  test("a user's groups are derived from group members and follow Group PATCH", async () => {
    const token = (await h.creds()).bearerToken;
    const id = await danaId(h, token);
    const groups = async () =>
      ((await scim(h.directory, "GET", `/Users/${id}`, { token })).body?.groups as Array<{ display: string }>).map((g) => g.display).sort();
    expect(await groups()).toEqual(["all-staff", "finance"]);
    const finance = h.directory.snapshotState().groups.find((g) => g.displayName === "finance");
    const res = await scim(h.directory, "PATCH", `/Groups/${finance?.id}`, {
      token,
      body: { schemas: [PATCH], Operations: [{ op: "remove", path: `members[value eq "${id}"]` }] },
    });
    expect(res.status).toBe(200);
    expect(await groups()).toEqual(["all-staff"]);
  });

  test("sessions can be revoked (set to 0) but never raised; unknown members and duplicate userNames are refused", async () => {
    const token = (await h.creds()).bearerToken;
    const id = await danaId(h, token);
    const set = (value: number) =>
      scim(h.directory, "PATCH", `/Users/${id}`, { token, body: { schemas: [PATCH], Operations: [{ op: "replace", path: `${OFFBOARD_USER_EXTENSION}:sessions`, value }] } });
    expect((await set(7)).status).toBe(400);
    const ok = await set(0);
    expect(ok.status).toBe(200);
    expect(ok.body?.[OFFBOARD_USER_EXTENSION]).toMatchObject({ sessions: 0 });

    const group = h.directory.snapshotState().groups[0];
    const bad = await scim(h.directory, "PATCH", `/Groups/${group?.id}`, {
      token, body: { schemas: [PATCH], Operations: [{ op: "add", path: "members", value: [{ value: "no-such-user" }] }] },
    });
    expect(bad.status).toBe(400);
    const dup = await scim(h.directory, "POST", "/Users", { token, body: { userName: "DANA.REYES@example.com" } });
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({ scimType: "uniqueness" });
  });

  test("DELETE removes the user from every group; a second DELETE is 404", async () => {
    const token = (await h.creds()).bearerToken;
    const id = await danaId(h, token);
    expect((await scim(h.directory, "DELETE", `/Users/${id}`, { token })).status).toBe(204);
    expect((await scim(h.directory, "DELETE", `/Users/${id}`, { token })).status).toBe(404);
    expect((await scim(h.directory, "GET", `/Users/${id}`, { token })).status).toBe(404);
    expect(h.directory.snapshotState().groups.some((g) => g.members.includes(id))).toBe(false);
  });

  test("concurrent PATCHes of one group lose no update (writes are serialised)", async () => {
    const token = (await h.creds()).bearerToken;
    const allStaff = h.directory.snapshotState().groups.find((g) => g.displayName === "all-staff");
    const members = allStaff?.members ?? [];
    expect(members.length).toBeGreaterThan(10);
    const results = await Promise.all(
      members.map((id) =>
        scim(h.directory, "PATCH", `/Groups/${allStaff?.id}`, {
          token, body: { schemas: [PATCH], Operations: [{ op: "remove", path: `members[value eq "${id}"]` }] },
        }),
      ),
    );
    expect(results.every((r) => r.status === 200 || r.status === 204)).toBe(true);
    expect(h.directory.snapshotState().groups.find((g) => g.id === allStaff?.id)?.members).toEqual([]);
  });

  test("two directories in one process keep separate state", async () => {
    const other = await startHarness();
    try {
      const token = (await h.creds()).bearerToken;
      const id = await danaId(h, token);
      expect((await scim(h.directory, "PATCH", `/Users/${id}`, { token, body: deactivate })).status).toBe(200);
      const otherToken = (await other.creds()).bearerToken;
      expect((await scim(other.directory, "GET", `/Users/${id}`, { token: otherToken })).body?.active).toBe(true);
      // Each directory trusts only its own broker.
      expect((await scim(other.directory, "GET", "/Users", { token })).status).toBe(401);
    } finally {
      await other.stop();
    }
  });
});

describe("embedded directory state file", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "offboard-dir-"));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test("mutations survive stop/start; the file is written atomically and holds no token", async () => {
    const statePath = join(dir, "directory.json");
    const first = await startHarness({ statePath });
    expect(existsSync(statePath)).toBe(true);
    const token = (await first.creds()).bearerToken;
    const id = await danaId(first, token);
    expect((await scim(first.directory, "PATCH", `/Users/${id}`, { token, body: deactivate })).status).toBe(200);
    await first.stop();

    const saved = readFileSync(statePath, "utf8");
    expect(saved).not.toContain(token);
    expect(readdirSync(dir)).toEqual(["directory.json"]);

    const second = await startHarness({ statePath });
    try {
      const token2 = (await second.creds()).bearerToken;
      expect((await scim(second.directory, "GET", `/Users/${id}`, { token: token2 })).body?.active).toBe(false);
      expect(second.directory.snapshotState()).toEqual(JSON.parse(saved));
    } finally {
      await second.stop();
    }
  });

  test("a mutation is on disk when its response arrives: a restart from the files of a killed server holds it; a torn journal line is dropped", async () => {
    const statePath = join(dir, "directory.json");
    const first = await startHarness({ statePath });
    try {
      const token = (await first.creds()).bearerToken;
      const id = await danaId(first, token);
      expect((await scim(first.directory, "PATCH", `/Users/${id}`, { token, body: deactivate })).status).toBe(200);
      // The server is still running (as if killed now): only what is on disk counts.
      const copy = join(dir, "after-kill");
      mkdirSync(copy);
      for (const name of readdirSync(dir).filter((n) => n.startsWith("directory.json"))) copyFileSync(join(dir, name), join(copy, name));
      expect(existsSync(join(copy, "directory.json.journal"))).toBe(true);
      appendFileSync(join(copy, "directory.json.journal"), '{"op":"deleteUser","i');
      const second = await startHarness({ statePath: join(copy, "directory.json") });
      try {
        const token2 = (await second.creds()).bearerToken;
        expect((await scim(second.directory, "GET", `/Users/${id}`, { token: token2 })).body?.active).toBe(false);
        expect(second.directory.snapshotState().users).toHaveLength(first.directory.snapshotState().users.length);
      } finally {
        await second.stop();
      }
      // Stopping folds the journal into the state file.
      expect(readdirSync(copy)).toEqual(["directory.json"]);
    } finally {
      await first.stop();
    }
  });

  test("a journal line that is not a change refuses to start with CONFIG_INVALID naming the line", async () => {
    const statePath = join(dir, "directory.json");
    writeFileSync(`${statePath}.journal`, '{"op":"deleteUser","id":"x"}\n{"op":"rename"}\n');
    await expect(startEmbeddedDirectory({ seed: seedDirectoryState(NOW), validateToken: () => null, statePath, clock: () => NOW })).rejects.toMatchObject({ code: "CONFIG_INVALID", details: { line: 2 } });
  });

  test("without statePath nothing is written and a restart reseeds", async () => {
    const first = await startHarness();
    const token = (await first.creds()).bearerToken;
    const id = await danaId(first, token);
    await scim(first.directory, "DELETE", `/Users/${id}`, { token });
    await first.stop();
    const second = await startHarness();
    try {
      expect(second.directory.snapshotState()).toEqual(seedDirectoryState(NOW));
    } finally {
      await second.stop();
    }
  });

  test("a corrupt state file refuses to start with CONFIG_INVALID naming the file", async () => {
    const statePath = join(dir, "directory.json");
    const start = () =>
      startEmbeddedDirectory({ seed: seedDirectoryState(NOW), validateToken: () => null, statePath, clock: () => NOW });
    writeFileSync(statePath, "{not json");
    await expect(start()).rejects.toMatchObject({ code: "CONFIG_INVALID", details: { path: statePath } });
    writeFileSync(statePath, JSON.stringify({ version: 1, users: [{ id: "x" }], groups: [] }));
    await expect(start()).rejects.toMatchObject({ code: "CONFIG_INVALID", details: { field: "users.0.userName" } });
  });
});
