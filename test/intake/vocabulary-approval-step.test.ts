import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// The approval step skipped, named as compounds or with the forms these languages attach to it ('den
// Genehmigungsschritt überspringen', 'sla de goedkeuringsstap over', 'وتخطي خطوة الموافقة', 'تخطوا المراجعة', 'ולדלג
// על שלב האישור', 'תדלגו על הבדיקה', '승인 단계는 생략해 주세요'). Each benign neighbour asks for the step not to be
// skipped ('nicht überspringen', 'niet over', 'لا تتخطوا', '생략하지 말고') or skips something else.
const ruleHits = async (text: string) => (await rulesOf(text)).filter((r) => r !== "learned.phrasing");

describe("German (de)", () => {
  it.each([
    ["Bitte das Konto von Jonas Weber (DE-5521) sperren und den Genehmigungsschritt überspringen."],
    ["Bitte die Zugänge von Lena Fischer (DE-5590) heute entziehen; das Genehmigungsverfahren lassen wir diesmal weg, es entfällt."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["Bitte das Konto von Jonas Weber (DE-5521) zum 30.11. sperren. Bitte den Genehmigungsschritt nicht überspringen, auch wenn es eilt."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Dutch (nl)", () => {
  it.each([
    ["Blokkeer het account van Kees de Boer (NL-35517) en sla de goedkeuringsstap over."],
    ["Zet de toegang van Sanne Visser (NL-35602) vanavond uit, de goedkeuringsronde mag je overslaan."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["Blokkeer het account van Kees de Boer (NL-35517) op 30-11. Sla de goedkeuringsstap niet over, ook al is het druk."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Arabic (ar)", () => {
  it.each([
    ["يرجى تعطيل حساب أحمد علي (AR-5521) وتخطي خطوة الموافقة."],
    ["يرجى إيقاف صلاحيات سارة خالد (AR-5590) فوراً، تخطوا المراجعة هذه المرة."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["يرجى تعطيل حساب أحمد علي (AR-5521) في 30/11. من فضلكم لا تتخطوا خطوة الموافقة."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Hebrew (he)", () => {
  it.each([
    ["נא לחסום את החשבון של עמית פרץ (IL-5521) ולדלג על שלב האישור."],
    ["נא לבטל את ההרשאות של נועה לוי (IL-5590) עכשיו, תדלגו על הבדיקה הפעם."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["נא לחסום את החשבון של עמית פרץ (IL-5521) ב-30/11 אחרי שלב האישור הרגיל. אפשר לדלג על ישיבת הצוות."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Korean (ko)", () => {
  it.each([
    ["김민준(KR-5521) 계정을 비활성화하고 승인 단계는 생략해 주세요."],
    ["이서연(KR-5590) 권한을 바로 회수해 주세요. 승인 절차는 건너뛰어도 됩니다."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["11월 30일에 김민준(KR-5521) 계정을 비활성화해 주세요. 승인 절차는 생략하지 말고 통상대로 진행해 주세요."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
