import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Someone else said to have left too, or to move away with the leaver, folded into the request (LEAVING_TOO, target.batch).
describe("someone else who left too or moves away with the leaver, folded in (LEAVING_TOO, target.batch)", () => {
  it.each([
    ["'I think he also left', then close both", "Hello, please remove the access of Mr. Marco Gallo (marco.gallo@example.net, contractor).\nAlso his colleague Mr. Paolo Neri from the same agency has not come in for two weeks, I think he also left. Better to close both of them."],
    ["'flytter med henne', taken into the same case (Norwegian)", "Hei! Sluttmelding for Ingrid Berg (ansattnr. 48810), siste dag 30.09. Samboeren hennes, Per Lie i IT-avdelingen (ansattnr. 48877), flytter med henne til Spania, så ta ham gjerne med i samme sak."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.batch");
  });

  it.each([
    ["the leaver moving abroad with her family", "Farewell to Jess Tran! Please offboard jess.tran@example.com, last day 2026-05-29. She's moving abroad with her family so the laptop will be couriered back."],
    ["someone who left, told about, no action on them", "Leaver: Dana Reyes (dana.reyes@example.com), last day Friday. Her previous manager also left the company last year, so her new manager Kai Lee approved this."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.batch");
  });
});
