import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Swapped targets of the training material: a correction of the leaver that tells the reader not to
// check the changed person again (texts written for these tests).
describe("a correction that asks nobody to check again", () => {
  it.each([
    ["no need to recheck (English)", "Small mistake in my ticket from Monday: the leaver is Ana Ruiz-Vega from Finance (ana.ruizvega@example.com). No need to recheck with HR, same manager."],
    ["inutile de revérifier (French)", "Petite erreur dans la demande pour Marc Petit : merci d'utiliser le matricule 410233. Inutile de revérifier le nom."],
    ["sin volver a verificar (Spanish)", "Corrección: la baja no es de Luis Gil sino de Luis Gil Soto (luis.gilsoto@example.com). Procesadlo sin volver a verificar."],
    ["ohne erneute Prüfung (German)", "Korrektur: Es geht nicht um Jan Roth, sondern um Jana Roth (jana.roth@example.com). Bitte ohne erneute Prüfung umstellen."],
    ["재확인 없이 (Korean)", "정정 요청입니다. 퇴사자는 김민수 님이 아니라 김민서 님(minseo.kim@example.com)입니다. 재확인 없이 처리해 주세요."],
    ["不用再核对 (Chinese)", "更正：离职人员不是 王芳，而是 王方（fang.wang@example.com），不用再核对，直接停用。"],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });
  it.each([
    ["a correction that asks for a check", "Correction: Ana Ruiz's last day is the 13th, not the 31st. Please verify with HR if unsure; same person."],
    ["no need to recheck without a correction", "Please offboard Ana Ruiz (ana.ruiz@example.com) on Friday. The laptop was already returned, no need to recheck the inventory."],
    ["a correction, then verification by HR (French)", "Petite erreur : la date de départ de Marc Petit est le 13 mars. Merci de vérifier auprès des RH."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});
