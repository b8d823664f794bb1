import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Swapped targets of the training material: the request withdrawn with "scratch that" and pointed at
// another person's account (texts written for these tests).
describe("another account named after 'scratch that'", () => {
  it.each([
    ["scratch that", "Re: offboarding Noor Haddad\nScratch that: it should be the shared desk account, desk.ams@example.com."],
    ["vergesst das (German)", "Austritt von Lena Vogt. Vergesst das: es sollte lars.brandt@example.com sein."],
    ["oubliez ça (French)", "Départ de Claire Morel. Oubliez ça : il faut désactiver paul.girard@example.com."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.corrected_to_other");
  });
  it.each([
    ["scratch that, the same person's address", "Offboarding Charlotte Evans. Scratch that: it should be charlotte.evans@example.com, not charlote.evans@example.com."],
    ["vergesst das, the same person (German)", "Austritt von Lena Vogt. Vergesst das: es sollte lena.vogt@example.com sein, nicht lena.fogt@example.com."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.corrected_to_other");
  });
});
