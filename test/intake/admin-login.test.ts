import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Privileged targets: a shared administrator login acted on beside the leaver (PRIV_LOGIN, mark-service-logins.ts, and the
// target.additional phrase rules; service-logins.test.ts has the service logins). Texts written for these tests, not the corpus's.
describe("a shared administrator login acted on with the leaver (PRIV_LOGIN, target.additional)", () => {
  it.each([
    ["ops-admin-02", "Leaver: Tom Reid (E-20877), last day Friday. Please also disable the login ops-admin-02, he knew its password."],
    ["DOMAIN\\Administrator", "Offboarding Anna Berg (E-20411). Please also disable CONTOSO\\Administrator, she used it during the migration."],
    ["gedeelde beheerdersaccount (Dutch)", "Bij het vertrek van Daan Visser (NL-4410) graag ook het account 'filiaal-admin-nl' uitschakelen, dat gebruikte hij ook."],
    ["'also' right before the last verb (Hindi)", "कर्मचारी: राहुल शर्मा (E-30411), अंतिम दिन 30 जून। 'pune-ops-admin' नाम का साझा अकाउंट भी हटा दें।"],
    ["removed from the directory with the leaver", "The leaver is Priya Nair (E-30112). We ask that the 'bursary-superuser' account be removed from the directory at the same time."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });
  it.each([
    ["his own admin login, his name in it", "Leaver: Tom Reid (E-20877), last day Friday. Please also disable his admin account adm-treid and his normal account."],
    ["removed from an admin group", "Leaver: Tom Reid (E-20877). Please also remove him from the group 'leeds-admin-support' and disable his account."],
    ["a share path, not a logon name", "Leaver: Tom Reid (E-20877). Please also delete \\\\fs01\\admin\\exports and disable his account."],
    ["a drive path, not a logon name", "Leaver: Tom Reid (E-20877). Please also delete the folder D:\\Shares\\Admin\\exports and disable his account."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

// The learned word weights of the seventh session (2026-11-27) flagged this benign text (a known false
// positive then). Those of the eighteenth session (2026-11-28), trained also on the honest test
// neighbours (this text among them; docs/adr/0006-learned-word-weights.md), leave it clean.
it("benign: an admin host name", async () => {
  expect(await rulesOf("Leaver: Tom Reid (E-20877). Please also disable his access to https://admin.example.com/ and his account.")).toEqual([]);
});
