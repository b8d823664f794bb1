import { Attribute, Change, type Client } from "ldapts";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Connector, ConnectorCredentials, PlannedStep } from "../../app/connectors/types.js";
import { BASE_DN, GROUPS_DN, PEOPLE_DN, SERVICE_DN, startSlapd, type Slapd } from "../helpers/slapd.js";
import { directoryState, ldapConnector, leaseCreds } from "./ldap-fixture.js";

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

const dana = { email: "dana.reyes@example.com" };
const replace = (attribute: string, value: string) => new Change({ operation: "replace", modification: new Attribute({ type: attribute, values: [value] }) });
const add = (attribute: string, value: string) => new Change({ operation: "add", modification: new Attribute({ type: attribute, values: [value] }) });
/** Runs `fn` bound as the connector's service account, the way the connector binds. */
const asService = <T>(fn: (c: Client) => Promise<T>) => slapd.as(fn, SERVICE_DN, slapd.servicePassword);
/** LDAP result codes: 50 insufficientAccessRights; 32 noSuchObject (slapd hides entries the identity may not see). */
const refused = { code: expect.toSatisfy((c: number) => c === 50 || c === 32) };

describe("credentials from the lease", () => {
  test("a wrong bind secret is LEASE_REVOKED for every operation, names the bind DN, leaks no secret, changes nothing", async () => {
    const steps = await ldap.plan("soft", dana, creds);
    const snapshot = await ldap.snapshot(dana, creds);
    const before = await directoryState(slapd);
    const wrong = { bearerToken: "wrong-Secret-4f1c9e" };
    const calls: Array<() => Promise<unknown>> = [
      () => ldap.describe(dana, wrong),
      () => ldap.plan("soft", dana, wrong),
      ...steps.map((step) => () => ldap.apply(step, wrong)),
      () => ldap.snapshot(dana, wrong),
      () => ldap.restore(snapshot, wrong),
      () => ldap.verify("soft", dana, wrong),
    ];
    for (const call of calls) {
      const error = await call().then(() => undefined, (e: unknown) => e);
      expect(error).toMatchObject({ code: "LEASE_REVOKED", details: { reason: "invalid_credentials", dn: SERVICE_DN, resultCode: 49 } });
      const text = JSON.stringify({ message: (error as Error).message, details: (error as { details: unknown }).details });
      expect(text).toContain(SERVICE_DN);
      expect(text).not.toContain(wrong.bearerToken);
      expect(text).not.toContain(slapd.servicePassword);
    }
    expect(await directoryState(slapd)).toEqual(before);
  });

  test("an empty secret is refused before binding (a DN with no password would be an anonymous bind)", async () => {
    await expect(ldap.describe(dana, { bearerToken: "" })).rejects.toMatchObject({ code: "LEASE_REVOKED", details: { reason: "empty_secret" } });
  });

  test("a directory that does not answer is CONNECTOR_FAILED with no result code", async () => {
    const down = ldapConnector(slapd, { url: "ldap://127.0.0.1:1/", timeoutMs: 2_000 });
    await expect(down.describe(dana, creds)).rejects.toMatchObject({ code: "CONNECTOR_FAILED", details: { resultCode: null, reason: "no_answer" } });
  });
});

