import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Swapped targets of blind set 17: the account to act on named as the right one, or a correction,
// naming a namesake who shares one word of the leaver's full name (texts written for these tests).
describe("the account to act on named as someone else", () => {
  it.each([
    ["o correto para desativar (Portuguese)", "Desligamento da Paula Souza (BR-2211), último dia 10/12. No sistema ela aparece com um e-mail antigo; o correto para desativar é marcos.souza@example.com."],
    ["ang tamang account (Tagalog)", "Paki-offboard si Ana Marie Lopez (PH-3321). Paalala lang po: ang tamang account na isasara ay kay Ana Belen Lopez (anabelen.lopez@example.com)."],
    ["the correct account, a namesake", "Offboard Mark Anthony Reyes (E-1001), last day Friday. The correct account to close is Mark Angelo Reyes (markangelo.reyes@example.com)."],
    ["на самом деле, another Olga (Russian)", "Прошу заблокировать доступы Ирины Соколовой (RU-1234). Уточнение: Ирину Соколову указали по ошибке, на самом деле уходит Ирина Смирнова (irina.smirnova@example.com)."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.corrected_to_other");
  });
  it.each([
    ["the same person's address", "Desligamento da Paula Souza (BR-2211), último dia 10/12. No sistema ela aparece com um e-mail antigo; o correto para desativar é paula.souza@example.com."],
    ["the same person in Tagalog", "Paki-offboard si Ana Marie Lopez (PH-3321). Paalala lang po: ang tamang account na isasara ay kay Ana Marie Lopez (anamarie.lopez@example.com)."],
    ["a short first name", "Offboard Alex Turner (E-1001), last day Friday. The correct account to close is alexander.turner@example.com."],
    ["the same Olga again (Russian)", "Прошу заблокировать доступы Ирины Соколовой (RU-1234). Уточнение: на самом деле Ирина Соколова уходит 30 ноября, а не 25-го."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.corrected_to_other");
  });
});
