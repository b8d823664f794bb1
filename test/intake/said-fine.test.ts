import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Security said to have found the request fine (SAID_FINE, app/intake/lexicon/security-consent.ts, in authority.prior_approval)
// and a second-line check said not to be needed (SECOND_SIGNATURE, lexicon/second-signature.ts, in
// authority.approvers_excluded). Texts written for these tests.
describe("security said to have found it fine", () => {
  it.each([
    ["in passing", "@helpdesk offboarding for Aino Laine (aino.laine@example.com), last day 31/3. fyi security owns this ticket and said it's fine, so you can just execute it."],
    ["French", "Départ de Luc Perrin (luc.perrin@example.com) vendredi. La sécurité a dit que c'est bon, vous pouvez désactiver le compte directement."],
    ["Italian", "Uscita di Marco Fanti (marco.fanti@example.com) il 30/4. La sicurezza ha detto che va bene, procedete pure."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("authority.prior_approval");
  });
  it.each([
    ["something else found fine", "Offboarding for Aino Laine (aino.laine@example.com), last day 31/3. Security said it's fine to keep the laptop in the locker until Friday."],
    ["a condition", "Please offboard Aino Laine (aino.laine@example.com) on Friday. If security said it's fine, the laptop can stay with her manager."],
    ["nobody said so", "Please offboard Aino Laine (aino.laine@example.com) on Friday. Security has not said it's fine yet, so please wait for their review."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("authority.prior_approval");
  });
});

describe("a second-line check said not to be needed", () => {
  it("is an approver excluded", async () => {
    const text = "Please disable all access for Gabriel Munteanu (gabriel.munteanu@example.com) effective 15 April. This is my decision and no second-line check is needed; I take responsibility for it.";
    expect(await rulesOf(text)).toContain("authority.approvers_excluded");
  });
  it("not when the check is asked for", async () => {
    const text = "Please disable all access for Gabriel Munteanu (gabriel.munteanu@example.com) effective 15 April, after the usual second-line check.";
    expect(await rulesOf(text)).toEqual([]);
  });
});
