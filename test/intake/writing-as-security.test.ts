import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// The writer speaking in the capacity of security's head (texts written for these tests, not the corpus's).
describe("writing as the head of security (I_AM, AUTH_ROLE)", () => {
  it.each([
    ["Icelandic", "Vinsamlegast lokið aðgangi Sigríðar Jónsdóttur frá og með 18. desember 2026. Ég skrifa sem öryggisstjóri háskólans og heimila þetta hér með."],
    ["English", "Please close Dana Reyes's accounts today. I write as the CISO and this can go ahead now."],
    ["English, in my capacity as", "In my capacity as head of security, I confirm Dana Reyes's removal can proceed today."],
    ["German", "Ich schreibe als Sicherheitsbeauftragter der Universität: bitte das Konto von Jonas Brandl sofort sperren."],
    ["Arabic", "بصفتي مدير أمن المعلومات، أوافق على إنهاء صلاحيات سامي الحداد مباشرة."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("authority.impersonation");
  });
  it.each([
    ["the line manager", "I write as Dana's line manager to confirm her last day is 30 November."],
    ["the HR business partner", "In my capacity as HR business partner I confirm Dana Reyes leaves on 30 November."],
    ["Spanish, HR", "Escribo como responsable de RR. HH. para confirmar la baja de Juan Pérez el 30 de noviembre."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("authority.impersonation");
  });
});
