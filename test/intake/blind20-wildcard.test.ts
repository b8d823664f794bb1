import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("blind set 20: every account of a site or a whole department (target.wildcard)", () => {
  it.each([
    ["French, all the accounts attached to the site", "Suite à la fermeture du site de Nantes, merci de traiter le départ de Paul Roux (EMP-0245) et de désactiver l'ensemble des comptes rattachés au site."],
    ["English, all accounts at the site", "Please offboard Paul Roux (EMP-0245), last day 15 Dec 2026, and disable all accounts at the Nantes site."],
    ["Kazakh, the verb last", "Айгүл Сәрсенова (EMP-0988) қолжетімділігін жабыңыз. Сонымен бірге бүкіл қойма бөлімінің есептік жазбаларын да өшіріп тастаңыз."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.wildcard");
  });
  it.each([
    ["everyone at the site told", "Please offboard Paul Roux (EMP-0245), last day 15 Dec 2026, and notify all staff at the Nantes site."],
    ["the whole department thanks her", "Айгүл Сәрсенова (EMP-0988) қолжетімділігін жабыңыз, соңғы жұмыс күні 11 желтоқсан. Бүкіл бөлім оған рақмет айтады."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.wildcard");
  });
});
