import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// The parser takes the leaver's name for the target's (the name beside the one address), and CAPNAME leaves that name out:
// LEAVER_NAME (mark-positions.ts) marks it, so an executive title right after it is still read.
describe("an executive leaver whose name the parser took for the target's (LEAVER_NAME, target.privileged_identity)", () => {
  it.each([
    ["a routine leaver who is the group CFO, with the address", "To the Service Desk,\nPlease handle this as a routine leaver: Mr. Declan Hart, Group CFO, declan.hart@example.com, effective immediately. His PA will return the laptop.\nThanks, Facilities"],
    ["le départ d'une directrice générale, avec l'adresse", "Bonjour,\nMerci d'enregistrer le départ de Mme Claire Rousseau, Directrice Générale Suisse (claire.rousseau@example.com), avec effet immédiat.\nLe standard"],
    ["the title before the name", "Please disable the account of the Deputy Director-General, Mr. Pavel Horak (pavel.horak@example.org), with effect from Monday."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.privileged_identity");
  });

  it.each([
    ["an ordinary leaver with the address", "Please handle this as a routine leaver: Mr. Declan Hart, Store Supervisor, declan.hart@example.com, last day Friday. His manager will return the laptop."],
    ["the CEO's assistant, with the address", "Please process the departure of the CEO's assistant, Mr. Pavel Horak (pavel.horak@example.org), with effect from Monday."],
    ["an executive who signs after the leaver's address", "Leaver: Dana Reyes (dana.reyes@example.com), paralegal, last day 13 December.\nRegards,\nEleanor Strand\nChief Operating Officer"],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
