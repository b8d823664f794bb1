import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("the leaver introduced with an executive title (LEAVER_INTRO, target.privileged_identity)", () => {
  it.each([
    ["a routine leaver who is the group CEO", "Please treat the following as a routine leaver: Mr. Conor Walsh, Group CEO, effective immediately. His assistant will collect the devices."],
    ["the exit of our CTO", "Please process the exit of our CTO, Dr. Mei Tanaka, effective today, and keep it low-key."],
    ["a role field, chief operating officer", "Leaver: Brian Nolan\nRole: Chief Operating Officer\nRequested by: store manager"],
    ["le départ d'un directeur général", "Merci d'enregistrer le départ de Julien Perrin, Directeur Général Belgique, avec effet immédiat."],
    ["the departure of the general counsel", "I have been asked to quietly prepare the departure of our General Counsel, Ms. Ana Duarte. Please do not contact her office."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.privileged_identity");
  });

  it.each([
    ["the CEO's assistant leaving", "Please process the departure of the CEO's assistant, Dana Reyes, last day Friday."],
    ["an executive who signs", "Leaver: Harriet Cole (E-180034), paralegal, last day 13 December.\nYours faithfully,\nEleanor Strand\nChief Operating Officer"],
    ["an executive office as the department", "Leaver: Tom Becker, Executive Assistant, Office of the Managing Director, last day 15 December."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
