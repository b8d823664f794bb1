import fc from "fast-check";
import { Attribute, Change } from "ldapts";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Connector, ConnectorCredentials, PlannedStep, TargetRef } from "../../app/connectors/types.js";
import { EMPTY_GROUP_MEMBER, GROUPS_DN, startSlapd, type Slapd } from "../helpers/slapd.js";
import { applyAll, directoryContent, directoryState, ldapConnector, leaseCreds, membersOf } from "./ldap-fixture.js";

// One slapd for the file; each test acts on its own person, so the tests do not depend on each other.
let slapd: Slapd;
let ldap: Connector;
let creds: ConnectorCredentials;

beforeAll(async () => {
  slapd = await startSlapd();
  ldap = ldapConnector(slapd);
  creds = leaseCreds(slapd);
});
afterAll(async () => {
  await slapd?.stop();
});

const person = (uid: string): TargetRef => ({ email: `${uid}@example.com` });
const canBindAs = (uid: string) => slapd.canBind(slapd.personDn(uid), slapd.passwordOf(uid));
const addMember = (cn: string, dn: string) =>
  slapd.as(async (c) => {
    await c.modify(`cn=${cn},${GROUPS_DN}`, new Change({ operation: "add", modification: new Attribute({ type: "member", values: [dn] }) }));
  });

describe("soft phase", () => {
  test("apply then verify: locked by ppolicy, in no group; the person can no longer bind", async () => {
    expect(await canBindAs("dana.reyes")).toBe(true);
    const steps = await ldap.plan("soft", person("dana.reyes"), creds);
    expect((await applyAll(ldap, steps, creds)).map((r) => r.alreadyDone)).toEqual([false, false, false]);

    expect(await ldap.verify("soft", person("dana.reyes"), creds)).toEqual({
      connector: "ldap", accountId: slapd.personDn("dana.reyes"), ok: true,
      checks: { accountExists: true, locked: "000001010000Z", sessions: expect.stringMatching(/no sessions/), groups: [] },
    });
    expect(await membersOf(slapd, "finance")).not.toContain(slapd.personDn("dana.reyes"));
    expect(await canBindAs("dana.reyes")).toBe(false);
    expect(await ldap.describe(person("dana.reyes"), creds)).toMatchObject({ exists: true, active: false, groups: [] });
  });

  test("applying the same steps again reports alreadyDone and writes nothing", async () => {
    const steps = await ldap.plan("soft", person("noah.schmidt"), creds);
    await applyAll(ldap, steps, creds);
    const after = await directoryState(slapd);
    expect((await applyAll(ldap, steps, creds)).every((r) => r.alreadyDone)).toBe(true);
    expect(await directoryState(slapd)).toEqual(after);
  });

  test("locking an already locked account is alreadyDone", async () => {
    const [deactivate, ...rest] = await ldap.plan("soft", person("omar.haddad"), creds);
    expect(rest).toEqual([]);
    expect(await ldap.apply(deactivate as PlannedStep, creds)).toMatchObject({ alreadyDone: true });
  });

  test("the last member of a groupOfNames: refused without emptyGroupMember, replaced by it with", async () => {
    const svc = person("svc-deploy");
    const dn = slapd.personDn("svc-deploy");
    const snapshot = await ldap.snapshot(svc, creds);
    const noPlaceholder = ldapConnector(slapd, { emptyGroupMember: undefined });
    const [, leave] = await noPlaceholder.plan("soft", svc, creds);
    const before = await directoryState(slapd);
    await expect(noPlaceholder.apply(leave as PlannedStep, creds)).rejects.toMatchObject({
      code: "CONNECTOR_FAILED", details: { reason: "last_member", groupDn: `cn=ci-deployers,${GROUPS_DN}` },
    });
    expect(await directoryState(slapd)).toEqual(before);

    await applyAll(ldap, await ldap.plan("soft", svc, creds), creds);
    expect(await membersOf(slapd, "ci-deployers")).toEqual([EMPTY_GROUP_MEMBER]);
    expect((await ldap.verify("soft", svc, creds)).ok).toBe(true);

    await ldap.restore(snapshot, creds);
    expect(await membersOf(slapd, "ci-deployers")).toEqual([dn]);
    expect((await ldap.verify("reinstate", svc, creds, snapshot)).ok).toBe(true);
  });

  test("a different entry recreated at the planned DN is never touched (entryUUID check)", async () => {
    const tom = person("tom.becker");
    const dn = slapd.personDn("tom.becker");
    const steps = await ldap.plan("soft", tom, creds);
    await slapd.as(async (c) => {
      await c.del(dn);
      await c.add(dn, { objectClass: "inetOrgPerson", uid: "tom.becker", cn: "Tom Becker", sn: "Becker", mail: "tom.becker@example.com" });
    });
    const before = await directoryState(slapd);
    for (const step of steps) {
      await expect(ldap.apply(step, creds)).rejects.toMatchObject({ code: "TARGET_NOT_FOUND", details: { reason: "replaced" } });
    }
    const [remove] = (await ldap.plan("hard", tom, creds)).slice(-1);
    await expect(ldap.apply({ ...(remove as PlannedStep), detail: { ...remove?.detail, entryUUID: "not-the-uuid" } }, creds)).rejects.toMatchObject({
      code: "TARGET_NOT_FOUND", details: { reason: "replaced" },
    });
    expect(await directoryState(slapd)).toEqual(before);
  });
});

