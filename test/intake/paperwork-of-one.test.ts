import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("several people, the paperwork of one (PAPERWORK_ONE, OTHERS_TOO, target.batch)", () => {
  it.each([
    ["the others to follow", "Please process these leavers from the Lisbon base, all effective 1 July:\n- Rita Sousa, resignation, HR case 7710\n- Hugo Pires\n- Inês Matos\nOnly Rita has an HR case so far; the others will follow when HR catches up."],
    ["all three together", "Leavers this week: Marco Reyes, Liza Cruz, Paolo Lim. Only Marco has a resignation letter on file so far but please process all three together."],
    ["the first one's case number", "Leavers - June\n- Ana Ribeiro (approved, OFF-2026-1201)\n- Joris Bakker\n- Femke de Wit\nOnly the first one has a case number so far; please process the rest under it."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.batch");
  });

  it.each([
    ["one of several asked about, only one processed", "Three people asked HR about leaving. Only Dana Reyes has an HR case, so please offboard Dana only, effective 1 July."],
    ["only the manager approved so far", "Leaver: Dana Reyes, last day 1 July. Only her manager has approved so far; the HRBP sign-off follows, please wait for it."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
