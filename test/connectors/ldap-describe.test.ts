import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createLdapConnector } from "../../app/connectors/ldap/ldap-connector.js";
import { createConnector } from "../../app/connectors/registry.js";
import type { Connector, ConnectorCredentials } from "../../app/connectors/types.js";
import { BASE_DN, GROUPS_DN, SERVICE_DN, startSlapd, type Slapd } from "../helpers/slapd.js";
import { directoryState, ldapConfig, ldapConnector, leaseCreds } from "./ldap-fixture.js";

// Read-only: nothing in this file changes the directory (the last test proves it).
let slapd: Slapd;
let ldap: Connector;
let creds: ConnectorCredentials;
let before: Awaited<ReturnType<typeof directoryState>>;

beforeAll(async () => {
  slapd = await startSlapd();
  ldap = ldapConnector(slapd);
  creds = leaseCreds(slapd);
  before = await directoryState(slapd);
});
afterAll(async () => {
  await slapd?.stop();
});

const describeEmail = (email: string) => ldap.describe({ email }, creds);
const group = (cn: string) => `cn=${cn},${GROUPS_DN}`;

describe("describe", () => {
  test("an ordinary employee: DN as account id, groups as roles, active, human", async () => {
    expect(await describeEmail("dana.reyes@example.com")).toEqual({
      connector: "ldap", exists: true, accountId: slapd.personDn("dana.reyes"), active: true, accountType: "human",
      privileged: false, productionOwner: false, roles: ["all-staff", "finance"], groups: ["all-staff", "finance"],
      licences: [], sessions: 0, escalations: [],
    });
  });

  test("each seeded archetype", async () => {
    expect(await describeEmail("sam.okafor@example.com")).toMatchObject({
      privileged: true, accountType: "human", groups: ["all-staff", "engineering", "prod-admins"],
    });
    expect(await describeEmail("priya.raman@example.com")).toMatchObject({ productionOwner: true, privileged: false });
    expect(await describeEmail("break-glass@example.com")).toMatchObject({ accountType: "break_glass", privileged: true, groups: ["prod-admins"] });
    expect(await describeEmail("svc-deploy@example.com")).toMatchObject({ accountType: "service", privileged: false, groups: ["ci-deployers"] });
    expect(await describeEmail("lena.fischer@example.com")).toMatchObject({ accountType: "human", groups: ["engineering"] });
    expect(await describeEmail("omar.haddad@example.com")).toMatchObject({ exists: true, active: false, groups: [] });
    expect(await describeEmail("noah.schmidt@example.com")).toMatchObject({ exists: true, accountType: "unknown" });
    expect(await describeEmail("DANA.Reyes@Example.com")).toMatchObject({ exists: true, accountId: slapd.personDn("dana.reyes") });
  });

  test("privileged and production-owner groups come from config, compared case-insensitively", async () => {
    const custom = ldapConnector(slapd, { privilegedGroups: ["FINANCE"], productionOwnerGroups: [] });
    expect(await custom.describe({ email: "dana.reyes@example.com" }, creds)).toMatchObject({ privileged: true });
    expect(await custom.describe({ email: "priya.raman@example.com" }, creds)).toMatchObject({ productionOwner: false });
  });

  test("an unknown target does not exist", async () => {
    expect(await describeEmail("nobody@example.com")).toMatchObject({ exists: false, accountId: null, groups: [] });
  });

  test("two entries with the same mail are TARGET_NOT_FOUND (ambiguous), naming both", async () => {
    await expect(describeEmail("jordan.lee@example.com")).rejects.toMatchObject({
      code: "TARGET_NOT_FOUND",
      details: { reason: "ambiguous", matches: expect.arrayContaining([slapd.personDn("jordan.lee"), slapd.personDn("jlee")]) },
    });
    await expect(ldap.plan("soft", { email: "jordan.lee@example.com" }, creds)).rejects.toMatchObject({ code: "TARGET_NOT_FOUND" });
  });

  test("an email that is not one, or smuggles filter syntax, is TARGET_NOT_FOUND (invalid_email)", async () => {
    for (const email of ["*", "*)(mail=*", "dana.reyes@example.com)(|(mail=*", "no-at-sign", "a@b@c"]) {
      await expect(describeEmail(email)).rejects.toMatchObject({ code: "TARGET_NOT_FOUND", details: { reason: "invalid_email" } });
    }
  });
});

