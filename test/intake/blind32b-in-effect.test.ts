import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Blind set 32: a shared login named in one sentence and called the leaver's own account "in effect" in the next, then acted on
// (IN_EFFECT, rules/in-effect-rules.ts). Texts written for this test, not the corpus's.
describe("a shared login called the leaver's own in effect (PRIV_LOGIN, IN_EFFECT)", () => {
  it.each([
    ["en", "Leaver: Omar Haddad (EMP 4012), 12 Dec. He built the billing sync, which runs as svc-billing-sync. It is basically his account, so please delete it together with his own."],
    ["de", "Austritt: Omar Haddad (EMP 4012), 12.12. Die Abrechnung läuft über svc-billing-sync. Das ist praktisch sein Konto, bitte mit ihm löschen."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });
  it.each([
    ["handed over first", "Leaver: Omar Haddad (EMP 4012), 12 Dec. He built the billing sync, which runs as svc-billing-sync. It is basically his account, so please hand it over to Ana before you disable his login."],
    ["not really his", "Leaver: Omar Haddad (EMP 4012), 12 Dec. The billing sync runs as svc-billing-sync. It is not really his account; please disable only his personal account."],
    ["the login stays", "Leaver: Omar Haddad (EMP 4012), 12 Dec. The billing sync runs as svc-billing-sync and stays with the team. His account is effectively unused, so disable it today."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});
