import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { receivePacket } from "../../app/doer/receive-packet.js";
import { reinstate } from "../../app/doer/reinstate.js";
import { approveRequest } from "../../app/gatekeeper/approve-request.js";
import { decideRequest } from "../../app/gatekeeper/decide-request.js";
import { issuePacket } from "../../app/gatekeeper/issue-packet.js";
import { BASE_DN, EMPTY_GROUP_MEMBER, SERVICE_DN, startSlapd, type Slapd } from "../helpers/slapd.js";
import { testWorkspace, type TestWorkspace } from "../helpers/workspace.js";

/**
 * One tenant, two connectors from `.github/offboard.yml`: the embedded SCIM directory (credential:
 * the lease's own token) and a real slapd (credential: the service account's password, read from
 * the environment variable the config names, at lease time). Both act in one phase; a missing
 * secret stops the phase before either connector is touched.
 */
describe("doer with SCIM and LDAP connectors configured per tenant", () => {
  let slapd: Slapd;
  let t: TestWorkspace;
  const env: NodeJS.ProcessEnv = {};
  beforeAll(async () => {
    slapd = await startSlapd();
    env.OFFBOARD_TEST_LDAP_SECRET = slapd.servicePassword;
    t = await testWorkspace(300, {
      env,
      extraConnectors: [{ name: "ldap", options: { url: slapd.url, bindDn: SERVICE_DN, baseDn: BASE_DN, emptyGroupMember: EMPTY_GROUP_MEMBER }, secret: { env: "OFFBOARD_TEST_LDAP_SECRET" } }],
    });
  }, 60_000);
  afterAll(async () => {
    await t?.ws.close();
    await slapd?.stop();
  });

  const scimUser = (email: string) => t.ws.directory!.snapshotState().users.find((u) => u.userName === email);
  const ldapPerson = async (uid: string) => (await slapd.dump(slapd.personDn(uid), ["pwdAccountLockedTime"]))[0];
  const ldapGroupsOf = async (uid: string) => (await slapd.dump(`ou=groups,${BASE_DN}`, ["member"])).filter((g) => [g.member].flat().includes(slapd.personDn(uid))).map((g) => g.dn);

  async function packetFor(id: string, email: string) {
    const f = t.request(id, email);
    const d = await decideRequest(t.ws.gatekeeper, f.text, f.file);
    if (d.evaluated.decision.outcome === "require_hitl") await approveRequest(t.ws.gatekeeper, f.text, f.file, { approver: "alice.nguyen@example.com", via: "cli" });
    const issued = await issuePacket(t.ws.gatekeeper, f.text, f.file);
    if (issued.status !== "signed") throw new Error(`expected a packet for ${id}: ${issued.message}`);
    return issued.packet.jws;
  }

  it("a missing connector secret stops the phase before any connector acts, with an event", async () => {
    const jws = await packetFor("m-marcus", "marcus.bell@example.com");
    const saved = env.OFFBOARD_TEST_LDAP_SECRET;
    delete env.OFFBOARD_TEST_LDAP_SECRET;
    try {
      await expect(receivePacket(t.ws.doer, jws)).rejects.toMatchObject({ code: "LEASE_FAILED", message: expect.stringContaining("OFFBOARD_TEST_LDAP_SECRET") });
    } finally {
      env.OFFBOARD_TEST_LDAP_SECRET = saved;
    }
    expect(scimUser("marcus.bell@example.com")).toMatchObject({ active: true });
    expect([(await ldapPerson("marcus.bell"))?.pwdAccountLockedTime ?? []].flat()).toEqual([]);
    const failed = (await t.ws.ledger.read()).filter((r) => r.event.subject === "m-marcus" && r.event.type === "phase.failed");
    expect(failed.map((r) => r.event.data.code)).toEqual(["LEASE_FAILED"]);
    expect(JSON.stringify(await t.ws.ledger.read())).not.toContain(slapd.servicePassword);
  });

  it("runs the soft phase in both directories and a reinstate restores both", async () => {
    const groupsBefore = await ldapGroupsOf("dana.reyes");
    expect(groupsBefore.length).toBeGreaterThan(0);
    const soft = await receivePacket(t.ws.doer, await packetFor("m-dana", "dana.reyes@example.com"));
    expect(soft).toMatchObject({ status: "soft_done" });
    if (soft.status !== "soft_done") return;
    expect(soft.evidence.map((e) => [e.connector, e.ok])).toEqual([["scim", true], ["ldap", true]]);
    expect(scimUser("dana.reyes@example.com")).toMatchObject({ active: false });
    expect((await ldapPerson("dana.reyes"))?.pwdAccountLockedTime).toBe("000001010000Z");
    expect(await ldapGroupsOf("dana.reyes")).toEqual([]);
    expect(await slapd.canBind(slapd.personDn("dana.reyes"), slapd.passwordOf("dana.reyes"))).toBe(false);

    const back = await reinstate(t.ws.doer, "m-dana", "alice.nguyen@example.com");
    expect(back.map((e) => [e.connector, e.ok])).toEqual([["scim", true], ["ldap", true]]);
    expect(scimUser("dana.reyes@example.com")).toMatchObject({ active: true });
    expect(await ldapGroupsOf("dana.reyes")).toEqual(groupsBefore);
    expect(await slapd.canBind(slapd.personDn("dana.reyes"), slapd.passwordOf("dana.reyes"))).toBe(true);
  });
});