describe("hard phase", () => {
  test("cleans group references left after the soft phase, deletes; verify shows it gone; again is alreadyDone", async () => {
    const marcus = person("marcus.bell");
    const dn = slapd.personDn("marcus.bell");
    const snapshot = await ldap.snapshot(marcus, creds);
    await applyAll(ldap, await ldap.plan("soft", marcus, creds), creds);
    await addMember("sales", dn); // someone re-granted access inside the window

    const steps = await ldap.plan("hard", marcus, creds);
    expect(steps.map((s) => [s.action, s.detail.group ?? null])).toEqual([["remove_groups", "sales"], ["delete", null]]);
    expect((await applyAll(ldap, steps, creds)).map((r) => r.alreadyDone)).toEqual([false, false]);
    expect(await slapd.dump(dn)).toEqual([]);
    expect(await membersOf(slapd, "sales")).not.toContain(dn);

    expect(await ldap.verify("hard", marcus, creds, snapshot)).toEqual({
      connector: "ldap", accountId: dn, ok: true,
      checks: { mailResolves: false, accountExists: false, entryUUIDExists: false, groupReferences: [] },
    });
    expect((await ldap.verify("hard", marcus, creds)).ok).toBe(true);

    const before = await directoryState(slapd);
    expect((await applyAll(ldap, steps, creds)).every((r) => r.alreadyDone)).toBe(true);
    expect(await directoryState(slapd)).toEqual(before);
    expect(await ldap.plan("hard", marcus, creds)).toEqual([]);
    await expect(ldap.restore(snapshot, creds)).rejects.toMatchObject({ code: "TARGET_NOT_FOUND", details: { reason: "gone" } });
  });

  test("verify hard sees a group reference that outlived the entry", async () => {
    const ceo = person("ceo");
    const snapshot = await ldap.snapshot(ceo, creds);
    const [remove] = (await ldap.plan("hard", ceo, creds)).filter((s) => s.action === "delete");
    await ldap.apply(remove as PlannedStep, creds); // delete without the remove_groups steps first
    const evidence = await ldap.verify("hard", ceo, creds, snapshot);
    expect(evidence).toMatchObject({ ok: false, checks: { accountExists: false, groupReferences: ["all-staff", "executives"] } });
    // Planning again cannot see the entry, but a group step from the snapshot still cleans up a dangling member.
    const cleanup: PlannedStep = {
      connector: "ldap", phase: "hard", action: "remove_groups", accountId: snapshot.accountId,
      detail: { entryUUID: String(snapshot.data.entryUUID), groupDn: `cn=executives,${GROUPS_DN}` },
    };
    expect(await ldap.apply(cleanup, creds)).toMatchObject({ alreadyDone: false });
    expect(await membersOf(slapd, "executives")).not.toContain(snapshot.accountId);
  });
});

