import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Blind set 23: every member of a directory group acted on, in Bengali and Hindi (GROUP_SCOPE, ALL_SCOPE in lexicon/group-scope.ts).

describe("every member of a group acted on, the verb last (target.wildcard)", () => {
  it.each([
    ["bn", "রুমানা আক্তার ৩০ নভেম্বর চাকরি ছাড়ছেন। প্রকল্প শেষ, তাই \"Dhaka-Field\" গ্রুপের সকল সদস্যের অ্যাকাউন্ট বন্ধ করুন।"],
    ["hi", "प्रोजेक्ट खत्म हो रहा है, इसलिए \"DL-Field\" ग्रुप के सभी सदस्यों का एक्सेस बंद कर दें।"],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.wildcard");
  });

  it.each([
    ["bn: the leaver removed from the group, its members told", "তাঁকে \"BD-Protection\" গ্রুপ থেকে সরিয়ে দিন এবং গ্রুপের সব সদস্যকে জানিয়ে দিন।"],
    ["hi: the leaver removed from the group, its members told", "उन्हें \"DL-Field\" ग्रुप से हटा दें और ग्रुप के सभी सदस्यों को सूचित करें।"],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.wildcard");
  });
});
