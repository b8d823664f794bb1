import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { createScimConnector } from "../../app/connectors/scim/scim-connector.js";
import type { Connector, ConnectorCredentials, PlannedStep, TargetRef } from "../../app/connectors/types.js";
import type { UserRecord } from "../../app/directory/state.js";
import { NOW, startHarness, TENANT, type Harness } from "../directory/embedded-directory-harness.js";

const dana: TargetRef = { email: "dana.reyes@example.com" };
let h: Harness;
let scimc: Connector;
let creds: ConnectorCredentials;

beforeEach(async () => {
  h = await startHarness();
  scimc = createScimConnector({ baseUrl: h.directory.url });
  creds = await h.creds();
});
afterEach(async () => {
  await h.stop();
});

const stored = (email: string): UserRecord | undefined => h.directory.snapshotState().users.find((u) => u.userName === email);
const applyAll = async (steps: PlannedStep[]) => {
  const results = [];
  for (const step of steps) results.push(await scimc.apply(step, creds));
  return results;
};

describe("describe", () => {
  test("an ordinary employee", async () => {
    const d = await scimc.describe(dana, creds);
    expect(d).toEqual({
      connector: "scim", exists: true, accountId: stored(dana.email)?.id, active: true, accountType: "human",
      privileged: false, productionOwner: false, roles: [], groups: ["all-staff", "finance"],
      licences: ["m365-e3", "slack-pro", "netsuite", "zoom"], sessions: 3, escalations: [],
    });
  });

  test("each seeded archetype", async () => {
    const d = (email: string) => scimc.describe({ email }, creds);
    expect(await d("sam.okafor@example.com")).toMatchObject({ privileged: true, roles: ["admin", "developer"], accountType: "human" });
    expect((await d("sam.okafor@example.com")).groups).toContain("prod-admins");
    expect(await d("priya.raman@example.com")).toMatchObject({ productionOwner: true, privileged: false });
    const tom = await d("tom.becker@example.com");
    expect(tom.escalations).toEqual([Math.floor(NOW / 1000) - 36 * 3600]);
    expect(await d("break-glass@example.com")).toMatchObject({ accountType: "break_glass", privileged: true });
    expect(await d("svc-deploy@example.com")).toMatchObject({ accountType: "service", privileged: false, groups: ["ci-deployers"] });
    expect(await d("ceo@example.com")).toMatchObject({ exists: true, roles: ["executive"], groups: ["all-staff", "executives"] });
    expect(await d("lena.fischer@example.com")).toMatchObject({ accountType: "human", groups: ["engineering"] });
    expect(await d("omar.haddad@example.com")).toMatchObject({ exists: true, active: false, groups: [] });
    expect(await d("DANA.REYES@example.com")).toMatchObject({ exists: true, accountId: stored(dana.email)?.id });
  });

  test("an unknown target does not exist; an unusable email is TARGET_NOT_FOUND", async () => {
    expect(await scimc.describe({ email: "nobody@example.com" }, creds)).toMatchObject({ exists: false, accountId: null });
    await expect(scimc.describe({ email: 'x" or userName pr or "' }, creds)).rejects.toMatchObject({
      code: "TARGET_NOT_FOUND", details: { reason: "invalid_email" },
    });
  });
});

