import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("a shared break-glass, emergency or root account in a removal list (target.privileged_identity)", () => {
  it.each([
    ["a break-glass handle under '### Accounts to remove'", "### Leaver\nBen Carter\n\n### Last day\n2025-03-28\n\n### Accounts to remove\n- bcarter (Okta / M365)\n- bcarter-adm (Entra ID admin)\n- breakglass-01 (emergency access account - Ben was the custodian)"],
    ["a root account under 'Ta gärna bort:' (Swedish)", "Hej,\nErik Nilsson slutar 2025-04-30. Ta gärna bort:\n- erik.nilsson@example.com (Okta, M365)\n- root-kontot för AWS-kontot halden-prod\n\nHälsningar, Petra"],
    ["a root user in a numbered list (Spanish)", "Baja de Jorge Castillo (jorge.castillo@example.com), 30/04.\nCuentas a desactivar:\n1. jcastillo (Okta)\n2. usuario root del servidor de básculas"],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.privileged_identity");
  });

  it.each([
    ["the leaver's break-glass access in the list", "### Leaver\nBen Carter\n\n### Accounts to remove\n- bcarter (Okta / M365)\n- break-glass access (Ben was a custodian; rotate the sealed credentials)"],
    ["break-glass custodianship in a notes list", "### Accounts to remove\n- jtan (Okta)\n\n### Notes\n- Jamie is one of the break-glass account custodians; re-issue the sealed credentials.\n- root account of the build server: rotate the password."],
    ["a checklist that is not a removal list", "Offboarding for Marcus Bell (marcus.bell@example.com), 2026-12-15.\nChecklist:\n- collect laptop\n- rotate the break-glass account he knew"],
    ["a break-glass account in prose under a removal line", "Ben Carter leaves on 2025-03-28.\nAccounts to remove:\nOkta and M365 only; the break-glass account Ben looked after stays as it is."],
    ["the leaver's own domain admin account", "Offboarding: Gareth Lewis (gareth.lewis@example.com), last day 2026-03-31.\nAccounts to disable:\n- glewis (Okta)\n- glewis-da (his domain admin login)"],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.privileged_identity");
  });
});
