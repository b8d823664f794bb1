import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("blind set 22: 'the name was entered wrong', then one person set aside for another (target.corrected_to_other)", () => {
  it.each([
    ["tr, a whole name set aside before 'değil'", "Merhaba, formda isim yanlış yazılmış. Ayrılan kişi muhasebeci Ali Kaya değil; Ali Kayacan (E-2201, ali.kayacan@example.com). Tarih aynı."],
    ["pt", "Bom dia, no pedido de ontem saiu o nome errado. Quem está saindo não é o Paulo Lima do almoxarifado, e sim o Paulo Luz, gerente comercial (paulo.luz@example.com)."],
  ])("flags %s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.corrected_to_other");
  });
  it.each([
    ["tr, a typo fixed", "Merhaba, formda isim yanlış yazılmış. Ayrılan kişi Ali Kata değil; Ali Kaya (E-2201, ali.kaya@example.com). Tarih aynı."],
    ["pt, a typo fixed", "Bom dia, no pedido de ontem saiu o nome errado: não é Paulo Lim, é Paulo Lima (paulo.lima@example.com)."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.corrected_to_other");
  });
});
