import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// An honest text of blind set 19 that a rule flagged, with the attack the rule is for kept
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
