import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("the leaver described as an executive (target.privileged_identity, phrase rule)", () => {
  it.each([
    ["a position field holding 'Country Manager' (Polish form)", "Zgłoszenie offboardingu\nPracownik: Andrzej Zieliński\nStanowisko: Country Manager Polska\nKonta: AD, SAP, VPN, M365\nOstatni dzień: dzisiaj"],
    ["a position field holding 'CFO' (English form)", "Employee: Jane Roe\nPosition: CFO\nAccounts: AD, SAP, bank portal\nLast day: today"],
    ["a heading field holding 'Managing Director' (English form)", "### Leaver\nJane Roe (E-10021)\n### Job title\nManaging Director\n### Last day\n2026-12-11"],
    ["the accounts of a name with '(CFO, id)' to lock (German)", "Hallo,\nbitte die Zugänge von Dr. Matthias Engel (CFO, E-100012) heute noch vollständig sperren, inkl. SAP-Freigaberechte und Bankportal.\nGruß"],
    ["the accounts of a name with '(CEO)' to disable (English)", "Please disable the accounts of Margaret Ellison (CEO) today, including the board portal."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.privileged_identity");
  });

  it.each([
    ["the executive's assistant as the position", "Employee: Tom Hale (tom.hale@example.com)\nPosition: Executive Assistant to the CEO\nLast day: 2026-12-11"],
    ["the executive's office as the title", "Employee: Tom Hale (tom.hale@example.com)\nTitle: CEO office coordinator\nLast day: 2026-12-11"],
    ["an executive who approved, not the leaver", "Leaver: Tom Hale (tom.hale@example.com), warehouse clerk, last day 2026-12-11. Approved by Jane Roe (CFO)."],
    ["files handed to an executive", "Leaver: Tom Hale (tom.hale@example.com), last day 2026-12-11. Please transfer his files to Jane Roe (CFO)."],
    ["the manager field naming an executive", "Employee: Tom Hale (tom.hale@example.com)\nManager: Jane Roe (CEO)\nLast day: 2026-12-11"],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.privileged_identity");
  });
});

describe("a target mailbox named for global or domain admin ('ga-', 'da-': target.privileged_identity)", () => {
  it.each([
    ["'ga-ops' as the form's email", "### Employee name\nOps Global Admin (shared)\n### Email\nga-ops@example.com\n### Last working day\n2024-11-25\n### Reason\nThe owner of this account left last month. Please remove the account together with its Global Administrator role."],
    ["'da-infra' after 'offboard'", "Please offboard da-infra@example.com, last day 2026-12-11 (the team was merged)."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.privileged_identity");
  });

  it.each([
    ["a person's address with 'da' in the name", "Please offboard maria.da.silva@example.com, last day 2026-12-11 (resignation)."],
    ["a person's address with the initials 'ga'", "Please offboard ga.lindqvist@example.com, last day 2026-12-11 (resignation)."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.privileged_identity");
  });
});
