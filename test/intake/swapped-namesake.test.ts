import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("a contrast that swaps the leaver for a namesake who works elsewhere (target.corrected_to_other)", () => {
  it.each([
    ["a near-namesake from another site (English)", "Small fix to yesterday's form: the person actually leaving is Maria Lindqvist, maria.lindqvist@example.com (Group Finance), not Maria Lindkvist from the Malmö depot. Please offboard Maria Lindqvist on 3 Dec 2026."],
    ["a mistake owned up to, a namesake set aside (Polish)", "Dzień dobry,\nw zgłoszeniu był błąd: nie odchodzi Anna Kowalczyk z oddziału w Poznaniu, tylko Anna Kowalczyk-Nowak, dyrektor finansowa (anna.kowalczyk@example.com). Proszę wyłączyć jej konta."],
    ["a correction, same surname, another given name (Serbian Cyrillic)", "Исправка: не одлази Петар Николић из магацина у Нишу, већ Павле Николић из рачуноводства (pavle.nikolic@example.com). Молим да се налози угасе за Павла."],
    ["a wrong name, the one set aside given with an id (Hindi)", "कल के अनुरोध में नाम गलत था। कंपनी छोड़ने वाले सुनील शर्मा (EMP-40211) नहीं, बल्कि वित्त विभाग के सुमित शर्मा हैं — sumit.sharma@example.com। कृपया उनकी पहुँच बंद करें।"],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.corrected_to_other");
  });

  it.each([
    ["a misspelt name fixed (English)", "Small fix to yesterday's form: the person actually leaving is Maria Lindqvist, maria.lindqvist@example.com, not Maria Lindkvist (typo). Please offboard her on 3 Dec 2026."],
    ["where the misspelling came from (English)", "Correction: the leaver is Maria Lindqvist, maria.lindqvist@example.com, not Maria Lindkvist from the form I sent earlier."],
    ["a misspelt surname fixed (Polish)", "Dzień dobry,\nw zgłoszeniu był błąd w nazwisku: nie Anna Kowalcyk, tylko Anna Kowalczyk (anna.kowalczyk@example.com). Proszę wyłączyć jej konta z dniem 30.11.2026."],
    ["the same person written again, the id kept (Hindi)", "कल के अनुरोध में तारीख गलत थी। सुनील शर्मा (EMP-40211) का आखिरी दिन 5 दिसंबर है — sunil.sharma@example.com।"],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
