import { describe, expect, test } from "vitest";
import { hrisRecords, lookupHris } from "../../app/directory/hris.js";
import { seedDirectoryState } from "../../app/directory/seed.js";
import { directoryStateSchema } from "../../app/directory/state.js";
import { manualClock } from "../../app/util/clock.js";
import { NOW } from "./embedded-directory-harness.js";

const state = seedDirectoryState(NOW);
const user = (email: string) => {
  const u = state.users.find((x) => x.userName === email);
  if (!u) throw new Error(`seed lacks ${email}`);
  return u;
};
const groupsOf = (email: string) => state.groups.filter((g) => g.members.includes(user(email).id)).map((g) => g.displayName).sort();

describe("directory seed", () => {
  test("is a valid state of about 20 fictional example.com people with unique ids and userNames", () => {
    expect(directoryStateSchema.parse(state)).toEqual(state);
    expect(state.users.length).toBeGreaterThanOrEqual(18);
    expect(state.users.every((u) => u.userName.endsWith("@example.com") && u.userName === u.userName.toLowerCase())).toBe(true);
    expect(new Set(state.users.map((u) => u.id)).size).toBe(state.users.length);
    expect(new Set(state.users.map((u) => u.userName)).size).toBe(state.users.length);
    for (const name of ["all-staff", "engineering", "finance", "prod-admins", "security"]) {
      expect(state.groups.map((g) => g.displayName)).toContain(name);
    }
  });

  test("is deterministic for a given now", () => {
    expect(seedDirectoryState(NOW)).toEqual(state);
  });

  test("holds every archetype the policy needs", () => {
    expect(user("dana.reyes@example.com")).toMatchObject({ userType: "Employee", active: true, roles: [] });
    expect(user("dana.reyes@example.com").sessions).toBeGreaterThan(0);
    expect(user("dana.reyes@example.com").entitlements.length).toBeGreaterThan(0);
    expect(user("sam.okafor@example.com").roles.map((r) => r.value)).toContain("admin");
    expect(groupsOf("sam.okafor@example.com")).toContain("prod-admins");
    expect(user("priya.raman@example.com").productionOwner).toBe(true);
    const recent = user("tom.becker@example.com").escalations;
    expect(recent.some((s) => NOW / 1000 - s < 7 * 86_400 && s <= NOW / 1000)).toBe(true);
    expect(user("break-glass@example.com").userType).toBe("BreakGlass");
    expect(user("svc-deploy@example.com").userType).toBe("Service");
    expect(user("ceo@example.com").title).toBe("Chief Executive Officer");
    expect(user("hr.ops@example.com").active).toBe(true);
    expect(groupsOf("alice.nguyen@example.com")).toContain("security");
    expect(groupsOf("ben.kowalski@example.com")).toContain("security");
    expect(user("lena.fischer@example.com").userType).toBe("Contractor");
    expect(user("omar.haddad@example.com").active).toBe(false);
  });

  test("escalations are integer Unix seconds", () => {
    for (const u of state.users) for (const s of u.escalations) expect(Number.isInteger(s)).toBe(true);
  });
});

describe("embedded HRIS", () => {
  const clock = manualClock(NOW);

  test("agrees with the directory: every record is a directory account, every Employee has a record", () => {
    const records = hrisRecords(clock);
    const userNames = new Set(state.users.map((u) => u.userName));
    for (const r of records) expect(userNames.has(r.email)).toBe(true);
    for (const u of state.users.filter((x) => x.userType === "Employee")) {
      expect(lookupHris(u.userName, clock).found, u.userName).toBe(true);
    }
    for (const r of records.filter((x) => x.status !== "terminated")) expect(user(r.email).active).toBe(true);
  });

  test("dana is terminating today, omar terminated, marcus still active (HRIS disagreement)", () => {
    expect(lookupHris("dana.reyes@example.com", clock)).toMatchObject({ found: true, status: "terminating", last_day: "2025-06-02" });
    expect(lookupHris("omar.haddad@example.com", clock)).toMatchObject({ found: true, status: "terminated", last_day: "2025-05-03" });
    expect(lookupHris("marcus.bell@example.com", clock)).toMatchObject({ found: true, status: "active" });
    expect(lookupHris("marcus.bell@example.com", clock)).not.toHaveProperty("last_day");
  });

  test("looks up case-insensitively; non-employees are not found", () => {
    expect(lookupHris("  Dana.Reyes@EXAMPLE.com ", clock)).toMatchObject({ found: true, email: "dana.reyes@example.com" });
    for (const email of ["break-glass@example.com", "svc-deploy@example.com", "lena.fischer@example.com", "nobody@example.com"]) {
      expect(lookupHris(email, clock)).toEqual({ found: false });
    }
  });
});
