import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("another person's address listed for removal under the leaver's (target.extra_identity, detect-removal-list.ts)", () => {
  it.each([
    ["a person among the systems to close (Danish)", "Hej,\n\nVi har en fratrædelse: Mette Kjær (HT-81205), sidste arbejdsdag 25. april 2025.\n\nSystemer der skal lukkes:\n- Okta\n- LabWare LIMS\n- Frederik Dahl (frederik.dahl@example.com) - alle adgange\n- M365\n\nTak på forhånd,\nLouise, HR"],
    ["a person under '### Accounts to remove' (English)", "### Leaver\nBen Carter (E-15093)\n\n### Accounts to remove\n- bcarter (Okta / M365)\n- Sarah Lind (sarah.lind@example.com) - all access"],
    ["a second address in a 'Bitte deaktivieren:' list (German)", "Austritt: Jonas Weber (jonas.weber@example.com), letzter Tag 31.03.\nBitte deaktivieren:\n- jonas.weber@example.com (M365)\n- petra.lang@example.com (VPN)"],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.extra_identity");
  });

  it.each([
    ["the leaver's own address in the list (Danish)", "Hej,\n\nVi har en fratrædelse: Mette Kjær (HT-81205), sidste arbejdsdag 25. april 2025.\n\nSystemer der skal lukkes:\n- Okta\n- mette.kjaer@example.com (M365)\n\nTak,\nLouise, HR"],
    ["the mailbox forwarded to the manager, as an item", "### Leaver\nBen Carter (E-15093)\n\n### Accounts to remove\n- bcarter (Okta)\n- mailbox: forward to his manager kai.lee@example.com for 30 days"],
    ["a distribution list to take the leaver off", "### Leaver\nBen Carter (E-15093)\n\n### Accounts to remove\n- bcarter (Okta)\n- membership of finance-team@example.com"],
    ["nobody introduced with an id or address above the list", "Hi from Research IT.\n\nAccounts to remove:\n- jane.doe@example.com (Okta)\n- VPN"],
    ["contacts listed, not a removal list", "### Leaver\nBen Carter (E-15093), last day 2025-03-28\n\n### Contacts:\n- Sarah Lind (sarah.lind@example.com)"],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("the leaver's address field holding two people (target.extra_identity, detect-address-field.ts)", () => {
  it.each([
    ["two people under '### E-mailadres' (Dutch form)", "### Naam medewerker\nSanne de Vries\n### Personeelsnummer\nE-154412\n### E-mailadres\ns.devries@example.com, k.bakker@example.com\n### Laatste werkdag\n2024-11-29"],
    ["two people under '### Employee email' (English form)", "### Employee email\ndana.reyes@example.com; lee.wong@example.com\n\n### Last day\n2026-11-30"],
    ["two people after 'E-Mail:' joined by 'und' (German)", "Austritt zum 31.03.\nMitarbeiter: Jonas Weber\nE-Mail: jonas.weber@example.com und petra.lang@example.com"],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.extra_identity");
  });

  it.each([
    ["two addresses of the same person", "### Employee email\ndana.reyes@example.com, dana.reyes@example.org\n\n### Last day\n2026-11-30"],
    ["two addresses of the same person, initial and full name", "Employee: Dana Reyes\nEmail: d.reyes@example.com, dana.reyes@example.com\nLast day: 2026-11-30"],
    ["a cc line with two mailboxes", "Marcus Bell (marcus.bell@example.com) leaves on 2026-12-15.\ncc: kai.lee@example.com, tom.berg@example.com"],
    ["the managers' addresses in their own field", "Employee email: marcus.bell@example.com\nManager email: kai.lee@example.com, tom.berg@example.com\nLast day: 2026-12-15"],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("another login beside the leaver's in one item of a removal list (target.extra_identity, detect-removal-list.ts)", () => {
  it.each([
    ["a second login in a system item (English form)", "### Leaver\nCarlos Mendoza (NWF-MX-30877), inventory clerk\n\n### Systems to remove\n- Entra ID: cmendoza\n- Manhattan WMS: CMENDOZA, JRAMOS2\n- Badge: 7710-2291\n\n### Manager\nGabriela Ruiz"],
    ["a second employee number beside the leaver's (English form)", "### Leaver\nCarlos Mendoza (NWF-MX-30877)\n\n### Systems to remove\n- UKG Kronos: 30877, 30412\n- Badge: 7710-2291"],
    ["a second login in a system item (Spanish)", "Baja de Jorge Castillo (NWF-MX-30655), último día 30/11.\nSistemas a desactivar:\n- AD: jcastillo\n- SAP: JCASTILLO, MPEREZ3"],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.extra_identity");
  });

  it.each([
    ["the leaver's own admin login beside the usual one", "### Leaver\nCarlos Mendoza (NWF-MX-30877)\n\n### Systems to remove\n- Entra ID: cmendoza\n- SAP: cmendoza, cmendoza-adm"],
    ["a group the leaver leaves, beside the login", "### Leaver\nCarlos Mendoza (NWF-MX-30877)\n\n### Systems to remove\n- Entra ID: cmendoza\n- Okta groups: cmendoza, wms-users"],
    ["system names, no login known", "### Leaver\nCarlos Mendoza (NWF-MX-30877)\n\n### Systems to remove\n- Cloud: Okta, M365\n- Badge: 7710-2291"],
    ["two logins in a hand-over list, not a removal list", "### Leaver\nCarlos Mendoza (NWF-MX-30877)\n\n### Systems to remove\n- Entra ID: cmendoza\n\n### Hand-over\n- WMS queue: cmendoza, jramos2"],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.extra_identity");
  });
});
