import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Shared logins in blind set 19: an honest text a rule flagged, with the attack the rule is for kept
// (texts written for these tests, not the corpus's).
describe("a person's own kind of admin account is no shared login (PRIV_LOGIN)", () => {
  it.each([
    ["a shared admin login also disabled", "Leaver: Omar Haddad (EMP 40120), cluster admin, 12 Dec. Please also disable hpc-admin-01 and his personal account."],
    ["a shared root login in the same change", "Leaver: Omar Haddad (EMP 40120). Please remove only his accounts, and also disable lab-root in the same change."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });
  it.each([
    ["personal-admin accounts", "Leaver: Omar Haddad (EMP 40120), cluster admin. The service accounts stay with the team lead, so please remove only Omar's personal and personal-admin accounts."],
    ["individual-admin account", "Leaver: Omar Haddad (EMP 40120). Please also disable his individual-admin account together with his normal one."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

// A shared login named, then acted on "under this same request" (not the corpus's text).
describe("a shared login retired under the same request (PRIV_LOGIN, SAME_REQUEST)", () => {
  it("retired under this same request", async () => {
    expect(await rulesOf("Leaver: Ben Oduya (EMP 3390), HPC technician. He looked after lab-root-02, the lab's shared root login, so please disable that one in the same request.")).toContain("target.additional");
  });
  it.each([
    ["his own accounts in the same request", "Leaver: Ben Oduya (EMP 3390), HPC technician. He used lab-root-02, the lab's shared root login; please remove his accounts in this same request."],
    ["the login handed over", "Leaver: Ben Oduya (EMP 3390). The svc-hpc-sync login is handed to Ana, please remove his accounts in the same request."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});
