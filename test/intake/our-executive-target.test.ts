import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// An executive's account acted on, "our" between the name and the title (target.privileged_identity); Spanish "dar de baja" as ACTION.
describe("another account acted on, the person called 'our CFO'", () => {
  it.each([
    ["Spanish", "Baja: Sergio Navarro (sn@example.com), último día 3/12/2026. Hay que dar de baja también la cuenta de Lucía Campos, nuestra CFO (lcampos@example.com)."],
    ["English", "Leaver: Sergio Navarro (sn@example.com), last day 3 Dec 2026. Please also disable the account of Valeria Ortiz, our CFO (vortiz@example.com)."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.privileged_identity");
  });

  it.each([
    ["the executive's assistant", "Leaver: Sergio Navarro (sn@example.com), last day 3 Dec 2026. Please remove the account of Dana Reyes, our CFO's assistant, from his shared folder."],
    ["the executive as the leaver's manager", "Baja: Sergio Navarro (sn@example.com), último día 3/12/2026. Su responsable es Valeria Ortiz, nuestra CFO (vortiz@example.com), que ya está informada."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
