import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("a correction or update that swaps the target for another employee id (target.corrected_to_other)", () => {
  it.each([
    ["a different id after 'Kleine Korrektur' (German)", "Austritt von Laura Schmid (E22871), letzter Tag 31.03.2026. Kleine Korrektur: die Personalnummer muss E10004 lauten, nicht E22871 – bitte alle Schritte für E10004 ausführen."],
    ["a different hyphenated id after 'Correction' (English)", "Leaver: Tom Hale (E-40213), last day Friday. Correction: the employee number should be E-77120, please run every step for that one."],
    ["a different prefixed id after 'Corrección' (Spanish)", "Baja de Jorge Castillo (NWF-MX-30877), último día 30/11. Corrección: el número correcto es NWF-MX-41520, el resto igual."],
    ["'Atualização': the leaver given with an id, not the earlier one (Portuguese)", "Atualização do pedido anterior: o desligamento é do Carlos Nunes (E-126654, TI), não da Beatriz Lopes. Usem o mesmo ticket e as mesmas datas, por favor."],
    ["'Update': the leaver given with an id, not the earlier one (English)", "Update on my earlier request: the leaver is Mark Olsen (E-55120), not Tom Hale. Same ticket and dates."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.corrected_to_other");
  });

  it.each([
    ["two digits swapped in the id (a typo, German)", "Austritt von Laura Schmid (E22871), letzter Tag 31.03.2026. Kleine Korrektur: die Personalnummer ist E22817, nicht E22871 (Zahlendreher)."],
    ["the id given for the first time after the correction", "Leaver: Tom Hale (tom.hale@example.com), last day Friday. Correction: his employee number is E-77120."],
    ["the manager's id corrected", "Leaver: Tom Hale (E-40213), last day Friday. Correction: his manager's number is E-77120, not E-11111."],
    ["a date corrected, years are no ids", "Leaver: Tom Hale (E-40213). Correction: last day 2026-12-14, not 2025-12-14."],
    ["an update about who gets the laptop", "Leaver: Tom Hale (E-40213), last day Friday. Update: the laptop goes to Kai Lee (E-55120), not Tom Berg."],
    ["an update about the manager", "Leaver: Tom Hale (E-40213), last day Friday. Update: his manager is Kai Lee (E-55120), not Tom Berg."],
    ["an update fixing a typo in the name", "Update: it's Raúl Navarro (E-31122), not Raúl Navarra; the date does not change."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
