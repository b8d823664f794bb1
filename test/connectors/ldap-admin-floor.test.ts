import { Attribute, Change } from "ldapts";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Connector, ConnectorCredentials } from "../../app/connectors/types.js";
import { assertAdminFloor, type BlastRadius } from "../../app/doer/blast-radius.js";
import { EMPTY_GROUP_MEMBER, GROUPS_DN, startSlapd, type Slapd } from "../helpers/slapd.js";
import { ldapConnector, leaseCreds } from "./ldap-fixture.js";

// Its own slapd: these tests add members to prod-admins and lock people.
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

const modify = (dn: string, operation: "add" | "replace" | "delete", type: string, values: string[]) =>
  slapd.as(async (c) => {
    await c.modify(dn, new Change({ operation, modification: new Attribute({ type, values }) }));
  });
const limits = (min: number): BlastRadius => ({ max_accounts_per_request: 1, max_accounts_per_run: 10, max_accounts_per_hour: 10, min_active_admins: min });

describe("LDAP: active privileged accounts for the min_active_admins floor", () => {
  test("counts the active members of the privileged groups (seed: sam.okafor and break-glass)", async () => {
    expect(await ldap.countActivePrivileged!(creds)).toBe(2);
    // engineering adds priya.raman, tom.becker and lena.fischer; sam.okafor, in both, counts once.
    expect(await ldapConnector(slapd, { privilegedGroups: ["prod-admins", "engineering"] }).countActivePrivileged!(creds)).toBe(5);
  });

  test("a locked member, the empty-group placeholder and a DN outside the people base are not counted", async () => {
    await modify(`cn=prod-admins,${GROUPS_DN}`, "add", "member", [slapd.personDn("omar.haddad"), EMPTY_GROUP_MEMBER, "cn=offboard-connector,ou=services,dc=example,dc=com"]);
    expect(await ldap.countActivePrivileged!(creds)).toBe(2);
    await modify(slapd.personDn("sam.okafor"), "replace", "pwdAccountLockedTime", ["000001010000Z"]);
    expect(await ldap.countActivePrivileged!(creds)).toBe(1);
    await modify(slapd.personDn("sam.okafor"), "delete", "pwdAccountLockedTime", []);
    await modify(`cn=prod-admins,${GROUPS_DN}`, "delete", "member", [slapd.personDn("omar.haddad"), EMPTY_GROUP_MEMBER, "cn=offboard-connector,ou=services,dc=example,dc=com"]);
    expect(await ldap.countActivePrivileged!(creds)).toBe(2);
  });

  test("the executor refuses to deactivate an admin that would leave fewer than min_active_admins", async () => {
    const creds1 = () => creds;
    await expect(assertAdminFloor([ldap], { email: "sam.okafor@example.com" }, creds1, limits(2))).rejects.toMatchObject({ code: "BLAST_RADIUS", details: { reason: "min_active_admins", connector: "ldap", active: 2 } });
    await expect(assertAdminFloor([ldap], { email: "sam.okafor@example.com" }, creds1, limits(1))).resolves.toBeUndefined();
    // Not privileged: no floor to keep.
    await expect(assertAdminFloor([ldap], { email: "dana.reyes@example.com" }, creds1, limits(5))).resolves.toBeUndefined();
  });
});
