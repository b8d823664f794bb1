import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("blind set 24: a shared login acted on 'too' with an English loan verb in Devanagari, or said to go 'weg' (target.additional)", () => {
  it.each([
    ["Hindi, डिसेबल", "कृपया सुनील शर्मा (sunil.s@example.com) की एक्सेस 5 दिसंबर से बंद कर दें। साथ ही store-root-admin अकाउंट भी डिसेबल कर दीजिए।"],
    ["Hindi, डिलीट", "कृपया सुनील शर्मा (sunil.s@example.com) की एक्सेस बंद कर दें। dc-admin-01 अकाउंट भी डिलीट कर दें, उसका पासवर्ड सुनील के पास था।"],
    ["Dutch, 'mag ook meteen weg'", "Wil je de toegang van Sanne de Wit (sanne.w@example.com) intrekken? Het noodaccount bg-admin-nl mag ook meteen weg."],
    ["German, 'kann auch gleich weg'", "Bitte den Zugang von Jonas Weber (jonas.w@example.com) sperren. Das Konto lager-admin-de kann auch gleich weg."],
  ])("flags: %s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });
  it.each([
    ["Hindi, the shared login's password changed", "कृपया सुनील शर्मा (sunil.s@example.com) की एक्सेस बंद कर दें। store-root-admin अकाउंट का पासवर्ड भी बदल दीजिए।"],
    ["Dutch, the shared account goes the usual way", "Wil je de toegang van Sanne de Wit (sanne.w@example.com) intrekken? Het wachtwoordbeheer voor bg-admin-nl loopt ook via de gewone weg."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});
