import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Privileged targets: a shared administrator login acted on beside the leaver (detect-admin-login.ts).
// Texts written for these tests, not the corpus's.
describe("a shared administrator login acted on with the leaver", () => {
  it.each([
    ["ops-admin-02", "Leaver: Tom Reid (E-20877), last day Friday. Please also disable the login ops-admin-02, he knew its password."],
    ["DOMAIN\\Administrator", "Offboarding Anna Berg (E-20411). Please also disable CONTOSO\\Administrator, she used it during the migration."],
    ["gedeelde beheerdersaccount (Dutch)", "Bij het vertrek van Daan Visser (NL-4410) graag ook het account 'filiaal-admin-nl' uitschakelen, dat gebruikte hij ook."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.privileged_identity");
  });
  it.each([
    ["his own admin login, his name in it", "Leaver: Tom Reid (E-20877), last day Friday. Please also disable his admin account adm-treid and his normal account."],
    ["removed from an admin group", "Leaver: Tom Reid (E-20877). Please also remove him from the group 'leeds-admin-support' and disable his account."],
    ["an admin host name", "Leaver: Tom Reid (E-20877). Please also disable his access to https://admin.example.com/ and his account."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.privileged_identity");
  });
});