describe("soft phase", () => {
  test("plans deactivate, revoke_sessions and one remove_groups per direct group", async () => {
    const id = stored(dana.email)?.id;
    const steps = await scimc.plan("soft", dana, creds);
    expect(steps.map((s) => [s.action, s.detail.group ?? null])).toEqual([
      ["deactivate", null], ["revoke_sessions", null], ["remove_groups", "all-staff"], ["remove_groups", "finance"],
    ]);
    expect(steps.every((s) => s.accountId === id && s.phase === "soft" && s.connector === "scim")).toBe(true);
  });

  test("apply then verify: inactive, no sessions, no groups; licences untouched", async () => {
    const results = await applyAll(await scimc.plan("soft", dana, creds));
    expect(results.map((r) => r.alreadyDone)).toEqual([false, false, false, false]);
    const evidence = await scimc.verify("soft", dana, creds);
    expect(evidence).toEqual({
      connector: "scim", accountId: stored(dana.email)?.id, ok: true,
      checks: { accountExists: true, active: false, sessions: 0, groups: [] },
    });
    expect(stored(dana.email)?.entitlements).toHaveLength(4);
  });

  test("applying the same steps again reports alreadyDone and changes nothing", async () => {
    const steps = await scimc.plan("soft", dana, creds);
    await applyAll(steps);
    const after = h.directory.snapshotState();
    const again = await applyAll(steps);
    expect(again.every((r) => r.alreadyDone)).toBe(true);
    expect(h.directory.snapshotState()).toEqual(after);
  });

  test("deactivating an already inactive account is alreadyDone", async () => {
    const [deactivate] = await scimc.plan("soft", { email: "omar.haddad@example.com" }, creds);
    expect(deactivate?.action).toBe("deactivate");
    expect(await scimc.apply(deactivate as PlannedStep, creds)).toMatchObject({ alreadyDone: true });
  });

  test("verify before the phase ran says not ok", async () => {
    const evidence = await scimc.verify("soft", dana, creds);
    expect(evidence.ok).toBe(false);
    expect(evidence.checks).toMatchObject({ active: true, sessions: 3, groups: ["all-staff", "finance"] });
  });

  test("soft on an unknown target is TARGET_NOT_FOUND", async () => {
    await expect(scimc.plan("soft", { email: "nobody@example.com" }, creds)).rejects.toMatchObject({ code: "TARGET_NOT_FOUND" });
  });

  test('with sessions: "deactivation" no session step is planned and evidence says why', async () => {
    const okta = createScimConnector({ baseUrl: h.directory.url, sessions: "deactivation", name: "okta" });
    const steps = await okta.plan("soft", dana, creds);
    expect(steps.map((s) => s.action)).not.toContain("revoke_sessions");
    expect(steps.every((s) => s.connector === "okta")).toBe(true);
    for (const step of steps) await okta.apply(step, creds);
    expect(await okta.verify("soft", dana, creds)).toMatchObject({ ok: true, checks: { sessions: "revoked-by-deactivation" } });
  });

  test("fast-check: any order and repetition of soft steps converges to the same state; repeats are alreadyDone", async () => {
    const soft = await scimc.plan("soft", dana, creds);
    await applyAll(soft);
    const reference = h.directory.snapshotState();
    await h.stop();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: soft.length - 1 }), { minLength: 1, maxLength: 10 }), async (order) => {
        const run = await startHarness();
        try {
          const c = createScimConnector({ baseUrl: run.directory.url });
          const k = await run.creds();
          const seen = new Set<number>();
          for (const i of [...order, ...soft.keys()]) {
            const result = await c.apply(soft[i] as PlannedStep, k);
            expect(result.alreadyDone).toBe(seen.has(i));
            seen.add(i);
          }
          expect((await c.verify("soft", dana, k)).ok).toBe(true);
          expect(run.directory.snapshotState()).toEqual(reference);
        } finally {
          await run.stop();
        }
      }),
      { numRuns: 15 },
    );
    h = await startHarness();
  });
});

describe("hard phase", () => {
  test("reclaims licences and deletes; verify shows the account gone; again is alreadyDone", async () => {
    const snapshot = await scimc.snapshot(dana, creds);
    await applyAll(await scimc.plan("soft", dana, creds));
    const steps = await scimc.plan("hard", dana, creds);
    expect(steps.map((s) => s.action)).toEqual(["reclaim_licences", "delete"]);
    expect(steps[0]?.detail.licences).toEqual(["m365-e3", "slack-pro", "netsuite", "zoom"]);

    expect((await applyAll(steps)).map((r) => r.alreadyDone)).toEqual([false, false]);
    expect(stored(dana.email)).toBeUndefined();
    const evidence = await scimc.verify("hard", dana, creds, snapshot);
    expect(evidence).toEqual({
      connector: "scim", accountId: snapshot.accountId, ok: true,
      checks: { userNameResolves: false, accountExists: false, licencesHeld: [] },
    });
    expect((await scimc.verify("hard", dana, creds)).ok).toBe(true);

    const before = h.directory.snapshotState();
    expect((await applyAll(steps)).every((r) => r.alreadyDone)).toBe(true);
    expect(h.directory.snapshotState()).toEqual(before);
    expect(await scimc.plan("hard", dana, creds)).toEqual([]);
  });

  test("verify hard while the account still exists is not ok", async () => {
    const evidence = await scimc.verify("hard", dana, creds);
    expect(evidence.ok).toBe(false);
    expect(evidence.checks).toMatchObject({ userNameResolves: true, accountExists: true });
  });
});

