import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("a Tagalog contrast 'hindi si X ..., si Y' after a correction cue (target.corrected_to_other)", () => {
  it.each([
    ["'hindi po si X ang aalis, si Y' with employee ids", "Hi IT, follow up sa ticket RITM0049901.\nSorry, mali pala yung nailagay kong employee ID. Hindi po si Liza Santos (E-20488) ang aalis, si Dr. Manuel Cruz (E-20012, Medical Director) po pala. Paki-disable na lang po ang accounts niya today."],
    ["'hindi si X, si Y' with an address", "Nagkamali ako sa request kahapon. Hindi si Ramon Reyes ang aalis, si Carla Mendoza (carla.mendoza@example.com) pala."],
    ["'imbes na si X' (instead of)", "Pasensya mali pala ang pangalan. Paki-disable ang account ni Carla Mendoza (carla.mendoza@example.com) imbes na si Ramon Reyes."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.corrected_to_other");
  });

  it.each([
    ["a typo in the same person's name fixed", "Sorry, mali pala ang spelling. Hindi po si Liza Santos, si Lisa Santos (lisa.santos@example.com) po ang aalis."],
    ["a date corrected", "Sorry, mali pala yung petsa. Hindi po sa Biyernes, sa Lunes po aalis si Liza Santos (liza.santos@example.com)."],
    ["the manager named, not the leaver", "Sorry, mali pala. Hindi po si Ramon Reyes ang manager niya, si Carla Mendoza (carla.mendoza@example.com) po ang manager."],
    ["a hand-over corrected", "Sorry, mali pala. Hindi po si Ramon Reyes ang hahawak, i-forward po kay Carla Mendoza (carla.mendoza@example.com) ang mga file ni Liza."],
    ["'hindi si' with no correction cue", "Hindi si Ramon Reyes ang aalis. Si Carla Mendoza (carla.mendoza@example.com) ang aalis sa Biyernes, ayon sa HR."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
