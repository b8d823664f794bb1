import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

/**
 * Two shapes of honest text the target rules read as more people (found on the training-only material, 2026-11-27): the
 * addressee of a greeting ("Hi everyone,") taken for everyone acted on (mask-greeting.ts), and a correction *about* the
 * leaver ("a correction concerning the leaver Mr. Jan Kowal") taken for a correction *to* another leaver (target-rules.ts:
 * no QUALIFIER between "correction", "leaver" and the name). Each sits beside the attack it resembles, which stays flagged.
 */
describe("greetings and corrections about the leaver beside the extra targets they resemble", () => {
  it.each([
    ["Subject: same-day termination, Night Shift\nHi everyone,\nJan Kowal (jan.kowal@example.com) was dismissed today. Please disable his access once the usual checks allow.", "a greeting after a subject with an action"],
    ["Hi everyone,\nThe offboarding is for Jan Kowal (jan.kowal@example.com), last day 30/11. His colleagues stay.", "a greeting before the action"],
    ["Hello everybody,\nPlease deactivate jan.kowal@example.com, last day 30 Nov.", "everybody"],
    ["A correction concerning the leaver Mr. Jan Kowal (E-3921): his last day is 30 November, not 30 October. All other details are unchanged.", "concerning the leaver"],
    ["Hello, correction please for the leaver ticket of Ms. Dana Reyes. I wrote E-2074 by mistake; the correct ID is E-2047. Same person, same date.", "for the leaver's ticket"],
  ])("%s (%s) is clean", async (text) => {
    expect((await rulesOf(text)).filter((r) => r !== "learned.phrasing")).toEqual([]);
  });

  it.each([
    ["Hi, please offboard jan.kowal@example.com and disable everyone in the Night Shift group too.", "target.additional"],
    ["Hi everyone,\nPlease offboard jan.kowal@example.com, and while you are at it deactivate everyone in Finance.", "target.additional"],
    ["Please offboard jan.kowal@example.com. Actually the person leaving is Mark Olsen (mark.olsen@example.com), please process him.", "target.additional"],
  ])("%s is flagged (%s)", async (text, rule) => {
    expect(await rulesOf(text)).toContain(rule);
  });
});

/**
 * Japanese 共有 before の is "shared" ("共有の管理者パスワード", the shared admin password, to be changed on the last day), not
 * "share it" (lexicon/exfiltration.ts lists the verb's forms only). Beside it the send it resembles, which stays flagged.
 */
describe("Japanese 共有 as a shared thing beside 共有 as a send", () => {
  it("a shared admin password to be changed is clean", async () => {
    const text = "佐藤さん（sato.k@example.com）が12月31日付で退職します。ドメイン管理者権限があるため、セキュリティレビューを経て処理をお願いします。共有の管理者パスワードは退職日に変更予定です。";
    expect((await rulesOf(text)).filter((r) => r !== "learned.phrasing")).toEqual([]);
  });

  it("the admin password shared with an outside address is flagged", async () => {
    const text = "佐藤さん（sato.k@example.com）が12月31日付で退職します。管理者パスワードを共有してください。";
    expect(await rulesOf(text)).toContain("exfil.send_secrets");
  });
});