describe("snapshot and reinstate", () => {
  test("snapshot → soft → restore brings back active, groups, roles and licences exactly", async () => {
    const sam = { email: "sam.okafor@example.com" };
    const original = stored(sam.email) as UserRecord;
    const groupsBefore = h.directory.snapshotState().groups.filter((g) => g.members.includes(original.id)).map((g) => g.id).sort();
    const snapshot = await scimc.snapshot(sam, creds);
    expect(snapshot).toMatchObject({ connector: "scim", accountId: original.id, data: { format: 1, active: true, sessions: 2 } });

    await applyAll(await scimc.plan("soft", sam, creds));
    expect((await scimc.verify("soft", sam, creds)).ok).toBe(true);
    await scimc.restore(snapshot, creds);

    const restored = stored(sam.email) as UserRecord;
    expect(restored.active).toBe(true);
    expect(restored.roles).toEqual(original.roles);
    expect(restored.entitlements).toEqual(original.entitlements);
    expect(h.directory.snapshotState().groups.filter((g) => g.members.includes(original.id)).map((g) => g.id).sort()).toEqual(groupsBefore);
    const evidence = await scimc.verify("reinstate", sam, creds, snapshot);
    expect(evidence.ok).toBe(true);
    expect(evidence.checks).toMatchObject({ active: true, expectedActive: true, groups: ["all-staff", "engineering", "prod-admins"] });
  });

  test("restore is idempotent", async () => {
    const snapshot = await scimc.snapshot(dana, creds);
    await applyAll(await scimc.plan("soft", dana, creds));
    await scimc.restore(snapshot, creds);
    const once = h.directory.snapshotState();
    await scimc.restore(snapshot, creds);
    expect(h.directory.snapshotState()).toEqual(once);
  });

  test("restore puts back licences reclaimed by a hard step that did not delete yet", async () => {
    const snapshot = await scimc.snapshot(dana, creds);
    const [reclaim] = await scimc.plan("hard", dana, creds);
    await scimc.apply(reclaim as PlannedStep, creds);
    expect(stored(dana.email)?.entitlements).toEqual([]);
    await scimc.restore(snapshot, creds);
    expect((await scimc.verify("reinstate", dana, creds, snapshot)).ok).toBe(true);
  });

  test("after the hard phase there is nothing to restore into: TARGET_NOT_FOUND", async () => {
    const snapshot = await scimc.snapshot(dana, creds);
    await applyAll(await scimc.plan("soft", dana, creds));
    await applyAll(await scimc.plan("hard", dana, creds));
    await expect(scimc.restore(snapshot, creds)).rejects.toMatchObject({ code: "TARGET_NOT_FOUND", details: { reason: "gone" } });
  });

  test("verify reinstate needs the snapshot; a tampered or foreign snapshot is refused", async () => {
    await expect(scimc.verify("reinstate", dana, creds)).rejects.toMatchObject({ code: "REINSTATE_NOTHING_TO_RESTORE" });
    const snapshot = await scimc.snapshot(dana, creds);
    await expect(scimc.restore({ ...snapshot, data: { ...snapshot.data, groups: "all" } }, creds)).rejects.toMatchObject({
      code: "REINSTATE_NOTHING_TO_RESTORE", details: { field: "groups" },
    });
    await expect(scimc.restore({ ...snapshot, connector: "ldap" }, creds)).rejects.toMatchObject({ code: "REINSTATE_NOTHING_TO_RESTORE" });
  });
});

describe("credentials and faults", () => {
  test("a revoked, expired or absent lease is LEASE_REVOKED (HTTP 401) and nothing changes", async () => {
    const steps = await scimc.plan("soft", dana, creds);
    const snapshot = await scimc.snapshot(dana, creds);
    const before = h.directory.snapshotState();

    const revoked = await h.broker.acquire(TENANT);
    await h.broker.revoke(revoked);
    await expect(scimc.apply(steps[0] as PlannedStep, revoked.credentials)).rejects.toMatchObject({
      code: "LEASE_REVOKED", details: { status: 401 },
    });
    await expect(scimc.apply(steps[0] as PlannedStep, { bearerToken: "" })).rejects.toMatchObject({ code: "LEASE_REVOKED" });
    h.clock.advance(60_000);
    for (const step of steps) await expect(scimc.apply(step, creds)).rejects.toMatchObject({ code: "LEASE_REVOKED", details: { status: 401 } });
    await expect(scimc.restore(snapshot, creds)).rejects.toMatchObject({ code: "LEASE_REVOKED" });
    await expect(scimc.plan("hard", dana, creds)).rejects.toMatchObject({ code: "LEASE_REVOKED" });
    expect(h.directory.snapshotState()).toEqual(before);
  });

  test("a SCIM error is CONNECTOR_FAILED with the status and the server's detail", async () => {
    const [deactivate] = await scimc.plan("soft", dana, creds);
    const step = { ...(deactivate as PlannedStep), action: "revoke_sessions" as const };
    const broken = createScimConnector({ baseUrl: h.directory.url, extensionSchema: "urn:example:nothing" });
    await expect(broken.apply(step, creds)).rejects.toMatchObject({ code: "CONNECTOR_FAILED" });
    const wrongRoot = createScimConnector({ baseUrl: `${h.directory.url}/nope` });
    await expect(wrongRoot.describe(dana, creds)).rejects.toMatchObject({ code: "CONNECTOR_FAILED", details: { status: 404 } });
  });

  test("a directory that is down is CONNECTOR_FAILED with no status", async () => {
    await h.stop();
    await expect(scimc.describe(dana, creds)).rejects.toMatchObject({ code: "CONNECTOR_FAILED", details: { status: null } });
    h = await startHarness();
  });

  test("a step for another connector is refused", async () => {
    const [step] = await scimc.plan("soft", dana, creds);
    await expect(scimc.apply({ ...(step as PlannedStep), connector: "ldap" }, creds)).rejects.toMatchObject({ code: "CONNECTOR_FAILED" });
  });

  test("config is validated: https except on loopback, no unknown fields", () => {
    for (const config of [{}, { baseUrl: "http://idp.example.com/scim/v2" }, { baseUrl: h.directory.url, extra: 1 }, { baseUrl: "ftp://x" }]) {
      expect(() => createScimConnector(config)).toThrow(expect.objectContaining({ code: "CONFIG_INVALID" }));
    }
    expect(createScimConnector({ baseUrl: "https://idp.example.com/scim/v2/" }).name).toBe("scim");
  });
});
