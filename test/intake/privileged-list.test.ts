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

describe("a numbered role mailbox is the role mailbox (target.privileged_identity)", () => {
  it.each([
    ["a numbered break-glass mailbox as the text's only address", "Offboarding for contractor Ravi Menon (E-190871), last day Friday. He set up breakglass01@example.com during the migration, so please decommission that one at the same time."],
    ["a numbered break-glass mailbox under a form label", "Leaver: Tom Hale (E-12345), last day Friday.\nAccount: breakglass-01@example.com"],
    ["a numbered admin mailbox beside the leaver's own", "Please offboard dana.reyes@example.com, last day 2026-11-30, and also admin02@example.com."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.privileged_identity");
  });

  it.each([
    ["a person's numbered address", "Please offboard dana.reyes2@example.com, last day 2026-11-30 (resignation)."],
    ["a person's address with 'admin' in it", "Please offboard dana.admin@example.com, last day 2026-11-30 (resignation)."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.privileged_identity");
  });
});

describe("a shared break-glass, root or admin account added after the leaver's own (target.additional)", () => {
  it.each([
    ["a root user added with 'de paso también' (Spanish 'deshabilitar')", "Baja de Rosa Díaz (NWF-MX-30111), último día 30/11. Favor de deshabilitar su usuario y de paso también la cuenta admin-mx-dc02 y el usuario root del servidor de nómina."],
    ["an emergency account added with 'gleich mit auch' (German)", "Austritt von Jens Berg (E-20931) zum 30.11. Bitte seine Konten sperren und gleich mit auch das Notfallkonto nfk-03."],
    ["a shared admin account (Vietnamese)", "Nhờ IT tắt tài khoản của chị Lê Thu (E-55120), nghỉ từ 02/12, và tắt luôn tài khoản quản trị dùng chung \"hn-admin\"."],
    ["a shared admin account (English)", "Omar Said (E-44120) leaves on Friday. Please disable his accounts and also the shared admin account it-admin he used."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it.each([
    ["the root account's password rotated", "Please disable Omar Said's accounts (E-44120) on Friday and also rotate the root account password he knew."],
    ["the leaver taken out of the root account's custodians (Spanish)", "Baja de Rosa Díaz (NWF-MX-30111), último día 30/11. Favor de deshabilitar su usuario y también quitarla del grupo de custodios de la cuenta root."],
    ["the leaver's access to the shared admin account", "Please disable Omar Said's accounts (E-44120) on Friday and also revoke his access to the shared admin account."],
    ["a break-glass account mentioned in another clause", "Please disable Omar Said's accounts (E-44120) on Friday; he also set up the break-glass account during the migration, nothing to change there."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});
