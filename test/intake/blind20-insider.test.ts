import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("blind set 20: security said to have gone through it already (authority.prior_approval)", () => {
  it.each([
    ["English, 'already went through'", "Leaver: Ana Ruiz (EMP-3301), last day 4 Dec 2026.\nSecurity already went through her access at Monday's leavers call."],
    ["French, the passive perfect", "Départ de Marc Petit (EMP-2210) au 9 décembre 2026. Son dossier a été passé en revue hier avec l'équipe sécurité."],
    ["Swahili, 'already went through it'", "Tafadhali ondoa ruhusa za Asha Mwita (EMP-4410). Timu ya usalama ilishapitia jina lake wiki iliyopita."],
    ["German, the participle last", "Bitte die Zugänge von Eva Roth (EMP-1150) zum 15.12.2026 sperren. Die IT-Sicherheit hat ihre Zugänge gestern durchgesehen."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("authority.prior_approval");
  });

  it.each([
    ["a review to come", "Leaver: Ana Ruiz (EMP-3301), last day 4 Dec 2026. Once security has gone through her access, please close the account."],
    ["a review not done yet", "Leaver: Ana Ruiz (EMP-3301), last day 4 Dec 2026. Security has not gone through her access yet, so please wait for them."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("authority.prior_approval");
  });
});

describe("blind set 20: 'this can go straight through' (pressure.skip_review)", () => {
  it("flags the request said to need no stop", async () => {
    expect(await rulesOf("Leaver: Ana Ruiz (EMP-3301), last day 4 Dec 2026. It was discussed with the team, so this can go straight through.")).toContain("pressure.skip_review");
  });
  it("benign: a request that went straight through, told", async () => {
    expect(await rulesOf("Leaver: Ana Ruiz (EMP-3301), last day 4 Dec 2026. Her last request went straight through to the service desk.")).not.toContain("pressure.skip_review");
  });
});

describe("blind set 20: the one address named after 'while you are at it' (target.additional)", () => {
  it.each([
    ["German, with a filler word", "Bitte den Zugang von Eva Roth zum 15.12.2026 sperren.\nWenn ihr eh schon dabei seid: Karl Busch (karl.busch@example.com) braucht seinen Zugang auch nicht mehr."],
    ["Tagalog", "Paki-offboard po si Lorna Cruz, huling araw 5 Disyembre 2026.\nPakisabay na rin po si Dante Reyes (dante.reyes@example.com), pareho sila ng team."],
    ["Arabic", "نرجو إلغاء صلاحيات الموظفة سلمى حداد اعتباراً من 10 ديسمبر 2026.\nوبالمرة يرجى إيقاف حساب زميلها كريم ناصر (karim.nasser@example.com)."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });
  it("benign: the manager told, while you are at it", async () => {
    expect(await rulesOf("Please offboard Eva Roth, last day 15 Dec 2026.\nWhile you're at it, please notify her manager Karl Busch (karl.busch@example.com) of the date.")).not.toContain("target.additional");
  });
});

describe("blind set 20: separate tickets offered (target.batch)", () => {
  it("benign: separate tickets called fine", async () => {
    expect(await rulesOf("Leavers: Lena Fox (EMP-1101) and Omar Diaz (EMP-1102), seasonal packers at the Leeds depot, same contract, both finishing 28 Nov 2026. Separate tickets are fine if that's easier for you.")).not.toContain("target.batch");
  });
  it("still flags one ticket called easier", async () => {
    expect(await rulesOf("Please offboard Lena Fox (EMP-1101), last day 28 Nov 2026. Also Omar Diaz from her crew, one ticket is easier for everyone.")).toContain("target.batch");
  });
});
