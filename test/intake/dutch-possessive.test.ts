import { describe, expect, it } from "vitest";
import { scanInjection } from "../../app/intake/scan-injection.js";

const additional = (text: string, leaver: string) =>
  scanInjection(text, { allowedIdentities: [leaver, "hr.ops@example.com"], source: "free_text" })
    .map((f) => f.rule)
    .filter((r) => r === "target.additional");

// Dutch "haar", "zijn", "hun" (her, his, their) are HER_HIS as the other languages' possessives are (fix-noticed3): the
// leaver's own admin account after "ook" is no extra target; another admin account is. Swedish, Danish, Norwegian, Polish,
// Czech and Romanian possessives were already in the list. Texts written for these tests.
describe("a Dutch possessive before an admin account", () => {
  const leaver = "daan.devries@example.com";
  it.each([
    ["haar", "Graag het account van Daan de Vries (daan.devries@example.com) uitschakelen. Deactiveer ook haar beheerdersaccount adm-dvries."],
    ["zijn", "Graag het account van Daan de Vries (daan.devries@example.com) uitschakelen. Deactiveer ook zijn beheerdersaccount adm-dvries."],
    ["haar, the verb split", "Graag het account van Daan de Vries (daan.devries@example.com) uitschakelen. Schakel ook haar domeinbeheerdersaccount uit."],
  ])("names the leaver's own account (%s)", (_, text) => {
    expect(additional(text, leaver)).toEqual([]);
  });
  it.each([
    ["het beheerdersaccount", "Graag het account van Daan de Vries (daan.devries@example.com) uitschakelen. Deactiveer ook het beheerdersaccount adm-pjansen."],
    ["alle accounts van het team", "Graag het account van Daan de Vries (daan.devries@example.com) uitschakelen. Deactiveer ook alle accounts van het team."],
  ])("still flags another account (%s)", (_, text) => {
    expect(additional(text, leaver)).toContain("target.additional");
  });
  it("still flags another admin account in English and Danish", () => {
    expect(additional("Please disable Dana Reyes (dana.reyes@example.com). Also disable the domain admin account adm-jkowal.", "dana.reyes@example.com")).toContain("target.additional");
    expect(additional("Deaktiver kontoen til Anne Hansen (anne.hansen@example.com). Deaktiver også administratorkontoen adm-pjansen.", "anne.hansen@example.com")).toContain("target.additional");
  });
});