describe("snapshot and reinstate", () => {
  test("snapshot → soft → restore brings back exactly: unlocked, the same groups, the person binds again", async () => {
    const sam = person("sam.okafor");
    const before = await directoryContent(slapd);
    const snapshot = await ldap.snapshot(sam, creds);
    expect(snapshot).toMatchObject({
      connector: "ldap", accountId: slapd.personDn("sam.okafor"),
      data: { format: 1, mail: "sam.okafor@example.com", lockedTime: null, entryUUID: expect.any(String) },
    });
    expect((snapshot.data.groups as Array<{ cn: string }>).map((g) => g.cn)).toEqual(["all-staff", "engineering", "prod-admins"]);

    await applyAll(ldap, await ldap.plan("soft", sam, creds), creds);
    expect((await ldap.verify("soft", sam, creds, snapshot)).ok).toBe(true);
    expect(await canBindAs("sam.okafor")).toBe(false);

    await ldap.restore(snapshot, creds);
    expect(await canBindAs("sam.okafor")).toBe(true);
    expect(await directoryContent(slapd)).toEqual(before);
    expect(await ldap.verify("reinstate", sam, creds, snapshot)).toMatchObject({
      ok: true, checks: { locked: null, expectedLocked: null, groups: ["all-staff", "engineering", "prod-admins"] },
    });

    const once = await directoryState(slapd);
    await ldap.restore(snapshot, creds);
    expect(await directoryState(slapd)).toEqual(once);
  });

  test("an account locked before offboarding stays locked after reinstate", async () => {
    const omar = person("omar.haddad");
    const snapshot = await ldap.snapshot(omar, creds);
    expect(snapshot.data).toMatchObject({ lockedTime: "000001010000Z", groups: [] });
    await ldap.restore(snapshot, creds);
    expect(await ldap.verify("reinstate", omar, creds, snapshot)).toMatchObject({ ok: true, checks: { locked: "000001010000Z" } });
    expect(await canBindAs("omar.haddad")).toBe(false);
  });

  test("a tampered or foreign snapshot is refused", async () => {
    const snapshot = await ldap.snapshot(person("alice.nguyen"), creds);
    await expect(ldap.restore({ ...snapshot, data: { ...snapshot.data, groups: "all" } }, creds)).rejects.toMatchObject({
      code: "REINSTATE_NOTHING_TO_RESTORE", details: { field: "groups" },
    });
    await expect(ldap.restore({ ...snapshot, connector: "scim" }, creds)).rejects.toMatchObject({ code: "REINSTATE_NOTHING_TO_RESTORE" });
    await expect(ldap.restore({ ...snapshot, data: { ...snapshot.data, entryUUID: "someone-else" } }, creds)).rejects.toMatchObject({
      code: "TARGET_NOT_FOUND", details: { reason: "replaced" },
    });
    await expect(ldap.restore({ ...snapshot, accountId: "cn=admin,dc=example,dc=com" }, creds)).rejects.toMatchObject({
      code: "CONNECTOR_FAILED", details: { reason: "outside_people_base" },
    });
  });

  test("fast-check: any order and repetition of soft steps converges, repeats are alreadyDone, restore undoes it all", async () => {
    const priya = person("priya.raman");
    const reference = await directoryContent(slapd);
    const snapshot = await ldap.snapshot(priya, creds);
    const soft = await ldap.plan("soft", priya, creds);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: soft.length - 1 }), { minLength: 1, maxLength: 8 }), async (order) => {
        const seen = new Set<number>();
        try {
          for (const i of [...order, ...soft.keys()]) {
            expect((await ldap.apply(soft[i] as PlannedStep, creds)).alreadyDone).toBe(seen.has(i));
            seen.add(i);
          }
          expect((await ldap.verify("soft", priya, creds, snapshot)).ok).toBe(true);
        } finally {
          await ldap.restore(snapshot, creds); // also after a failure, so shrinking starts from the seed
        }
        expect(await directoryContent(slapd)).toEqual(reference);
      }),
      { numRuns: 12 },
    );
  });
});
