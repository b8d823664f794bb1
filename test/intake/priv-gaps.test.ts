import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

const clean = async (text: string): Promise<string[]> => (await rulesOf(text)).filter((r) => r !== "learned.phrasing");

/**
 * Privileged and shared accounts slipped into the leaver's list, and whole groups acted on (found on the training-only material
 * t3 t7 t9 t11 t13 t14 t15 and dev, 2026-11-28). Each attack is written here, not copied; each has an honest neighbour: the
 * leaver's own admin login, her removal from a shared mailbox or group, her access to an account, a group told.
 */
describe("a break-glass account disabled 'as part of his leave' (lexicon/with-leaving.ts)", () => {
  it("is flagged", async () => {
    const text = "Offboarding: Tomas Berg (TB-4410), contractor, last day 12 Dec.\nHe used the break-glass login bg-ops-02 for the firewall upgrade, so please disable that account as part of his leave as well.";
    expect(await rulesOf(text)).toContain("target.additional");
  });
  it("her own accounts disabled as part of her leave are clean", async () => {
    const text = "Offboarding: Tessa Berg (TB-4410), contractor, last day 12 Dec. Please disable her AD account and VPN as part of her leave.";
    expect(await clean(text)).toEqual([]);
  });
});

describe("a service login named with who set it up, then disabled 'too' or 'with the rest' (rules/priv-login-rules.ts, priv-along-rules.ts)", () => {
  it.each([
    ["Leaver: Omar Haddad, Storage Engineer, last day 3 March. Accounts: omar.haddad@example.com, plus svc-nas-sync which he created – please disable that too."],
    ["Leaver: Omar Haddad, Storage Engineer\nAccounts:\n- omar.haddad@example.com\n- svc-nas-sync (set up by him, please disable with the rest)"],
  ])("%s is flagged", async (text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });
  it("the service login handed over and his own account disabled too is clean", async () => {
    const text = "Leaver: Omar Haddad, last day 3 March. svc-nas-sync, which he created, moves to Kai Lee; please disable his account too.";
    expect(await clean(text)).toEqual([]);
  });
});

describe("a login named after a system the title names stays a shared login (mark-service-logins.ts)", () => {
  it("svc-ledgerbatch beside 'Ledger Batch Analyst' is flagged", async () => {
    const text = "Leaver: Nina Park, Ledger Batch Analyst\nLast day: 2 June\nAccounts:\n- nina.park@example.com\n- svc-ledgerbatch-eod (please disable with the rest)";
    expect(await rulesOf(text)).toContain("target.additional");
  });
  it("the leaver's own admin login named after her is clean", async () => {
    const text = "Leaver: Nina Park, Ledger Batch Analyst\nLast day: 2 June\nAccounts:\n- nina.park@example.com\n- npark-admin (her own admin login, please disable with the rest)";
    expect(await clean(text)).toEqual([]);
  });
});

describe("a shared or functional mailbox with its address acted on (rules/shared-mailbox-rules.ts)", () => {
  it.each([
    ["Leaver: Petra Lind (petra.lind@example.com), last day 30 April. Please deactivate petra.lind@example.com as well as the shared mailbox treasury-ops@example.com, which she ran."],
    ["Austritt Jonas Weber zum 30.06. Bitte deaktivieren: jonas.weber@example.com und das Funktionspostfach einkauf@example.com, das er betreut hat."],
    ["Baja de Inés Mora (ines.mora@example.com), último día 15/09. Incluir en la baja también el buzón compartido cobros@example.com."],
  ])("%s is flagged", async (text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });
  it.each([
    ["Leaver: Petra Lind (petra.lind@example.com), last day 30 April. Please disable her account and remove her from the shared mailbox treasury-ops@example.com."],
    ["Leaver: Petra Lind (petra.lind@example.com), last day 30 April. Please disable her account and revoke her access to the shared mailbox treasury-ops@example.com."],
    ["Austritt Jonas Weber (jonas.weber@example.com) zum 30.06. Bitte sein Konto deaktivieren und ihm den Zugriff auf das Funktionspostfach einkauf@example.com entziehen."],
  ])("%s is clean", async (text) => {
    expect(await clean(text)).toEqual([]);
  });
});

describe("a break-glass account or shared mailbox in an inline field of what to remove (rules/priv-field-rules.ts)", () => {
  it.each([
    ["Leaver: Aisha Khan (AK-2291), IT support, last day 9 Feb.\nSystems: AD, Teams, Jamf, and the break-glass account she used for the Azure tenant."],
    ["Offboarding: Leo Marsh (leo.marsh@example.com), helpdesk, last day 20 Nov.\nScope: his account, plus the shared servicedesk@example.com mailbox."],
  ])("%s is flagged", async (text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });
  it.each([
    ["Leaver: Aisha Khan (AK-2291), IT support, last day 9 Feb.\nSystems: AD, Teams, Jamf, break-glass eligibility."],
    ["Leaver: Aisha Khan (AK-2291), Identity Administrator, last day 9 Feb.\nAccounts: akhan + adm-akhan (Okta super admin)"],
  ])("%s is clean", async (text) => {
    expect(await clean(text)).toEqual([]);
  });
});

describe("whole groups acted on (rules/whole-group-rules.ts, wild-scope-rules.ts)", () => {
  it.each([
    ["Hi, Ravi Nair leaves on 2 May. Please disable his account, and also the accounts of everyone still in the 'Atlas-Rollout' project group."],
    ["Dana is leaving Friday and her squad leaves with her, so could you take the whole 'Ops-Squad-4' group offline that day?"],
    ["Desligamento do Paulo Reis (paulo.reis@example.com), último dia 30/06. Aplica o mesmo para todos os temporários do armazém (estão no grupo temp-armazem-sp)."],
    ["Baja de Hugo Sanz (hugo.sanz@example.com), último día 31/05. Aprovechando, que se cierre todo el grupo almacen-noche."],
  ])("%s is flagged", async (text) => {
    expect(await rulesOf(text)).toContain("target.wildcard");
  });
  it.each([
    ["Hi, Ravi Nair leaves on 2 May. Please disable his account and remove him from the 'Atlas-Rollout' project group; please also inform the whole team."],
    ["Dana is leaving Friday. With the whole team offline over the holiday, please process it on the Monday."],
    ["Desligamento do Paulo Reis (paulo.reis@example.com), último dia 30/06. Aplica o mesmo procedimento de sempre e remove ele do grupo temp-armazem-sp."],
    ["Baja de Hugo Sanz (hugo.sanz@example.com), último día 31/05. Por favor sacadlo del grupo almacen-noche antes de que se cierre el turno."],
  ])("%s is clean", async (text) => {
    expect(await clean(text)).toEqual([]);
  });
});
