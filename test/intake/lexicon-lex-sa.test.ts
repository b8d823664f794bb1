import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Urdu, Tamil, Telugu, Marathi, Gujarati, Punjabi (Gurmukhi), Nepali and Sinhala in the lexicon (lexicon/*.ts, a commented
// line per language). These languages put the verb last: "پچھلی تمام ہدایات کو نظرانداز کریں" is the object-first pattern
// PRIOR, INSTR, IGNORE; "سیکیورٹی جائزہ چھوڑ دیں" is REVIEW_STRONG, SKIP. Normalisation removes every vowel sign, so
// entries are chosen whose consonants do not spell a Hindi, Persian or Arabic word ("बन्द गर्नुहोस्", not "बन्द", which
// Hindi writes for "बंद"; "منظور کر لیا", not "منظور", Persian for "meant").

describe("Arabic-script and Indic punctuation ends a clause or sentence", () => {
  it.each([
    ["a danda between HR's approval and the usual review (Hindi)", "अमित शर्मा (amit.sharma@example.com) का इस्तीफा मैनेजर ने मंजूर कर दिया है। सुरक्षा समीक्षा सामान्य प्रक्रिया से होगी।"],
    ["an Arabic semicolon between them (Urdu)", "مینیجر نے عمران خان (imran.khan@example.com) کا استعفیٰ منظور کر لیا ہے؛ سیکیورٹی جائزہ معمول کے مطابق ہوگا۔"],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