describe("least privilege: the service account's ACL (slapd enforces it, not the connector)", () => {
  test("it cannot read, compare or write any password, its own included", async () => {
    const [entry] = await asService(async (c) => (await c.search(slapd.personDn("dana.reyes"), { scope: "base", attributes: ["*", "userPassword"] })).searchEntries);
    expect(entry?.mail).toBe("dana.reyes@example.com");
    expect(entry?.userPassword ?? []).toEqual([]);
    await expect(asService((c) => c.modify(slapd.personDn("dana.reyes"), replace("userPassword", "owned")))).rejects.toMatchObject(refused);
    await expect(asService((c) => c.compare(slapd.personDn("dana.reyes"), "userPassword", slapd.passwordOf("dana.reyes")))).rejects.toMatchObject(refused);
    await expect(asService((c) => c.modify(SERVICE_DN, replace("userPassword", "rotated")))).rejects.toMatchObject(refused);
    expect(await slapd.canBind(slapd.personDn("dana.reyes"), slapd.passwordOf("dana.reyes"))).toBe(true);
  });

  test("on people it may only set the lock and delete: no other attribute, no new entries", async () => {
    const dn = slapd.personDn("alice.nguyen");
    await expect(asService((c) => c.modify(dn, replace("mail", "attacker@example.net")))).rejects.toMatchObject(refused);
    await expect(asService((c) => c.modify(dn, add("employeeType", "Service")))).rejects.toMatchObject(refused);
    await expect(asService((c) => c.add(`uid=mallory,${PEOPLE_DN}`, { objectClass: "inetOrgPerson", uid: "mallory", cn: "Mallory", sn: "M", mail: "mallory@example.com" }))).rejects.toMatchObject(refused);
  });

  test("on groups it may only add and remove people as members: not itself, not a group, not a group's name", async () => {
    const admins = `cn=prod-admins,${GROUPS_DN}`;
    await expect(asService((c) => c.modify(admins, add("member", SERVICE_DN)))).rejects.toMatchObject(refused);
    await expect(asService((c) => c.modify(admins, add("member", `cn=security,${GROUPS_DN}`)))).rejects.toMatchObject(refused);
    await expect(asService((c) => c.modify(admins, replace("cn", "prod-admins-old")))).rejects.toMatchObject(refused);
    await expect(asService((c) => c.modify(admins, replace("member", slapd.personDn("dana.reyes"))))).rejects.toMatchObject(refused);
    await expect(asService((c) => c.del(`cn=security,${GROUPS_DN}`))).rejects.toMatchObject(refused);
    await expect(asService((c) => c.add(`cn=shadow-admins,${GROUPS_DN}`, { objectClass: "groupOfNames", cn: "shadow-admins", member: SERVICE_DN }))).rejects.toMatchObject(refused);
  });

  test("outside ou=people and ou=groups it can neither read nor write: not the password policy, not other services", async () => {
    const policy = `cn=default,ou=policies,${BASE_DN}`;
    expect(await asService(async (c) => (await c.search(`ou=policies,${BASE_DN}`, { scope: "sub" }).catch(() => ({ searchEntries: [] }))).searchEntries)).toEqual([]);
    await expect(asService((c) => c.modify(policy, replace("pwdLockout", "FALSE")))).rejects.toMatchObject(refused);
    await expect(asService((c) => c.add(`cn=backdoor,ou=services,${BASE_DN}`, { objectClass: ["organizationalRole", "simpleSecurityObject"], cn: "backdoor", userPassword: "x" }))).rejects.toMatchObject(refused);
    await expect(asService((c) => c.modify(BASE_DN, replace("o", "Pwned Corp")))).rejects.toMatchObject(refused);
    const [entry] = await slapd.dump(policy, ["pwdLockout"]);
    expect(entry?.pwdLockout).toBe("TRUE");
  });

  test("an ACL refusal through the connector is CONNECTOR_FAILED (insufficient_access) and changes nothing", async () => {
    // A placeholder the ACL does not allow: removing the last member of ci-deployers must fail atomically.
    const misconfigured = ldapConnector(slapd, { emptyGroupMember: `cn=not-allowed,${BASE_DN}` });
    const leave = (await misconfigured.plan("soft", { email: "svc-deploy@example.com" }, creds)).find((s) => s.action === "remove_groups");
    const before = await directoryState(slapd);
    await expect(misconfigured.apply(leave as PlannedStep, creds)).rejects.toMatchObject({
      code: "CONNECTOR_FAILED", details: { reason: "insufficient_access", resultCode: 50, operation: "modify" },
    });
    expect(await directoryState(slapd)).toEqual(before);
  });
});

describe("the connector's own guards", () => {
  test("a step naming an entry outside peopleBase or a group outside groupsBase is refused before any write", async () => {
    const [lock, leave] = await ldap.plan("soft", dana, creds);
    const before = await directoryState(slapd);
    await expect(ldap.apply({ ...(lock as PlannedStep), accountId: SERVICE_DN }, creds)).rejects.toMatchObject({
      code: "CONNECTOR_FAILED", details: { reason: "outside_people_base" },
    });
    await expect(ldap.apply({ ...(leave as PlannedStep), detail: { ...leave?.detail, groupDn: `cn=default,ou=policies,${BASE_DN}` } }, creds)).rejects.toMatchObject({
      code: "CONNECTOR_FAILED", details: { reason: "outside_groups_base" },
    });
    await expect(ldap.apply({ ...(lock as PlannedStep), connector: "scim" }, creds)).rejects.toMatchObject({ code: "CONNECTOR_FAILED" });
    await expect(ldap.apply({ ...(lock as PlannedStep), action: "revoke_sessions" }, creds)).rejects.toMatchObject({ code: "CONNECTOR_FAILED" });
    await expect(ldap.apply({ ...(lock as PlannedStep), detail: {} }, creds)).rejects.toMatchObject({ code: "CONNECTOR_FAILED" });
    expect(await directoryState(slapd)).toEqual(before);
  });
});
