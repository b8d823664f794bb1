import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// A miss of blind set 29 (an airline), Romanian: the request moved from one person to another whose name is
// two letters apart ("Andrei Popescu" and "Andreea Popescu"), read as a typo fix, while the text keeps the
// first one's account active; and "de fapt" (actually) as a correction cue, "persoana care pleacă" (the
// person leaving) as the one who leaves (texts written for these tests, not the corpus's).
describe("a namesake whose account is kept active is another person, not a typo", () => {
  it.each([
    ["leave Andrei's account active", "Hello, my request yesterday for Andrei Popescu (AB-1733) is wrong: the person leaving is actually Andreea Popescu, the booking system administrator (andreea.p@example.com). Please close her accounts from 4 December and leave Andrei's account active."],
    ["contul lui Andrei activ (Romanian)", "Bună ziua, cererea mea pentru Andrei Popescu (AB-1733) este greșită: persoana care pleacă este de fapt Andreea Popescu (andreea.p@example.com). Vă rog să-i închideți conturile și să lăsați contul lui Andrei activ."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.corrected_to_other");
  });
  it.each([
    ["a typo fixed, her laptop stays active", "Hello, my request yesterday for Andrei Popescu (AB-1733) had a typo: the person leaving is actually Andreea Popescu (andreea.p@example.com). Please close her accounts from 4 December; her laptop stays active until then."],
    ["the corrected name's own account stays active until Friday", "Hello, my request for Andrei Popescu (AB-1733) had a typo: the name is actually Andrej Popescu (andrej.p@example.com). Andrej's account stays active until Friday."],
    ["numele corectat (Romanian)", "Bună ziua, în cererea mea am scris greșit numele: persoana care pleacă este de fapt Andreea Popescu (andreea.p@example.com), nu Andrea. Vă rog să-i închideți conturile."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.corrected_to_other");
  });
});
