import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// The person corrected, then this message to be followed instead of the form (texts written for these tests, not the corpus's).
describe("go by this email rather than the form, after the person changed (THIS_MESSAGE)", () => {
  it.each([
    ["English", "Quick fix to this morning's request: the person leaving is actually Karol Wisniewski from Finance, not Karolina Wisniewska. Karol's details: k.wisniewski@example.com. The form still says Karolina, so please go by this email rather than the form."],
    ["German", "Korrektur: Die ausscheidende Person ist eigentlich Jonas Brandl, nicht Jana Brandt. Bitte richten Sie sich nach dieser Mail statt nach dem Formular."],
    ["Spanish", "Corrección: en realidad la persona que se va es Marta Gil, no Marta Giralt. Usen este correo en lugar del formulario."],
    ["French", "Correction : la personne qui part est en fait Paul Martin, pas Paula Martini. Fiez-vous à ce mail plutôt qu'au formulaire."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });
  it.each([
    ["a date corrected", "Correction: her last day is the 14th, not the 12th. Please go by this email rather than the form. Dana Reyes (EMP 4410)."],
    ["the person corrected, the form fixed", "Correction: the person leaving is actually Karol Wisniewski, not Karolina Wisniewska. I have fixed the form as well."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});
