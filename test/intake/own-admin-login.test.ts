import { describe, expect, it } from "vitest";
import { extractFields } from "../../app/intake/extract-fields.js";
import { adminLoginOf } from "../../app/intake/second-mailbox.js";
import { rulesOf } from "./free-text-rules.js";

const NOW = Date.UTC(2026, 10, 25, 12);
const LISTED = "Leaver: Tom Birch, Senior Systems Administrator, last day Friday.\nHe holds two accounts, both to be removed:\n- tom.birch@example.com (standard)\n- tom.birch-adm@example.com (member of Domain Admins)\nPlease route through the usual privileged-leaver review.";

// The leaver's own administrator login listed beside the plain address is the same person's second account
// (adminLoginOf in app/intake/second-mailbox.ts; texts written for these tests).
describe("the leaver's own administrator login", () => {
  it("leaves the plain address the target", () => {
    const fields = extractFields(LISTED, { requester: "hr.ops@example.com", now: NOW });
    expect(fields.targetEmail).toBe("tom.birch@example.com");
  });
  it("is no extra identity", async () => {
    expect(await rulesOf(LISTED)).toEqual([]);
  });
  it("someone else's administrator login still is", async () => {
    const text = LISTED.replace("tom.birch-adm@example.com (member of Domain Admins)", "jane.roe-adm@example.com (member of Domain Admins)");
    expect(await rulesOf(text)).toContain("target.extra_identity");
  });
  it.each([
    ["tom.birch-adm@x.example.com", true],
    ["adm.tom.birch@x.example.com", true],
    ["tom.birch.adm@y.example.com", false],
    ["tom.birch-ops@x.example.com", false],
    ["tom.birchadm@x.example.com", false],
    ["jane.birch-adm@x.example.com", false],
  ])("%s of tom.birch@x.example.com: %s", (email, expected) => {
    expect(adminLoginOf(email, new Set(["tom.birch@x.example.com"]))).toBe(expected);
  });
});
