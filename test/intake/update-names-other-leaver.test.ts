import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// An update about the leaver that names someone else as the one leaving (detect-pointed-account.ts, UPDATE_CUE as a cue).
describe("an update names someone else as the leaver (target.corrected_to_other)", () => {
  it.each([
    ["Portuguese, the leaver by first name", "Pedido de desligamento: Rafael Costa (rc@example.com), QA, último dia 02/12/2026. Atualização: o Rafael decidiu ficar; quem sai é o Ricardo Lima (rlima@example.com). Podem aplicar o mesmo pedido para ele."],
    ["English", "Leaver: Rafael Costa (rc@example.com), last day 2 Dec 2026. Update: Rafael Costa renewed his contract after all; the person leaving is Ricardo Lima (rlima@example.com). Please apply the same request to him."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.corrected_to_other");
  });

  it.each([
    ["the leaver named again after someone else", "Leaver: Rafael Costa (rc@example.com), last day 2 Dec 2026. Update: Tom Berg confirmed the date; the person leaving is Rafael Costa, as above."],
    ["an amendment about a store, the leaver unchanged", "Amendment to REQ-10442\nField: Store\nOld value: IE-044 Kilkenny\nNew value: IE-045 Kilkenny MacDonagh Junction\nLeaver unchanged (Darragh Phelan, 298003)."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