describe("plan (dry run)", () => {
  test("soft: lock through ppolicy, then one remove_groups per group; the plan says LDAP has no sessions", async () => {
    const dn = slapd.personDn("sam.okafor");
    const steps = await ldap.plan("soft", { email: "sam.okafor@example.com" }, creds);
    expect(steps.map((s) => [s.action, s.detail.group ?? null])).toEqual([
      ["deactivate", null], ["remove_groups", "all-staff"], ["remove_groups", "engineering"], ["remove_groups", "prod-admins"],
    ]);
    expect(steps.every((s) => s.accountId === dn && s.phase === "soft" && s.connector === "ldap")).toBe(true);
    expect(steps[0]?.detail).toMatchObject({
      method: "ppolicy", attribute: "pwdAccountLockedTime", value: "000001010000Z", sessions: expect.stringMatching(/no sessions/),
    });
    expect(steps[3]?.detail).toMatchObject({ groupDn: group("prod-admins"), entryUUID: expect.any(String) });
    expect(steps.map((s) => s.action)).not.toContain("revoke_sessions");
  });

  test("hard: remove any remaining group reference, then delete", async () => {
    const steps = await ldap.plan("hard", { email: "lena.fischer@example.com" }, creds);
    expect(steps.map((s) => [s.phase, s.action, s.detail.groupDn ?? null])).toEqual([
      ["hard", "remove_groups", group("engineering")], ["hard", "delete", null],
    ]);
  });

  test("soft on an unknown target is TARGET_NOT_FOUND; hard plans nothing", async () => {
    await expect(ldap.plan("soft", { email: "nobody@example.com" }, creds)).rejects.toMatchObject({
      code: "TARGET_NOT_FOUND", details: { reason: "not_found" },
    });
    expect(await ldap.plan("hard", { email: "nobody@example.com" }, creds)).toEqual([]);
  });

  test("verify before any phase ran says not ok", async () => {
    const evidence = await ldap.verify("soft", { email: "dana.reyes@example.com" }, creds);
    expect(evidence).toMatchObject({ ok: false, accountId: slapd.personDn("dana.reyes"), checks: { locked: null, groups: ["all-staff", "finance"] } });
    expect((await ldap.verify("hard", { email: "dana.reyes@example.com" }, creds)).ok).toBe(false);
    await expect(ldap.verify("reinstate", { email: "dana.reyes@example.com" }, creds)).rejects.toMatchObject({ code: "REINSTATE_NOTHING_TO_RESTORE" });
  });
});

describe("config", () => {
  test("ldaps:// anywhere, ldap:// only on loopback; strict; DNs checked; bases inside baseDn", () => {
    const ok = { url: "ldaps://ldap.example.com:636", bindDn: SERVICE_DN, baseDn: BASE_DN };
    expect(createLdapConnector(ok).name).toBe("ldap");
    expect(createLdapConnector({ ...ok, url: "ldap://localhost:3389", name: "corp-ldap" }).name).toBe("corp-ldap");
    const bad: Array<[Record<string, unknown>, string]> = [
      [{ ...ok, url: "ldap://ldap.example.com" }, "url"],
      [{ ...ok, url: "https://ldap.example.com" }, "url"],
      [{ ...ok, url: "ldaps://ldap.example.com/dc=example,dc=com??sub" }, "url"],
      [{ ...ok, bindDn: "offboard-connector" }, "bindDn"],
      [{ ...ok, password: "hunter2" }, ""],
      [{ ...ok, peopleBase: "ou=people,dc=other,dc=org" }, "peopleBase"],
      [{ ...ok, mailAttribute: "mail)(uid=*" }, "mailAttribute"],
      [{ ...ok, timeoutMs: 5 }, "timeoutMs"],
      [{ url: ok.url, baseDn: BASE_DN }, "bindDn"],
    ];
    for (const [config, field] of bad) {
      expect(() => createLdapConnector(config)).toThrow(expect.objectContaining({ code: "CONFIG_INVALID", details: { field } }));
    }
  });

  test("registered as ldap in the default registry", () => {
    expect(createConnector("ldap", ldapConfig(slapd)).name).toBe("ldap");
    expect(() => createConnector("ldap", {})).toThrow(expect.objectContaining({ code: "CONFIG_INVALID" }));
  });
});

test("nothing above changed the directory", async () => {
  expect(await directoryState(slapd)).toEqual(before);
});
