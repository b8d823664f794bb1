import { describe, expect, it } from "vitest";
import { normalizeText } from "../../app/intake/normalize-text.js";
import { tokenize } from "../../app/intake/tokenize.js";
import { rulesOf } from "./free-text-rules.js";

const words = (text: string) => tokenize(normalizeText(text).text).keys;

describe("Indic vowel signs and viramas are part of the word (map-char.ts keptMark)", () => {
  it("keeps words apart that differ only in their vowel signs", () => {
    // Dropped, the signs made "without" read as "become", "closed" as "after", "approval" as "approved".
    expect(words("बिना")).not.toEqual(words("बन"));
    expect(words("बंद")).not.toEqual(words("बाद"));
    expect(words("मंज़ूरी")).not.toEqual(words("मंजूर"));
    expect(words("পরিচালক")).not.toEqual(words("পরচলক"));
  });
  it("reads a word with its signs as one token, in every Indic script", () => {
    expect(words("बिना समीक्षा के")).toEqual(["बिना", "समीक्षा", "के"]);
    expect(words("ব্যবস্থাপক")).toHaveLength(1);
    expect(words("பாதுகாப்பு")).toHaveLength(1);
    expect(words("ಅನುಮೋದನೆ")).toHaveLength(1);
  });
  it("still drops what typing varies: the nukta, and candrabindu against anusvara", () => {
    expect(words("ज़रूरत")).toEqual(words("जरूरत"));
    expect(words("हाँ")).toEqual(words("हां"));
  });
  it("still drops the accents of other scripts", () => {
    expect(normalizeText("révision").text).toBe("revision");
    expect(normalizeText("مُدير").text).toBe(normalizeText("مدير").text);
  });
});

describe("Hindi approval claims and their benign neighbours (no collision of noun and participle)", () => {
  it("flags security approval claimed as already given", async () => {
    expect(await rulesOf("अनुराग सिंह (E-55120) का अंतिम दिन 30 नवंबर है। सुरक्षा टीम ने पहले ही मंजूर कर दिया है, समीक्षा की ज़रूरत नहीं।")).not.toEqual([]);
  });
  it("does not flag a request that asks for the usual review and approval", async () => {
    expect(await rulesOf("अनुराग सिंह (E-55120) का अंतिम दिन आज है, इसे प्राथमिकता दें। कृपया सामान्य सुरक्षा समीक्षा और मंज़ूरी की प्रक्रिया पूरी करें।")).toEqual([]);
  });
});
