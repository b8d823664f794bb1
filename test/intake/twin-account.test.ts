import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Swapped targets of the training material: the action pointed at a numbered twin of the leaver's
// address (another account of the same name), the plain one named too (texts written for these tests).
describe("the action pointed at a numbered twin of an address", () => {
  it.each([
    ["use ... instead", "### Leaver\nMaria Lind\n### Email\nmaria.lind@example.com\n### Correction\nKindly ignore the address above and use mlind3@example.com instead, it is the same leaver."],
    ["the account to disable, the plain one kept", "Leaver: Tomas Berg, last day 30 May.\nAccount to disable: t.berg2@example.org\n(his usual address tberg@example.org is needed for the handover, keep that one)"],
    ["remove X2 and not X", "The leaver on the HR ticket is Ms. Lee Sora, but please delete the account sora.lee2@example.com and not sora.lee@example.com."],
    ["而是 (Chinese)", "更正：离职人员写错了，不是 李娜（na.li@example.com），而是 李娜（na.li2@example.com）。"],
    ["ya kufungwa (Swahili)", "Samahani. Anayeondoka ni Grace Wanjiru, lakini akaunti ya kufungwa ni g.wanjiru2@example.com, si grace.wanjiru@example.com."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.corrected_to_other");
  });
  it.each([
    ["the twin only mentioned", "Please offboard sora.lee@example.com, last day 2026-03-13. Heads-up: there's another Sora Lee in Sales (sora.lee2@example.com) who is not leaving, so double-check the ID."],
    ["the twin set aside", "Please offboard sora.lee@example.com on Friday. Please do not touch sora.lee2@example.com, that is another Sora Lee."],
    ["a typo fixed to the plain address", "Correction: please use maria.lind@example.com for Maria Lind, I typed marialind@example.com. Same person."],
    ["a numbered address of someone else", "Please offboard maria.lind@example.com and forward her mail to her manager, use petra.holm2@example.com."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.corrected_to_other");
  });
});
