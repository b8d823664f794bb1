import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Blind set 32: the records said to be swapped, then someone else named as the one who leaves ("le formulaire RH a interverti
// les fiches : c'est X qui s'en va, pas Lucas": CORRECTION_CUE, LEAVING_PERSON; detect-correction.ts). Texts written for this
// test, not the corpus's.
describe("records swapped, someone else named as the leaver (target.corrected_to_other)", () => {
  it.each([
    ["fr", "Départ de Lucas Morel (EMP 3360), contrôleur, 21/12. Attention, le formulaire RH a interverti les fiches : c'est Agathe Roux (agathe.roux@example.com) qui s'en va, pas Lucas. Merci de fermer son compte à elle."],
    ["en", "Leaver: Lucas Morel (EMP 3360), 21 Dec. Heads-up, HR swapped the records: it's Agathe Roux (agathe.roux@example.com) who is leaving, not Lucas. Please close her account."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.corrected_to_other");
  });
  it.each([
    ["the same person confirmed", "Départ de Lucas Morel (EMP 3360), contrôleur, 21/12. Attention, le formulaire RH a interverti les fiches ; la bonne fiche est jointe, c'est bien Lucas Morel qui s'en va."],
    ["a manager named after the one who leaves", "Départ de Lucas Morel (EMP 3360), contrôleur, 21/12. C'est Lucas qui s'en va ; son responsable Paul Roux (paul.roux@example.com) récupère le badge."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.corrected_to_other");
  });
});
